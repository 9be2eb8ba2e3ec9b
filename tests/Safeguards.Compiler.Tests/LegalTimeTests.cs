using Safeguards.Runtime;

namespace Safeguards.Compiler.Tests;

/// <summary>The legal-time constructs, each in both engines (the compiled fast path, the compiled evidence path and the
/// interpreter must agree), with the outcome and the words of the finding.</summary>
public sealed class LegalTimeTests
{
    private static readonly Lazy<(IRulePack Compiled, IRulePack Interpreted)> Engines = new(() =>
    {
        var (compiled, interpreted, _) = Build.Both(Build.Model(LegalTimePack.Text));
        return (compiled, interpreted);
    });

    private const string AsOf = "2024-05-10T12:00:00+02:00";

    private static string Ev(string type, string time, string? attributes = null) =>
        attributes is null ? $$"""{ "type": "{{type}}", "time": "{{time}}" }""" : $$"""{ "type": "{{type}}", "time": "{{time}}", "attributes": { {{attributes}} } }""";

    private static string Case(string facts, params string[] events) =>
        $$"""{ "id": "g1", "schema": "gav", "facts": { {{facts}} }, "events": [ {{string.Join(", ", events)}} ] }""";

    /// <summary>The finding, after checking that both engines and both paths agree on it.</summary>
    private static Finding Judge(string json, string safeguard, string asOf = AsOf) => EngineAgreement.Judge(Engines.Value, json, safeguard, asOf);

    // ---- A clock on the earliest of two instants, through a named instant (CPP art. 63 III) -----------------------

    [Fact]
    public void The_clock_starts_at_the_apprehension_when_it_came_before_the_placement()
    {
        var finding = Judge(Case("", Ev("apprehended", "2024-05-01T09:10:00+02:00"), Ev("placed", "2024-05-01T09:40:00+02:00"),
            Ev("released", "2024-05-02T09:20:00+02:00")), "GAV-LIMIT");
        finding.Outcome.ShouldBe(Outcome.Violated); // 24 hours 10 minutes from the apprehension, though only 23 h 40 from the placement
        finding.Evidence.Trigger.ShouldBe(TimeRange.Exact(DateTimeOffset.Parse("2024-05-01T09:10:00+02:00")));
        finding.Evidence.Reason.ShouldContain("The clock started with 'apprehended' at");
        finding.Evidence.Reason.ShouldContain("gav_start");
    }

    [Fact]
    public void Without_the_apprehension_the_placement_starts_the_clock() =>
        Judge(Case("", Ev("placed", "2024-05-01T09:40:00+02:00"), Ev("released", "2024-05-02T09:20:00+02:00")), "GAV-LIMIT")
            .Outcome.ShouldBe(Outcome.Satisfied);

    [Fact]
    public void The_latest_of_needs_every_instant_and_adds_the_offset()
    {
        // latest of (09:10, 09:40 + 1 hour) = 10:40; released 24 h 30 min after it: violated.
        Judge(Case("", Ev("apprehended", "2024-05-01T09:10:00+02:00"), Ev("placed", "2024-05-01T09:40:00+02:00"),
            Ev("released", "2024-05-02T11:10:00+02:00")), "GAV-START").Outcome.ShouldBe(Outcome.Violated);
        Judge(Case("", Ev("apprehended", "2024-05-01T09:10:00+02:00"), Ev("placed", "2024-05-01T09:40:00+02:00"),
            Ev("released", "2024-05-02T10:40:00+02:00")), "GAV-START").Outcome.ShouldBe(Outcome.Satisfied);
        Judge(Case("", Ev("apprehended", "2024-05-01T09:10:00+02:00"), Ev("released", "2024-05-02T10:40:00+02:00")), "GAV-START")
            .Outcome.ShouldBe(Outcome.NotApplicable);
    }

