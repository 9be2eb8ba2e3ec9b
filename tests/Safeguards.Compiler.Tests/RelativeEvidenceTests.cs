using Safeguards.Evaluation.Tests;
using Safeguards.Runtime;
using static Safeguards.Evaluation.Tests.Packs;

namespace Safeguards.Compiler.Tests;

/// <summary>
/// Issue #16 in both engines and both paths: a deadline judged on the bounds of its own difference when the record
/// relates the two times, and events not known to have happened judged in each world. The compiled fast path sends
/// such records to the judges; these tests hold it, the rich path and the interpreter to the same verdicts.
/// </summary>
public class RelativeEvidenceTests
{
    private static readonly Lazy<(IRulePack Compiled, IRulePack Interpreted)> Engines = new(() =>
    {
        var model = Build.Model(TestPack.Header + TestPack.Cases + TestPack.Safeguards);
        var (compiled, interpreted, _) = Build.Both(model);
        return (compiled, interpreted);
    });

    private const string Later = "2030-01-01T00:00:00+06:00";

    private static Outcome Judged(string json, string safeguard, string asOf = Later)
    {
        var (compiled, interpreted) = Engines.Value;
        var fast = Outcome(compiled, json, asOf, safeguard);
        var rich = Finding(compiled, json, asOf, safeguard);
        var oracle = Finding(interpreted, json, asOf, safeguard);
        (fast, rich.Outcome).ShouldBe((oracle.Outcome, oracle.Outcome), $"compiled fast path, compiled rich path, interpreter disagree on {safeguard}");
        rich.Evidence.ShouldBe(oracle.Evidence);
        return oracle.Outcome;
    }

    private static Evidence EvidenceOf(string json, string safeguard) => Finding(Engines.Value.Interpreted, json, Later, safeguard).Evidence;

    private const string Criminal = "\"kind\": \"criminal\"";

    [Fact]
    public void Registered_17_hours_after_an_apprehension_known_only_as_a_date_is_certainly_late()
    {
        // Seed 001, line 1296: "R.O. was held for 17 hours in unregistered (i.e. officially unacknowledged) detention".
        var json = Json(Criminal, Ev("apprehended", "2011-12-14", id: "a1"), Ev("registered", """{"after": "a1", "by": "17 hours"}"""));
        Judged(json, "REG").ShouldBe(Runtime.Outcome.Violated);
        var evidence = EvidenceOf(json, "REG");
        evidence.OverrunTicks.ShouldBe(14 * TimeSpan.TicksPerHour);
        evidence.Reason.ShouldBe("'registered' 17 hours after 'apprehended' (the case gives the duration, not the times), beyond registered within 3 hours after apprehended: 14 hours late.");
        Finding(Engines.Value.Interpreted, json, Later, "REG").Message!.ShouldStartWith("Registered 17 hours after;");

        // The same times as ranges alone leave it open: the registration's day is known, not its hour.
        Judged(Json(Criminal, Ev("apprehended", "2011-12-14"), Ev("registered", "2011-12-15")), "REG").ShouldBe(Runtime.Outcome.Indeterminate);
    }

    [Fact]
    public void A_difference_decides_even_when_neither_time_is_known_if_the_law_is_always_in_force()
    {
        var json = Json(Criminal, Ev("apprehended", "unknown", id: "a1"), Ev("registered", """{"after": "a1", "by": {"atLeast": "24 hours"}}"""));
        Judged(json, "REG").ShouldBe(Runtime.Outcome.Violated);
        EvidenceOf(json, "REG").Reason.ShouldContain("at least 24 hours after 'apprehended'");
        // Under a law with a period, the unknown time of the trigger leaves the law open.
        Judged(json, "REG-OLD").ShouldBe(Runtime.Outcome.InsufficientData);
    }

    [Fact]
    public void Within_the_limit_by_the_difference()
    {
        var json = Json(Criminal, Ev("apprehended", "2011-12-14", id: "a1"), Ev("registered", """{"after": "a1", "by": {"atMost": "2 hours"}}"""));
        Judged(json, "REG").ShouldBe(Runtime.Outcome.Satisfied);
        EvidenceOf(json, "REG").SlackTicks.ShouldBe(TimeSpan.TicksPerHour);
        // Between 1 and 4 hours: either side of the limit.
        Judged(Json(Criminal, Ev("apprehended", "2011-12-14", id: "a1"), Ev("registered", """{"after": "a1", "by": {"atLeast": "1 hour", "atMost": "4 hours"}}""")), "REG")
            .ShouldBe(Runtime.Outcome.Indeterminate);
    }

