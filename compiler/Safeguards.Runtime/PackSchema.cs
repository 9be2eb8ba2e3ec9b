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
    public PackSchema(string packName, string timeZoneId, IReadOnlyList<CaseSchema> cases, MonthRounding monthRounding = MonthRounding.None)
    {
        PackName = packName ?? throw new ArgumentNullException(nameof(packName));
        TimeZoneId = timeZoneId ?? throw new ArgumentNullException(nameof(timeZoneId));
        Cases = cases ?? throw new ArgumentNullException(nameof(cases));
        MonthRounding = monthRounding;
        Zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        Calendar = new LegalCalendar(Zone, monthRounding);
        caseIndex = NameIndex.Build(cases, c => c.Name, "case schema");
        eventTypeCounts = [.. cases.Select(c => c.Events.Count)];
        factCounts = [.. cases.Select(c => c.Facts.Count)];
    }

    public string PackName { get; }

    public string TimeZoneId { get; }

    public IReadOnlyList<CaseSchema> Cases { get; }

    public MonthRounding MonthRounding { get; }

    public TimeZoneInfo Zone { get; }

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