    [Fact]
    public void Instants_whose_times_overlap_leave_open_which_started_the_clock()
    {
        var finding = Judge(Case("", Ev("apprehended", "2024-05-01"), Ev("placed", "2024-05-01T09:40:00+02:00"),
            Ev("released", "2024-05-01T20:00:00+02:00")), "GAV-LIMIT");
        finding.Outcome.ShouldBe(Outcome.Satisfied);
        finding.Evidence.Reason.ShouldContain("leave it open which instant");
    }

    // ---- Extensions with their conditions and a ceiling (CPP art. 63 II, 706-88) ----------------------------------

    private static readonly string Placed = Ev("placed", "2024-05-01T10:00:00+02:00");

    [Fact]
    public void An_authorisation_granted_in_time_for_a_serious_offence_extends_the_limit_to_48_hours()
    {
        var finding = Judge(Case("\"max_sentence_years\": 3", Placed, Ev("prosecutor_authorisation", "2024-05-02T09:00:00+02:00"),
            Ev("released", "2024-05-03T09:00:00+02:00")), "GAV-LIMIT");
        finding.Outcome.ShouldBe(Outcome.Satisfied);
        finding.Evidence.Reason.ShouldContain("The limit was extended once");
    }

    [Fact]
    public void An_authorisation_after_the_first_24_hours_does_not_extend()
    {
        var finding = Judge(Case("\"max_sentence_years\": 3", Placed, Ev("prosecutor_authorisation", "2024-05-02T10:30:00+02:00"),
            Ev("released", "2024-05-03T09:00:00+02:00")), "GAV-LIMIT");
        finding.Outcome.ShouldBe(Outcome.Violated);
        finding.Evidence.Reason.ShouldContain("came after the limit it would extend had run out");
    }

    [Fact]
    public void An_authorisation_for_a_minor_offence_does_not_extend()
    {
        var finding = Judge(Case("\"max_sentence_years\": 0", Placed, Ev("prosecutor_authorisation", "2024-05-02T09:00:00+02:00"),
            Ev("released", "2024-05-03T09:00:00+02:00")), "GAV-LIMIT");
        finding.Outcome.ShouldBe(Outcome.Violated);
        finding.Evidence.Reason.ShouldContain("the condition the law sets for it does not hold");
    }

    [Fact]
    public void Without_the_fact_the_extension_may_or_may_not_count() =>
        Judge(Case("", Placed, Ev("prosecutor_authorisation", "2024-05-02T09:00:00+02:00"), Ev("released", "2024-05-03T09:00:00+02:00")), "GAV-LIMIT")
            .Outcome.ShouldBe(Outcome.Indeterminate);

    [Fact]
    public void Successive_extensions_stop_at_the_ceiling_of_96_hours()
    {
        var events = new[]
        {
            Placed, Ev("prosecutor_authorisation", "2024-05-02T09:00:00+02:00"), Ev("judge_extension", "2024-05-03T09:00:00+02:00"),
            Ev("judge_extension", "2024-05-04T09:00:00+02:00"), Ev("judge_extension", "2024-05-05T09:00:00+02:00"),
        };
        // 4 × 24 hours from 1 May 10:00 is 5 May 10:00; the third judge's extension cannot go beyond it.
        Judge(Case("\"max_sentence_years\": 10, \"organised\": true", [.. events, Ev("released", "2024-05-05T09:59:00+02:00")]), "GAV-LIMIT")
            .Outcome.ShouldBe(Outcome.Satisfied);
        var late = Judge(Case("\"max_sentence_years\": 10, \"organised\": true", [.. events, Ev("released", "2024-05-05T10:01:00+02:00")]), "GAV-LIMIT");
        late.Outcome.ShouldBe(Outcome.Violated);
        late.Evidence.Reason.ShouldContain("only up to the ceiling");
    }

    [Fact]
    public void Not_yet_released_within_an_extended_limit_is_pending() =>
        Judge(Case("\"max_sentence_years\": 3", Placed, Ev("prosecutor_authorisation", "2024-05-02T09:00:00+02:00")), "GAV-LIMIT",
            "2024-05-02T20:00:00+02:00").Outcome.ShouldBe(Outcome.Pending);

    // ---- A minimum waiting time (CPP art. 63-4-2) --------------------------------------------------------------------

