using Safeguards.Runtime;
using static Safeguards.Evaluation.Tests.Packs;

namespace Safeguards.Evaluation.Tests;

/// <summary>Findings carry the evidence: trigger, deadline, completing event, slack or overrun, the message filled.</summary>
public class EvidenceTests
{
    private static readonly Interpreter P = TestPack.Pack;
    private const string Later = "2020-01-01T00:00:00+06:00";

    [Fact]
    public void A_violation_has_trigger_deadline_completion_overrun_and_message()
    {
        var json = Json("\"kind\": \"criminal\"",
            Ev("apprehended", "2009-01-08T14:30:00+06:00", id: "e1"),
            Ev("registered", "2009-01-09T09:00:00+06:00", id: "e2"));
        var finding = Finding(P, json, Later, "REG");
        finding.CaseId.ShouldBe("t1");
        finding.Title.ShouldBe("Registered within 3 hours");
        finding.Outcome.ShouldBe(Runtime.Outcome.Violated);
        finding.Severity.ShouldBe(Severity.Error);
        finding.Citations.ShouldBe([new Citation("LAW", "A law in force at all times", "1", null, null)]);
        var e = finding.Evidence;
        e.Trigger.ShouldBe(Exact("2009-01-08T14:30:00+06:00"));
        e.Deadline.ShouldBe(Exact("2009-01-08T17:30:00+06:00"));
        e.CompletingEvent.ShouldBe("registered (e2)");
        e.CompletedAt.ShouldBe(Exact("2009-01-09T09:00:00+06:00"));
        e.SlackTicks.ShouldBeNull();
        e.OverrunTicks.ShouldBe(TimeSpan.FromMinutes(15 * 60 + 30).Ticks);
        e.Missing.ShouldBeNull();
        e.Reason.ShouldBe("'registered (e2)' at 2009-01-09 09:00 (+06:00), after the deadline of 2009-01-08 17:30 (+06:00) "
            + "(apprehended at 2009-01-08 14:30 (+06:00)): 15 hours 30 minutes late.");
        finding.Message.ShouldBe("Registered 18 hours 30 minutes after; limit 3 hours; overrun 15 hours 30 minutes; slack no time; "
            + "deadline 2009-01-08 17:30 (+06:00); trigger 2009-01-08 14:30 (+06:00); completed 2009-01-09 09:00 (+06:00); "
            + "REG: Registered within 3 hours (t1) {unknown}");
    }

    [Fact]
    public void A_satisfied_finding_has_the_slack_and_no_message()
    {
        var finding = Finding(P, Json("\"kind\": \"criminal\"", Ev("apprehended", "2009-01-08T14:30:00+06:00"), Ev("registered", "2009-01-08T16:00:00+06:00")), Later, "REG");
        finding.Outcome.ShouldBe(Runtime.Outcome.Satisfied);
        finding.Evidence.SlackTicks.ShouldBe(TimeSpan.FromMinutes(90).Ticks);
        finding.Evidence.OverrunTicks.ShouldBeNull();
        finding.Evidence.CompletingEvent.ShouldBe("registered");
        finding.Evidence.Reason.ShouldEndWith("1 hour 30 minutes to spare.");
        finding.Message.ShouldBeNull();
    }

    [Fact]
    public void Exactly_at_the_deadline_the_slack_is_zero()
    {
        var finding = Finding(P, Json("\"kind\": \"criminal\"", Ev("apprehended", "2009-01-08T14:30:00+06:00"), Ev("registered", "2009-01-08T17:30:00+06:00")), Later, "REG");
        finding.Outcome.ShouldBe(Runtime.Outcome.Satisfied);
        finding.Evidence.SlackTicks.ShouldBe(0);
        finding.Evidence.Reason.ShouldEndWith("0 minutes to spare.");
    }

    [Fact]
    public void A_template_about_the_completion_gives_way_to_the_reason_when_nothing_was_done()
    {
        // REG's message speaks of {elapsed} and {completed}; with no registration the explanation is the message.
        var finding = Finding(P, Json("\"kind\": \"criminal\"", Ev("apprehended", "2009-01-08T14:30:00+06:00")), "2009-01-09T14:30:00+06:00", "REG");
        finding.Outcome.ShouldBe(Runtime.Outcome.Violated);
        finding.Evidence.OverrunTicks.ShouldBe(21 * TimeSpan.TicksPerHour);
        finding.Message.ShouldBe(finding.Evidence.Reason);
        finding.Message.ShouldBe("No 'registered' by the deadline of 2009-01-08 17:30 (+06:00) (apprehended at 2009-01-08 14:30 (+06:00)); overdue by 21 hours as of 2009-01-09 14:30 (+06:00).");
    }

    [Fact]
    public void Indeterminate_findings_report_the_bounds()
    {
        var finding = Finding(P, Json("\"kind\": \"criminal\"", Ev("apprehended", "2009-01-08T14:30:00+06:00"), Ev("registered", "2009-01-08")), Later, "REG");
        finding.Outcome.ShouldBe(Runtime.Outcome.Indeterminate);
        finding.Evidence.Reason.ShouldBe("'registered' on 8 January 2009 (time not recorded) may fall on either side of the deadline of 2009-01-08 17:30 (+06:00) (apprehended at 2009-01-08 14:30 (+06:00)).");
        finding.Message!.ShouldContain("overrun an uncertain time");
        finding.Message!.ShouldContain("Registered at most 9 hours 30 minutes after"); // the elapsed time's bounds, not only its least
    }

    [Fact]
    public void Safeguard_info_carries_the_rule_text()
    {
        var info = P.Safeguards.Single(s => s.Id == "REG");
        info.CaseSchema.ShouldBe("det");
        info.Category.ShouldBe("detention");
        info.Because.ShouldBe("The report within three hours.");
        info.Status.ShouldBe(LegalStatus.Binding);
        info.Requirements.Single().Description.ShouldBe("registered within 3 hours after apprehended");
        info.Requirements.Single().Limit.ShouldBe("3 hours");
        info.SourceFile.ShouldBe("test.sg");
        info.SourceLine.ShouldBeGreaterThan(1);
        P.Safeguards.Single(s => s.Id == "TWO-REQ").Severity.ShouldBe(Severity.Info);
    }
}
