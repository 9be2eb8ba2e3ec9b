using Safeguards.Runtime.CompilerServices;
using Safeguards.Runtime;
using static Safeguards.Evaluation.Tests.Packs;

namespace Safeguards.Evaluation.Tests;

/// <summary>Every outcome kind, on inline cases against <see cref="TestPack"/>.</summary>
public class OutcomeTests
{
    private static readonly Interpreter P = TestPack.Pack;
    private const string Later = "2020-01-01T00:00:00+06:00";
    private const string Criminal = "\"kind\": \"criminal\"";

    [Fact]
    public void Satisfied_when_completed_before_the_deadline() =>
        Outcome(P, Json(Criminal, Ev("apprehended", "2009-01-08T14:30:00+06:00"), Ev("registered", "2009-01-08T16:00:00+06:00")), Later, "REG")
            .ShouldBe(Runtime.Outcome.Satisfied);

    [Fact]
    public void Violated_when_completed_after_the_deadline() =>
        Outcome(P, Json(Criminal, Ev("apprehended", "2009-01-08T14:30:00+06:00"), Ev("registered", "2009-01-09T09:00:00+06:00")), Later, "REG")
            .ShouldBe(Runtime.Outcome.Violated);

    [Fact]
    public void Violated_when_missing_and_the_deadline_has_passed()
    {
        var json = Json(Criminal, Ev("apprehended", "2009-01-08T14:30:00+06:00"));
        Outcome(P, json, "2009-01-08T17:31:00+06:00", "REG").ShouldBe(Runtime.Outcome.Violated);
        var finding = Finding(P, json, "2009-01-08T17:31:00+06:00", "REG");
        finding.Evidence.OverrunTicks.ShouldBe(TimeSpan.TicksPerMinute);
        finding.Evidence.CompletingEvent.ShouldBeNull();
    }

    [Fact]
    public void Pending_when_missing_and_the_deadline_is_ahead()
    {
        var json = Json(Criminal, Ev("apprehended", "2009-01-08T14:30:00+06:00"));
        Outcome(P, json, "2009-01-08T15:00:00+06:00", "REG").ShouldBe(Runtime.Outcome.Pending);
        // Exactly at the deadline nothing is late yet.
        Outcome(P, json, "2009-01-08T17:30:00+06:00", "REG").ShouldBe(Runtime.Outcome.Pending);
        var finding = Finding(P, json, "2009-01-08T15:00:00+06:00", "REG");
        finding.Evidence.Deadline.ShouldBe(Exact("2009-01-08T17:30:00+06:00"));
        finding.Message.ShouldBeNull(); // messages are for violations and indeterminate findings
    }

    [Fact]
    public void Events_after_the_reference_time_have_not_happened_yet()
    {
        var json = Json(Criminal, Ev("apprehended", "2009-01-08T14:30:00+06:00"), Ev("registered", "2009-01-08T16:00:00+06:00"));
        Outcome(P, json, "2009-01-08T15:00:00+06:00", "REG").ShouldBe(Runtime.Outcome.Pending);
        Outcome(P, json, "2009-01-08T14:00:00+06:00", "REG").ShouldBe(Runtime.Outcome.NotApplicable);
        Finding(P, json, "2009-01-08T14:00:00+06:00", "REG").Evidence.Reason.ShouldContain("No 'apprehended' is recorded");
    }

    // ---- not applicable -------------------------------------------------------------------------

    [Fact]
    public void Not_applicable_for_a_case_of_another_schema()
    {
        var json = """{ "id": "o1", "schema": "other", "events": [ { "type": "x", "time": "2009-01-08T14:30:00+06:00" } ] }""";
        var record = Case(P, json);
        var outcomes = new Outcome[P.Safeguards.Count];
        P.Evaluate(record, At(Later), outcomes);
        for (var i = 0; i < outcomes.Length; i++)
            if (P.Safeguards[i].CaseSchema == "det") outcomes[i].ShouldBe(Runtime.Outcome.NotApplicable, P.Safeguards[i].Id);
        // The rich path lists only the safeguards of the case's own schema.
        P.Explain(record, At(Later)).Select(f => f.SafeguardId).ShouldBe(["OTHER-X"]);
        var trace = EvaluationTrace.Empty;
        SafeguardJudge.Judge(ModelOf("REG"), record, At(Later), ref trace).ShouldBe(Runtime.Outcome.NotApplicable);
        trace.Reason.ShouldBe(ReasonKind.OtherCaseSchema);
    }

