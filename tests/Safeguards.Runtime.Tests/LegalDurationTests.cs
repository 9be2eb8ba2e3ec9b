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
