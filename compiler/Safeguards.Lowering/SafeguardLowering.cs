using Safeguards.Language.Semantics;
using Safeguards.Runtime;
using Safeguards.Runtime.CompilerServices;

namespace Safeguards.Lowering;

/// <summary>One bound safeguard to its plan: what it says about itself, its lowered condition and requirements,
/// and the event types whose absence decides "insufficient data".</summary>
internal static class SafeguardLowering
{
    public static SafeguardPlan Lower(SafeguardSymbol safeguard, int caseIndex, int zoneIndex, LegalCalendar calendar)
    {
        var period = safeguard.ApplicablePeriod;
        var from = InForce.StartTicks(calendar, period.From, long.MinValue);
        var until = InForce.StartTicks(calendar, period.Until, long.MaxValue);
        var context = new RequirementLowering.Context(calendar, from, until, Line: requirement =>
            safeguard.Location is { } l ? (l with { Span = requirement.Syntax.Span }).Start.Line + 1 : -1);
        var requirements = safeguard.Requirements.Select((r, i) => RequirementLowering.Lower(r, i, context)).ToArray();

        var @case = safeguard.Case!;
        var required = requirements.SelectMany(r => r.EventTypes).Distinct().Where(i => @case.Events[i].Required).Order().ToArray();
        // A missing trigger that the case must record says the record is incomplete, not that the rule cannot apply.
        var requiredTriggers = requirements.Select(r => r.Trigger?.EventType ?? -1)
            .Where(i => i >= 0 && @case.Events[i].Required).Distinct().Order().ToArray();
        var info = new SafeguardInfo(
            safeguard.Name, safeguard.Title, @case.Name, safeguard.Severity, safeguard.Status, safeguard.Category,
            [.. safeguard.Citations.Select(c => new Citation(c.Source.Name, c.Source.Title, c.Article?.Name, c.Period.From, c.Period.Until,
                c.Article?.Designation, c.Source.Court, c.Source.Decided))],
            [.. safeguard.Requirements.Select(RequirementLowering.Describe)],
            period.From, period.Until, safeguard.Because, safeguard.MessageTemplate, safeguard.Seed,
            safeguard.Location?.Source.Path, (safeguard.Location?.Start.Line ?? -1) + 1, safeguard.Pack.TimeZoneId);
        var condition = safeguard.Condition is { } c ? ConditionLowering.Lower(c) : null;
        return new SafeguardPlan(info, caseIndex, zoneIndex, calendar, condition, requirements, required, requiredTriggers, from, until);
    }
}
