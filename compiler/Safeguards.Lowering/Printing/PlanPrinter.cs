using System.Globalization;
using System.Text;
using Safeguards.Runtime;
using Safeguards.Runtime.CompilerServices;

namespace Safeguards.Lowering.Printing;

/// <summary>
/// Prints plans as plain text, one line per fact, with indexes and the names they stand for: what the
/// interpreter and the code generator are given, for review and for baseline tests (a change in lowering shows
/// as a diff of this text). Times are UTC, file names without folders, so the text does not depend on the machine.
/// </summary>
public static class PlanPrinter
{
    public static string Print(PackPlan plan)
    {
        var text = new StringBuilder();
        var schema = plan.Schema;
        text.Append($"pack {schema.PackName}\n");
        text.Append($"  zones: {string.Join(", ", schema.TimeZoneIds)}\n");
        text.Append($"  months: {schema.MonthRounding}\n");
        foreach (var @case in schema.Cases)
        {
            text.Append($"case {@case.Name}\n");
            foreach (var e in @case.Events)
            {
                text.Append($"  event {e.Index} {e.Name}");
                if (e.Required) text.Append(" required");
                if (e.RefersToTypeIndex >= 0) text.Append($" refers to {@case.Events[e.RefersToTypeIndex].Name}");
                foreach (var a in e.Attributes) text.Append($" [{a.Name}: {string.Join(" | ", a.Values)}]");
                text.Append('\n');
            }
            foreach (var f in @case.Facts)
                text.Append($"  fact {f.Index} {f.Name}: {f.Type}{(f.EnumValues.Count > 0 ? $" ({string.Join(" | ", f.EnumValues)})" : "")}\n");
        }
        foreach (var safeguard in plan.Safeguards) Print(text, schema, safeguard);
        return text.ToString();
    }

    private static void Print(StringBuilder text, PackSchema schema, SafeguardPlan safeguard)
    {
        var @case = schema.Cases[safeguard.CaseIndex];
        var info = safeguard.Info;
        var file = info.SourceFile is null ? "?" : Path.GetFileName(info.SourceFile);
        text.Append($"safeguard {info.Id} ({file}:{info.SourceLine})\n");
        text.Append($"  case {safeguard.CaseIndex} {@case.Name}, zone {safeguard.ZoneIndex} {schema.TimeZoneIds[safeguard.ZoneIndex]}, months {safeguard.Calendar.Rounding}\n");
        text.Append($"  in force {Period(safeguard.InForceFromUtcTicks, safeguard.InForceUntilUtcTicks)}\n");
        if (safeguard.Condition is { } condition) text.Append($"  when {condition.Accept(new ConditionText(@case))}\n");
        if (safeguard.RequiredEvents.Length > 0) text.Append($"  required events: {Events(@case, safeguard.RequiredEvents)}\n");
        if (safeguard.RequiredTriggers.Length > 0) text.Append($"  required triggers: {Events(@case, safeguard.RequiredTriggers)}\n");
        var requirement = new RequirementText(@case, safeguard);
        foreach (var r in safeguard.Requirements)
            text.Append($"  requirement {r.Index} (line {r.SourceLine}): {r.Accept(requirement)}\n");
    }

    private static string Events(CaseSchema @case, IEnumerable<int> types) => string.Join(", ", types.Select(t => Event(@case, t)));

    private static string Event(CaseSchema @case, int type) => $"{@case.Events[type].Name}#{type}";

    private static string Selector(CaseSchema @case, EventSelector selector)
    {
        var e = @case.Events[selector.EventType];
        if (!selector.HasFilters) return Event(@case, selector.EventType);
        var filters = selector.Filters.Select(f =>
            $"{e.Attributes[f.Attribute].Name}#{f.Attribute} {(f.Negated ? "is not" : "is")} {e.Attributes[f.Attribute].Values[f.Value]}#{f.Value}");
        return $"{Event(@case, selector.EventType)} where {string.Join(" and ", filters)}";
    }

    private static string Period(long from, long until) =>
        (from, until) switch
        {
            (long.MinValue, long.MaxValue) => "always",
            (long.MinValue, _) => $"until {Instant(until)}",
            (_, long.MaxValue) => $"from {Instant(from)}",
            _ => $"from {Instant(from)} until {Instant(until)}",
        };

    private static string Instant(long ticks) =>
        new DateTime(ticks, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);

