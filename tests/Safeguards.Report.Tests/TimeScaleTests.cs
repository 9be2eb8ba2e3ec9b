using Safeguards.Cli.Report;

namespace Safeguards.Report.Tests;

public sealed class TimeScaleTests
{
    private static readonly long T0 = new DateTimeOffset(2007, 8, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks;

    [Fact]
    public void The_scale_is_monotone_and_fills_the_range()
    {
        long[] instants = [T0, T0 + TimeSpan.TicksPerHour * 3, T0 + TimeSpan.TicksPerDay * 30, T0 + TimeSpan.TicksPerDay * 365 * 19];
        var scale = TimeScale.Build(instants, 100, 900);
        scale.X(instants[0]).ShouldBe(100);
        scale.X(instants[^1]).ShouldBe(900, 0.001);
        var previous = double.NegativeInfinity;
        for (var t = T0; t <= instants[^1]; t += TimeSpan.TicksPerDay * 17)
        {
            var x = scale.X(t);
            x.ShouldBeGreaterThanOrEqualTo(previous);
            previous = x;
        }
    }

    [Fact]
    public void Long_gaps_are_compressed_but_short_ones_stay_visible()
    {
        long[] instants = [T0, T0 + TimeSpan.TicksPerHour * 3, T0 + TimeSpan.TicksPerDay * 365 * 19];
        var scale = TimeScale.Build(instants, 0, 1000);
        var shortGap = scale.X(instants[1]) - scale.X(instants[0]);
        var longGap = scale.X(instants[2]) - scale.X(instants[1]);
        shortGap.ShouldBeGreaterThan(100); // three hours get a tenth of the axis or more
        longGap.ShouldBeLessThan(shortGap * 10); // nineteen years get less than ten times that
    }

    [Fact]
    public void Unbounded_times_are_left_out()
    {
        var scale = TimeScale.Build([DateTime.MinValue.Ticks, T0, DateTime.MaxValue.Ticks], 0, 100);
        scale.Keys.ShouldBe([T0]);
        scale.X(T0).ShouldBe(50);
    }
}