    private static readonly string Notified = Ev("lawyer_notified", "2024-05-01T10:00:00+02:00");

    [Fact]
    public void A_hearing_without_the_lawyer_before_two_hours_is_too_early()
    {
        var finding = Judge(Case("", Notified, Ev("hearing", "2024-05-01T11:30:00+02:00", "\"lawyer\": \"absent\"")), "GAV-LAWYER-WAIT");
        finding.Outcome.ShouldBe(Outcome.Violated);
        finding.Evidence.Reason.ShouldContain("the earliest it was allowed");
    }

    [Fact]
    public void A_hearing_at_exactly_two_hours_or_with_the_lawyer_is_allowed()
    {
        Judge(Case("", Notified, Ev("hearing", "2024-05-01T12:00:00+02:00", "\"lawyer\": \"absent\"")), "GAV-LAWYER-WAIT").Outcome.ShouldBe(Outcome.Satisfied);
        Judge(Case("", Notified, Ev("hearing", "2024-05-01T10:15:00+02:00", "\"lawyer\": \"present\"")), "GAV-LAWYER-WAIT").Outcome.ShouldBe(Outcome.Satisfied);
    }

    [Fact]
    public void No_hearing_yet_is_pending_during_the_wait_and_satisfied_after_it()
    {
        Judge(Case("", Notified), "GAV-LAWYER-WAIT", "2024-05-01T11:00:00+02:00").Outcome.ShouldBe(Outcome.Pending);
        Judge(Case("", Notified), "GAV-LAWYER-WAIT", "2024-05-01T12:00:00+02:00").Outcome.ShouldBe(Outcome.Satisfied);
    }

    [Fact]
    public void A_hearing_known_only_by_its_day_may_have_been_too_early() =>
        Judge(Case("", Notified, Ev("hearing", "2024-05-01", "\"lawyer\": \"absent\"")), "GAV-LAWYER-WAIT").Outcome.ShouldBe(Outcome.Indeterminate);

    // ---- A recurring deadline ------------------------------------------------------------------------------------------

    [Fact]
    public void Reviews_within_6_then_every_9_hours_until_released_are_respected() =>
        Judge(Case("", Placed, Ev("review", "2024-05-01T15:00:00+02:00"), Ev("review", "2024-05-01T23:30:00+02:00"),
            Ev("released", "2024-05-02T06:00:00+02:00")), "GAV-REVIEW").Outcome.ShouldBe(Outcome.Satisfied);

    [Fact]
    public void A_late_interval_is_found_and_named()
    {
        var finding = Judge(Case("", Placed, Ev("review", "2024-05-01T15:00:00+02:00"), Ev("review", "2024-05-02T01:00:00+02:00"),
            Ev("review", "2024-05-02T09:30:00+02:00"), Ev("released", "2024-05-02T12:00:00+02:00")), "GAV-REVIEW");
        finding.Outcome.ShouldBe(Outcome.Violated);
        finding.Evidence.Reason.ShouldContain("interval 2");
    }

    [Fact]
    public void Held_past_an_interval_without_a_review_is_violated_even_after_release() =>
        Judge(Case("", Placed, Ev("review", "2024-05-01T15:00:00+02:00"), Ev("released", "2024-05-02T02:00:00+02:00")), "GAV-REVIEW")
            .Outcome.ShouldBe(Outcome.Violated);

    [Fact]
    public void Released_before_the_first_review_was_due_needs_none() =>
        Judge(Case("", Placed, Ev("released", "2024-05-01T14:00:00+02:00")), "GAV-REVIEW").Outcome.ShouldBe(Outcome.Satisfied);

    [Fact]
    public void A_review_never_completes_its_own_interval()
    {
        // One review at 15:00: it completes the first interval; the second (until 00:00) is then due, and overdue by the reference time.
        Judge(Case("", Placed, Ev("review", "2024-05-01T15:00:00+02:00")), "GAV-REVIEW").Outcome.ShouldBe(Outcome.Violated);
        Judge(Case("", Placed, Ev("review", "2024-05-01T15:00:00+02:00")), "GAV-REVIEW", "2024-05-01T20:00:00+02:00").Outcome.ShouldBe(Outcome.Pending);
    }

