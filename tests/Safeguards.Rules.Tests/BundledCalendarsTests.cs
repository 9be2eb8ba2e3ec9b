using System.Globalization;

namespace Safeguards.Rules.Tests;

/// <summary>The calendars the packs declare in their rule files know the public holidays of their law: the
/// declarations (not a calendar built in code) are what the working-day requirements will count in.</summary>
public class BundledCalendarsTests
{
    [Theory]
    [InlineData("de.detention", "2024-03-29", false)] // Karfreitag
    [InlineData("de.detention", "2024-04-01", false)] // Ostermontag
    [InlineData("de.detention", "2024-05-09", false)] // Christi Himmelfahrt
    [InlineData("de.detention", "2025-06-09", false)] // Pfingstmontag
    [InlineData("de.detention", "2026-10-03", false)] // a Saturday in any case
    [InlineData("de.detention", "2025-05-08", false)] // Berlin's one-off holiday
    [InlineData("de.detention", "2024-03-08", false)] // Frauentag, Berlin since 2019
    [InlineData("de.detention", "2018-03-08", true)]
    [InlineData("de.detention", "2024-10-31", true)] // Reformationstag only in 2017 in Berlin
    [InlineData("de.detention", "2024-03-28", true)]
    [InlineData("fr.custody", "2024-05-08", false)]
    [InlineData("fr.custody", "2024-05-20", false)] // Lundi de Pentecôte
    [InlineData("fr.custody", "2024-07-14", false)]
    [InlineData("fr.custody", "2024-03-29", true)] // Good Friday: only in Alsace-Moselle
    [InlineData("ru.detention", "2024-01-08", false)]
    [InlineData("ru.detention", "2024-04-29", false)] // transferred day off
    [InlineData("ru.detention", "2024-04-27", true)] // the Saturday worked for it
    [InlineData("ru.detention", "2024-11-04", false)]
    [InlineData("ru.detention", "2024-05-06", true)]
    public void The_declared_calendars_know_the_public_holidays(string pack, string date, bool working)
    {
        var calendar = BundledRules.Compilation.FindPack(pack)?.Calendar;
        calendar.ShouldNotBeNull($"{pack} declares no calendar");
        calendar.Calendar.IsWorkingDay(DateOnly.Parse(date, CultureInfo.InvariantCulture)).ShouldBe(working);
    }

    [Fact]
    public void A_period_ending_on_the_easter_weekend_in_Berlin_ends_on_Tuesday() =>
        BundledRules.Compilation.FindPack("de.detention")!.Calendar!.Calendar
            .OnOrNextWorkingDay(new DateOnly(2024, 3, 29)).ShouldBe(new DateOnly(2024, 4, 2));
}
