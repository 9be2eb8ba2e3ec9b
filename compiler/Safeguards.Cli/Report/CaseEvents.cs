using Safeguards.Runtime;

namespace Safeguards.Cli.Report;

/// <summary>One recorded event of a case, ready to draw: its type, its id, and when (a range; an
/// event recorded with time "unknown" has none).</summary>
public sealed record CaseEvent(string Type, string? Id, TimeRange? Time);

/// <summary>The events of a case grouped by type, types in order of their first occurrence.</summary>
public static class CaseEvents
{
    public static IReadOnlyList<(string Type, IReadOnlyList<CaseEvent> Events)> ByType(PackSchema schema, CaseRecord record)
    {
        if (record.CaseSchemaIndex < 0 || record.CaseSchemaIndex >= schema.Cases.Count) return [];
        var caseSchema = schema.Cases[record.CaseSchemaIndex];
        var lanes = new List<(string Type, IReadOnlyList<CaseEvent> Events, long First)>();
        for (var type = 0; type < record.EventsByType.Length && type < caseSchema.Events.Count; type++)
        {
            var occurrences = record.EventsByType[type];
            if (occurrences.Length == 0) continue;
            var name = caseSchema.Events[type].Name;
            var events = occurrences.Select(o => new CaseEvent(name, o.Id, o.TimeUnknown ? null : o.Time)).ToList();
            var first = events.Where(e => e.Time is not null).Select(e => e.Time!.Value.EarliestUtcTicks).DefaultIfEmpty(long.MaxValue).Min();
            lanes.Add((name, events, first));
        }
        return lanes.OrderBy(l => l.First).ThenBy(l => l.Type, StringComparer.Ordinal).Select(l => (l.Type, l.Events)).ToList();
    }
}