    private sealed class RequirementText(CaseSchema @case, SafeguardPlan safeguard) : IRequirementPlanVisitor<string>
    {
        public string VisitDeadline(DeadlinePlan deadline)
        {
            var targets = string.Join(" or ", deadline.Targets.Select(t => Selector(@case, t)));
            var anchor = Selector(@case, deadline.Anchor);
            var each = deadline.Each ? $"each ({(deadline.PairByReference ? "paired by reference" : "paired in order")}) " : "";
            var period = deadline.WorkingDays is { Counting: WorkingDayCounting.CountWorkingDays } counted
                ? $"{deadline.Duration.Amount} working days of {counted.Calendar.Name}"
                : deadline.Duration.ToString();
            var timing = deadline.Kind switch
            {
                DeadlineKind.WithinAfter => $"within {period} after",
                DeadlineKind.NoLaterThanBefore => $"no later than {period} before",
                DeadlineKind.ImmediatelyAfter => "by the end of the day of",
                DeadlineKind.Before => "at or before",
                _ => throw new InvalidOperationException($"unknown deadline kind {deadline.Kind}"),
            };
            var extensions = string.Concat(deadline.Extensions.Select(e =>
                $", extended {(e.FromAuthorisation ? "to" : "by")} {e.By} {(e.FromAuthorisation ? "after" : "on")} {Selector(@case, e.Authorisation)}{(e.Condition is null ? "" : $" when {e.Condition.Accept(new ConditionText(@case))}")}"));
            var ceiling = deadline.Ceiling is { } c ? $", up to {c}" : "";
            var moved = deadline.WorkingDays is { Counting: WorkingDayCounting.MoveToNextWorkingDay } m ? $", moved to the next working day of {m.Calendar.Name}" : "";
            return $"deadline {each}{targets} {timing} {Clock(deadline.Clock, anchor)}{extensions}{ceiling}{moved}{Limits(deadline)}";
        }

        public string VisitRecurring(RecurringPlan recurring) =>
            $"recurring {Selector(@case, recurring.Target)} within {recurring.First} after {Clock(recurring.Clock, Selector(@case, recurring.Anchor))}, "
            + $"then within {recurring.Interval} after the previous{(recurring.Ends.IsEmpty ? "" : $", until {string.Join(" or ", recurring.Ends.Select(e => Selector(@case, e)))}")}{Limits(recurring)}";

        public string VisitWait(WaitPlan wait) =>
            $"wait {string.Join(" or ", wait.Targets.Select(t => Selector(@case, t)))} not before {wait.Duration} after "
            + $"{Clock(wait.Clock, Selector(@case, wait.Anchor))}{Limits(wait)}";

        private string Clock(ClockPlan? clock, string anchor) => clock is null ? anchor
            : $"{(clock.Name is null ? "" : clock.Name + " = ")}{(clock.Kind == ClockKind.Earliest ? "earliest" : "latest")} of ("
              + string.Join(", ", clock.Instants.Select(i => Selector(@case, i.Event) + (i.HasOffset ? $" plus {i.Offset}" : ""))) + ")";

        public string VisitCount(CountPlan count) =>
            $"count at most {count.Maximum} {Selector(@case, count.Target)}{(count.Anchor is null ? "" : $" after the first {Selector(@case, count.Anchor)}")}{Limits(count)}";

        /// <summary>Only what differs from the safeguard: a requirement copies its period and calendar.</summary>
        private string Limits(RequirementPlan plan) =>
            plan.InForceFromUtcTicks == safeguard.InForceFromUtcTicks && plan.InForceUntilUtcTicks == safeguard.InForceUntilUtcTicks
            && ReferenceEquals(plan.Calendar, safeguard.Calendar)
                ? ""
                : $" [in force {Period(plan.InForceFromUtcTicks, plan.InForceUntilUtcTicks)}, months {plan.Calendar.Rounding}]";
    }

    private sealed class ConditionText(CaseSchema @case) : IConditionPlanVisitor<string>
    {
        public string VisitAnd(AndCondition and) => $"({and.Left.Accept(this)} and {and.Right.Accept(this)})";

        public string VisitOr(OrCondition or) => $"({or.Left.Accept(this)} or {or.Right.Accept(this)})";

        public string VisitNot(NotCondition not) => $"not {not.Operand.Accept(this)}";

        public string VisitFactIsTrue(FactIsTrueCondition condition) => $"{Fact(condition.Fact)} is {(condition.Expected ? "true" : "false")}";

        public string VisitFactIsValue(FactIsValueCondition condition) =>
            $"{Fact(condition.Fact)} {(condition.Negated ? "is not" : "is")} {@case.Facts[condition.Fact].EnumValues[condition.Value]}#{condition.Value}";

        public string VisitFactCompare(FactCompareCondition condition)
        {
            var op = condition.Comparison switch
            {
                FactComparison.AtLeast => ">=",
                FactComparison.AtMost => "<=",
                FactComparison.MoreThan => ">",
                FactComparison.LessThan => "<",
                _ => throw new InvalidOperationException($"unknown comparison {condition.Comparison}"),
            };
            return $"{Fact(condition.Fact)} {op} {condition.Threshold.ToString(CultureInfo.InvariantCulture)}";
        }

        public string VisitOccurred(OccurredCondition condition) => $"{Event(@case, condition.EventType)} occurred";

        private string Fact(int fact) => $"{@case.Facts[fact].Name}#{fact}";
    }
}
