using Safeguards.Language.Semantics;
using Safeguards.Runtime;
using Safeguards.Runtime.CompilerServices;

namespace Safeguards.Lowering;

/// <summary>A bound requirement to its <see cref="RequirementPlan"/>, and its description for findings.</summary>
internal static class RequirementLowering
{
    /// <summary>What every requirement of one safeguard shares: the pack calendar, the safeguard's period in force,
    /// and how to find a clause's line.</summary>
    internal sealed record Context(LegalCalendar Calendar, long InForceFrom, long InForceUntil, Func<BoundRequirement, int> Line);

    public static RequirementPlan Lower(BoundRequirement requirement, int index, Context context) => requirement switch
    {
        BoundDeadlineRequirement { Recurrence: { } recurrence } d => new RecurringPlan(index, context.Line(d), context.Calendar, context.InForceFrom,
            context.InForceUntil, Select(d.Targets[0]), Select(d.Anchor), Clock(d.Clock), d.Duration ?? default, recurrence.Interval,
            [.. recurrence.Ends.Select(Select)]),
        BoundDeadlineRequirement d => new DeadlinePlan(index, context.Line(d), context.Calendar, context.InForceFrom, context.InForceUntil,
            [.. d.Targets.Select(Select)], Select(d.Anchor), d.Timing, d.Duration ?? default, d.Each, d.PairByReference,
            Clock(d.Clock), [.. d.Extensions.Select(e => new ExtensionPlan(e.By, Select(e.Authorisation), e.Condition is null ? null : ConditionLowering.Lower(e.Condition), e.FromAuthorisation))],
            d.Ceiling, d.WorkingDays is { } w ? new WorkingDayRule(w.Calendar.Calendar, w.Counting) : null),
        BoundWaitRequirement w => new WaitPlan(index, context.Line(w), context.Calendar, context.InForceFrom, context.InForceUntil,
            [.. w.Targets.Select(Select)], Select(w.Anchor), Clock(w.Clock), w.Duration),
        BoundCountRequirement c => new CountPlan(index, context.Line(c), context.Calendar, context.InForceFrom, context.InForceUntil,
            c.Maximum, Select(c.Target), c.Anchor is null ? null : Select(c.Anchor)),
        _ => throw new InvalidOperationException($"no lowering for the requirement kind {requirement.GetType().Name}"),
    };

    public static RequirementInfo Describe(BoundRequirement requirement) => requirement switch
    {
        BoundDeadlineRequirement d => new RequirementInfo(d.Describe(), d.PeriodText, d.Clock?.ToString() ?? d.Anchor.Event.Name,
            string.Join(" or ", d.Targets.Select(t => t.Event.Name)),
            d.Duration is { Family: DurationFamily.Exact } ? DurationScale.Hours : DurationScale.Days),
        BoundCountRequirement c => new RequirementInfo(c.Describe(), $"at most {c.Maximum}", (c.Anchor ?? c.Target).Event.Name, c.Target.Event.Name),
        BoundWaitRequirement w => new RequirementInfo(w.Describe(), $"not before {w.Duration}", w.Clock?.ToString() ?? w.Anchor.Event.Name,
            string.Join(" or ", w.Targets.Select(t => t.Event.Name)),
            w.Duration is { Family: DurationFamily.Exact } ? DurationScale.Hours : DurationScale.Days, IsMinimumWait: true),
        _ => throw new InvalidOperationException($"no description for the requirement kind {requirement.GetType().Name}"),
    };

    private static ClockPlan? Clock(BoundClock? clock) => clock is null ? null
        : new ClockPlan(clock.Kind, clock.Name, [.. clock.Instants.Select(i => new InstantPlan(Select(i.Event), i.Offset ?? default, i.Offset is not null))]);

    private static EventSelector Select(BoundEventReference reference) =>
        new(reference.Event.Index, [.. reference.Filters.Select(f => new AttributeFilter(f.Attribute.Index, f.ValueIndex, f.Negated))]);
}
