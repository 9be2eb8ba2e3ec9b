using Safeguards.Runtime.Calendars;

namespace Safeguards.Runtime.Tests.Calendars;

public class EasterTests
{
    [Theory]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2000, "2000-04-23")]
    [InlineData(1818, "1818-03-22")] // the earliest possible date
    [InlineData(2038, "2038-04-25")] // the latest possible date
    [InlineData(1583, "1583-04-10")]
    public void Gregorian_easter_matches_the_tables(int year, string expected) =>
        Easter.Sunday(year, EasterComputus.Gregorian).ShouldBe(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData(2024, "2024-05-05")]
    [InlineData(2025, "2025-04-20")] // both churches on the same Sunday
    [InlineData(2026, "2026-04-12")]
    [InlineData(2019, "2019-04-28")]
    [InlineData(2000, "2000-04-30")]
    public void Orthodox_easter_is_given_as_a_civil_date(int year, string expected) =>
        Easter.Sunday(year, EasterComputus.Julian).ShouldBe(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData(1582)]
    [InlineData(10000)]
    public void Years_outside_the_gregorian_era_are_refused(int year) =>
        Should.Throw<ArgumentOutOfRangeException>(() => Easter.Sunday(year, EasterComputus.Gregorian));
}
