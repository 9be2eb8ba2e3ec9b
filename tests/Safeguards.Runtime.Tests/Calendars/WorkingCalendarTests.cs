using Safeguards.Runtime.Calendars;

using Safeguards.Runtime.CompilerServices;

namespace Safeguards.Runtime.Tests.Calendars;

public class WorkingCalendarTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    // 2024
    [InlineData("2024-01-01")] [InlineData("2024-03-08")] [InlineData("2024-03-29")] [InlineData("2024-04-01")]
    [InlineData("2024-05-01")] [InlineData("2024-05-09")] [InlineData("2024-05-20")] [InlineData("2024-10-03")]
    [InlineData("2024-12-25")] [InlineData("2024-12-26")]
    // 2025, with Berlin's one-off 8 May
    [InlineData("2025-01-01")] [InlineData("2025-03-08")] [InlineData("2025-04-18")] [InlineData("2025-04-21")]
    [InlineData("2025-05-01")] [InlineData("2025-05-08")] [InlineData("2025-05-29")] [InlineData("2025-06-09")]
    [InlineData("2025-10-03")] [InlineData("2025-12-25")] [InlineData("2025-12-26")]
    // 2026
    [InlineData("2026-01-01")] [InlineData("2026-04-03")] [InlineData("2026-04-06")] [InlineData("2026-05-01")]
    [InlineData("2026-05-14")] [InlineData("2026-05-25")] [InlineData("2026-10-03")] [InlineData("2026-12-25")]
    [InlineData("2017-10-31")]
    public void Berlin_holidays_2024_to_2026_are_not_working_days(string date)
    {
        KnownCalendars.Berlin.IsWorkingDay(D(date)).ShouldBeFalse();
        (KnownCalendars.Berlin.HolidayOn(D(date)) is not null || D(date).DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday).ShouldBeTrue();
    }

    [Theory]
    [InlineData("2024-03-28")] // Maundy Thursday
    [InlineData("2024-04-02")] // the Tuesday after Easter
    [InlineData("2024-10-31")] // Reformation Day is no holiday in Berlin after 2017
    [InlineData("2018-03-08")] // Women's Day became a Berlin holiday only in 2019
    [InlineData("2026-05-08")] // the 2025 anniversary was a one-off
    [InlineData("2024-11-01")] // All Saints is a holiday in Bavaria, not in Berlin
    public void Ordinary_berlin_weekdays_are_working_days(string date) =>
        KnownCalendars.Berlin.IsWorkingDay(D(date)).ShouldBeTrue();

    [Fact]
    public void Holidays_name_the_feast() =>
        KnownCalendars.Berlin.HolidayOn(D("2025-06-09"))!.Name.ShouldBe("Pfingstmontag");

    [Fact]
    public void The_day_of_german_unity_is_a_holiday_only_from_1990() =>
        KnownCalendars.Berlin.IsWorkingDay(D("1989-10-03")).ShouldBeTrue();

    [Theory]
    [InlineData("2024-03-27", "2024-03-27")] // a Wednesday stays
    [InlineData("2024-03-29", "2024-04-02")] // Good Friday, the weekend and Easter Monday: Tuesday
    [InlineData("2024-03-30", "2024-04-02")]
    [InlineData("2025-05-08", "2025-05-09")] // Berlin's one-off holiday
    [InlineData("2026-05-23", "2026-05-26")] // Saturday before Whit Monday
    public void A_period_ending_on_a_non_working_day_ends_on_the_next_working_day(string lastDay, string moved) =>
        KnownCalendars.Berlin.OnOrNextWorkingDay(D(lastDay)).ShouldBe(D(moved));

    [Theory]
    [InlineData("2024-03-22", 1, "2024-03-25")] // Friday + 1 working day = Monday
    [InlineData("2024-03-27", 2, "2024-04-02")] // Wednesday + 2 over Easter: Thursday, then Tuesday
    [InlineData("2024-03-29", 1, "2024-04-02")] // counted from a holiday, the day of the event not counted
    [InlineData("2024-04-02", -2, "2024-03-27")] // backwards
    [InlineData("2024-04-02", 0, "2024-04-02")]
    [InlineData("2024-12-20", 5, "2024-12-31")] // 23, 24, 27, 30, 31 December
    public void Working_days_skip_weekends_and_holidays(string start, int count, string expected) =>
        KnownCalendars.Berlin.AddWorkingDays(D(start), count).ShouldBe(D(expected));

    [Theory]
    [InlineData("2024-01-01")] [InlineData("2024-04-01")] [InlineData("2024-05-08")] [InlineData("2024-05-09")]
    [InlineData("2024-05-20")] [InlineData("2024-07-14")] [InlineData("2024-08-15")] [InlineData("2024-11-01")]
    [InlineData("2024-11-11")] [InlineData("2024-12-25")] [InlineData("2025-04-21")] [InlineData("2025-05-29")]
    [InlineData("2025-06-09")] [InlineData("2026-04-06")] [InlineData("2026-05-14")] [InlineData("2026-05-25")]
    public void French_public_holidays_are_not_working_days(string date) =>
        KnownCalendars.France.IsWorkingDay(D(date)).ShouldBeFalse();

    [Theory]
    [InlineData("2024-03-29")] // Good Friday is a holiday only in Alsace-Moselle
    [InlineData("2024-12-26")]
    [InlineData("2024-10-03")]
    public void French_working_days(string date) => KnownCalendars.France.IsWorkingDay(D(date)).ShouldBeTrue();

    [Theory]
    [InlineData("2024-01-02")] [InlineData("2024-01-08")] [InlineData("2024-02-23")] [InlineData("2024-03-08")]
    [InlineData("2024-04-29")] [InlineData("2024-04-30")] [InlineData("2024-05-01")] [InlineData("2024-05-09")]
    [InlineData("2024-05-10")] [InlineData("2024-06-12")] [InlineData("2024-11-04")] [InlineData("2024-12-30")]
    [InlineData("2024-12-31")] [InlineData("2025-01-07")]
    public void Russian_holidays_and_transferred_days_off_are_not_working_days(string date) =>
        KnownCalendars.Russia.IsWorkingDay(D(date)).ShouldBeFalse();

    [Theory]
    [InlineData("2024-04-27")] [InlineData("2024-11-02")] [InlineData("2024-12-28")] // Saturdays worked by decree
    [InlineData("2024-01-09")] [InlineData("2024-05-06")]
    public void Russian_working_days_include_the_saturdays_a_decree_made_working(string date)
    {
        KnownCalendars.Russia.IsWorkingDay(D(date)).ShouldBeTrue();
        KnownCalendars.Russia.HolidayOn(D(date)).ShouldBeNull();
    }

    [Theory]
    [InlineData("2024-04-26", 1, "2024-04-27")] // the working Saturday
    [InlineData("2024-04-26", 2, "2024-05-02")] // then 28 (Sunday), 29, 30 April and 1 May are off
    [InlineData("2024-05-08", 1, "2024-05-13")] // 9 and 10 May and the weekend
    [InlineData("2023-12-29", 1, "2024-01-09")] // the New Year holidays
    public void Russian_working_days(string start, int count, string expected) =>
        KnownCalendars.Russia.AddWorkingDays(D(start), count).ShouldBe(D(expected));

    [Fact]
    public void A_deadline_instant_on_a_holiday_moves_to_the_end_of_the_next_working_day()
    {
        var berlin = new LegalCalendar(T.Berlin, MonthRounding.None);
        var goodFridayEnd = berlin.LastInstantOf(D("2024-03-29"));
        KnownCalendars.Berlin.EndOfNextWorkingDayIfNotWorking(berlin, goodFridayEnd)
            .ShouldBe(T.Ticks("2024-04-03T00:00:00+02:00") - 1);
        // an hour deadline inside a Saturday moves too: to the end of the Tuesday
        KnownCalendars.Berlin.EndOfNextWorkingDayIfNotWorking(berlin, T.Ticks("2024-03-30T10:00:00+01:00"))
            .ShouldBe(T.Ticks("2024-04-03T00:00:00+02:00") - 1);
        var thursday = T.Ticks("2024-03-28T10:00:00+01:00");
        KnownCalendars.Berlin.EndOfNextWorkingDayIfNotWorking(berlin, thursday).ShouldBe(thursday);
    }

    [Fact]
    public void Working_days_from_an_instant_end_with_the_local_day()
    {
        var berlin = new LegalCalendar(T.Berlin, MonthRounding.None);
        // Friday 23:30 in Berlin is Friday; 22:30 UTC on the same Friday
        KnownCalendars.Berlin.LatestPermittedAfterWorkingDays(berlin, T.Ticks("2024-03-22T22:30:00Z"), 1)
            .ShouldBe(T.Ticks("2024-03-26T00:00:00+01:00") - 1);
    }

    [Fact]
    public void A_week_without_a_working_day_is_refused() =>
        Should.Throw<ArgumentException>(() => new WorkingCalendar("X", Enum.GetValues<DayOfWeek>(), []));

    [Fact]
    public void A_calendar_whose_holidays_cover_every_day_stops_instead_of_looping()
    {
        var everyDay = Enumerable.Range(1, 12).SelectMany(m => Enumerable.Range(1, DateTime.DaysInMonth(2024, m)).Select(d => new AnnualHoliday("x", m, d)));
        var calendar = new WorkingCalendar("ALL", [], everyDay);
        Should.Throw<InvalidOperationException>(() => calendar.NextWorkingDay(D("2024-01-01")));
    }

    [Fact]
    public void Counting_stops_at_the_end_of_representable_time()
    {
        var calendar = new WorkingCalendar("PLAIN", [DayOfWeek.Sunday], []);
        calendar.AddWorkingDays(D("9999-12-30"), 5).ShouldBe(DateOnly.MaxValue);
        calendar.AddWorkingDays(D("0001-01-02"), -5).ShouldBe(DateOnly.MinValue);
    }
}
