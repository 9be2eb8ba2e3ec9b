using Safeguards.Runtime.CompilerServices;

namespace Safeguards.Runtime.Tests;

/// <summary>Exact deadlines near the ends of time: an anchor of a record built in code can be any long, and
/// "within N hours after" must clamp to the last instant, never wrap around to the first.</summary>
public class DurationBoundsTests
{
    private static readonly LegalCalendar Almaty = new(T.Almaty, MonthRounding.None);

    [Theory]
    [InlineData(long.MaxValue)]
    [InlineData(long.MaxValue - 1)]
    [InlineData(3_155_378_975_999_999_999L)] // DateTime.MaxValue
    public void A_deadline_after_the_last_instant_stays_there(long anchor) =>
        Almaty.LatestPermittedAfter(anchor, LegalDuration.Hours(72)).ShouldBe(DateTime.MaxValue.Ticks);

    [Theory]
    [InlineData(long.MinValue)]
    [InlineData(long.MinValue + 1)]
    [InlineData(0L)]
    public void A_deadline_before_the_first_instant_stays_there(long anchor) =>
        Almaty.LatestPermittedBefore(anchor, LegalDuration.Hours(72)).ShouldBe(0L);

    [Fact]
    public void An_ordinary_exact_deadline_is_anchor_plus_the_duration()
    {
        var anchor = T.Ticks("2020-01-01T10:00:00+06:00");
        Almaty.LatestPermittedAfter(anchor, LegalDuration.Minutes(90)).ShouldBe(anchor + 90 * TimeSpan.TicksPerMinute);
        Almaty.LatestPermittedBefore(anchor, LegalDuration.Hours(3)).ShouldBe(anchor - 3 * TimeSpan.TicksPerHour);
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    public void Hours_that_do_not_fit_in_ticks_throw_rather_than_wrap(int amount) =>
        Should.Throw<OverflowException>(() => LegalDuration.Hours(amount).ExactTicks);
}
