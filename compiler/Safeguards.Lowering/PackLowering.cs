using Safeguards.Language.Semantics;
using Safeguards.Runtime;
using Safeguards.Runtime.CompilerServices;

namespace Safeguards.Lowering;

/// <summary>Lowers a compilation to plans. Only safeguards that bound without error take part; a compilation with
/// no evaluable safeguard is refused with a message. Packs of different time zones are evaluated together, each
/// safeguard in its own pack's zone.</summary>
public static class PackLowering
{
    public static bool TryLower(Compilation compilation, out LoweredPack? lowered, out string? error)
    {
        lowered = null;
        // In source order (file path, then position), not in the order the files were given: the same sources
        // must give the same plans, and so byte-identical compiled packs, however they were loaded.
        var safeguards = compilation.Safeguards.Where(s => s.IsComplete)
            .OrderBy(s => s.Location?.Source.Path, StringComparer.Ordinal).ThenBy(s => s.Location?.Span.Start ?? 0).ToList();
        if (safeguards.Count == 0)
        {
            error = "no safeguard can be evaluated: the rule files declare none, or every one has errors (run 'safeguards check')";
            return false;
        }
        // Each pack keeps its own zone: the first in source order is the set's primary one.
        var zones = safeguards.Select(s => s.Pack.TimeZoneId).Distinct().ToList();
        if (zones.Any(z => z is null))
        {
            error = "the packs declare no time zone";
            return false;
        }
        var zoneInfos = new List<TimeZoneInfo>();
        foreach (var id in zones)
        {
            try
            {
                zoneInfos.Add(TimeZoneInfo.FindSystemTimeZoneById(id!));
            }
            catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
            {
                error = $"unknown time zone '{id}'";
                return false;
            }
        }

        var cases = safeguards.Select(s => s.Case!).Distinct().ToList();
        var duplicate = cases.GroupBy(c => c.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            error = $"two packs declare a case named '{duplicate.Key}'; evaluate them separately";
            return false;
        }
        var caseSchemas = cases.Select(ToSchema).ToList();
        var packName = string.Join("+", safeguards.Select(s => s.Pack.Name).Distinct());
        var rounding = safeguards.Select(s => s.Pack.MonthRounding).FirstOrDefault(r => r != MonthRounding.None);
        var schema = new PackSchema(packName, zones[0]!, caseSchemas, rounding, [.. zones.Skip(1).Select(z => z!)]);
        var calendars = new Dictionary<(int Zone, MonthRounding Rounding), LegalCalendar>();
        LegalCalendar CalendarFor(int zone, MonthRounding r) =>
            calendars.TryGetValue((zone, r), out var c) ? c : calendars[(zone, r)] = new LegalCalendar(zoneInfos[zone], r);

        var plans = safeguards.Select(s =>
        {
            var zone = zones.IndexOf(s.Pack.TimeZoneId);
            return SafeguardLowering.Lower(s, cases.IndexOf(s.Case!), zone, CalendarFor(zone, s.Pack.MonthRounding));
        }).ToList();
        var origins = safeguards.Select(s => new SafeguardOrigin(s.Pack.Name, s.Pack.Title)).ToList();
        var sources = safeguards.Select(s => s.Location?.Source).OfType<Language.Text.SourceText>().Distinct().ToList();
        lowered = new LoweredPack(new PackPlan(schema, plans), origins, sources);
        error = null;
        return true;
    }

    private static CaseSchema ToSchema(CaseSymbol @case) => new(
        @case.Name,
        [.. @case.Events.Select(e => new EventType(e.Name, e.Index,
            [.. e.Attributes.Select(a => new AttributeDefinition(a.Name, a.Values))], e.RefersTo?.Index ?? -1, e.Required))],
        [.. @case.Facts.Select(f => new FactDefinition(f.Name, f.Index, f.Type, f.Values))]);
}