    private static SafeguardPlan ModelOf(string id) => Packs.Model(TestPack.Header + TestPack.Cases + TestPack.Safeguards).Safeguards.Single(s => s.Info.Id == id);

    [Fact]
    public void Not_applicable_when_the_condition_is_false()
    {
        var finding = Finding(P, Json("\"kind\": \"administrative\"", Ev("apprehended", "2009-01-08T14:30:00+06:00")), Later, "REG");
        finding.Outcome.ShouldBe(Runtime.Outcome.NotApplicable);
        finding.Evidence.Reason.ShouldContain("conditions");
    }

    [Fact]
    public void Not_applicable_when_the_trigger_is_missing()
    {
        var finding = Finding(P, Json("", Ev("apprehended", "2009-01-08T14:30:00+06:00"), Ev("hearing", "2009-01-09T10:00:00+06:00")), Later, "JR");
        finding.Outcome.ShouldBe(Runtime.Outcome.NotApplicable);
        finding.Evidence.Trigger.ShouldBeNull();
        finding.Evidence.Reason.ShouldContain("No 'application' is recorded");
    }

    [Fact]
    public void Not_applicable_when_the_law_was_not_in_force_at_the_trigger()
    {
        var json = Json("", Ev("apprehended", "2016-03-01T10:00:00+06:00"), Ev("registered", "2016-03-01T20:00:00+06:00"));
        var finding = Finding(P, json, Later, "REG-OLD");
        finding.Outcome.ShouldBe(Runtime.Outcome.NotApplicable);
        finding.Evidence.Trigger.ShouldBe(Exact("2016-03-01T10:00:00+06:00"));
        finding.Evidence.Reason.ShouldContain("not in force");
        finding.Evidence.Reason.ShouldContain("until 2015-01-01");
    }

    // ---- insufficient data ----------------------------------------------------------------------

    [Fact]
    public void Insufficient_data_when_a_fact_the_condition_needs_is_missing()
    {
        var finding = Finding(P, Json("", Ev("apprehended", "2009-01-08T14:30:00+06:00")), Later, "REG");
        finding.Outcome.ShouldBe(Runtime.Outcome.InsufficientData);
        finding.Evidence.Missing.ShouldBe("kind");
        // An explicit null is the same as leaving the fact out.
        Outcome(P, Json("\"kind\": null", Ev("apprehended", "2009-01-08T14:30:00+06:00")), Later, "REG").ShouldBe(Runtime.Outcome.InsufficientData);
    }

    [Fact]
    public void Insufficient_data_when_a_required_event_is_missing()
    {
        var finding = Finding(P, Json(Criminal, Ev("registered", "2009-01-08T16:00:00+06:00")), Later, "REG");
        finding.Outcome.ShouldBe(Runtime.Outcome.InsufficientData);
        finding.Evidence.Missing.ShouldBe("apprehended");
        finding.Evidence.Reason.ShouldContain("must record it");
    }

    [Fact]
    public void Insufficient_data_when_the_trigger_time_is_unknown()
    {
        var finding = Finding(P, Json(Criminal, Ev("apprehended", "unknown"), Ev("registered", "2009-01-08T16:00:00+06:00")), Later, "REG");
        finding.Outcome.ShouldBe(Runtime.Outcome.InsufficientData);
        finding.Evidence.Missing.ShouldBe("apprehended");
        finding.Evidence.Deadline.ShouldBeNull();
    }

