using System.Text.Json;

namespace Safeguards.Runtime;

/// <summary>
/// The object forms of an event's <c>"time"</c> (docs/case-data.md): the interval
/// <c>{"earliest": …, "latest": …}</c>, and times relative to other events of the record
/// (<c>{"after": "a1", "by": "17 hours"}</c>, <c>{"sameDayAs": "a1"}</c>, …), alone or with an absolute
/// time or bounds; <c>"happened": "not known"</c>; and the network that solves a record's relative times.
/// </summary>
internal sealed partial class CaseRecordParser
{
    private const string TimeObjectKeys = "earliest, latest, at, after, before, by, sameMomentAs, sameDayAs, dayAfter";

    private static readonly string[] KeyNames = ["earliest", "latest", "at", "by", "after", "before", "sameMomentAs", "sameDayAs", "dayAfter"];

    private const int KeyEarliest = 0, KeyLatest = 1, KeyAt = 2, KeyBy = 3, FirstRelationKey = 4;

    private static int TimeKeyOf(ref Utf8JsonReader reader)
    {
        for (var k = 0; k < KeyNames.Length; k++)
        {
            if (reader.ValueTextEquals(KeyNames[k]))
            {
                return k;
            }
        }

        return -1;
    }

    private static TimeRelationKind RelationKindOf(int key) => (TimeRelationKind)(key - FirstRelationKey);

    private void ReadTimeObject(ref Utf8JsonReader reader, RawEvent raw, string path, int line)
    {
        TimeRange? earliest = null, latest = null, at = null;
        (long Min, long Max)? by = null;
        string? byPath = null;
        var byLine = 0;
        List<(TimeRelationKind Kind, string Id, string Path, int Line)>? relations = null;
        var seen = 0;
        var ok = true;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var keyLine = Line(ref reader);
            var key = TimeKeyOf(ref reader);
            var name = key < 0 ? reader.GetString() : null;
            reader.Read();
            if (key < 0)
            {
                Error(CaseDataCodes.UnknownProperty, keyLine, path + SafeText.PathSegment(name), $"unknown property {SafeText.Quote(name)}; a time object has: {TimeObjectKeys}");
                ok = false;
                reader.Skip();
                continue;
            }

            var keyPath = path + "." + KeyNames[key];
            if ((seen & (1 << key)) != 0)
            {
                Error(CaseDataCodes.DuplicateProperty, keyLine, keyPath, "the property is given twice");
                ok = false;
                reader.Skip();
                continue;
            }

            seen |= 1 << key;
            switch (key)
            {
                case KeyEarliest or KeyLatest or KeyAt:
                    var bound = ReadTimeBound(ref reader, keyPath, keyLine, key == KeyAt);
                    ok &= bound is not null;
                    if (key == KeyEarliest) earliest = bound; else if (key == KeyLatest) latest = bound; else at = bound;
                    break;
                case KeyBy:
                    by = ReadBy(ref reader, keyPath, keyLine);
                    ok &= by is not null;
                    byPath = keyPath;
                    byLine = keyLine;
                    break;
                default:
                    if (reader.TokenType != JsonTokenType.String || (reader.ValueSpan.IsEmpty && !reader.ValueIsEscaped))
                    {
                        Error(CaseDataCodes.WrongValueType, keyLine, keyPath, $"expected the id of another event of this case, found {(reader.TokenType == JsonTokenType.String ? "an empty string" : SafeText.Describe(reader.TokenType))}");
                        ok = false;
                    }
                    else
                    {
                        (relations ??= []).Add((RelationKindOf(key), reader.GetString()!, keyPath, keyLine));
                    }

                    break;
            }

            reader.Skip();
        }

        if (!ok)
        {
            return;
        }

        if (at is not null && (earliest is not null || latest is not null))
        {
            Error(CaseDataCodes.RelationShape, line, path, "give either \"at\" or \"earliest\"/\"latest\", not both");
            return;
        }

