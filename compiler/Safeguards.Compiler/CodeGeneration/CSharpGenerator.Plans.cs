using Safeguards.Runtime;
using Safeguards.Runtime.CompilerServices;
using static Safeguards.Compiler.CodeGeneration.CSharpText;

namespace Safeguards.Compiler.CodeGeneration;

/// <summary>The plans as static data: for each safeguard its requirement plans (<c>requirement{i}_{k}</c>), its
/// condition and the <see cref="SafeguardPlan"/> itself (<c>safeguard{i}</c>), built once when the pack class is
/// first used. The objects equal the interpreter's, field for field: they are its lowering, written out.</summary>
public sealed partial class CSharpGenerator
{
    private static string SafeguardField(int index) => $"safeguard{index}";

    private static string RequirementField(int safeguard, int requirement) => $"requirement{safeguard}_{requirement}";

    private void WritePlans()
    {
        // After the calendars and infos: static fields initialise in text order.
        WriteWorkingCalendars();
        for (var i = 0; i < model.Safeguards.Length; i++)
        {
            var plan = model.Safeguards[i];
            var data = new PlanData(Calendar(plan.ZoneIndex, plan.Calendar), WorkingDayRuleData);
            for (var k = 0; k < plan.Requirements.Length; k++)
                code.Line($"private static readonly {plan.Requirements[k].Accept(PlanTypeName.Instance)} {RequirementField(i, k)} = {plan.Requirements[k].Accept(data)};");
            var requirements = string.Join(", ", Enumerable.Range(0, plan.Requirements.Length).Select(k => RequirementField(i, k)));
            var condition = plan.Condition is null ? "null" : plan.Condition.Accept(ConditionData.Instance);
            code.Line($"private static readonly SafeguardPlan {SafeguardField(i)} = new SafeguardPlan(infos[{i}], {plan.CaseIndex}, {plan.ZoneIndex}, {data.Calendar},")
                .Line($"    {condition},")
                .Line($"    new RequirementPlan[] {{ {requirements} }}, {Ints(plan.RequiredEvents)}, {Ints(plan.RequiredTriggers)}, {Literal(plan.InForceFromUtcTicks)}, {Literal(plan.InForceUntilUtcTicks)});");
        }
    }

    private static string Ints(IEnumerable<int> values) => $"new int[] {{ {string.Join(", ", values.Select(Literal))} }}";

    private static string Selector(EventSelector selector) => selector.HasFilters
        ? $"new EventSelector({selector.EventType}, {string.Join(", ", selector.Filters.Select(f => $"new AttributeFilter({f.Attribute}, {f.Value}, {Literal(f.Negated)})"))})"
        : $"new EventSelector({selector.EventType})";

    private static string Duration(LegalDuration duration) => $"new LegalDuration({duration.Amount}, DurationUnit.{duration.Unit})";

    /// <summary>The C# type of a requirement's static field, so the fast path calls its judge without a virtual call.</summary>
    private sealed class PlanTypeName : IRequirementPlanVisitor<string>
    {
        public static readonly PlanTypeName Instance = new();

        public string VisitDeadline(DeadlinePlan deadline) => nameof(DeadlinePlan);

        public string VisitCount(CountPlan count) => nameof(CountPlan);

        public string VisitRecurring(RecurringPlan recurring) => nameof(RecurringPlan);

        public string VisitWait(WaitPlan wait) => nameof(WaitPlan);
    }

    /// <summary>A C# expression that constructs the same requirement plan.</summary>
    private sealed class PlanData(string calendar, Func<WorkingDayRule, string> workingDays) : IRequirementPlanVisitor<string>
    {
        public string Calendar { get; } = calendar;

        private string Common(RequirementPlan plan) =>
            $"{plan.Index}, {plan.SourceLine}, {Calendar}, {Literal(plan.InForceFromUtcTicks)}, {Literal(plan.InForceUntilUtcTicks)}";

        public string VisitDeadline(DeadlinePlan deadline) =>
            $"new DeadlinePlan({Common(deadline)}, new EventSelector[] {{ {string.Join(", ", deadline.Targets.Select(Selector))} }}, "
            + $"{Selector(deadline.Anchor)}, DeadlineKind.{deadline.Kind}, {Duration(deadline.Duration)}, {Literal(deadline.Each)}, {Literal(deadline.PairByReference)}"
            + (deadline.IsPlain && deadline.Ceiling is null ? ""
                : $", {Clock(deadline.Clock)}, new ExtensionPlan[] {{ {string.Join(", ", deadline.Extensions.Select(Extension))} }}, "
                  + $"{(deadline.Ceiling is { } c ? Duration(c) : "null")}")
            + (deadline.WorkingDays is { } rule ? $", workingDays: {workingDays(rule)})" : ")");

        public string VisitCount(CountPlan count) =>
            $"new CountPlan({Common(count)}, {count.Maximum}, {Selector(count.Target)}, {(count.Anchor is null ? "null" : Selector(count.Anchor))})";

        public string VisitRecurring(RecurringPlan recurring) =>
            $"new RecurringPlan({Common(recurring)}, {Selector(recurring.Target)}, {Selector(recurring.Anchor)}, {Clock(recurring.Clock)}, "
            + $"{Duration(recurring.First)}, {Duration(recurring.Interval)}, new EventSelector[] {{ {string.Join(", ", recurring.Ends.Select(Selector))} }})";

        public string VisitWait(WaitPlan wait) =>
            $"new WaitPlan({Common(wait)}, new EventSelector[] {{ {string.Join(", ", wait.Targets.Select(Selector))} }}, {Selector(wait.Anchor)}, "
            + $"{Clock(wait.Clock)}, {Duration(wait.Duration)})";

        private static string Clock(ClockPlan? clock) => clock is null ? "null"
            : $"new ClockPlan(ClockKind.{clock.Kind}, {Literal(clock.Name)}, "
              + string.Join(", ", clock.Instants.Select(i => $"new InstantPlan({Selector(i.Event)}, {Duration(i.Offset)}, {Literal(i.HasOffset)})")) + ")";

        private static string Extension(ExtensionPlan extension) =>
            $"new ExtensionPlan({Duration(extension.By)}, {Selector(extension.Authorisation)}, "
            + $"{(extension.Condition is null ? "null" : extension.Condition.Accept(ConditionData.Instance))}{(extension.FromAuthorisation ? ", true" : "")})";
    }

    /// <summary>A C# expression that constructs the same condition plan.</summary>
    private sealed class ConditionData : IConditionPlanVisitor<string>
    {
        public static readonly ConditionData Instance = new();

        public string VisitAnd(AndCondition and) => $"new AndCondition({and.Left.Accept(this)}, {and.Right.Accept(this)})";

        public string VisitOr(OrCondition or) => $"new OrCondition({or.Left.Accept(this)}, {or.Right.Accept(this)})";

        public string VisitNot(NotCondition not) => $"new NotCondition({not.Operand.Accept(this)})";

        public string VisitFactIsTrue(FactIsTrueCondition condition) => $"new FactIsTrueCondition({condition.Fact}, {Literal(condition.Expected)})";

        public string VisitFactIsValue(FactIsValueCondition condition) =>
            $"new FactIsValueCondition({condition.Fact}, {condition.Value}, {Literal(condition.Negated)})";

        public string VisitFactCompare(FactCompareCondition condition) =>
            $"new FactCompareCondition({condition.Fact}, FactComparison.{condition.Comparison}, {Literal(condition.Threshold)})";

        public string VisitOccurred(OccurredCondition condition) => $"new OccurredCondition({condition.EventType})";
    }
}