    [Fact]
    public void Insufficient_data_when_the_completion_time_is_unknown()
    {
        var finding = Finding(P, Json(Criminal, Ev("apprehended", "2009-01-08T14:30:00+06:00"), Ev("registered", "unknown")), Later, "REG");
        finding.Outcome.ShouldBe(Runtime.Outcome.InsufficientData);
        finding.Evidence.Missing.ShouldBe("registered");
        finding.Evidence.Deadline.ShouldBe(Exact("2009-01-08T17:30:00+06:00"));
        finding.Evidence.Trigger.ShouldBe(Exact("2009-01-08T14:30:00+06:00"));
    }

    // ---- indeterminate --------------------------------------------------------------------------

    [Fact]
    public void Indeterminate_when_an_imprecise_completion_straddles_the_deadline()
    {
        // Registered "on 8 January": the deadline is 17:30 that day, so it may be either side.
        var finding = Finding(P, Json(Criminal, Ev("apprehended", "2009-01-08T14:30:00+06:00"), Ev("registered", "2009-01-08")), Later, "REG");
        finding.Outcome.ShouldBe(Runtime.Outcome.Indeterminate);
        finding.Evidence.CompletedAt.ShouldBe(new TimeRange(At("2009-01-08T00:00:00+06:00"), At("2009-01-09T00:00:00+06:00") - 1));
        finding.Evidence.SlackTicks.ShouldBeNull();
        finding.Evidence.OverrunTicks.ShouldBeNull();
        finding.Message.ShouldNotBeNull();
        // An interval wholly before the deadline is satisfied, wholly after it violated.
        Outcome(P, Json(Criminal, Ev("apprehended", "2009-01-08T14:30:00+06:00"),
            Ev("registered", """{ "earliest": "2009-01-08T15:00:00+06:00", "latest": "2009-01-08T17:30:00+06:00" }""")), Later, "REG").ShouldBe(Runtime.Outcome.Satisfied);
        Outcome(P, Json(Criminal, Ev("apprehended", "2009-01-08T14:30:00+06:00"),
            Ev("registered", """{ "earliest": "2009-01-08T17:31:00+06:00", "latest": "2009-01-08T18:00:00+06:00" }""")), Later, "REG").ShouldBe(Runtime.Outcome.Violated);
        Outcome(P, Json(Criminal, Ev("apprehended", "2009-01-08T14:30:00+06:00"), Ev("registered", "2009-01")), Later, "REG").ShouldBe(Runtime.Outcome.Indeterminate);
    }

    [Fact]
    public void Indeterminate_when_an_imprecise_trigger_straddles_an_in_force_date()
    {
        // Apprehended some time in the last night of 2014 and the first of 2015: both codes may apply.
        var json = Json("", Ev("apprehended", """{ "earliest": "2014-12-31T22:00:00+06:00", "latest": "2015-01-01T02:00:00+06:00" }"""),
            Ev("registered", "2015-01-01T03:00:00+06:00"));
        var old = Finding(P, json, Later, "REG-OLD");
        old.Outcome.ShouldBe(Runtime.Outcome.Indeterminate);
        old.Evidence.Reason.ShouldContain("came into or went out of force");
        old.Evidence.Deadline.ShouldBeNull();
        Outcome(P, json, Later, "REG-NEW").ShouldBe(Runtime.Outcome.Indeterminate);
    }

    [Fact]
    public void Indeterminate_when_the_deadline_may_have_passed()
    {
        // Apprehended on 8 January (time unknown within the day): the deadline lies between 03:00 on the 8th and 03:00 on the 9th.
        var json = Json(Criminal, Ev("apprehended", "2009-01-08"));
        var finding = Finding(P, json, "2009-01-08T12:00:00+06:00", "REG");
        finding.Outcome.ShouldBe(Runtime.Outcome.Indeterminate);
        finding.Evidence.Deadline.ShouldBe(new TimeRange(At("2009-01-08T03:00:00+06:00"), At("2009-01-09T03:00:00+06:00") - 1));
        finding.Evidence.Reason.ShouldContain("may or may not have passed");
        Outcome(P, json, "2009-01-08T02:59:00+06:00", "REG").ShouldBe(Runtime.Outcome.Pending);
        Outcome(P, json, "2009-01-09T03:00:00+06:00", "REG").ShouldBe(Runtime.Outcome.Violated);
    }

