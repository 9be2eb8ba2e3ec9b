using static Safeguards.Evaluation.Tests.Packs;

namespace Safeguards.Evaluation.Tests;

/// <summary><c>at most N X after Y</c>: Y is the trigger, its date chooses the law version, and only X after Y count.</summary>
public class CountAfterTests
{
    private static readonly Interpreter P = Interpret(TestPack.Header + TestPack.Cases + TestPack.Safeguards);
    private const string Later = "2026-01-01T00:00:00+05:00";
    private static string Apprehended => Ev("apprehended", "2014-01-01T09:00:00+06:00");

    [Fact]
    public void A_return_after_the_trigger_under_the_new_code_is_a_violation()
    {
        var finding = Finding(P, Json("", Apprehended, Ev("application", "2015-03-01T12:00:00+06:00"), Ev("returned", "2015-03-05T10:00:00+06:00")), Later, "RET-AFTER");
        finding.Outcome.ShouldBe(Runtime.Outcome.Violated);
        finding.Evidence.Trigger.ShouldBe(Exact("2015-03-01T12:00:00+06:00"));
    }

    [Fact]
    public void Returns_before_the_trigger_do_not_count() =>
        Outcome(P, Json("", Apprehended, Ev("application", "2015-03-01T12:00:00+06:00"), Ev("returned", "2015-02-20T10:00:00+06:00")), Later, "RET-AFTER")
            .ShouldBe(Runtime.Outcome.Satisfied);

    [Fact]
    public void A_return_at_the_trigger_time_counts() =>
        Outcome(P, Json("", Apprehended, Ev("application", "2015-03-01T12:00:00+06:00"), Ev("returned", "2015-03-01T12:00:00+06:00")), Later, "RET-AFTER")
            .ShouldBe(Runtime.Outcome.Violated);

    [Fact]
    public void A_trigger_before_the_law_came_into_force_makes_it_not_applicable_whatever_follows()
    {
        var finding = Finding(P, Json("", Apprehended, Ev("application", "2014-06-01T12:00:00+06:00"), Ev("returned", "2015-03-05T10:00:00+06:00")), Later, "RET-AFTER");
        finding.Outcome.ShouldBe(Runtime.Outcome.NotApplicable);
        finding.Evidence.Reason.ShouldContain("not in force");
    }

    [Fact]
    public void Without_the_trigger_the_rule_does_not_apply() =>
        Outcome(P, Json("", Apprehended, Ev("returned", "2015-03-05T10:00:00+06:00")), Later, "RET-AFTER").ShouldBe(Runtime.Outcome.NotApplicable);

    [Fact]
    public void A_trigger_without_a_time_is_insufficient_data() =>
        Outcome(P, Json("", Apprehended, Ev("application", "unknown"), Ev("returned", "2015-03-05T10:00:00+06:00")), Later, "RET-AFTER")
            .ShouldBe(Runtime.Outcome.InsufficientData);

    [Fact]
    public void A_trigger_that_straddles_the_date_the_law_came_into_force_is_indeterminate() =>
        Outcome(P, Json("", Apprehended, Ev("application", """{ "earliest": "2014-12-30", "latest": "2015-01-02" }"""), Ev("returned", "2015-03-05T10:00:00+06:00")), Later, "RET-AFTER")
            .ShouldBe(Runtime.Outcome.Indeterminate);

    [Fact]
    public void A_return_known_only_by_the_trigger_day_may_or_may_not_count()
    {
        var finding = Finding(P, Json("", Apprehended, Ev("application", "2015-03-01T12:00:00+06:00"), Ev("returned", "2015-03-01")), Later, "RET-AFTER");
        finding.Outcome.ShouldBe(Runtime.Outcome.Indeterminate);
        finding.Evidence.Reason.ShouldContain("certainly after 'application'");
    }

    [Fact]
    public void A_return_whose_time_runs_past_the_reference_time_leaves_the_count_open_and_the_finding_says_why()
    {
        // The third return is recorded "after" the second with no upper bound: as of 2015-06-01 it may not have happened.
        var json = Json("", Apprehended, Ev("application", "2015-03-01T12:00:00+06:00"),
            """{"id": "r1", "type": "returned", "time": "2015-03-05T10:00:00+06:00"}""",
            """{"type": "returned", "time": {"after": "r1", "earliest": "2015-05-01T10:00:00+06:00"}}""");
        var pack = Interpret(TestPack.Header + TestPack.Cases + """
            safeguard RET-AFTER-ONE "At most one return for checks after the application (new code)"
              cites NEW article 20
              applies to det
              requires at most 1 returned after application
            """);
        var finding = Finding(pack, json, "2015-06-01T00:00:00+06:00", "RET-AFTER-ONE");
        finding.Outcome.ShouldBe(Runtime.Outcome.Indeterminate);
        finding.Evidence.Reason.ShouldContain("1 'returned' certainly after 'application'");
        finding.Evidence.Reason.ShouldContain("1 more recorded with a time that runs past the reference time (2015-06-01 00:00 (+06:00)) may not have happened by then");
    }
}
