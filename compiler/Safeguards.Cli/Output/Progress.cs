using System.Diagnostics;

namespace Safeguards.Cli.Output;

/// <summary>A one-line progress display (done, rate, time left) on an interactive terminal's stderr;
/// silent when stderr is redirected, so it never mixes into machine-readable output.</summary>
public sealed class Progress : IDisposable
{
    private readonly CliConsole console;
    private readonly string unit;
    private readonly long? total;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly bool enabled;
    private long done;
    private long lastDrawn = -1;

    public Progress(CliConsole console, string unit, long? total = null)
    {
        this.console = console;
        this.unit = unit;
        this.total = total;
        enabled = ReferenceEquals(console.Error, Console.Error) && !Console.IsErrorRedirected
            && Environment.GetEnvironmentVariable("CI") is null;
    }

    public void Tick(long count = 1)
    {
        done += count;
        if (!enabled) return;
        var tenths = clock.ElapsedMilliseconds / 100;
        if (tenths == lastDrawn) return;
        lastDrawn = tenths;
        var seconds = Math.Max(clock.Elapsed.TotalSeconds, 0.001);
        var rate = done / seconds;
        var left = total is { } t && rate > 0 ? $", about {TimeSpan.FromSeconds((t - done) / rate):mm\\:ss} left" : "";
        var of = total is { } all ? $"/{all}" : "";
        console.Error.Write($"\r{done}{of} {unit}, {rate:0} per second{left}   ");
    }

    public void Dispose()
    {
        if (enabled && lastDrawn >= 0) console.Error.Write("\r" + new string(' ', 70) + "\r");
        lastDrawn = -1;
    }
}