    // ---- exact boundaries -----------------------------------------------------------------------

    [Theory]
    [InlineData("2009-01-08T17:30:00+06:00", Runtime.Outcome.Satisfied)]
    [InlineData("2009-01-08T11:30:00Z", Runtime.Outcome.Satisfied)] // the same instant in another offset
    [InlineData("2009-01-08T17:29:00+06:00", Runtime.Outcome.Satisfied)]
    [InlineData("2009-01-08T17:31:00+06:00", Runtime.Outcome.Violated)]
    [InlineData("2009-01-08T17:30:00.0000001+06:00", Runtime.Outcome.Violated)]
    public void Hours_are_exact_and_the_deadline_itself_is_in_time(string registered, Outcome expected) =>
        Outcome(P, Json(Criminal, Ev("apprehended", "2009-01-08T14:30:00+06:00"), Ev("registered", registered)), Later, "REG").ShouldBe(expected);

    [Theory]
    [InlineData("2009-01-11T23:59:00+06:00", Runtime.Outcome.Satisfied)]
    [InlineData("2009-01-12T00:00:00+06:00", Runtime.Outcome.Violated)] // midnight is already the next day (issue #12)
    [InlineData("2009-01-12T00:01:00+06:00", Runtime.Outcome.Violated)]
    [InlineData("2009-01-11", Runtime.Outcome.Satisfied)]
    [InlineData("2009-01-12", Runtime.Outcome.Violated)]
    public void Days_do_not_count_the_trigger_day_and_end_with_the_last_day(string released, Outcome expected) =>
        Outcome(P, Json("", Ev("apprehended", "2009-01-08T15:00:00+06:00"), Ev("released", released)), Later, "REL-3D").ShouldBe(expected);

    [Fact]
    public void Days_deadline_evidence_is_the_end_of_the_last_day()
    {
        var finding = Finding(P, Json("", Ev("apprehended", "2009-01-08T00:00:00+06:00")), "2009-01-12T00:01:00+06:00", "REL-3D");
        finding.Outcome.ShouldBe(Runtime.Outcome.Violated);
        finding.Evidence.Deadline.ShouldBe(EndOfDayBefore("2009-01-12T00:00:00+06:00"));
        finding.Message.ShouldBe("Held until the end of 11 January 2009");
        // The day follows the pack's zone, not the offset written: 20:00Z on the 7th is 02:00 on the 8th in Almaty.
        Finding(P, Json("", Ev("apprehended", "2009-01-07T20:00:00Z")), Later, "REL-3D").Evidence.Deadline.ShouldBe(EndOfDayBefore("2009-01-12T00:00:00+06:00"));
    }

    // ---- requirement forms ----------------------------------------------------------------------

    [Fact]
    public void Or_targets_the_earlier_wins()
    {
        var late = Ev("hearing", "2009-01-12T10:00:00+06:00");
        var early = Ev("released", "2009-01-10T10:00:00+06:00");
        var registered = Ev("registered", "2009-01-08T10:00:00+06:00");
        var apprehended = Ev("apprehended", "2009-01-08T09:00:00+06:00");
        var finding = Finding(P, Json("", apprehended, registered, late, early), Later, "H72");
        finding.Outcome.ShouldBe(Runtime.Outcome.Satisfied);
        finding.Evidence.CompletingEvent.ShouldBe("released");
        finding.Evidence.SlackTicks.ShouldBe(TimeSpan.TicksPerDay);
        // The same with the order of the two swapped in the requirement's events: the hearing is earlier.
        var finding2 = Finding(P, Json("", apprehended, registered, Ev("hearing", "2009-01-09T10:00:00+06:00"), Ev("released", "2009-01-20T10:00:00+06:00")), Later, "H72");
        finding2.Evidence.CompletingEvent.ShouldBe("hearing");
        finding2.Outcome.ShouldBe(Runtime.Outcome.Satisfied);
        // Only a late one: violated.
        Outcome(P, Json("", apprehended, registered, late), Later, "H72").ShouldBe(Runtime.Outcome.Violated);
    }

