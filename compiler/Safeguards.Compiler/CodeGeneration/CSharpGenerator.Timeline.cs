using Safeguards.Runtime.CompilerServices;

namespace Safeguards.Compiler.CodeGeneration;

/// <summary>Reading a case through its <see cref="Runtime.CaseRecord.Timeline"/> (layout in <see cref="CaseTimeline"/>):
/// conditions, "has it happened" and the first occurrence of an event become reads of a local
/// <c>h</c> at positions fixed by the case schema, so a rule touches one array and follows no pointer.</summary>
public sealed partial class CSharpGenerator
{
    private int layoutEventTypes, layoutFacts;

    /// <summary>Sets the layout of the safeguard's case schema. <c>h</c> is the record's timeline, read once per record by
    /// <c>Evaluate</c>; a safeguard of another pack zone reads the timeline of the record in its zone instead.</summary>
    private void WriteTimelineLocal(SafeguardPlan plan)
    {
        var schema = model.Schema.Cases[plan.CaseIndex];
        (layoutEventTypes, layoutFacts) = (schema.Events.Count, schema.Facts.Count);
        var needed = plan.MayLackData || plan.Requirements.Any(r => r is DeadlinePlan d && ReadsFirstFromTimeline(d));
        if (!needed || plan.ZoneIndex == 0) return;
        code.Line("h = r.Timeline;");
        // One bounds check on the last position; the JIT then drops those of the reads below.
        code.Line($"_ = h[{CaseTimeline.Length(layoutEventTypes, layoutFacts) - 1}];");
    }

    /// <summary>A deadline on the first trigger with no <c>where</c> filter reads only first occurrences; one whose
    /// completing event is the trigger's own type needs the second occurrence, which the timeline does not hold; a clock or
    /// extensions need the judge, and so does a period counted in (or moved to) working days, whose days the judge counts.</summary>
    private static bool ReadsFirstFromTimeline(DeadlinePlan deadline) =>
        !deadline.Each && deadline.IsPlain && deadline.WorkingDays is null && !deadline.Anchor.HasFilters
        && deadline.Targets.All(t => !t.HasFilters && !deadline.CompletesOwnType(t));

    private static string FirstEarliest(int eventType) => $"h[{2 * eventType}]";

    private static string FirstLatest(int eventType) => $"h[{(2 * eventType) + 1}]";

    private static string NoOccurrence(int eventType) => $"{FirstEarliest(eventType)} == CaseTimeline.None";

    private string FactPresent(int fact)
    {
        var (word, shift) = CaseTimeline.KindSlot(layoutEventTypes, layoutFacts, fact);
        return $"((h[{word}] >> {shift}) & 15) != 0";
    }

    private string FactValue(int fact) => $"h[{CaseTimeline.FactsOffset(layoutEventTypes) + fact}]";
}
