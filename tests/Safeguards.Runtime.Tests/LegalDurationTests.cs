using Safeguards.Runtime.CompilerServices;

namespace Safeguards.Runtime.Tests;

public class LegalDurationTests
{
    [Theory]
    [InlineData(DurationUnit.Minutes, DurationFamily.Exact)]
    [InlineData(DurationUnit.Hours, DurationFamily.Exact)]
    [InlineData(DurationUnit.Days, DurationFamily.CalendarDays)]
    [InlineData(DurationUnit.Weeks, DurationFamily.CalendarDays)]
    [InlineData(DurationUnit.Months, DurationFamily.CalendarMonths)]
    public void Family_groups_units_that_compare_exactly(DurationUnit unit, DurationFamily family) =>
        new LegalDuration(2, unit).Family.ShouldBe(family);

    [Theory]
    [InlineData(3, DurationUnit.Hours, "3 hours")]
    [InlineData(1, DurationUnit.Days, "1 day")]
    [InlineData(1, DurationUnit.Minutes, "1 minute")]
    [InlineData(2, DurationUnit.Weeks, "2 weeks")]
    [InlineData(1, DurationUnit.Months, "1 month")]
    [InlineData(0, DurationUnit.Days, "0 days")]
    public void Prints_in_words(int amount, DurationUnit unit, string text) =>
        new LegalDuration(amount, unit).ToString().ShouldBe(text);

    [Fact]
    public void Exact_units_have_ticks_and_calendar_units_do_not()
    {
        LegalDuration.Hours(3).ExactTicks.ShouldBe(TimeSpan.FromHours(3).Ticks);
        LegalDuration.Minutes(90).ExactTicks.ShouldBe(TimeSpan.FromMinutes(90).Ticks);
        LegalDuration.Weeks(2).CalendarDays.ShouldBe(14);
        Should.Throw<InvalidOperationException>(() => LegalDuration.Days(1).ExactTicks);
        Should.Throw<InvalidOperationException>(() => LegalDuration.Months(1).CalendarDays);
    }
}

public class CompoundDurationTests
{
    [Theory]
    [InlineData(new[] { 1, 12 }, new[] { DurationUnit.Days, DurationUnit.Hours }, 36, DurationUnit.Hours)]
    [InlineData(new[] { 4, 6 }, new[] { DurationUnit.Days, DurationUnit.Hours }, 102, DurationUnit.Hours)]
    [InlineData(new[] { 1, 30 }, new[] { DurationUnit.Hours, DurationUnit.Minutes }, 90, DurationUnit.Minutes)]
    [InlineData(new[] { 2, 3 }, new[] { DurationUnit.Weeks, DurationUnit.Days }, 17, DurationUnit.Days)]
    [InlineData(new[] { 1, 1, 1, 1 }, new[] { DurationUnit.Weeks, DurationUnit.Days, DurationUnit.Hours, DurationUnit.Minutes }, 11581, DurationUnit.Minutes)]
    [InlineData(new[] { 3 }, new[] { DurationUnit.Months }, 3, DurationUnit.Months)]
    public void Parts_add_up_in_the_smallest_unit_written(int[] amounts, DurationUnit[] units, int amount, DurationUnit unit)
    {
        var parts = amounts.Zip(units, (a, u) => new LegalDuration(a, u)).ToArray();
        CompoundDuration.TryCombine(parts, out var combined).ShouldBe(CompoundDurationProblem.None);
        combined.ShouldBe(new LegalDuration(amount, unit));
    }

    [Fact]
    public void A_day_with_hours_is_exact_across_a_change_of_clocks()
    {
        // 30 March 2024 12:00 in Berlin + "1 day 12 hours": 36 hours later, though the night had only 23 hours.
        CompoundDuration.TryCombine([LegalDuration.Days(1), LegalDuration.Hours(12)], out var combined);
        var berlin = new LegalCalendar(T.Berlin, MonthRounding.None);
        berlin.LatestPermittedAfter(T.Ticks("2024-03-30T12:00:00+01:00"), combined).ShouldBe(T.Ticks("2024-04-01T01:00:00+02:00"));
    }

    [Theory]
    [InlineData(DurationUnit.Hours, DurationUnit.Days, CompoundDurationProblem.OutOfOrder)]
    [InlineData(DurationUnit.Days, DurationUnit.Days, CompoundDurationProblem.OutOfOrder)]
    [InlineData(DurationUnit.Months, DurationUnit.Days, CompoundDurationProblem.MonthsWithOtherUnits)]
    public void Parts_that_have_no_single_reading_are_refused(DurationUnit first, DurationUnit second, CompoundDurationProblem problem) =>
        CompoundDuration.TryCombine([new LegalDuration(1, first), new LegalDuration(1, second)], out _).ShouldBe(problem);

    [Fact]
    public void A_sum_too_long_for_a_duration_is_refused() =>
        CompoundDuration.TryCombine([LegalDuration.Weeks(1_000_000), LegalDuration.Minutes(1)], out _).ShouldBe(CompoundDurationProblem.TooLong);
}