    [Fact]
    public void A_review_counted_from_a_review_does_not_complete_its_own_interval()
    {
        Judge(Case("", Placed, Ev("review", "2024-05-01T12:00:00+02:00"), Ev("review", "2024-05-01T20:00:00+02:00"),
            Ev("released", "2024-05-02T04:00:00+02:00")), "GAV-REVIEW-AGAIN").Outcome.ShouldBe(Outcome.Satisfied);
        var late = Judge(Case("", Placed, Ev("review", "2024-05-01T12:00:00+02:00"), Ev("review", "2024-05-01T22:00:00+02:00"),
            Ev("released", "2024-05-02T04:00:00+02:00")), "GAV-REVIEW-AGAIN");
        late.Outcome.ShouldBe(Outcome.Violated); // 10 hours after the first review
        late.Evidence.Reason.ShouldContain("This is the first interval.");
    }

    // ---- A recurring deadline ended by the first of several events (StPO § 121, § 122(4)) -------------------------------

    [Fact]
    public void The_first_of_the_end_events_ends_the_measure_and_is_named()
    {
        // Reviewed at 15:00; the next was due by 00:00, but the person was brought before the court at 22:00 and released later.
        var record = Case("", Placed, Ev("review", "2024-05-01T15:00:00+02:00"), Ev("brought_to_court", "2024-05-01T22:00:00+02:00"),
            Ev("released", "2024-05-02T08:00:00+02:00"));
        var finding = Judge(record, "GAV-REVIEW-ENDS");
        finding.Outcome.ShouldBe(Outcome.Satisfied);
        finding.Evidence.Reason.ShouldContain("The measure ended with 'brought_to_court' at");
        // The same record under 'until released' alone: the review due by 00:00 is missing.
        Judge(record, "GAV-REVIEW").Outcome.ShouldBe(Outcome.Violated);
    }

    [Fact]
    public void An_end_after_a_late_interval_does_not_excuse_it_and_the_overrun_stops_at_the_end()
    {
        var finding = Judge(Case("", Placed, Ev("review", "2024-05-01T15:00:00+02:00"), Ev("brought_to_court", "2024-05-02T02:00:00+02:00")),
            "GAV-REVIEW-ENDS");
        finding.Outcome.ShouldBe(Outcome.Violated);
        finding.Evidence.OverrunTicks.ShouldBe(2 * TimeSpan.TicksPerHour); // due by 00:00, held until 02:00: not until the reference time
        finding.Evidence.Reason.ShouldContain("overdue by 2 hours when the measure ended");
    }

    [Fact]
    public void An_end_whose_time_straddles_the_limit_leaves_the_interval_open()
    {
        const string Window = """{ "type": "brought_to_court", "time": { "earliest": "2024-05-01T22:00:00+02:00", "latest": "2024-05-02T02:00:00+02:00" } }""";
        Judge(Case("", Placed, Ev("review", "2024-05-01T15:00:00+02:00"), Window), "GAV-REVIEW-ENDS").Outcome.ShouldBe(Outcome.Indeterminate);
    }

    [Fact]
    public void End_events_whose_times_overlap_leave_open_which_ended_the_measure()
    {
        var finding = Judge(Case("", Placed, Ev("review", "2024-05-01T15:00:00+02:00"), Ev("brought_to_court", "2024-05-01"),
            Ev("released", "2024-05-01T20:00:00+02:00")), "GAV-REVIEW-ENDS");
        finding.Outcome.ShouldBe(Outcome.Satisfied);
        finding.Evidence.Reason.ShouldContain("leave it open which of its end events came first");
    }

    // ---- An extension counted from the decision that grants it (UPK art. 94(2) with 108(7)(3)) ------------------------