    [Theory]
    [InlineData("2009-01-09T22:00:00+06:00", Runtime.Outcome.Satisfied)] // exactly 12 hours before
    [InlineData("2009-01-09T22:01:00+06:00", Runtime.Outcome.Violated)]
    [InlineData("2009-01-09T10:00:00+06:00", Runtime.Outcome.Satisfied)]
    public void No_later_than_hours_before(string registered, Outcome expected) =>
        Outcome(P, Json("", Ev("apprehended", "2009-01-09T09:00:00+06:00"), Ev("registered", registered), Ev("hearing", "2009-01-10T10:00:00+06:00")), Later, "REG-BEFORE")
            .ShouldBe(expected);

    [Theory]
    [InlineData("2009-01-10T23:59:00+06:00", Runtime.Outcome.Satisfied)] // hearing on the 11th: by the end of the 10th
    [InlineData("2009-01-11T00:00:00+06:00", Runtime.Outcome.Violated)] // midnight is the 11th
    [InlineData("2009-01-11T00:01:00+06:00", Runtime.Outcome.Violated)]
    [InlineData("2009-01-10", Runtime.Outcome.Satisfied)]
    [InlineData("2009-01-11", Runtime.Outcome.Violated)]
    public void No_later_than_days_before(string registered, Outcome expected) =>
        Outcome(P, Json("", Ev("apprehended", "2009-01-09T09:00:00+06:00"), Ev("registered", registered), Ev("hearing", "2009-01-11T10:00:00+06:00")), Later, "REG-BEFORE-DAY")
            .ShouldBe(expected);

    [Theory]
    [InlineData("2009-01-10T09:00:00+06:00", Runtime.Outcome.Satisfied)]
    [InlineData("2009-01-10T10:00:00+06:00", Runtime.Outcome.Satisfied)] // at the hearing itself
    [InlineData("2009-01-10T10:01:00+06:00", Runtime.Outcome.Violated)]
    public void Before(string application, Outcome expected) =>
        Outcome(P, Json("", Ev("apprehended", "2009-01-09T09:00:00+06:00"), Ev("application", application), Ev("hearing", "2009-01-10T10:00:00+06:00")), Later, "APP-BEFORE")
            .ShouldBe(expected);

    [Fact]
    public void Before_without_the_completing_event_is_violated_once_the_trigger_happened()
    {
        var json = Json("", Ev("apprehended", "2009-01-09T09:00:00+06:00"), Ev("hearing", "2009-01-10T10:00:00+06:00"));
        Outcome(P, json, "2009-01-10T10:00:00+06:00", "APP-BEFORE").ShouldBe(Runtime.Outcome.Pending);
        Outcome(P, json, "2009-01-10T10:01:00+06:00", "APP-BEFORE").ShouldBe(Runtime.Outcome.Violated);
    }

    [Theory]
    [InlineData("2009-01-08T23:59:00+06:00", Runtime.Outcome.Satisfied)]
    [InlineData("2009-01-09T00:00:00+06:00", Runtime.Outcome.Violated)] // midnight is the next day
    [InlineData("2009-01-09T00:01:00+06:00", Runtime.Outcome.Violated)]
    [InlineData("2009-01-08", Runtime.Outcome.Satisfied)] // the whole day lies within the day
    [InlineData("2009-01-09", Runtime.Outcome.Violated)]
    public void Immediately_is_the_end_of_the_trigger_day(string opened, Outcome expected)
    {
        var json = Json("", Ev("apprehended", "2009-01-08T09:00:00+06:00"),
            Ev("complaint", "2009-01-08T15:00:00+06:00", attributes: "\"channel\": \"crime_report\""), Ev("opened", opened));
        Outcome(P, json, Later, "IMM").ShouldBe(expected);
    }

