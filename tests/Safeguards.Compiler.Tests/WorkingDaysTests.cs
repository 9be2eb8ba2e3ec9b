using Safeguards.Runtime;

namespace Safeguards.Compiler.Tests;

/// <summary>Working days in requirements (language.md, "Working days"), each in both engines: the compiled fast path,
/// the compiled evidence path and the interpreter must agree on the outcome and the words of the finding.</summary>
public sealed class WorkingDaysTests
{
    private static readonly Lazy<(IRulePack Compiled, IRulePack Interpreted)> Engines = new(() =>
    {
        var (compiled, interpreted, _) = Build.Both(Build.Model(WorkingDaysPack.Text));
        return (compiled, interpreted);
    });

    private const string AsOf = "2030-01-01T00:00:00+01:00";

    private static string Ev(string type, string time) => $$"""{ "type": "{{type}}", "time": "{{time}}" }""";

    private static string Case(params string[] events) =>
        $$"""{ "id": "m1", "schema": "matter", "facts": {}, "events": [ {{string.Join(", ", events)}} ] }""";

    private static Finding Judge(string json, string safeguard, string asOf = AsOf) => EngineAgreement.Judge(Engines.Value, json, safeguard, asOf);

    private static long Ticks(string instant) => DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture).UtcTicks;

    [Fact]
    public void A_week_ending_on_Easter_Monday_moves_to_Tuesday_only_where_the_requirement_says_so()
    {
        var json = Case(Ev("pronounced", "2025-04-14T09:30:00+02:00"), Ev("appeal", "2025-04-22T15:00:00+02:00"));
        var moved = Judge(json, "DE-WEEK-MOVED");
        moved.Outcome.ShouldBe(Outcome.Satisfied);
        moved.Evidence.Deadline!.Value.LatestUtcTicks.ShouldBe(Ticks("2025-04-23T00:00:00+02:00") - 1);
        moved.Evidence.Reason.ShouldContain("The period would end on Monday 21 April 2025, not a working day in calendar DE_TEST (Ostermontag); "
            + "it ends at the end of the next working day, Tuesday 22 April 2025.");
        var plain = Judge(json, "DE-WEEK-PLAIN");
        plain.Outcome.ShouldBe(Outcome.Violated);
        plain.Evidence.Reason.ShouldNotContain("working day");
    }

    [Fact]
    public void A_week_ending_on_a_working_day_is_not_moved_and_the_finding_says_so()
    {
        var finding = Judge(Case(Ev("pronounced", "2025-03-05T10:00:00+01:00"), Ev("appeal", "2025-03-13T00:00:00+01:00")), "DE-WEEK-MOVED");
        finding.Outcome.ShouldBe(Outcome.Violated);
        finding.Evidence.Reason.ShouldContain("The period ends on Wednesday 12 March 2025, a working day in calendar DE_TEST, so it is not moved.");
    }

    [Fact]
    public void Five_working_days_skip_the_Easter_weekend_and_name_each_day_not_counted()
    {
        // Thursday 17 April 2025: Friday (Karfreitag), Saturday, Sunday and Monday (Ostermontag) do not count; Tuesday 22
        // is the 1st working day, and the weekend of 26 and 27 April does not count either: the 5th is Monday 28 April.
        var json = Case(Ev("pronounced", "2025-04-17T11:00:00+02:00"), Ev("reasons", "2025-04-28T23:59:59+02:00"));
        var finding = Judge(json, "DE-REASONS-5WD");
        finding.Outcome.ShouldBe(Outcome.Satisfied);
        finding.Evidence.Deadline!.Value.LatestUtcTicks.ShouldBe(Ticks("2025-04-29T00:00:00+02:00") - 1);
        finding.Evidence.Reason.ShouldContain("Counted in working days of calendar DE_TEST: the 5th working day after Thursday 17 April 2025 is Monday 28 April 2025; "
            + "not counted: Friday 18 April 2025 (Karfreitag), Saturday 19 April 2025 (weekend), Sunday 20 April 2025 (weekend), Monday 21 April 2025 (Ostermontag), "
            + "Saturday 26 April 2025 (weekend), Sunday 27 April 2025 (weekend).");
        Judge(Case(Ev("pronounced", "2025-04-17T11:00:00+02:00"), Ev("reasons", "2025-04-29T00:00:00+02:00")), "DE-REASONS-5WD")
            .Outcome.ShouldBe(Outcome.Violated);
    }

    [Fact]
    public void A_holiday_counts_only_from_the_date_it_is_in_force()
    {
        // 8 March 2018 (Thursday) was a working day in Berlin: from Thursday 1 March, Fri 2, Mon 5, Tue 6, Wed 7 and Thu 8
        // are the five, and Friday 9 is late.
        Judge(Case(Ev("pronounced", "2018-03-01T10:00:00+01:00"), Ev("reasons", "2018-03-09T12:00:00+01:00")), "DE-REASONS-5WD")
            .Outcome.ShouldBe(Outcome.Violated);
        // 8 March 2021 (Monday) was a holiday: from Monday 1 March, Tue 2, Wed 3, Thu 4, Fri 5 and Tue 9 are the five.
        var finding = Judge(Case(Ev("pronounced", "2021-03-01T10:00:00+01:00"), Ev("reasons", "2021-03-09T12:00:00+01:00")), "DE-REASONS-5WD");
        finding.Outcome.ShouldBe(Outcome.Satisfied);
        finding.Evidence.Reason.ShouldContain("Monday 8 March 2021 (Internationaler Frauentag)");
    }

    [Fact]
    public void A_decreed_working_day_counts_and_a_one_off_holiday_does_not()
    {
        // Friday 27 December 2024: Saturday 28 December was decreed working, so it is the 1st working day.
        var finding = Judge(Case(Ev("pronounced", "2024-12-27T10:00:00+01:00"), Ev("reasons", "2025-01-03T10:00:00+01:00")), "DE-REASONS-5WD");
        // 28 Dec (1), 30 Dec (2), 31 Dec (3), 2 Jan (4), 3 Jan (5): on the last day.
        finding.Outcome.ShouldBe(Outcome.Satisfied);
        finding.Evidence.Reason.ShouldContain("the 5th working day after Friday 27 December 2024 is Friday 3 January 2025");
        // Friday 8 May 2020 was a one-off holiday: a week from Friday 1 May (itself a holiday) ends on it and moves to Monday 11 May.
        var moved = Judge(Case(Ev("pronounced", "2020-05-01T10:00:00+02:00"), Ev("appeal", "2020-05-11T10:00:00+02:00")), "DE-WEEK-MOVED");
        moved.Outcome.ShouldBe(Outcome.Satisfied);
        moved.Evidence.Reason.ShouldContain("(75. Jahrestag der Befreiung)");
    }

    [Fact]
    public void No_later_than_two_working_days_before_counts_back_over_the_weekend()
    {
        // Hearing on Tuesday 11 March 2025: two working days before is Friday 7 March (Monday 10 is the 1st).
        var json = Case(Ev("hearing", "2025-03-11T09:00:00+01:00"), Ev("summons", "2025-03-07T23:00:00+01:00"));
        var finding = Judge(json, "DE-SUMMONS-2WD");
        finding.Outcome.ShouldBe(Outcome.Satisfied);
        finding.Evidence.Reason.ShouldContain("the 2nd working day before Tuesday 11 March 2025 is Friday 7 March 2025");
        Judge(Case(Ev("hearing", "2025-03-11T09:00:00+01:00"), Ev("summons", "2025-03-08T10:00:00+01:00")), "DE-SUMMONS-2WD")
            .Outcome.ShouldBe(Outcome.Violated);
    }

    [Fact]
    public void A_trigger_known_only_as_a_range_gives_a_range_of_moved_ends()
    {
        // Pronounced some time in March 2025: the appeal on 2 April may be in time or late.
        var finding = Judge(Case(Ev("pronounced", "2025-03"), Ev("appeal", "2025-04-02T10:00:00+02:00")), "DE-WEEK-MOVED");
        finding.Outcome.ShouldBe(Outcome.Indeterminate);
        finding.Evidence.Reason.ShouldContain("Where the period would end on a day that is not a working day in calendar DE_TEST, it ends at the end of the next working day.");
    }

    [Fact]
    public void Each_pair_of_a_monthly_period_is_moved_on_its_own()
    {
        // Appeal Saturday 1 March 2025? The month from Friday 28 February ends on Friday 28 March (working); from Sunday
        // 30 March it ends on Wednesday 30 April (working): both in time when the reasons come on those days.
        var json = Case(Ev("appeal", "2025-02-28T10:00:00+01:00"), Ev("appeal", "2025-03-30T10:00:00+02:00"),
            Ev("reasons", "2025-03-28T18:00:00+01:00"), Ev("reasons", "2025-05-02T10:00:00+02:00"));
        // 30 March + 1 month = 30 April (Wednesday, working): 2 May is late.
        Judge(json, "DE-MONTH-MOVED").Outcome.ShouldBe(Outcome.Violated);
        var moved = Case(Ev("appeal", "2025-03-01T10:00:00+01:00"), Ev("reasons", "2025-04-01T10:00:00+02:00"));
        // 1 March + 1 month = 1 April (Tuesday): in time.
        Judge(moved, "DE-MONTH-MOVED").Outcome.ShouldBe(Outcome.Satisfied);
        // 1 February + 1 month = 1 March 2025 (Saturday): moved to Monday 3 March.
        Judge(Case(Ev("appeal", "2025-02-01T10:00:00+01:00"), Ev("reasons", "2025-03-03T20:00:00+01:00")), "DE-MONTH-MOVED").Outcome.ShouldBe(Outcome.Satisfied);
    }
}