        if (relations is null)
        {
            if (by is not null)
            {
                Error(CaseDataCodes.RelationShape, byLine, byPath!, "\"by\" gives the duration of an \"after\" or \"before\"; add one (\"after\": the id of the earlier event)");
                return;
            }

            if (at is { } only)
            {
                raw.Time = only;
                raw.HasTime = true;
                return;
            }

            // The interval form, as it has always been read.
            if (earliest is null || latest is null)
            {
                Error(CaseDataCodes.MissingProperty, line, path, $"an interval needs both \"earliest\" and \"latest\"; missing \"{(earliest is null ? "earliest" : "latest")}\"");
                return;
            }
        }

        var directional = relations?.Count(r => r.Kind is TimeRelationKind.After or TimeRelationKind.Before) ?? 0;
        if (by is not null && directional != 1)
        {
            Error(CaseDataCodes.RelationShape, byLine, byPath!, "\"by\" gives the duration of one \"after\" or \"before\"; with both, say which by writing one of them as the other event's time");
            return;
        }

        long first = earliest?.EarliestUtcTicks ?? at?.EarliestUtcTicks ?? TimeRange.Unbounded.EarliestUtcTicks;
        long last = latest?.LatestUtcTicks ?? at?.LatestUtcTicks ?? TimeRange.Unbounded.LatestUtcTicks;
        if (last < first)
        {
            Error(CaseDataCodes.IntervalInverted, line, path, "the interval's latest time precedes its earliest time");
            return;
        }

        raw.Time = new TimeRange(first, last);
        raw.HasTime = true;
        raw.TimeUnknown = earliest is null && latest is null && at is null; // relations alone: unknown until the network bounds it
        if (relations is null)
        {
            return;
        }