    [Fact]
    public void Where_filters_the_trigger()
    {
        var json = Json("", Ev("apprehended", "2009-01-08T09:00:00+06:00"),
            Ev("complaint", "2009-01-08T15:00:00+06:00", attributes: "\"channel\": \"procedural_complaint\""));
        Outcome(P, json, Later, "IMM").ShouldBe(Runtime.Outcome.NotApplicable);
        var noAttribute = Json("", Ev("apprehended", "2009-01-08T09:00:00+06:00"), Ev("complaint", "2009-01-08T15:00:00+06:00"));
        Outcome(P, noAttribute, Later, "IMM").ShouldBe(Runtime.Outcome.NotApplicable);
    }

    [Fact]
    public void Each_pairs_by_reference()
    {
        // Two complaints; the only reply answers the second one. The first complaint is unanswered: violated,
        // although a reply exists within 3 days of it.
        var json = Json("", Ev("apprehended", "2009-01-01T09:00:00+06:00"),
            Ev("complaint", "2009-01-08T10:00:00+06:00", id: "c1"),
            Ev("complaint", "2009-01-09T10:00:00+06:00", id: "c2"),
            Ev("reply", "2009-01-10T10:00:00+06:00", id: "r2", refers: "c2"));
        var finding = Finding(P, json, Later, "REPLY-EACH");
        finding.Outcome.ShouldBe(Runtime.Outcome.Violated);
        finding.Evidence.Trigger.ShouldBe(Exact("2009-01-08T10:00:00+06:00"));
        finding.Evidence.CompletingEvent.ShouldBeNull();
        // Both answered in time: satisfied; the reply to c1 comes after the reply to c2.
        var both = Json("", Ev("apprehended", "2009-01-01T09:00:00+06:00"),
            Ev("complaint", "2009-01-08T10:00:00+06:00", id: "c1"),
            Ev("complaint", "2009-01-09T10:00:00+06:00", id: "c2"),
            Ev("reply", "2009-01-10T10:00:00+06:00", id: "r2", refers: "c2"),
            Ev("reply", "2009-01-11T10:00:00+06:00", id: "r1", refers: "c1"));
        Outcome(P, both, Later, "REPLY-EACH").ShouldBe(Runtime.Outcome.Satisfied);
        // The worst pair decides, and the evidence is that pair's: c2 answered late.
        var late = Json("", Ev("apprehended", "2009-01-01T09:00:00+06:00"),
            Ev("complaint", "2009-01-08T10:00:00+06:00", id: "c1"),
            Ev("complaint", "2009-01-09T10:00:00+06:00", id: "c2"),
            Ev("reply", "2009-01-09T12:00:00+06:00", id: "r1", refers: "c1"),
            Ev("reply", "2009-01-20T10:00:00+06:00", id: "r2", refers: "c2"));
        var lateFinding = Finding(P, late, Later, "REPLY-EACH");
        lateFinding.Outcome.ShouldBe(Runtime.Outcome.Violated);
        lateFinding.Evidence.CompletingEvent.ShouldBe("reply (r2)");
        lateFinding.Evidence.Trigger.ShouldBe(Exact("2009-01-09T10:00:00+06:00"));
        lateFinding.Evidence.Deadline.ShouldBe(EndOfDayBefore("2009-01-13T00:00:00+06:00"));
    }