    [Theory]
    [InlineData("""{"dayAfter": "a1"}""", Runtime.Outcome.Satisfied)]
    [InlineData("""{"after": "a1", "by": "2 days"}""", Runtime.Outcome.Satisfied)]
    [InlineData("""{"after": "a1", "by": "5 days"}""", Runtime.Outcome.Violated)]
    public void A_day_deadline_on_an_apprehension_known_only_as_a_month(string released, Outcome expected)
    {
        var json = Json("", Ev("apprehended", "2011-10", id: "a1"), Ev("released", released));
        Judged(json, "REL-3D").ShouldBe(expected);
    }

    [Theory]
    // "The case was opened in October 2011 by the Financial Police": one act, two events, the month only.
    [InlineData("""{"sameMomentAs": "c1"}""", Runtime.Outcome.Satisfied)]
    [InlineData("""{"sameDayAs": "c1"}""", Runtime.Outcome.Satisfied)]
    [InlineData("""{"dayAfter": "c1"}""", Runtime.Outcome.Violated)]
    [InlineData("2011-10", Runtime.Outcome.Indeterminate)]
    public void Immediately_after_with_the_same_moment_the_same_day_or_the_day_after(string opened, Outcome expected)
    {
        var json = Json("", Ev("apprehended", "2011-10-01"), Ev("complaint", "2011-10", id: "c1", attributes: "\"channel\": \"crime_report\""), Ev("opened", opened));
        Judged(json, "IMM").ShouldBe(expected);
        if (opened.Contains("sameMomentAs", StringComparison.Ordinal))
            EvidenceOf(json, "IMM").Reason.ShouldContain("at the same moment as 'complaint' (the case records them as one moment)");
    }

    [Fact]
    public void No_later_than_before_by_the_difference()
    {
        var json = Json("", Ev("apprehended", "2011-12-01"), Ev("hearing", "2011-12-20", id: "h1"), Ev("registered", """{"before": "h1", "by": "24 hours"}"""));
        Judged(json, "REG-BEFORE").ShouldBe(Runtime.Outcome.Satisfied);
        Judged(Json("", Ev("apprehended", "2011-12-01"), Ev("hearing", "2011-12-20", id: "h1"), Ev("registered", """{"before": "h1", "by": "2 hours"}""")), "REG-BEFORE")
            .ShouldBe(Runtime.Outcome.Violated);
    }

    [Fact]
    public void An_event_not_known_to_have_happened_decides_only_when_both_worlds_agree()
    {
        var apprehended = Ev("apprehended", "2011-12-14T09:00:00+06:00", id: "a1");
        // If registered, an hour later (in time); if not, overdue: indeterminate, and the finding says why.
        var open = Json(Criminal, apprehended, """{"type": "registered", "time": "2011-12-14T10:00:00+06:00", "happened": "not known"}""");
        Judged(open, "REG").ShouldBe(Runtime.Outcome.Indeterminate);
        var evidence = EvidenceOf(open, "REG");
        evidence.Missing.ShouldBe("registered");
        evidence.Reason.ShouldBe("Whether 'registered' happened is not known: if it did, this is satisfied; if it did not, violated.");

        // If registered, five hours later (late); if not, overdue: violated either way.
        var late = Json(Criminal, apprehended, """{"type": "registered", "time": "2011-12-14T14:00:00+06:00", "happened": "not known"}""");
        Judged(late, "REG").ShouldBe(Runtime.Outcome.Violated);
        EvidenceOf(late, "REG").CompletedAt.ShouldBe(Exact("2011-12-14T14:00:00+06:00"));

        // The trigger itself may not have happened: then the safeguard would not apply.
        var trigger = Json(Criminal, """{"type": "apprehended", "time": "2011-12-14T09:00:00+06:00", "happened": "not known"}""", Ev("registered", "2011-12-14T14:00:00+06:00"));
        Judged(trigger, "REG").ShouldBe(Runtime.Outcome.Indeterminate);
    }

    [Fact]
    public void A_count_with_an_event_not_known_to_have_happened()
    {
        var returned = Ev("returned", "2011-12-01");
        var json = Json("", Ev("apprehended", "2011-11-01"), returned, returned, """{"type": "returned", "time": "2011-12-03", "happened": "not known"}""");
        Judged(json, "RET-2").ShouldBe(Runtime.Outcome.Indeterminate);
        Judged(Json("", Ev("apprehended", "2011-11-01"), returned, """{"type": "returned", "time": "2011-12-03", "happened": "not known"}"""), "RET-2")
            .ShouldBe(Runtime.Outcome.Satisfied);
    }
}
