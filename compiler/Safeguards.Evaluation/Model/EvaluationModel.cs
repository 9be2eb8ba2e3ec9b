using Safeguards.Language.Semantics;
using Safeguards.Language.Syntax;
using Safeguards.Runtime;

namespace Safeguards.Evaluation.Model;

/// <summary>A set of bound packs lowered to indexes: the case schemas as the runtime sees them, and
/// for each safeguard a plan. The interpreter walks the plans; the code generator writes them out as
/// C#. Lowering happens once, here, so the two can only differ in how they carry a plan out.</summary>
public sealed class EvaluationModel(PackSchema schema, IReadOnlyList<SafeguardPlan> safeguards)
{
    public PackSchema Schema { get; } = schema;

    public IReadOnlyList<SafeguardPlan> Safeguards { get; } = safeguards;
}

/// <param name="ZoneIndex">The position of the safeguard's pack zone in <see cref="PackSchema.TimeZoneIds"/>: the
/// safeguard judges the record as read in that zone (<see cref="CaseRecord.InZone"/>), with <see cref="Calendar"/> in it.</param>
public sealed record SafeguardPlan(
    SafeguardInfo Info,
    int CaseIndex,
    int ZoneIndex,
    LegalCalendar Calendar,
    MonthRounding MonthRounding,
    BoundCondition? Condition,
    IReadOnlyList<RequirementPlan> Requirements,
    IReadOnlyList<int> RequiredEvents,
    IReadOnlyList<int> RequiredTriggers,
    long InForceFromTicks,
    long InForceUntilTicks,
    SafeguardSymbol Symbol);

public sealed record EventPlan(int EventIndex, AttributeFilter[] Filters);

public abstract record RequirementPlan(int Index);

public sealed record DeadlinePlan(
    int Index,
    IReadOnlyList<EventPlan> Targets,
    EventPlan Anchor,
    TimingKind Timing,
    LegalDuration Duration,
    bool Each,
    bool PairByReference) : RequirementPlan(Index)
{
    /// <summary>The completing event is of the trigger's own type ("each inspection within 30 days after each
    /// inspection"): an occurrence never completes itself, so only occurrences after the trigger's are candidates.</summary>
    public bool CompletesOwnType(EventPlan target) => target.EventIndex == Anchor.EventIndex;
}

/// <summary>At most <see cref="Maximum"/> occurrences of the target; with an anchor, counted after the
/// anchor's first occurrence, whose time decides the law version.</summary>
public sealed record CountPlan(int Index, int Maximum, EventPlan Target, EventPlan? Anchor = null) : RequirementPlan(Index);
