namespace Safeguards.Runtime;

/// <summary>What a compiled pack declares about its case data: the case schemas and the time zone.</summary>
public sealed class PackSchema
{
    private readonly Dictionary<string, int> caseIndex;

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
    }

    public string PackName { get; }

    public string TimeZoneId { get; }

    public IReadOnlyList<CaseSchema> Cases { get; }

    public MonthRounding MonthRounding { get; }

    public TimeZoneInfo Zone { get; }

    /// <summary>The calendar built from the zone and rounding rule, shared so callers need not rebuild it.</summary>
    public LegalCalendar Calendar { get; }

    public int IndexOfCase(string name) => NameIndex.Find(caseIndex, name);

    public CaseSchema? FindCase(string name)
    {
        var i = IndexOfCase(name);
        return i < 0 ? null : Cases[i];
    }
}
