using Safeguards.Lowering;
using Safeguards.Evaluation.Tests;
using Safeguards.Runtime;
using static Safeguards.Evaluation.Tests.Packs;

namespace Safeguards.Compiler.Tests;

/// <summary>
/// Issue #12's wrong verdicts, asserted in both engines (the interpreter and the compiled pack, fast path and
/// rich path): a day deadline ends before the next midnight; an occurrence never completes itself; a record
/// that shows the rule cannot apply is not applicable even when it lacks a fact or a required event.
/// </summary>
public class VerdictRegressionTests
{
    private static readonly Lazy<(LoweredPack Model, IRulePack Compiled, IRulePack Interpreted)> Engines = new(() =>
    {
        var model = Build.Model(TestPack.Header + TestPack.Cases + TestPack.Safeguards);
        var (compiled, interpreted, _) = Build.Both(model);
        return (model, compiled, interpreted);
    });

    private const string Later = "2030-01-01T00:00:00+06:00";

    /// <summary>The outcome in both engines and both paths, which must agree.</summary>
    private static Outcome Judged(string json, string safeguard, string asOf = Later)
    {
        var (_, compiled, interpreted) = Engines.Value;
        var fast = Outcome(compiled, json, asOf, safeguard);
        var rich = Finding(compiled, json, asOf, safeguard).Outcome;
        var oracle = Outcome(interpreted, json, asOf, safeguard);
        (fast, rich).ShouldBe((oracle, oracle), $"compiled fast path, compiled rich path, interpreter disagree on {safeguard}");
        return oracle;
    }

    private static readonly string Apprehended = Ev("apprehended", "2016-01-01T09:00:00+06:00");

    [Theory]
    [InlineData("2016-01-11T23:59:00+06:00", Runtime.Outcome.Satisfied)]
    [InlineData("2016-01-12T00:00:00+06:00", Runtime.Outcome.Violated)]
    [InlineData("2016-01-11", Runtime.Outcome.Satisfied)]
    [InlineData("2016-01-12", Runtime.Outcome.Violated)]
    public void A_day_deadline_ends_before_the_next_midnight(string reply, Outcome expected)
    {
        var json = Json("", Apprehended, Ev("complaint", "2016-01-08T15:00:00+06:00", id: "c1"), Ev("reply", reply, refers: "c1"));
        Judged(json, "REPLY-EACH").ShouldBe(expected);
    }

    [Fact]
    public void The_end_of_the_day_reads_as_the_end_of_that_day_and_slack_runs_to_midnight()
    {
        var json = Json("", Apprehended, Ev("complaint", "2016-01-08T15:00:00+06:00", id: "c1"), Ev("reply", "2016-01-11T23:00:00+06:00", refers: "c1"));
        var finding = Finding(Engines.Value.Compiled, json, Later, "REPLY-EACH");
        finding.Evidence.SlackTicks.ShouldBe(TimeSpan.TicksPerHour);
        finding.Evidence.Reason.ShouldContain("within the deadline of the end of 11 January 2016");
        finding.Evidence.Reason.ShouldContain("1 hour to spare");
        Finding(Engines.Value.Interpreted, json, Later, "REPLY-EACH").Evidence.ShouldBe(finding.Evidence);
    }

    [Theory]
    // A late second inspection is late: the first never completes itself.
    [InlineData("2016-03-15T10:00:00+06:00", Runtime.Outcome.Violated)]
    [InlineData("2016-01-30T10:00:00+06:00", Runtime.Outcome.Satisfied)]
    public void An_inspection_is_due_within_30_days_of_the_previous_one(string second, Outcome expected)
    {
        var json = Json("", Apprehended, Ev("inspection", "2016-01-05T10:00:00+06:00"), Ev("inspection", second), Ev("released", "2016-02-01T10:00:00+06:00"));
        Judged(json, "INSPECT-NEXT").ShouldBe(expected);
        // Each inspection: the last one has no successor, and 30 days after it the next is overdue.
        Judged(json, "INSPECT-EACH").ShouldBe(Runtime.Outcome.Violated);
        Judged(json, "INSPECT-EACH", "2016-01-06T00:00:00+06:00").ShouldBe(Runtime.Outcome.Pending);
    }

