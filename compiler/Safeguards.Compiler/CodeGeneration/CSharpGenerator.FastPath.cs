using Safeguards.Evaluation.Model;
using Safeguards.Language.Syntax;
using Safeguards.Runtime;
using static Safeguards.Compiler.CodeGeneration.CSharpText;

namespace Safeguards.Compiler.CodeGeneration;

/// <summary>The fast path behind <c>Evaluate</c>: one method per safeguard that returns the outcome
/// and keeps no evidence. A deadline on the first trigger is written out inline (for hours and minutes
/// the deadline is two additions); pairing and counting call the evidence-keeping requirement methods
/// with a throw-away trace. It decides exactly as those methods and the interpreter do, and the
/// differential tests compare the three.</summary>
public sealed partial class CSharpGenerator
{
    private const string MaxTicks = "3155378975999999999L"; // DateTime.MaxValue.Ticks: deadlines are clamped there, as in the runtime

    private static string FastMethodName(int index) => $"Fast{index}";

    private void WriteFastSafeguard(int index, SafeguardPlan plan)
    {
        code.Line();
        LineDirective(plan.Symbol.Location);
        // Inlined into Evaluate: the calls, not the rules, were the larger cost once the data was in cache.
        code.Line("[System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]")
            .Open($"private static Outcome {FastMethodName(index)}(CaseRecord r, long asOf)");
        code.Line($"if (r.CaseSchemaIndex != {plan.CaseIndex}) return Outcome.NotApplicable;");
        if (plan.ZoneIndex != 0) code.Line($"r = r.InZone({plan.ZoneIndex}); // its dates as this safeguard's pack zone reads them");
        WriteTimelineLocal(plan, fastPath: true);
        if (plan.Condition is { } condition)
        {
            code.Line("int missing = -1;");
            var temp = 0;
            var result = EmitCondition(condition, ref temp);
            code.Line($"if ({result} == F) return Outcome.NotApplicable;");
            // A record that lacks data is rare: the evidence-keeping method decides it, in the interpreter's order.
            code.Line($"if ({result} == U) return {LacksDataMethodName(index)}(r, asOf);");
        }
        if (plan.RequiredEvents.Count > 0)
            code.Line($"if ({string.Join(" || ", plan.RequiredEvents.Select(NoOccurrence))}) return {LacksDataMethodName(index)}(r, asOf);");

        code.Line("Outcome worst = Outcome.NotApplicable, outcome;");
        for (var k = 0; k < plan.Requirements.Count; k++)
        {
            switch (plan.Requirements[k])
            {
                case DeadlinePlan deadline when ReadsFirstFromTimeline(deadline):
                    WriteFastFirst(plan, deadline);
                    break;
                default:
                    code.Open("")
                        .Line("EvaluationTrace scratch = EvaluationTrace.Empty;")
                        .Line($"outcome = {MethodName(index)}_Requirement{k}(r, asOf, ref scratch);")
                        .Close();
                    break;
            }
            code.Line(k == 0 ? "worst = outcome;" : "if (OutcomeNames.Rank(outcome) > OutcomeNames.Rank(worst)) worst = outcome;");
        }
        code.Line("return worst;").Close();
        code.Directive("#line default");
        if (plan.Condition is not null || plan.RequiredEvents.Count > 0) WriteLacksData(index);
    }

    private static string LacksDataMethodName(int index) => $"LacksData{index}";

    /// <summary>A record that lacks a fact or a required event goes to the evidence-keeping method, out of line: its
    /// ~100-byte trace inlined into <c>Evaluate</c> would be zeroed for every case (measured: 0.94 → 1.08 of hand-written).</summary>
    private void WriteLacksData(int index)
    {
        code.Line("[System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]")
            .Open($"private static Outcome {LacksDataMethodName(index)}(CaseRecord r, long asOf)")
            .Line("EvaluationTrace scratch = EvaluationTrace.Empty;")
            .Line($"return {MethodName(index)}(r, asOf, ref scratch);")
            .Close();
    }

