using Safeguards.Runtime;
using Safeguards.Runtime.CompilerServices;
using static Safeguards.Compiler.CodeGeneration.CSharpText;

namespace Safeguards.Compiler.CodeGeneration;

/// <summary>
/// The fast path behind <c>Evaluate</c>: one method per safeguard that returns the outcome and keeps no evidence,
/// derived from the safeguard's plan. The condition is written out over the case timeline with the runtime's
/// three-valued connectives; a deadline on the first trigger is written out inline over first occurrences, with
/// the runtime's deadline arithmetic and <see cref="Judge.Completion"/>; every other requirement calls its
/// judge with the static plan, and a record that lacks data goes to <see cref="SafeguardJudge"/>. The
/// differential tests hold it to the judges.
/// </summary>
public sealed partial class CSharpGenerator
{
    private static string FastMethodName(int index) => $"Fast{index}";

    private static string LacksDataMethodName(int index) => $"LacksData{index}";

    /// <summary>The body of <c>Evaluate</c> after the shape and network tests: what is the same for every safeguard of a
    /// case is done once per record, not once per safeguard (measured in docs/performance.md, issue #18 target 1). The
    /// record's case schema picks the safeguards that apply; the others are not applicable. Each case schema's timeline
    /// is read once, with one bounds check on its last position, and one on the last outcome, so that the JIT drops the
    /// bounds checks of the reads and writes below.</summary>
    private void WriteFastDispatch()
    {
        var count = model.Safeguards.Length;
        if (count == 0) return;
        code.Line($"_ = outcomes[{count - 1}];");
        var schemas = model.Safeguards.Select(s => s.CaseIndex).Distinct().Order().ToList();
        // A pack of one case schema writes every outcome in its branch; with several, the others stay not applicable.
        if (schemas.Count > 1) code.Line($"outcomes.Slice(0, {count}).Fill(Outcome.NotApplicable);");
        code.Line("int caseIndex = record.CaseSchemaIndex;");
        for (var k = 0; k < schemas.Count; k++)
        {
            var schema = model.Schema.Cases[schemas[k]];
            code.Open($"{(k == 0 ? "" : "else ")}if (caseIndex == {schemas[k]})")
                .Line("long[] h = record.Timeline;")
                .Line($"_ = h[{CaseTimeline.Length(schema.Events.Count, schema.Facts.Count) - 1}];");
            for (var i = 0; i < count; i++)
                if (model.Safeguards[i].CaseIndex == schemas[k]) code.Line($"outcomes[{i}] = {FastMethodName(i)}(record, h, asOf);");
            code.Close();
        }
        if (schemas.Count == 1) code.Open("else").Line($"outcomes.Slice(0, {count}).Fill(Outcome.NotApplicable);").Close();
    }

    private void WriteFastSafeguard(int index, SafeguardPlan plan)
    {
        code.Line();
        LineDirective(plan.Info.SourceFile, plan.Info.SourceLine);
        code.Line($"// {IdentifierPart(plan.Info.Id)}");
        // Inlined into Evaluate: the calls, not the rules, were the larger cost once the data was in cache.
        // Called only for a record of the safeguard's case schema, with that record's timeline h (WriteFastDispatch).
        code.Line("[System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]")
            .Open($"private static Outcome {FastMethodName(index)}(CaseRecord r, long[] h, long asOf)");
        if (plan.ZoneIndex != 0) code.Line($"r = r.InZone({plan.ZoneIndex}); // its dates as this safeguard's pack zone reads them");
        WriteTimelineLocal(plan);
        if (plan.Condition is { } condition)
        {
            code.Line("int missing = -1;");
            var result = condition.Accept(new FastCondition(this));
            code.Line($"if ({result} == F) return Outcome.NotApplicable;");
            // A record that lacks data is rare: the judge decides it, in the order of the language.
            code.Line($"if ({result} == U) return {LacksDataMethodName(index)}(r, asOf);");
        }
        if (plan.RequiredEvents.Length > 0)
            code.Line($"if ({string.Join(" || ", plan.RequiredEvents.Select(NoOccurrence))}) return {LacksDataMethodName(index)}(r, asOf);");

        code.Line("Outcome worst = Outcome.NotApplicable, outcome;");
        var requirement = new FastRequirement(this, index);
        for (var k = 0; k < plan.Requirements.Length; k++)
        {
            requirement.Index = k;
            LineDirective(plan.Info.SourceFile, plan.Requirements[k].SourceLine);
            plan.Requirements[k].Accept(requirement);
            code.Line(k == 0 ? "worst = outcome;" : "if (OutcomeNames.Rank(outcome) > OutcomeNames.Rank(worst)) worst = outcome;");
        }
        code.Line("return worst;").Close();
        code.Directive("#line default");
        if (plan.MayLackData) WriteLacksData(index);
    }

