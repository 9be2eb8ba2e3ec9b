using System.Collections.Immutable;

namespace Safeguards.Runtime.CompilerServices;

/// <summary>
/// One safeguard, lowered: what it says about itself (<see cref="Info"/>), its condition and requirements,
/// and the indexes it reads. It holds no syntax and no symbols; a compiled pack builds the same objects
/// as static data and hands them to the same judge (<see cref="SafeguardJudge"/>) as the interpreter.
/// </summary>
/// <param name="ZoneIndex">The position of the safeguard's pack zone in <see cref="PackSchema.TimeZoneIds"/>: the
/// safeguard judges the record as read in that zone (<see cref="CaseRecord.InZone"/>), with <see cref="Calendar"/> in it.</param>
public sealed class SafeguardPlan
{
    public SafeguardPlan(SafeguardInfo info, int caseIndex, int zoneIndex, LegalCalendar calendar, ConditionPlan? condition,
        RequirementPlan[] requirements, int[] requiredEvents, int[] requiredTriggers, long inForceFromUtcTicks, long inForceUntilUtcTicks)
    {
        Info = info;
        CaseIndex = caseIndex;
        ZoneIndex = zoneIndex;
        Calendar = calendar;
        Condition = condition;
        Requirements = [.. requirements];
        RequiredEvents = [.. requiredEvents];
        RequiredTriggers = [.. requiredTriggers];
        InForceFromUtcTicks = inForceFromUtcTicks;
        InForceUntilUtcTicks = inForceUntilUtcTicks;
    }

    public SafeguardInfo Info { get; }

    public int CaseIndex { get; }

    public int ZoneIndex { get; }

    public LegalCalendar Calendar { get; }

    public ConditionPlan? Condition { get; }

    public ImmutableArray<RequirementPlan> Requirements { get; }

    /// <summary>Event types marked <c>required</c> that the safeguard reads: without one, the record is incomplete.</summary>
    public ImmutableArray<int> RequiredEvents { get; }

    /// <summary>Required event types that are triggers: their absence does not show the rule cannot apply.</summary>
    public ImmutableArray<int> RequiredTriggers { get; }

    public long InForceFromUtcTicks { get; }

    public long InForceUntilUtcTicks { get; }

    /// <summary>A record can lack what the safeguard needs: a fact of the condition or a required event.</summary>
    public bool MayLackData => Condition is not null || RequiredEvents.Length > 0;
}
