using Safeguards.Runtime;
using Safeguards.Runtime.CompilerServices;

namespace Safeguards.Cli.Report;

/// <summary>
/// The zone a case is drawn in: that of the pack whose safeguards judged it. Packs of several jurisdictions are
/// reported together (a Kazakh case beside a French one), and a French case's times and days read as the Code de
/// procédure pénale counts them, in Paris time, with its dates as Paris reads them (<see cref="CaseRecord.InZone"/>).
/// </summary>
public sealed class CaseZones
{
    private readonly PackSchema schema;
    private readonly Dictionary<string, int> zoneOfCaseSchema = new(StringComparer.Ordinal);

    public CaseZones(PackSchema schema, IReadOnlyList<SafeguardInfo> safeguards)
    {
        this.schema = schema;
        foreach (var safeguard in safeguards)
        {
            zoneOfCaseSchema.TryAdd(safeguard.CaseSchema, schema.ZoneIndexOf(safeguard.TimeZoneId));
        }
    }

    /// <summary>More than one zone: each case says which it is drawn in.</summary>
    public bool Several => schema.TimeZoneIds.Count > 1;

    /// <summary>The zone of the safeguards that apply to the record's case schema (they are of the pack that declares
    /// it); the first pack's zone for a schema no safeguard applies to.</summary>
    public int Of(CaseRecord record) => zoneOfCaseSchema.TryGetValue(record.Schema, out var zone) ? zone : 0;

    public LegalCalendar Calendar(int zone) => schema.CalendarOf(zone);

    public string ZoneId(int zone) => schema.TimeZoneIds[zone];
}