        raw.Relations = new List<RawRelation>(relations.Count);
        foreach (var (kind, id, relationPath, relationLine) in relations)
        {
            var (min, max) = kind switch
            {
                TimeRelationKind.After => by ?? (1, long.MaxValue),
                TimeRelationKind.Before => by is { } b ? (b.Max == long.MaxValue ? long.MinValue : -b.Max, -b.Min) : (long.MinValue, -1),
                TimeRelationKind.SameMoment => (0, 0),
                // The day kinds' differences depend on the days in question: the network builder sets them.
                _ => (long.MinValue, long.MaxValue),
            };
            readLocalDates |= kind is TimeRelationKind.SameDay or TimeRelationKind.DayAfter;
            raw.Relations.Add(new RawRelation(kind, id, min, max, by is not null && kind is TimeRelationKind.After or TimeRelationKind.Before, relationPath, relationLine));
        }
    }

    /// <summary>One time string of a time object: an instant, a date or a month (not <c>unknown</c>).</summary>
    private TimeRange? ReadTimeBound(ref Utf8JsonReader reader, string path, int line, bool isAt)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            Error(CaseDataCodes.WrongValueType, line, path, $"expected a time string (instant with offset, date or month), found {SafeText.Describe(reader.TokenType)}");
            return null;
        }

        if (reader.ValueTextEquals("unknown"u8))
        {
            Error(CaseDataCodes.TimeUnreadable, line, path, isAt
                ? "\"at\" must be a time; leave it out when only the relation to another event is known"
                : "an interval bound must be a time; write \"time\": \"unknown\" for an event whose time is not known");
            return null;
        }

        if (!TimeParser.TryParse(reader.GetString()!, zone, out var bound, out var error))
        {
            Error(CaseDataCodes.TimeUnreadable, line, path, error!);
            return null;
        }

        readLocalDates |= !bound.IsExact;
        return bound;
    }

    /// <summary><c>"by"</c>: a duration ("17 hours": exactly that), or <c>{"atLeast": …, "atMost": …}</c> (either or both).</summary>
    private (long Min, long Max)? ReadBy(ref Utf8JsonReader reader, string path, int line)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            if (RelativeDuration.TryParse(reader.GetString()!, out var exact, out var error))
            {
                return (exact, exact);
            }

            Error(CaseDataCodes.DurationUnreadable, line, path, error!);
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            Error(CaseDataCodes.WrongValueType, line, path, $"{RelativeDuration.Expectation}, or {{\"atLeast\": ..., \"atMost\": ...}}; found {SafeText.Describe(reader.TokenType)}");
            return null;
        }

        long? least = null, most = null;
        var ok = true;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var boundLine = Line(ref reader);
            var isLeast = reader.ValueTextEquals("atLeast"u8);
            var isMost = reader.ValueTextEquals("atMost"u8);
            var name = isLeast || isMost ? null : reader.GetString();
            reader.Read();
            if (!isLeast && !isMost)
            {
                Error(CaseDataCodes.UnknownProperty, boundLine, path + SafeText.PathSegment(name), $"unknown property {SafeText.Quote(name)}; \"by\" bounds have: atLeast, atMost");
                ok = false;
                reader.Skip();
                continue;
            }

            var boundPath = path + (isLeast ? ".atLeast" : ".atMost");
            if ((isLeast ? least : most) is not null)
            {
                Error(CaseDataCodes.DuplicateProperty, boundLine, boundPath, "the property is given twice");
                ok = false;
                continue;
            }

            if (reader.TokenType != JsonTokenType.String)
            {
                Error(CaseDataCodes.WrongValueType, boundLine, boundPath, $"{RelativeDuration.Expectation}; found {SafeText.Describe(reader.TokenType)}");
                ok = false;
                reader.Skip();
                continue;
            }

            if (!RelativeDuration.TryParse(reader.GetString()!, out var ticks, out var error))
            {
                Error(CaseDataCodes.DurationUnreadable, boundLine, boundPath, error!);
                ok = false;
                continue;
            }

            if (isLeast) least = ticks; else most = ticks;
        }

        if (!ok)
        {
            return null;
        }

        if (least is null && most is null)
        {
            Error(CaseDataCodes.RelationShape, line, path, "\"by\" bounds need \"atLeast\", \"atMost\" or both");
            return null;
        }

        if (least > most)
        {
            Error(CaseDataCodes.BoundsInverted, line, path, "\"atMost\" is shorter than \"atLeast\"");
            return null;
        }

        // "At most 3 hours after" is after, or at the same moment: never before.
        return (least ?? 0, most ?? long.MaxValue);
    }

    /// <summary><c>"happened"</c>: <c>"not known"</c> (the report does not say whether), or <c>true</c> (the default).</summary>
    private void ReadHappened(ref Utf8JsonReader reader, RawEvent raw, string path, int line)
    {
        if (reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("not known"u8))
        {
            raw.HappenedNotKnown = true;
        }
        else if (reader.TokenType != JsonTokenType.True)
        {
            Error(CaseDataCodes.HappenedValue, line, path, reader.TokenType == JsonTokenType.False
                ? "an event that did not happen is left out of the case; \"happened\" is \"not known\" when the report does not say whether it did"
                : $"expected \"not known\" (the report does not say whether the event happened) or true; found {(reader.TokenType == JsonTokenType.String ? "another string" : SafeText.Describe(reader.TokenType))}");
        }
    }

    /// <summary>
    /// Resolves the relative times and solves the record's network, writing the tightest range of every event
    /// back to it. Null when no event has a relative time or is not known to have happened (nothing to solve, and
    /// nothing kept), or when the ids cannot be resolved or the constraints conflict (reported as errors).
    /// </summary>
    private TemporalNetwork? SolveTimes(CaseSchema schema, List<RawEvent> raws, Dictionary<string, RawEvent> ids)
    {
        if (!raws.Exists(r => r.Relations is not null || r.HappenedNotKnown))
        {
            return null;
        }

        var relations = new List<TimeRelation>();
        foreach (var raw in raws)
        {
            foreach (var relation in raw.Relations ?? [])
            {
                if (!ids.TryGetValue(relation.AnchorId, out var anchor))
                {
                    Error(CaseDataCodes.UnknownRelatedEvent, relation.Line, relation.JsonPath, $"unknown event id {Id(relation.AnchorId)}; a relative time names the \"id\" of another event of this case");
                }
                else if (anchor == raw)
                {
                    Error(CaseDataCodes.UnknownRelatedEvent, relation.Line, relation.JsonPath, "an event's time cannot be relative to the event itself");
                }
                else
                {
                    relations.Add(new TimeRelation(raw.SourceIndex, anchor.SourceIndex, relation.Kind, relation.MinTicks, relation.MaxTicks,
                        relation.DurationGiven, relation.JsonPath, relation.Line));
                }
            }
        }

        if (errors.Count > 0)
        {
            return null;
        }

        var stated = new TimeRange?[raws.Count];
        var notKnown = new bool[raws.Count];
        foreach (var raw in raws)
        {
            stated[raw.SourceIndex] = raw.TimeUnknown ? null : raw.Time;
            notKnown[raw.SourceIndex] = raw.HappenedNotKnown;
        }

        // The day kinds allow what the anchor's stated days allow; the solver narrows them as the days narrow.
        for (var i = 0; i < relations.Count; i++)
        {
            var r = relations[i];
            if (r.Kind is TimeRelationKind.SameDay or TimeRelationKind.DayAfter)
            {
                var days = r.Kind == TimeRelationKind.DayAfter ? 1 : 0;
                var (lo, hi) = stated[r.Anchor] is { } range ? (range.EarliestUtcTicks, range.LatestUtcTicks) : (long.MinValue, long.MaxValue);
                var greatest = LocalDays.GreatestDifference(zone, lo, hi, days);
                relations[i] = r with { MinTicks = days == 0 ? -greatest : 1, MaxTicks = greatest };
            }
        }

        var network = TemporalNetwork.Build(stated, relations, notKnown, zone, out var conflict);
        if (network is null)
        {
            ReportConflict(schema, raws, relations, conflict);
            return null;
        }

        if (relations.Count > 0)
        {
            foreach (var raw in raws)
            {
                raw.Time = network.TightenedTime(raw.SourceIndex, out var unbounded);
                raw.TimeUnknown = unbounded;
            }
        }

        return network;
    }

    /// <summary>Names the constraints that cannot all hold by where they are written (never their values: case data is sensitive).</summary>
    private void ReportConflict(CaseSchema schema, List<RawEvent> raws, List<TimeRelation> relations, IReadOnlyList<int> conflict)
    {
        var parts = new List<string>();
        var line = 0;
        // In the order they are written: by event, its stated time before its relations.
        var ordered = conflict.OrderBy(l => l < relations.Count ? (relations[l].Event * 2) + 1 : (l - relations.Count) * 2).ThenBy(l => l);
        foreach (var label in ordered)
        {
            string part;
            int partLine;
            if (label < relations.Count)
            {
                var r = relations[label];
                part = $"{r.JsonPath} ({Describe(schema, raws[r.Event])} {Phrase(r.Kind)} {Describe(schema, raws[r.Anchor])}{(r.DurationGiven ? " by the duration given" : "")})";
                partLine = r.Line;
            }
            else
            {
                var raw = raws[label - relations.Count];
                part = $"$.events[{raw.SourceIndex}].time ({Describe(schema, raw)}: its stated time)";
                partLine = raw.Line;
            }

            parts.Add(part);
            line = line == 0 ? partLine : Math.Min(line, partLine);
        }

        Error(CaseDataCodes.InconsistentTimes, line, "$.events", $"the event times cannot all hold; these conflict: {string.Join("; ", parts)}");
    }

    private static string Phrase(TimeRelationKind kind) => kind switch
    {
        TimeRelationKind.After => "after",
        TimeRelationKind.Before => "before",
        TimeRelationKind.SameMoment => "at the same moment as",
        TimeRelationKind.SameDay => "on the same day as",
        TimeRelationKind.DayAfter => "on the day after",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static string Describe(CaseSchema schema, RawEvent raw) =>
        raw.Id is { } id ? $"{Id(id)} ({schema.Events[raw.TypeIndex].Name})" : $"events[{raw.SourceIndex}] ({schema.Events[raw.TypeIndex].Name})";
}