    [Fact]
    public void Each_pairs_by_order_without_refers()
    {
        // Complaints on the 8th and 9th, answers on the 10th and the 20th: the first answer goes to the first
        // complaint, the second (late) to the second.
        var json = Json("", Ev("apprehended", "2009-01-01T09:00:00+06:00"),
            Ev("complaint", "2009-01-08T10:00:00+06:00"),
            Ev("complaint", "2009-01-09T10:00:00+06:00"),
            Ev("answer", "2009-01-10T10:00:00+06:00", id: "a1"),
            Ev("answer", "2009-01-20T10:00:00+06:00", id: "a2"));
        var finding = Finding(P, json, Later, "ANSWER-EACH");
        finding.Outcome.ShouldBe(Runtime.Outcome.Violated);
        finding.Evidence.CompletingEvent.ShouldBe("answer (a2)");
        finding.Evidence.Trigger.ShouldBe(Exact("2009-01-09T10:00:00+06:00"));
        // An answer before a complaint does not answer it.
        var before = Json("", Ev("apprehended", "2009-01-01T09:00:00+06:00"),
            Ev("answer", "2009-01-07T10:00:00+06:00"),
            Ev("complaint", "2009-01-08T10:00:00+06:00"));
        Outcome(P, before, Later, "ANSWER-EACH").ShouldBe(Runtime.Outcome.Violated);
        Outcome(P, before, "2009-01-09T10:00:00+06:00", "ANSWER-EACH").ShouldBe(Runtime.Outcome.Pending);
        // One answer cannot serve two complaints.
        var shared = Json("", Ev("apprehended", "2009-01-01T09:00:00+06:00"),
            Ev("complaint", "2009-01-08T10:00:00+06:00"),
            Ev("complaint", "2009-01-08T11:00:00+06:00"),
            Ev("answer", "2009-01-09T10:00:00+06:00"));
        Outcome(P, shared, Later, "ANSWER-EACH").ShouldBe(Runtime.Outcome.Violated);
        Outcome(P, shared, "2009-01-10T10:00:00+06:00", "ANSWER-EACH").ShouldBe(Runtime.Outcome.Pending);
    }

    [Fact]
    public void Each_pairs_by_order_beyond_64_occurrences()
    {
        // 70 complaints within one day and 69 answers the next day: one complaint is left unanswered. Every answer
        // serves one complaint only, also beyond the 64th (a 64-bit mask of used answers must not be the limit).
        var events = new List<string> { Ev("apprehended", "2009-01-01T09:00:00+06:00") };
        var start = At("2009-02-01T00:00:00+06:00");
        string Time(long ticks) => new DateTimeOffset(ticks, TimeSpan.Zero).ToString("yyyy-MM-ddTHH:mm:ssZ");
        for (var i = 0; i < 70; i++) events.Add(Ev("complaint", Time(start + i * TimeSpan.TicksPerMinute)));
        for (var i = 0; i < 69; i++) events.Add(Ev("answer", Time(start + TimeSpan.TicksPerDay + i * TimeSpan.TicksPerMinute)));
        Outcome(P, Json("", [.. events]), Later, "ANSWER-EACH").ShouldBe(Runtime.Outcome.Violated);
        events.Add(Ev("answer", Time(start + 2 * TimeSpan.TicksPerDay)));
        Outcome(P, Json("", [.. events]), Later, "ANSWER-EACH").ShouldBe(Runtime.Outcome.Satisfied);
    }

    [Fact]
    public void At_most_counts()
    {
        string Returns(int n, string day) => Json("", [Ev("apprehended", "2009-01-01T09:00:00+06:00"),
            .. Enumerable.Range(0, n).Select(i => Ev("returned", $"{day}T{10 + i:D2}:00:00+06:00"))]);
        Outcome(P, Returns(0, "2010-01-05"), Later, "RET-2").ShouldBe(Runtime.Outcome.Satisfied);
        Outcome(P, Returns(2, "2010-01-05"), Later, "RET-2").ShouldBe(Runtime.Outcome.Satisfied);
        var over = Finding(P, Returns(3, "2010-01-05"), Later, "RET-2");
        over.Outcome.ShouldBe(Runtime.Outcome.Violated);
        over.Evidence.Reason.ShouldStartWith("3 'returned' recorded");
        // As of before the third, only two have happened.
        Outcome(P, Returns(3, "2010-01-05"), "2010-01-05T11:30:00+06:00", "RET-2").ShouldBe(Runtime.Outcome.Satisfied);
        // All outside the old code's period: not applicable.
        Outcome(P, Returns(3, "2016-01-05"), Later, "RET-2").ShouldBe(Runtime.Outcome.NotApplicable);
        // Two inside and one whose month straddles nothing but lies after: still satisfied (only two count).
        Outcome(P, Json("", Ev("apprehended", "2009-01-01T09:00:00+06:00"), Ev("returned", "2014-12-30T10:00:00+06:00"),
            Ev("returned", "2014-12-31T10:00:00+06:00"), Ev("returned", "2015-01-02T10:00:00+06:00")), Later, "RET-2").ShouldBe(Runtime.Outcome.Satisfied);
        // Two inside and one that may be on either side of 1 January 2015: indeterminate.
        Outcome(P, Json("", Ev("apprehended", "2009-01-01T09:00:00+06:00"), Ev("returned", "2014-12-30T10:00:00+06:00"),
            Ev("returned", "2014-12-31T10:00:00+06:00"),
            Ev("returned", """{ "earliest": "2014-12-31T20:00:00+06:00", "latest": "2015-01-01T04:00:00+06:00" }""")), Later, "RET-2").ShouldBe(Runtime.Outcome.Indeterminate);
    }