    [Fact]
    public void An_extension_counts_its_duration_from_the_decision_not_from_the_limit()
    {
        // Placed at 10:00 on 1 May; the judge extends at 16:00: the limit becomes 16:00 on 2 May, not 10:00 on 3 May.
        var extended = Ev("judge_extension", "2024-05-01T16:00:00+02:00");
        var finding = Judge(Case("\"organised\": true", Placed, extended, Ev("released", "2024-05-02T16:30:00+02:00")), "GAV-FROM-DECISION");
        finding.Outcome.ShouldBe(Outcome.Violated);
        finding.Evidence.Deadline.ShouldBe(TimeRange.Exact(DateTimeOffset.Parse("2024-05-02T16:00:00+02:00")));
        finding.Evidence.Reason.ShouldContain("The limit was extended once");
        Judge(Case("\"organised\": true", Placed, extended, Ev("released", "2024-05-02T16:00:00+02:00")), "GAV-FROM-DECISION")
            .Outcome.ShouldBe(Outcome.Satisfied);
        // Its condition still holds it back.
        Judge(Case("\"organised\": false", Placed, extended, Ev("released", "2024-05-02T12:00:00+02:00")), "GAV-FROM-DECISION")
            .Outcome.ShouldBe(Outcome.Violated);
    }

    [Fact]
    public void An_extension_counted_from_the_decision_is_granted_once()
    {
        var finding = Judge(Case("\"organised\": true", Placed, Ev("judge_extension", "2024-05-01T16:00:00+02:00"),
            Ev("judge_extension", "2024-05-02T15:00:00+02:00"), Ev("released", "2024-05-02T20:00:00+02:00")), "GAV-FROM-DECISION");
        finding.Outcome.ShouldBe(Outcome.Violated);
        finding.Evidence.Reason.ShouldContain("does not extend the limit again");
    }

    /// <summary>GAV-FROM-DECISION for an organised-crime custody placed at 10:00 on 1 May, one judge's decision and a release.</summary>
    private static Finding FromDecision(string decision, string released) =>
        Judge(Case("\"organised\": true", Placed, Ev("judge_extension", decision), Ev("released", released)), "GAV-FROM-DECISION");

    [Fact]
    public void A_decision_soon_after_the_start_extends_only_to_its_own_24_hours_and_a_late_one_does_not_extend()
    {
        // 24 hours from a decision at 10:30 end at 10:30 on 2 May, half an hour after the limit of 10:00.
        FromDecision("2024-05-01T10:30:00+02:00", "2024-05-02T10:20:00+02:00").Outcome.ShouldBe(Outcome.Satisfied);
        FromDecision("2024-05-01T10:30:00+02:00", "2024-05-02T10:40:00+02:00").Outcome.ShouldBe(Outcome.Violated);
        var late = FromDecision("2024-05-02T10:30:00+02:00", "2024-05-02T12:00:00+02:00");
        late.Outcome.ShouldBe(Outcome.Violated);
        late.Evidence.Reason.ShouldContain("came after the limit it would extend had run out");
    }

    [Fact]
    public void A_decision_without_a_time_may_or_may_not_have_extended_the_limit() =>
        FromDecision("unknown", "2024-05-02T12:00:00+02:00").Outcome.ShouldBe(Outcome.Indeterminate);

    [Fact]
    public void A_hearing_too_early_has_the_wait_it_missed_as_its_overrun_and_no_slack()
    {
        var finding = Judge(Case("", Notified, Ev("hearing", "2024-05-01T11:59:00+02:00", "\"lawyer\": \"absent\"")), "GAV-LAWYER-WAIT");
        finding.Outcome.ShouldBe(Outcome.Violated);
        finding.Evidence.SlackTicks.ShouldBeNull();
        finding.Evidence.OverrunTicks.ShouldBe(TimeSpan.TicksPerMinute);
        var waited = Judge(Case("", Notified, Ev("hearing", "2024-05-01T12:30:00+02:00", "\"lawyer\": \"absent\"")), "GAV-LAWYER-WAIT");
        waited.Evidence.SlackTicks.ShouldBe(30 * TimeSpan.TicksPerMinute);
        waited.Evidence.OverrunTicks.ShouldBeNull();
    }
}
