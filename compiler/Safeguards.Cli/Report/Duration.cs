using System.Globalization;

namespace Safeguards.Cli.Report;

/// <summary>A duration in one short unit for axis labels and tooltips: "19 y", "5 mo", "12 d", "3 h", "40 min".</summary>
public static class Duration
{
    public static string Short(long ticks)
    {
        var span = TimeSpan.FromTicks(Math.Abs(ticks));
        string Of(double value, string unit) => Math.Round(value, value < 10 ? 1 : 0).ToString("0.#", CultureInfo.InvariantCulture) + " " + unit;
        return span.TotalDays >= 365 ? Of(span.TotalDays / 365.25, "y")
            : span.TotalDays >= 60 ? Of(span.TotalDays / 30.44, "mo")
            : span.TotalDays >= 2 ? Of(span.TotalDays, "d")
            : span.TotalHours >= 2 ? Of(span.TotalHours, "h")
            : Of(span.TotalMinutes, "min");
    }
}
