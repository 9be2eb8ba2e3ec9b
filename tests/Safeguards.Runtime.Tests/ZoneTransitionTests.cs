using Safeguards.Runtime.CompilerServices;

namespace Safeguards.Runtime.Tests;

/// <summary>
/// Issue #17: on days when a zone's base offset changes at midnight, .NET's wall-time rules (offset and
/// ambiguity of a local time) put the end of the day an hour early, so the last local hour fell outside the
/// day's date range. Day bounds are derived from the UTC-to-local conversion, which is always right; these
/// tests hold every local day of 2000–2030 in a set of zones to that conversion.
/// </summary>
public class ZoneTransitionTests
{
    /// <summary>The zones of the bundled packs, and zones whose clocks change at or near midnight.</summary>
    public static TheoryData<string> Zones => new()
    {
        "Asia/Almaty", "Asia/Qyzylorda", "Asia/Aqtobe", "Asia/Oral", "Europe/Berlin", "Europe/Paris", "Europe/Moscow",
        "America/Asuncion", "America/Havana", "America/Santiago", "America/Sao_Paulo", "Asia/Beirut", "Asia/Gaza",
        "Africa/Cairo", "Asia/Tehran", "America/Los_Angeles", "Pacific/Apia", "Asia/Amman", "Asia/Damascus",
    };

    [Theory]
    [MemberData(nameof(Zones))]
    public void Every_local_day_from_2000_to_2030_is_exactly_the_instants_with_that_date(string zoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var calendar = new LegalCalendar(zone, MonthRounding.None);
        var failures = new List<string>();
        var previousEnd = -1L;
        for (var day = new DateOnly(2000, 1, 1); day < new DateOnly(2031, 1, 1); day = day.AddDays(1))
        {
            var range = calendar.DateRange(day);
            if (range.LatestUtcTicks < range.EarliestUtcTicks)
            {
                // Pacific/Apia skipped 30 December 2011 altogether: that date has no instant.
                if (calendar.LocalDate(range.EarliestUtcTicks) == day) failures.Add($"{day}: empty range, yet its first instant has the date");
                continue;
            }
            if (previousEnd >= 0 && range.EarliestUtcTicks != previousEnd + 1) failures.Add($"{day}: starts {range.EarliestUtcTicks - previousEnd - 1} ticks after the day before ends");
            previousEnd = range.LatestUtcTicks;
            if (calendar.LocalDate(range.EarliestUtcTicks) != day) failures.Add($"{day}: first instant is on {calendar.LocalDate(range.EarliestUtcTicks)}");
            if (calendar.LocalDate(range.LatestUtcTicks) != day) failures.Add($"{day}: last instant is on {calendar.LocalDate(range.LatestUtcTicks)}");
            if (calendar.LocalDate(range.EarliestUtcTicks - 1) >= day) failures.Add($"{day}: the instant before its start has its date");
            if (calendar.LocalDate(range.LatestUtcTicks + 1) <= day) failures.Add($"{day}: the instant after its end has its date");
            // Every instant in between has the date (checked every 15 minutes, the finest offset step in use).
            for (var t = range.EarliestUtcTicks; t <= range.LatestUtcTicks; t += 15 * TimeSpan.TicksPerMinute)
            {
                if (calendar.LocalDate(t) == day) continue;
                failures.Add($"{day}: {new DateTimeOffset(t, TimeSpan.Zero):O} inside the range is on {calendar.LocalDate(t)}");
                break;
            }
            if (failures.Count > 10) break;
        }
        failures.ShouldBeEmpty();
    }

    [Fact]
    public void The_last_hour_of_29_February_2024_in_Almaty_is_part_of_that_day()
    {
        // +06 became +05 at 00:00 on 1 March 2024: 23:00-24:00 on 29 February happened twice.
        var day = TimeParser.TryParse("2024-02-29", T.Almaty, out var range, out var error) ? range : throw new InvalidOperationException(error);
        day.Contains(T.Ticks("2024-02-29T23:30:00+05:00")).ShouldBeTrue();
        day.LatestUtcTicks.ShouldBe(T.Ticks("2024-03-01T00:00:00+05:00") - 1);

        // A registration known only as that date and a questioning at 23:30 +05: either may be first.
        Judge.Completion(TimeRange.Exact(T.Ticks("2024-02-29T23:30:00+05:00")), true, day, T.Ticks("2025-01-01T00:00:00Z"))
            .ShouldBe(Outcome.Indeterminate);

        TimeParser.TryParse("2024-02-29T23:10:00+05:00", T.Almaty, out var earliest, out _).ShouldBeTrue();
        earliest.EarliestUtcTicks.ShouldBeLessThanOrEqualTo(day.LatestUtcTicks); // the interval {23:10 +05, "2024-02-29"} is not reversed
    }

    [Fact]
    public void Qyzylorda_on_20_December_2018_keeps_its_last_hour()
    {
        var qyzylorda = TimeZoneInfo.FindSystemTimeZoneById("Asia/Qyzylorda");
        TimeParser.TryParse("2018-12-20", qyzylorda, out var day, out _).ShouldBeTrue();
        var calendar = new LegalCalendar(qyzylorda, MonthRounding.None);
        calendar.LocalDate(day.LatestUtcTicks).ShouldBe(new DateOnly(2018, 12, 20));
        calendar.LocalDate(day.LatestUtcTicks + 1).ShouldBe(new DateOnly(2018, 12, 21));
    }
}
