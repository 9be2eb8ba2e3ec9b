using Safeguards.Runtime;

namespace Safeguards.Cli.Output.Eval;

/// <summary>
/// The zone each finding's times are written in: its safeguard's own pack zone. Packs of several jurisdictions are
/// evaluated together (a Kazakh case beside a French one), and a time in a finding reads as the law that judged it
/// counts it; the document's own times (the reference time) stay in the first pack's zone.
/// </summary>
public sealed class SafeguardZones
{
    private readonly LocalTimeFormatter primary;
    private readonly Dictionary<string, LocalTimeFormatter> bySafeguard = new(StringComparer.Ordinal);

    public SafeguardZones(TimeZoneInfo primaryZone, IReadOnlyList<SafeguardInfo>? safeguards)
    {
        primary = new LocalTimeFormatter(primaryZone);
        var byZone = new Dictionary<string, LocalTimeFormatter>(StringComparer.Ordinal) { [primaryZone.Id] = primary };
        foreach (var safeguard in safeguards ?? [])
        {
            if (safeguard.TimeZoneId is not { } id) continue;
            if (!byZone.TryGetValue(id, out var formatter))
            {
                try
                {
                    formatter = byZone[id] = new LocalTimeFormatter(TimeZoneInfo.FindSystemTimeZoneById(id));
                }
                catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
                {
                    continue; // a pack with an unknown zone does not load; keep the primary zone rather than fail the output
                }
            }
            bySafeguard[safeguard.Id] = formatter;
        }
    }

    public LocalTimeFormatter Primary => primary;

    public LocalTimeFormatter Of(string safeguardId) => bySafeguard.GetValueOrDefault(safeguardId) ?? primary;
}