    [Fact]
    public void Several_requirements_the_worst_decides()
    {
        var json = Json("", Ev("apprehended", "2009-01-08T14:30:00+06:00"), Ev("registered", "2009-01-08T15:00:00+06:00"));
        Outcome(P, json, "2009-01-09T00:00:00+06:00", "TWO-REQ").ShouldBe(Runtime.Outcome.Pending);
        var late = Finding(P, Json("", Ev("apprehended", "2009-01-08T14:30:00+06:00"), Ev("registered", "2009-01-08T19:00:00+06:00"),
            Ev("released", "2009-01-09T15:00:00+06:00")), Later, "TWO-REQ");
        late.Outcome.ShouldBe(Runtime.Outcome.Violated);
        late.Evidence.CompletingEvent.ShouldBe("registered");
        var both = Finding(P, Json("", Ev("apprehended", "2009-01-08T14:30:00+06:00"), Ev("registered", "2009-01-08T15:00:00+06:00"),
            Ev("released", "2009-01-15T15:00:00+06:00")), Later, "TWO-REQ");
        both.Outcome.ShouldBe(Runtime.Outcome.Violated);
        both.Evidence.CompletingEvent.ShouldBe("released");
        both.Severity.ShouldBe(Severity.Info); // from the recommendation it cites
    }

    // ---- law versions ---------------------------------------------------------------------------

    [Theory]
    [InlineData("2014-12-31T23:59:00+06:00", Runtime.Outcome.Violated, Runtime.Outcome.NotApplicable)]
    [InlineData("2015-01-01T00:00:00+06:00", Runtime.Outcome.NotApplicable, Runtime.Outcome.Satisfied)]
    [InlineData("2014-12-31T18:00:00Z", Runtime.Outcome.NotApplicable, Runtime.Outcome.Satisfied)] // = 00:00 on 1 January in Almaty
    [InlineData("2014-12-31T17:59:00Z", Runtime.Outcome.Violated, Runtime.Outcome.NotApplicable)]
    public void The_law_version_is_chosen_by_the_trigger_date(string apprehended, Outcome old, Outcome @new)
    {
        // Registered 5 hours after apprehension: late under the old code's 3 hours, in time under the new 6.
        var registered = new DateTimeOffset(At(apprehended) + 5 * TimeSpan.TicksPerHour, TimeSpan.Zero).ToString("O");
        var json = Json("", Ev("apprehended", apprehended), Ev("registered", registered));
        Outcome(P, json, Later, "REG-OLD").ShouldBe(old);
        Outcome(P, json, Later, "REG-NEW").ShouldBe(@new);
    }

    [Fact]
    public void Citations_carry_the_law_version()
    {
        var info = P.Safeguards.Single(s => s.Id == "REG-OLD");
        info.Citations.Single().ShouldBe(new Citation("OLD", "The old code", "10", null, new DateOnly(2015, 1, 1)));
        info.InForceUntil.ShouldBe(new DateOnly(2015, 1, 1));
        P.Safeguards.Single(s => s.Id == "REG-NEW").InForceFrom.ShouldBe(new DateOnly(2015, 1, 1));
    }
}
