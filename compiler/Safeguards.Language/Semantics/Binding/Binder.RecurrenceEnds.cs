using Safeguards.Language.Diagnostics;
using Safeguards.Language.Syntax;

namespace Safeguards.Language.Semantics;

internal sealed partial class Binder
{
    /// <summary>The events after <c>until</c> (<c>until sentenced or released</c>): the measure ends with the first of them.
    /// Empty without <c>until</c>; null after a diagnostic that stops the requirement.</summary>
    private List<BoundEventReference>? BindRecurrenceEnds(CaseSymbol @case, RecurrenceSyntax recurrence, IReadOnlyList<BoundEventReference?> targets)
    {
        var ends = new List<BoundEventReference>();
        if (recurrence.Ends is null) return ends;
        var broken = false;
        foreach (var syntax in recurrence.Ends.Items)
        {
            if (BindEventReference(@case, syntax) is not { } end)
            {
                broken = true;
                continue;
            }
            // The act that recurs cannot end the measure: its first occurrence would end it, so nothing would ever recur.
            // (An end that is one kind of the act, 'review where outcome is release', is a real end.)
            if (targets.Count > 0 && targets[0] is { } target && target.Event == end.Event && (end.Filters.Count == 0 || end.ToString() == target.ToString()))
            {
                Report(DiagnosticCatalogue.RecurrenceEndedByItsAct, At(syntax), end.Event.Name);
                broken = true;
                continue;
            }
            // Naming an end twice changes nothing, but a reader looks for the second event the author meant.
            if (ends.Any(e => e.ToString() == end.ToString()))
            {
                Report(DiagnosticCatalogue.RecurrenceEndNamedTwice, At(syntax), end.ToString());
                continue;
            }
            ends.Add(end);
        }
        return broken ? null : ends;
    }
}