    /// <summary>A record that lacks a fact or a required event goes to the judge, out of line: its ~100-byte trace
    /// inlined into <c>Evaluate</c> would be zeroed for every case (measured: 0.94 → 1.08 of hand-written).</summary>
    private void WriteLacksData(int index)
    {
        code.Line("[System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]")
            .Open($"private static Outcome {LacksDataMethodName(index)}(CaseRecord r, long asOf)")
            .Line("EvaluationTrace scratch = EvaluationTrace.Empty;")
            .Line($"return SafeguardJudge.Judge({SafeguardField(index)}, r, asOf, ref scratch);")
            .Close();
    }

    /// <summary>Writes one requirement of the fast path; each sets <c>outcome</c>.</summary>
    private sealed class FastRequirement(CSharpGenerator generator, int safeguard) : IRequirementPlanVisitor<bool>
    {
        public int Index { get; set; }

        private string Field => RequirementField(safeguard, Index);

        public bool VisitDeadline(DeadlinePlan deadline)
        {
            if (ReadsFirstFromTimeline(deadline)) generator.WriteFastFirst(deadline, Field);
            else CallJudge($"DeadlineJudge.Judge({Field}, r, asOf, ref scratch)");
            return true;
        }

        public bool VisitCount(CountPlan count)
        {
            CallJudge($"CountJudge.Judge({Field}, r, asOf, ref scratch)");
            return true;
        }

        public bool VisitRecurring(RecurringPlan recurring)
        {
            CallJudge($"RecurringJudge.Judge({Field}, r, asOf, ref scratch)");
            return true;
        }

        public bool VisitWait(WaitPlan wait)
        {
            CallJudge($"WaitJudge.Judge({Field}, r, asOf, ref scratch)");
            return true;
        }

        private void CallJudge(string call) => generator.code.Open("")
            .Line("EvaluationTrace scratch = EvaluationTrace.Empty;")
            .Line($"outcome = {call};")
            .Close();
    }

    /// <summary>A deadline on the first trigger without filters, inline over the timeline: <see cref="DeadlineJudge"/>'s
    /// decision on the first occurrences, without evidence. The first occurrence's earliest tick is
    /// <see cref="CaseTimeline.None"/> when there is none (after any reference time) and <see cref="CaseTimeline.Unknown"/>
    /// when its time is unknown (before any).</summary>
    private void WriteFastFirst(DeadlinePlan requirement, string field)
    {
        var anchor = requirement.Anchor.EventType;
        code.Open("");
        code.Line($"long anchorEarliest = {FirstEarliest(anchor)};");
        code.Line("if (anchorEarliest > asOf) outcome = Outcome.NotApplicable; // none recorded, or not yet")
            .Line("else if (anchorEarliest == CaseTimeline.Unknown) outcome = Outcome.InsufficientData;")
            .Open("else");
        code.Line($"TimeRange trigger = new TimeRange(anchorEarliest, {FirstLatest(anchor)});");
        if (requirement.LimitedInTime)
        {
            code.Line($"PeriodFit fit = InForce.Classify(trigger, {Literal(requirement.InForceFromUtcTicks)}, {Literal(requirement.InForceUntilUtcTicks)});")
                .Line("if (fit == PeriodFit.Outside) outcome = Outcome.NotApplicable;")
                .Line("else if (fit == PeriodFit.Straddles) outcome = Outcome.Indeterminate;")
                .Open("else");
        }
        else
        {
            code.Open("// always in force: every trigger time fits");
        }
        if (requirement.Kind == DeadlineKind.WithinAfter && requirement.Duration.Family == DurationFamily.Exact)
        {
            // The plan's DeadlineFor comes to this for minutes and hours; written out, it is two additions.
            var ticks = Literal(requirement.Duration.ExactTicks);
            code.Line($"TimeRange deadline = new TimeRange(LegalCalendar.AddExact(trigger.EarliestUtcTicks, {ticks}), LegalCalendar.AddExact(trigger.LatestUtcTicks, {ticks}));");
        }
        else
        {
            code.Line($"TimeRange deadline = {field}.DeadlineFor(trigger);");
        }
        if (requirement.Targets.Length == 1)
        {
            // One completing event type: its first occurrence, if any by asOf, is the completion. An unknown time
            // (before every reference time) leaves the judge without an answer; none (after every one) is no target.
            var only = requirement.Targets[0].EventType;
            code.Line($"long done = {FirstEarliest(only)};")
                .Line($"outcome = done == CaseTimeline.Unknown ? Outcome.InsufficientData : Judge.Completion(deadline, done <= asOf, new TimeRange(done, {FirstLatest(only)}), asOf);");
            code.Close().Close().Close();
            return;
        }
        code.Line("int found = 0; // 0: no completing event yet, 1: found, 2: found without a time")
            .Line("long earliest = 0, latest = 0;");
        for (var t = 0; t < requirement.Targets.Length; t++)
        {
            var target = requirement.Targets[t].EventType;
            code.Open(t == 0 ? "" : "if (found != 2)")
                .Line($"long candidate = {FirstEarliest(target)};")
                .Open("if (candidate <= asOf)")
                .Line("if (candidate == CaseTimeline.Unknown) found = 2;")
                .Line($"else if (found == 0 || candidate < earliest) {{ found = 1; earliest = candidate; latest = {FirstLatest(target)}; }}")
                .Close()
                .Close();
        }
        code.Line("outcome = found == 2 ? Outcome.InsufficientData : Judge.Completion(deadline, found == 1, new TimeRange(earliest, latest), asOf);");
        code.Close().Close().Close();
    }

