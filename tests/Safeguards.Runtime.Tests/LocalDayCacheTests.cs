using Safeguards.Runtime.CompilerServices;

namespace Safeguards.Runtime.Tests;

/// <summary>
/// The calendar remembers offsets per hour and the ends of local days (issue #18: findings at scale); what it answers
/// from memory must be what <see cref="ZoneClock"/> computes, also on the hours and days where the clocks change.
/// </summary>
public class LocalDayCacheTests
{
    [Theory]
    [MemberData(nameof(ZoneTransitionTests.Zones), MemberType = typeof(ZoneTransitionTests))]
    public void Local_dates_and_day_ends_from_the_cache_are_those_of_the_zone_clock(string zoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var calendar = new LegalCalendar(zone, MonthRounding.None);
        var failures = new List<string>();
        var from = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;
        var until = new DateTime(2031, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;
        // Every hour's first tick, one tick before it and a tick in its middle, asked twice: the first answer fills
        // the cache, the second comes from it (or, in an hour with a transition, is converted again).
        for (var hour = from; hour < until && failures.Count < 10; hour += TimeSpan.TicksPerHour)
        {
            foreach (var instant in new[] { hour - 1, hour, hour + (TimeSpan.TicksPerMinute * 30) + 7 })
            {
                for (var pass = 0; pass < 2; pass++)
                {
                    var date = calendar.LocalDate(instant);
                    if (date != ZoneClock.LocalDate(zone, instant)) failures.Add($"{instant}: local date {date}, zone clock {ZoneClock.LocalDate(zone, instant)}");
                    if (calendar.LastInstantOf(date) != ZoneClock.EndOfDay(zone, date)) failures.Add($"{date}: last instant {calendar.LastInstantOf(date)}, zone clock {ZoneClock.EndOfDay(zone, date)}");
                    var offset = zone.GetUtcOffset(new DateTime(instant, DateTimeKind.Utc)).Ticks;
                    if (calendar.UtcOffsetTicks(instant) != offset) failures.Add($"{instant}: offset {calendar.UtcOffsetTicks(instant)}, zone {offset}");
                }
            }
        }

        failures.ShouldBeEmpty();
    }
}
