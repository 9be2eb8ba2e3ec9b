using Safeguards.Runtime.CompilerServices;

namespace Safeguards.Runtime;

/// <summary>
/// What a record says about its times beyond the times themselves, a line each, as the case data states it:
/// "registered (r1): 17 hours after apprehended (a1)", "investigation_opened: not known whether it happened".
/// <c>explain</c> prints them under the timeline, so a reader sees which relations a verdict could rest on.
/// Names event types, ids and durations, never other case contents.
/// </summary>
public static class RecordRelationsText
{
    public static IReadOnlyList<string> Lines(PackSchema schema, CaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(record);
        if (record.Network is not { } network || record.CaseSchemaIndex < 0 || record.CaseSchemaIndex >= schema.Cases.Count) return [];
        var names = new string[network.EventCount];
        var caseSchema = schema.Cases[record.CaseSchemaIndex];
        for (var type = 0; type < record.EventsByType.Length && type < caseSchema.Events.Count; type++)
        {
            var occurrences = record.EventsByType[type];
            for (var i = 0; i < occurrences.Length; i++)
            {
                var e = network.EventOf(type, i);
                if (e >= 0 && e < names.Length) names[e] = occurrences[i].Id is { } id ? $"{caseSchema.Events[type].Name} ({id})" : caseSchema.Events[type].Name;
            }
        }

        var lines = new List<string>();
        foreach (var relation in network.Relations)
            lines.Add($"{names[relation.Event] ?? "an event"}: {Form(relation)} {names[relation.Anchor] ?? "another event"} ({relation.JsonPath})");
        for (var e = 0; e < names.Length; e++)
            if (network.NotKnownWhetherEvent(e)) lines.Add($"{names[e] ?? "an event"}: not known whether it happened");
        return lines;
    }

    /// <summary>The relation as the case data gives it (the bounds of its own difference, before any inference).</summary>
    private static string Form(TimeRelation relation) => relation.Kind switch
    {
        TimeRelationKind.SameMoment => "at the same moment as",
        TimeRelationKind.SameDay => "on the same day as",
        TimeRelationKind.DayAfter => "on the day after",
        TimeRelationKind.After => relation.DurationGiven ? $"{RelationText.Span(relation.MinTicks, relation.MaxTicks, DurationScale.Days)} after" : "after",
        TimeRelationKind.Before => relation.DurationGiven
            ? $"{RelationText.Span(-relation.MaxTicks, relation.MinTicks == long.MinValue ? long.MaxValue : -relation.MinTicks, DurationScale.Days)} before"
            : "before",
    };
}