    /// <summary>Writes a condition over the timeline, left to right like <see cref="ConditionJudge"/>, and returns the
    /// name of the local that holds its value (F, T or U).</summary>
    private sealed class FastCondition(CSharpGenerator generator) : IConditionPlanVisitor<string>
    {
        private int temp;

        private CodeWriter Code => generator.code;

        private string Next() => $"c{temp++}";

        public string VisitAnd(AndCondition and) => Connective(and, "ConditionJudge.And");

        public string VisitOr(OrCondition or) => Connective(or, "ConditionJudge.Or");

        /// <summary>The right operand is written in the else branch: not evaluated when the left one decides.</summary>
        private string Connective(ConnectiveCondition connective, string combine)
        {
            var left = connective.Left.Accept(this);
            var name = Next();
            var decisive = connective.Decisive == Truth.False ? "F" : "T";
            Code.Line($"byte {name};");
            Code.Open($"if ({left} == {decisive})").Line($"{name} = {decisive};").Close(); // a block, so that the else below belongs to this if
            Code.Open("else");
            var right = connective.Right.Accept(this);
            Code.Line($"{name} = (byte){combine}((Truth){left}, (Truth){right});").Close();
            return name;
        }

        public string VisitNot(NotCondition not)
        {
            var operand = not.Operand.Accept(this);
            var name = Next();
            Code.Line($"byte {name} = (byte)ConditionJudge.Not((Truth){operand});");
            return name;
        }

        public string VisitOccurred(OccurredCondition condition) =>
            Value($"{FirstEarliest(condition.EventType)} <= asOf ? T : F");

        public string VisitFactIsTrue(FactIsTrueCondition condition) =>
            Fact(condition.Fact, $"({generator.FactValue(condition.Fact)} != 0) == {Literal(condition.Expected)}");

        public string VisitFactIsValue(FactIsValueCondition condition) =>
            Fact(condition.Fact, $"({generator.FactValue(condition.Fact)} == {condition.Value}) != {Literal(condition.Negated)}");

        public string VisitFactCompare(FactCompareCondition condition)
        {
            // The fact is compared with the plan's threshold, never multiplied: a large value cannot overflow.
            var op = condition.Comparison switch
            {
                FactComparison.AtLeast => ">=",
                FactComparison.AtMost => "<=",
                FactComparison.MoreThan => ">",
                FactComparison.LessThan => "<",
                _ => throw new InvalidOperationException($"unknown comparison {condition.Comparison}"),
            };
            return Fact(condition.Fact, $"{generator.FactValue(condition.Fact)} {op} {Literal(condition.Threshold)}");
        }

        private string Fact(int fact, string holds) =>
            Value($"{generator.FactPresent(fact)} ? ({holds} ? T : F) : Missing(ref missing, {fact})");

        private string Value(string expression)
        {
            var name = Next();
            Code.Line($"byte {name} = {expression};");
            return name;
        }
    }
}
