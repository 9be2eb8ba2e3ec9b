using Safeguards.Runtime.CompilerServices;

namespace Safeguards.Runtime;

/// <summary>What a compiled pack declares about its case data: the case schemas and the time zone.</summary>
public sealed class PackSchema
{
    private readonly Dictionary<string, int> caseIndex;
    private readonly int[] eventTypeCounts, factCounts;

    /// <param name="packName">The pack's qualified name (<c>kz.detention</c>).</param>
    /// <param name="timeZoneId">An IANA zone id (<c>Asia/Almaty</c>); calendar units and dates are counted in it.</param>
    /// <param name="cases">The case schemas; <see cref="CaseRecord.CaseSchemaIndex"/> is a position in this list.</param>
    /// <param name="monthRounding">The pack's <c>round months</c> rule.</param>
    /// <param name="otherTimeZoneIds">The zones of further packs evaluated together with the first (a national pack and
    /// an international one): each safeguard counts days in its own pack's zone, and a record's dates are read in each
    /// of these zones too (<see cref="CaseRecord.InZone"/>). Empty for a pack set with one zone.</param>
    public PackSchema(string packName, string timeZoneId, IReadOnlyList<CaseSchema> cases, MonthRounding monthRounding = MonthRounding.None,
        IReadOnlyList<string>? otherTimeZoneIds = null)
    {
        PackName = packName ?? throw new ArgumentNullException(nameof(packName));
        TimeZoneId = timeZoneId ?? throw new ArgumentNullException(nameof(timeZoneId));
        Cases = cases ?? throw new ArgumentNullException(nameof(cases));
        MonthRounding = monthRounding;
        Zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        TimeZoneIds = [timeZoneId, .. otherTimeZoneIds ?? []];
        Zones = [.. TimeZoneIds.Select(TimeZoneInfo.FindSystemTimeZoneById)];
        Calendar = new LegalCalendar(Zone, monthRounding);
        calendars = [Calendar, .. Zones.Skip(1).Select(z => new LegalCalendar(z, monthRounding))];
        caseIndex = NameIndex.Build(cases, c => c.Name, "case schema");
        eventTypeCounts = [.. cases.Select(c => c.Events.Count)];
        factCounts = [.. cases.Select(c => c.Facts.Count)];
    }

    public string PackName { get; }

    public string TimeZoneId { get; }

    public IReadOnlyList<CaseSchema> Cases { get; }

    public MonthRounding MonthRounding { get; }

    /// <summary>The zone of the first pack: dates in case data are read in it first, and reports show times in it.</summary>
    public TimeZoneInfo Zone { get; }

    /// <summary>Every zone of the packs evaluated together; index 0 is <see cref="Zone"/>. A safeguard's zone index
    /// chooses which reading of a record it judges (<see cref="CaseRecord.InZone"/>).</summary>
    public IReadOnlyList<string> TimeZoneIds { get; }

    /// <inheritdoc cref="TimeZoneIds"/>
    public IReadOnlyList<TimeZoneInfo> Zones { get; }

    /// <summary>The calendar of zone <paramref name="zoneIndex"/> of <see cref="TimeZoneIds"/>, with this pack's month
    /// rounding: where a report or an explanation shows times of a safeguard of another pack's zone.</summary>
    public LegalCalendar CalendarOf(int zoneIndex) => calendars[zoneIndex];

    private readonly LegalCalendar[] calendars;

    /// <summary>The index of a zone in <see cref="TimeZoneIds"/> (a safeguard's <see cref="SafeguardInfo.TimeZoneId"/>),
    /// 0 for null or a zone of no pack here.</summary>
    public int ZoneIndexOf(string? timeZoneId)
    {
        for (var i = 0; i < TimeZoneIds.Count; i++)
            if (string.Equals(TimeZoneIds[i], timeZoneId, StringComparison.Ordinal)) return i;
        return 0;
    }

    /// <summary>The calendar built from the zone and rounding rule, shared so callers need not rebuild it.</summary>
    public LegalCalendar Calendar { get; }

    /// <summary>
    /// Throws unless the record has the shape of its case schema (as every record read with this
    /// schema has): compiled rules read the record's <see cref="CaseRecord.Timeline"/> at fixed
    /// positions, so a record built by hand for another shape must be refused, not misread.
    /// A record of a case schema this pack does not have passes: no rule applies to it.
    /// </summary>
    public void RequireShape(CaseRecord record)
    {
        var index = record.CaseSchemaIndex; // a null record throws here, as it would in the rules
        if ((uint)index < (uint)eventTypeCounts.Length
            && (record.EventTypeCount != eventTypeCounts[index] || record.FactCount != factCounts[index]))
        {
            ThrowWrongShape(record); // kept out of line: this runs for every case, the throw never in a pack's own batch
        }
    }

    private void ThrowWrongShape(CaseRecord record)
    {
        var index = record.CaseSchemaIndex;
        throw new ArgumentException(
            $"case {record.Id}: case schema '{Cases[index].Name}' has {eventTypeCounts[index]} event type(s) and {factCounts[index]} fact(s); " +
            $"the record has {record.EventTypeCount} and {record.FactCount} (read cases with this pack's CaseReader)", nameof(record));
    }

    public int IndexOfCase(string name) => NameIndex.Find(caseIndex, name);

    public CaseSchema? FindCase(string name)
    {
        var i = IndexOfCase(name);
        return i < 0 ? null : Cases[i];
    }
}