    /// <summary>A deadline on the first trigger without filters, inline over the timeline; sets <c>outcome</c>.
    /// The first occurrence's earliest tick is <see cref="CaseTimeline.None"/> when there is none (after
    /// any reference time) and <see cref="CaseTimeline.Unknown"/> when its time is unknown (before any).</summary>
    private void WriteFastFirst(SafeguardPlan plan, DeadlinePlan requirement)
    {
        var anchor = requirement.Anchor.EventIndex;
        code.Open("");
        code.Line($"long anchorEarliest = {FirstEarliest(anchor)};");
        code.Line("if (anchorEarliest > asOf) outcome = Outcome.NotApplicable; // none recorded, or not yet")
            .Line("else if (anchorEarliest == CaseTimeline.Unknown) outcome = Outcome.InsufficientData;")
            .Open("else");
        code.Line($"TimeRange trigger = new TimeRange(anchorEarliest, {FirstLatest(anchor)});");
        var limited = plan.InForceFromTicks != long.MinValue || plan.InForceUntilTicks != long.MaxValue;
        if (limited)
        {
            code.Line($"PeriodFit fit = InForce.Classify(trigger, {Literal(plan.InForceFromTicks)}, {Literal(plan.InForceUntilTicks)});")
                .Line("if (fit == PeriodFit.Outside) outcome = Outcome.NotApplicable;")
                .Line("else if (fit == PeriodFit.Straddles) outcome = Outcome.Indeterminate;")
                .Open("else");
        }
        else
        {
            code.Open("// always in force: every trigger time fits");
        }
        WriteFastDeadline(plan, requirement);
        code.Line("int found = 0; // 0: no completing event yet, 1: found, 2: found without a time")
            .Line("long earliest = 0, latest = 0;");
        for (var t = 0; t < requirement.Targets.Count; t++)
        {
            var target = requirement.Targets[t];
            code.Open(t == 0 ? "" : "if (found != 2)")
                .Line($"long candidate = {FirstEarliest(target.EventIndex)};")
                .Open("if (candidate <= asOf)")
                .Line("if (candidate == CaseTimeline.Unknown) found = 2;")
                .Line($"else if (found == 0 || candidate < earliest) {{ found = 1; earliest = candidate; latest = {FirstLatest(target.EventIndex)}; }}")
                .Close()
                .Close();
        }
        code.Line("if (found == 2) outcome = Outcome.InsufficientData;")
            .Line("else if (found == 1) outcome = latest <= deadlineEarliest ? Outcome.Satisfied : earliest > deadlineLatest ? Outcome.Violated : Outcome.Indeterminate;")
            .Line("else outcome = asOf > deadlineLatest ? Outcome.Violated : asOf <= deadlineEarliest ? Outcome.Pending : Outcome.Indeterminate;");
        code.Close().Close().Close();
    }

    private void WriteFastDeadline(SafeguardPlan plan, DeadlinePlan requirement)
    {
        var duration = requirement.Duration;
        if (requirement.Timing == TimingKind.Before)
        {
            code.Line("long deadlineEarliest = trigger.EarliestUtcTicks, deadlineLatest = trigger.LatestUtcTicks;");
            return;
        }
        if (requirement.Timing == TimingKind.WithinAfter && duration.Family == DurationFamily.Exact)
        {
            var ticks = Literal(duration.ExactTicks);
            code.Line($"long deadlineEarliest = trigger.EarliestUtcTicks > {MaxTicks} - {ticks} ? {MaxTicks} : trigger.EarliestUtcTicks + {ticks};")
                .Line($"long deadlineLatest = trigger.LatestUtcTicks > {MaxTicks} - {ticks} ? {MaxTicks} : trigger.LatestUtcTicks + {ticks};");
            return;
        }
        var legalDuration = $"new LegalDuration({duration.Amount}, DurationUnit.{duration.Unit})";
        var call = requirement.Timing switch
        {
            TimingKind.WithinAfter => $"Judge.DeadlineAfter({Calendar(plan)}, trigger, {legalDuration})",
            TimingKind.NoLaterThanBefore => $"Judge.DeadlineBefore({Calendar(plan)}, trigger, {legalDuration})",
            _ => $"Judge.DeadlineEndOfDay({Calendar(plan)}, trigger)",
        };
        code.Line($"TimeRange deadline = {call};")
            .Line("long deadlineEarliest = deadline.EarliestUtcTicks, deadlineLatest = deadline.LatestUtcTicks;");
    }
}