    [Fact]
    public void Each_inspection_pairs_with_the_next_one_never_with_itself()
    {
        var inTime = Json("", Apprehended, Ev("inspection", "2016-01-05T10:00:00+06:00"), Ev("inspection", "2016-02-01T10:00:00+06:00"),
            Ev("inspection", "2016-02-20T10:00:00+06:00"), Ev("released", "2016-03-01T10:00:00+06:00"));
        Judged(inTime, "INSPECT-EACH", "2016-02-25T00:00:00+06:00").ShouldBe(Runtime.Outcome.Pending);
        // Or release: the release completes the last interval.
        Judged(inTime, "INSPECT-OR-RELEASE").ShouldBe(Runtime.Outcome.Satisfied);
        var gap = Json("", Apprehended, Ev("inspection", "2016-01-05T10:00:00+06:00"), Ev("inspection", "2016-03-01T10:00:00+06:00"),
            Ev("released", "2016-03-02T10:00:00+06:00"));
        Judged(gap, "INSPECT-OR-RELEASE").ShouldBe(Runtime.Outcome.Violated);
        var finding = Finding(Engines.Value.Compiled, gap, Later, "INSPECT-OR-RELEASE");
        finding.Evidence.Trigger.ShouldBe(Exact("2016-01-05T10:00:00+06:00"));
        finding.Evidence.CompletedAt.ShouldBe(Exact("2016-03-01T10:00:00+06:00"));
    }

    [Fact]
    public void A_single_inspection_is_not_its_own_follow_up()
    {
        var json = Json("", Apprehended, Ev("inspection", "2016-01-05T10:00:00+06:00"));
        Judged(json, "INSPECT-NEXT").ShouldBe(Runtime.Outcome.Violated);
        Judged(json, "INSPECT-NEXT", "2016-01-20T00:00:00+06:00").ShouldBe(Runtime.Outcome.Pending);
    }

    [Fact]
    public void No_trigger_is_not_applicable_even_when_the_condition_lacks_a_fact()
    {
        // 'torture' is not recorded, but there is no application: the clock never started.
        Judged(Json("", Apprehended), "C-JR").ShouldBe(Runtime.Outcome.NotApplicable);
        Finding(Engines.Value.Compiled, Json("", Apprehended), Later, "C-JR").Evidence.Reason.ShouldContain("clock never started");
        // With an application, whether the safeguard applies depends on the missing fact.
        Judged(Json("", Apprehended, Ev("application", "2016-01-02T10:00:00+06:00")), "C-JR").ShouldBe(Runtime.Outcome.InsufficientData);
        Judged(Json("\"torture\": true", Apprehended, Ev("application", "2016-01-02T10:00:00+06:00")), "C-JR").ShouldBe(Runtime.Outcome.Violated);
    }

    [Fact]
    public void No_trigger_is_not_applicable_even_when_a_required_event_is_missing()
    {
        Judged(Json(""), "HEARD-AFTER-APPREHENSION").ShouldBe(Runtime.Outcome.NotApplicable);
        Judged(Json("", Ev("hearing", "2016-01-02T10:00:00+06:00")), "HEARD-AFTER-APPREHENSION").ShouldBe(Runtime.Outcome.InsufficientData);
        // The trigger is itself the missing required event: the record is incomplete, not outside the rule.
        Judged(Json("\"kind\": \"criminal\""), "REG").ShouldBe(Runtime.Outcome.InsufficientData);
    }

    [Fact]
    public void A_trigger_outside_the_law_is_not_applicable_even_when_a_fact_is_missing()
    {
        // C-OLD applies to apprehensions before 2015 only: one in 2016 is outside it, whatever 'kind' is.
        Judged(Json("", Apprehended), "C-OLD").ShouldBe(Runtime.Outcome.NotApplicable);
        Judged(Json("", Ev("apprehended", "2014-01-01T09:00:00+06:00")), "C-OLD").ShouldBe(Runtime.Outcome.InsufficientData);
    }

    [Fact]
    public void A_counted_event_whose_time_runs_past_the_reference_time_may_not_have_happened_yet()
    {
        // RET-2 (old code): at most 2 returns. The third is known only as "between 10 and 28 February 2014"; as of
        // 20 February it may or may not have happened, so the count is open, not over the limit.
        var json = Json("", Ev("apprehended", "2014-01-01T09:00:00+06:00"), Ev("returned", "2014-01-10T10:00:00+06:00"),
            Ev("returned", "2014-01-20T10:00:00+06:00"), Ev("returned", """{ "earliest": "2014-02-10", "latest": "2014-02-28" }"""));
        Judged(json, "RET-2", "2014-02-20T00:00:00+06:00").ShouldBe(Runtime.Outcome.Indeterminate);
        Judged(json, "RET-2", "2014-03-01T00:00:00+06:00").ShouldBe(Runtime.Outcome.Violated);
        // After a trigger the same holds.
        var after = Json("", Ev("apprehended", "2015-01-01T09:00:00+06:00"), Ev("application", "2015-03-01T12:00:00+06:00"),
            Ev("returned", """{ "earliest": "2015-03-10", "latest": "2015-03-28" }"""));
        Judged(after, "RET-AFTER", "2015-03-20T00:00:00+06:00").ShouldBe(Runtime.Outcome.Indeterminate);
        Judged(after, "RET-AFTER", "2015-04-01T00:00:00+06:00").ShouldBe(Runtime.Outcome.Violated);
    }
}
