using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Safeguards.Runtime;

/// <summary>
/// Reads and validates one case record (one .json file or one JSON Lines line) with the streaming
/// <see cref="Utf8JsonReader"/>. It makes two passes: the first checks that the JSON is well formed
/// and finds the id and schema (which may come after the events), the second validates everything
/// against that schema. Every problem found is reported; a record with problems yields no case.
/// </summary>
internal sealed partial class CaseRecordParser
{
    private const int MaxErrors = 50;

    /// <summary>The largest number (or duration, in its unit) a fact may have: 2^53 − 1, the largest whole
    /// number every JSON reader keeps exactly. Conditions scale a duration to minutes or days (at most × 60),
    /// so every value the reader accepts is compared exactly, never wrapped around.</summary>
    public const long MaxFactNumber = 9_007_199_254_740_991;

    private string TimeExpectation =>
        $"expected an ISO instant with offset ({TimeParser.Example(zone)}), a date (YYYY-MM-DD), a month (YYYY-MM), an interval object {{\"earliest\": ..., \"latest\": ...}}, a time relative to another event ({{\"after\": ID, \"by\": \"17 hours\"}}, ...) or \"unknown\"";

    private static readonly JsonReaderOptions Options = new() { MaxDepth = 64, CommentHandling = JsonCommentHandling.Disallow };

    private readonly PackSchema pack;
    private readonly string file;
    private readonly LineMap lines;
    private readonly List<CaseDataError> errors = [];
    private string? caseId;
    private int recordLine;
    private bool idOrSchemaInBody;

    /// <summary>The zone dates and months are read in: the pack's, or one of the other zones of its pack set.</summary>
    private readonly TimeZoneInfo zone;

    /// <summary>A date or month was read: the record's instants depend on the zone.</summary>
    private bool readLocalDates;

    /// <summary>The record's relative times, solved (null for a record whose times are all absolute).</summary>
    private TemporalNetwork? network;

    private CaseRecordParser(PackSchema pack, TimeZoneInfo zone, string file, LineMap lines)
    {
        this.pack = pack;
        this.zone = zone;
        this.file = file;
        this.lines = lines;
    }

    public static CaseReadResult Parse(PackSchema pack, ReadOnlySpan<byte> json, string file, LineMap lines)
    {
        var parser = new CaseRecordParser(pack, pack.Zone, file, lines);
        var result = parser.Run(json);
        if (result.Record is not { } record || pack.Zones.Count == 1 || !parser.readLocalDates)
        {
            return result;
        }

        // Packs of several zones judge this record: read its dates once more in each other zone.
        var readings = new CaseRecord[pack.Zones.Count - 1];
        for (var z = 1; z < pack.Zones.Count; z++)
        {
            var other = new CaseRecordParser(pack, pack.Zones[z], file, lines).Run(json);
            if (other.Record is null)
            {
                return CaseReadResult.Failure([.. other.Errors.Select(e => e with { Message = $"{e.Message} (reading its dates in {pack.TimeZoneIds[z]})" })]);
            }

            readings[z - 1] = other.Record;
        }

        record.SetOtherZoneReadings(readings);
        return result;
    }

    private CaseReadResult Run(ReadOnlySpan<byte> json)
    {
        if (!CheckUtf8(json))
        {
            return Fail();
        }

        if (OnePass(json) is { } read)
        {
            return read;
        }

        // Two passes: the first finds the schema wherever it is and reports malformed JSON precisely.
        errors.Clear();
        caseId = null;
        recordLine = 0;
        idOrSchemaInBody = false;
        network = null;
        if (!Prescan(json, out var schemaName))
        {
            return Fail();
        }

        if (schemaName is null)
        {
            return Fail();
        }

        var schemaIndex = pack.IndexOfCase(schemaName);
        if (schemaIndex < 0)
        {
            Error(CaseDataCodes.UnknownSchema, recordLine, "$.schema",
                $"unknown schema {SafeText.Quote(schemaName)}{SafeText.Suggestion(schemaName, pack.Cases.Select(c => c.Name))}; pack '{pack.PackName}' defines: {SafeText.List(pack.Cases.Select(c => c.Name))}");
            return Fail();
        }

        var schema = pack.Cases[schemaIndex];
        var facts = new FactValue[schema.Facts.Count];
        var raws = new List<RawEvent>();
        var eventsSeen = false;
        var reader = new Utf8JsonReader(json, Options);
        try
        {
            reader.Read(); // the StartObject the first pass checked
            eventsSeen = ReadBody(ref reader, schema, facts, raws);
        }
        catch (InvalidOperationException)
        {
            // Thrown by GetString for escapes that are not valid UTF-16 (a lone surrogate like \ud800).
            Error(CaseDataCodes.InvalidJson, Line(ref reader), "$", "a string contains a \\u escape that is not valid UTF-16 (a lone surrogate)");
            return Fail();
        }

        return Complete(schemaIndex, facts, raws, eventsSeen);
    }

    /// <summary>
    /// One pass, for the usual record that starts with its id and schema (in either order): the schema
    /// is known before the body, so the separate first pass is not needed (it was the largest single
    /// cost of reading a batch). It gives up (null) on anything unusual (malformed JSON, a repeated or
    /// empty id or schema, an unknown schema, a lone surrogate, content after the case), and the
    /// two-pass reading then reports it exactly as it always has. A record it does read has passed every
    /// check the two-pass reading makes, through the same code, so the result is the same.
    /// </summary>
    private CaseReadResult? OnePass(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, Options);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            recordLine = Line(ref reader);
            string? id = null, schemaName = null;
            for (var property = 0; property < 2; property++)
            {
                if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName)
                {
                    return null;
                }

                var isId = reader.ValueTextEquals("id"u8);
                if (!isId && !reader.ValueTextEquals("schema"u8))
                {
                    return null;
                }

                if (!reader.Read() || reader.TokenType != JsonTokenType.String || reader.GetString() is not { Length: > 0 } value
                    || (isId ? id : schemaName) is not null)
                {
                    return null;
                }

                if (isId) id = value; else schemaName = value;
            }

            var schemaIndex = pack.IndexOfCase(schemaName!);
            if (schemaIndex < 0)
            {
                return null;
            }

            caseId = id;
            var schema = pack.Cases[schemaIndex];
            var facts = new FactValue[schema.Facts.Count];
            var raws = new List<RawEvent>();
            var eventsSeen = ReadBody(ref reader, schema, facts, raws);
            // A second id or schema, or anything after the case's closing brace (Read throws on it), is for the two passes to report.
            if (idOrSchemaInBody || reader.Read())
            {
                return null;
            }

            return Complete(schemaIndex, facts, raws, eventsSeen);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private CaseReadResult Complete(int schemaIndex, FactValue[] facts, List<RawEvent> raws, bool eventsSeen)
    {
        if (!eventsSeen)
        {
            Error(CaseDataCodes.MissingProperty, recordLine, "$", "missing \"events\": expected an array of events (it may be empty)");
        }

        var schema = pack.Cases[schemaIndex];
        var eventsByType = Layout(schema, raws);
        if (errors.Count > 0 || caseId is null || eventsByType is null)
        {
            return Fail();
        }

        return CaseReadResult.Success(new CaseRecord(caseId, schema.Name, schemaIndex, facts, eventsByType, file, recordLine, network));
    }

    private CaseReadResult Fail()
    {
        if (errors.Count == 0)
        {
            // Defensive: a record without a case must always say why.
            Error(CaseDataCodes.RecordUnreadable, recordLine, "$", "the record could not be read");
        }

        return CaseReadResult.Failure(errors.ToArray());
    }

    private void Error(string code, int line, string path, string message)
    {
        if (errors.Count < MaxErrors)
        {
            errors.Add(new CaseDataError(code, file, line, path, message, caseId));
        }
        else if (errors.Count == MaxErrors)
        {
            errors.Add(new CaseDataError(CaseDataCodes.TooManyErrors, file, line, "$", $"more than {MaxErrors} errors in this record; the rest are not reported", caseId));
        }
    }

    private int Line(ref Utf8JsonReader reader) => lines.LineOf(reader.TokenStartIndex);

    private bool CheckUtf8(ReadOnlySpan<byte> json)
    {
        if (Utf8.IsValid(json))
        {
            return true;
        }

        var offset = 0;
        while (offset < json.Length)
        {
            if (Rune.DecodeFromUtf8(json[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                break;
            }

            offset += consumed;
        }

        var line = lines.LineOf(offset);
        var column = offset - (int)lines.OffsetOfLine(line - lines.LineOf(0)) + 1;
        Error(CaseDataCodes.InvalidUtf8, line, "$", $"invalid UTF-8: the bytes at column {column} are not valid UTF-8; case files must be saved as UTF-8");
        return false;
    }

    /// <summary>
    /// First pass: well-formedness, the id, and the schema name. Returns false when the JSON is
    /// malformed or not an object (nothing more can be said about such a record).
    /// </summary>
    private bool Prescan(ReadOnlySpan<byte> json, out string? schemaName)
    {
        schemaName = null;
        var reader = new Utf8JsonReader(json, Options);
        var last = JsonTokenType.None;
        var containers = new Stack<bool>(); // true for an array: the expectation after a value depends on it
        var topProperty = 0; // 1 = id, 2 = schema, 0 = other, while reading a top-level value
        bool idSeen = false, schemaSeen = false;
        try
        {
            while (reader.Read())
            {
                var token = reader.TokenType;
                if (last == JsonTokenType.None)
                {
                    recordLine = Line(ref reader);
                    if (token != JsonTokenType.StartObject)
                    {
                        Error(CaseDataCodes.WrongValueType, recordLine, "$", $"expected a JSON object for the case, found {SafeText.Describe(token)}");
                        return false;
                    }
                }

                if (token == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
                {
                    topProperty = reader.ValueTextEquals("id"u8) ? 1 : reader.ValueTextEquals("schema"u8) ? 2 : 0;
                    if ((topProperty == 1 && idSeen) || (topProperty == 2 && schemaSeen))
                    {
                        Error(CaseDataCodes.DuplicateProperty, Line(ref reader), topProperty == 1 ? "$.id" : "$.schema", "the property is given twice");
                    }
                }
                else if (topProperty != 0 && reader.CurrentDepth == 1)
                {
                    var path = topProperty == 1 ? "$.id" : "$.schema";
                    var value = token == JsonTokenType.String ? reader.GetString() : null;
                    if (value is null)
                    {
                        Error(CaseDataCodes.WrongValueType, Line(ref reader), path, $"expected a string, found {SafeText.Describe(token)}");
                    }
                    else if (value.Length == 0)
                    {
                        Error(CaseDataCodes.WrongValueType, Line(ref reader), path, "expected a non-empty string");
                    }
                    else if (topProperty == 1)
                    {
                        caseId ??= value;
                    }
                    else
                    {
                        schemaName ??= value;
                    }

                    idSeen |= topProperty == 1;
                    schemaSeen |= topProperty == 2;
                    topProperty = 0;
                }

                if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    containers.Push(token == JsonTokenType.StartArray);
                }
                else if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    containers.Pop();
                }

                last = token;
            }
        }
        catch (JsonException ex)
        {
            MalformedJson(json, ex, last, containers);
            return false;
        }
        catch (InvalidOperationException)
        {
            Error(CaseDataCodes.InvalidJson, Line(ref reader), "$", "a string contains a \\u escape that is not valid UTF-16 (a lone surrogate)");
            return false;
        }

        if (last == JsonTokenType.None)
        {
            Error(CaseDataCodes.InvalidJson, lines.LineOf(0), "$", "the record is empty: expected a JSON object for the case");
            return false;
        }

        if (!idSeen)
        {
            Error(CaseDataCodes.MissingProperty, recordLine, "$", "missing \"id\": expected a string that names the case");
        }

        if (!schemaSeen)
        {
            Error(CaseDataCodes.MissingProperty, recordLine, "$", $"missing \"schema\": expected the name of a case schema of pack '{pack.PackName}' ({SafeText.List(pack.Cases.Select(c => c.Name))})");
        }

        return true;
    }

    /// <summary>Reports malformed JSON by position and expectation, without quoting the content.</summary>
    private void MalformedJson(ReadOnlySpan<byte> json, JsonException ex, JsonTokenType last, Stack<bool> containers)
    {
        var lineStart = lines.OffsetOfLine(ex.LineNumber ?? 0);
        var offset = lineStart + (ex.BytePositionInLine ?? 0);
        var line = lines.LineOf(Math.Min(offset, Math.Max(0, json.Length - 1)));
        var column = (ex.BytePositionInLine ?? 0) + 1;
        var rest = offset < json.Length ? json[(int)offset..] : [];
        if (rest.Trim(" \t\r\n"u8).IsEmpty)
        {
            Error(CaseDataCodes.InvalidJson, line, "$", "invalid JSON: the record ends before it is complete (an object, array or string is not closed); is the file truncated?");
            return;
        }

        var before = json[..(int)Math.Min(offset, json.Length)].TrimEnd(" \t\r\n"u8);
        var afterComma = !before.IsEmpty && before[^1] == (byte)',';
        var inArray = containers.Count > 0 && containers.Peek();
        var expected = last switch
        {
            JsonTokenType.None => "expected '{' to start the case",
            JsonTokenType.StartObject => "expected a property name in double quotes or '}'",
            JsonTokenType.StartArray => "expected a value or ']'",
            JsonTokenType.PropertyName => "expected ':' and a value (strings in double quotes; true, false, null or a number)",
            _ when containers.Count == 0 => "expected nothing after the end of the case object (one case per line in .jsonl)",
            _ when afterComma => inArray ? "expected a value after ',' (no trailing commas)" : "expected a property name in double quotes after ',' (no trailing commas)",
            _ => inArray ? "expected ',' or ']'" : "expected ',' or '}'",
        };
        Error(CaseDataCodes.InvalidJson, line, "$", $"invalid JSON at column {column}: found {SafeText.DescribeByte(json[(int)offset])}; {expected}");
    }

    /// <summary>Second pass over the top-level object. Returns whether "events" was present.</summary>
    /// <summary>The case's properties, from the reader's position inside the top-level object to its end.</summary>
    private bool ReadBody(ref Utf8JsonReader reader, CaseSchema schema, FactValue[] facts, List<RawEvent> raws)
    {
        bool factsSeen = false, eventsSeen = false;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var line = Line(ref reader);
            if (reader.ValueTextEquals("id"u8) || reader.ValueTextEquals("schema"u8))
            {
                idOrSchemaInBody = true; // read by the first pass (reported there if repeated)
                reader.Read();
                reader.Skip();
            }
            else if (reader.ValueTextEquals("facts"u8))
            {
                reader.Read();
                if (factsSeen)
                {
                    Error(CaseDataCodes.DuplicateProperty, line, "$.facts", "the property is given twice");
                    reader.Skip();
                    continue;
                }

                factsSeen = true;
                ReadFacts(ref reader, schema, facts);
            }
            else if (reader.ValueTextEquals("events"u8))
            {
                reader.Read();
                if (eventsSeen)
                {
                    Error(CaseDataCodes.DuplicateProperty, line, "$.events", "the property is given twice");
                    reader.Skip();
                    continue;
                }

                eventsSeen = true;
                ReadEvents(ref reader, raws);
            }
            else
            {
                var name = reader.GetString();
                Error(CaseDataCodes.UnknownProperty, line, "$" + SafeText.PathSegment(name), $"unknown property {SafeText.Quote(name)}; a case has: id, schema, facts, events");
                reader.Read();
                reader.Skip();
            }
        }

        return eventsSeen;
    }

    private void ReadFacts(ref Utf8JsonReader reader, CaseSchema schema, FactValue[] facts)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            Error(CaseDataCodes.WrongValueType, Line(ref reader), "$.facts", $"expected an object mapping fact names to values, found {SafeText.Describe(reader.TokenType)}");
            reader.Skip();
            return;
        }

        var seen = new bool[facts.Length];
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            var line = Line(ref reader);
            var path = "$.facts" + SafeText.PathSegment(name);
            reader.Read();
            var definition = schema.FindFact(name);
            if (definition is null)
            {
                var names = schema.Facts.Select(f => f.Name);
                Error(CaseDataCodes.UnknownFact, line, path, $"unknown fact {SafeText.Quote(name)}{SafeText.Suggestion(name, names)}; case '{schema.Name}' declares: {SafeText.List(names)}");
            }
            else if (seen[definition.Index])
            {
                Error(CaseDataCodes.DuplicateProperty, line, path, "the fact is given twice");
            }
            else
            {
                seen[definition.Index] = true;
                facts[definition.Index] = ReadFact(ref reader, definition, path);
            }

            reader.Skip(); // past an object or array value; nothing for a scalar
        }
    }

    private FactValue ReadFact(ref Utf8JsonReader reader, FactDefinition fact, string path)
    {
        var token = reader.TokenType;
        if (token == JsonTokenType.Null)
        {
            return FactValue.Missing; // an explicit null says "not known", like leaving the fact out
        }

        var line = Line(ref reader);
        var found = SafeText.Describe(token);
        switch (fact.Type)
        {
            case FactType.Boolean:
                if (token is JsonTokenType.True or JsonTokenType.False)
                {
                    return FactValue.FromBoolean(token == JsonTokenType.True);
                }

                Error(CaseDataCodes.FactWrongType, line, path, $"fact '{fact.Name}' is boolean: expected true or false, found {found}");
                break;

            case FactType.Number:
                if (token == JsonTokenType.Number && reader.TryGetInt64(out var number))
                {
                    if (number is >= -MaxFactNumber and <= MaxFactNumber) return FactValue.FromNumber(number);
                    Error(CaseDataCodes.NumberOutOfRange, line, path, $"fact '{fact.Name}' is a number: expected a whole number from -{MaxFactNumber} to {MaxFactNumber} "
                        + "(a number or duration beyond that is not a real value)");
                    break;
                }

                Error(CaseDataCodes.FactWrongType, line, path, token == JsonTokenType.Number
                    ? $"fact '{fact.Name}' is a number: expected a whole number (no fraction or exponent, within 64 bits)"
                    : $"fact '{fact.Name}' is a number: expected a JSON number, found {found}");
                break;

            case FactType.Text:
                if (token == JsonTokenType.String)
                {
                    return FactValue.FromText(reader.GetString()!);
                }

                Error(CaseDataCodes.FactWrongType, line, path, $"fact '{fact.Name}' is text: expected a string, found {found}");
                break;

            case FactType.Date:
                if (token == JsonTokenType.String && TryParseDate(reader.GetString()!, out var date))
                {
                    return FactValue.FromDate(date);
                }

                Error(CaseDataCodes.FactWrongType, line, path, $"fact '{fact.Name}' is a date: expected a string YYYY-MM-DD with a day that exists, found {(token == JsonTokenType.String ? "another string" : found)}");
                break;

            case FactType.Enumeration:
                if (token == JsonTokenType.String)
                {
                    var index = fact.IndexOfValue(reader.GetString()!);
                    if (index >= 0)
                    {
                        return FactValue.FromEnum(index);
                    }

                    Error(CaseDataCodes.FactValueNotAllowed, line, path, $"value not allowed for fact '{fact.Name}'; allowed: {SafeText.List(fact.EnumValues)}");
                }
                else
                {
                    Error(CaseDataCodes.FactWrongType, line, path, $"fact '{fact.Name}' takes one of: {SafeText.List(fact.EnumValues)}; expected a string, found {found}");
                }

                break;
        }

        return FactValue.Missing;
    }

    private static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out date);

    private void ReadEvents(ref Utf8JsonReader reader, List<RawEvent> raws)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            Error(CaseDataCodes.WrongValueType, Line(ref reader), "$.events", $"expected an array of events, found {SafeText.Describe(reader.TokenType)}");
            reader.Skip();
            return;
        }

        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var path = $"$.events[{index}]";
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                Error(CaseDataCodes.WrongValueType, Line(ref reader), path, $"expected an event object with \"type\" and \"time\", found {SafeText.Describe(reader.TokenType)}");
                reader.Skip();
                index++;
                continue;
            }

            var raw = new RawEvent(index, Line(ref reader));
            ReadEvent(ref reader, raw, path);
            raws.Add(raw);
            index++;
        }
    }

    private void ReadEvent(ref Utf8JsonReader reader, RawEvent raw, string path)
    {
        var seen = 0; // one bit per known property, to report duplicates
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var line = Line(ref reader);
            var bit = reader.ValueTextEquals("id"u8) ? 1
                : reader.ValueTextEquals("type"u8) ? 2
                : reader.ValueTextEquals("time"u8) ? 4
                : reader.ValueTextEquals("refers"u8) ? 8
                : reader.ValueTextEquals("attributes"u8) ? 16
                : reader.ValueTextEquals("happened"u8) ? 32
                : 0;
            var name = bit == 0 ? reader.GetString() : null;
            reader.Read();
            if (bit == 0)
            {
                Error(CaseDataCodes.UnknownProperty, line, path + SafeText.PathSegment(name), $"unknown property {SafeText.Quote(name)}; an event has: id, type, time, refers, attributes, happened");
                reader.Skip();
                continue;
            }

            var propertyPath = bit switch { 1 => ".id", 2 => ".type", 4 => ".time", 8 => ".refers", 16 => ".attributes", _ => ".happened" };
            if ((seen & bit) != 0)
            {
                Error(CaseDataCodes.DuplicateProperty, line, path + propertyPath, "the property is given twice");
                reader.Skip();
                continue;
            }

            seen |= bit;
            raw.Seen = seen;
            var token = reader.TokenType;
            switch (bit)
            {
                case 1 or 2 or 8 when token != JsonTokenType.String || reader.ValueSpan.IsEmpty && !reader.ValueIsEscaped:
                    Error(CaseDataCodes.WrongValueType, line, path + propertyPath, $"expected a non-empty string, found {(token == JsonTokenType.String ? "an empty string" : SafeText.Describe(token))}");
                    break;
                case 1:
                    raw.Id = reader.GetString();
                    break;
                case 2:
                    raw.TypeName = reader.GetString();
                    raw.TypeLine = line;
                    break;
                case 8:
                    raw.Refers = reader.GetString();
                    raw.RefersLine = line;
                    break;
                case 4:
                    raw.TimeGiven = true;
                    ReadTime(ref reader, raw, path + propertyPath);
                    break;
                case 16:
                    ReadAttributes(ref reader, raw, path + propertyPath);
                    break;
                default:
                    ReadHappened(ref reader, raw, path + propertyPath, line);
                    break;
            }

            reader.Skip();
        }
    }

    private void ReadTime(ref Utf8JsonReader reader, RawEvent raw, string path)
    {
        var line = Line(ref reader);
        if (reader.TokenType == JsonTokenType.String)
        {
            if (reader.ValueTextEquals("unknown"u8))
            {
                raw.Time = TimeRange.Unbounded;
                raw.TimeUnknown = true;
                raw.HasTime = true;
            }
            else if (TimeParser.TryParse(reader.GetString()!, zone, out var range, out var error))
            {
                readLocalDates |= !range.IsExact; // a date or a month
                raw.Time = range;
                raw.HasTime = true;
            }
            else
            {
                Error(CaseDataCodes.TimeUnreadable, line, path, error!);
            }

            return;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            Error(CaseDataCodes.WrongValueType, line, path, $"{TimeExpectation}; found {SafeText.Describe(reader.TokenType)}");
            return;
        }

        // An interval {"earliest": time, "latest": time}, or a time relative to other events.
        ReadTimeObject(ref reader, raw, path, line);
    }

    private void ReadAttributes(ref Utf8JsonReader reader, RawEvent raw, string path)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            Error(CaseDataCodes.WrongValueType, Line(ref reader), path, $"expected an object mapping attribute names to values, found {SafeText.Describe(reader.TokenType)}");
            return;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            var line = Line(ref reader);
            reader.Read();
            var value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            raw.Attributes.Add(new RawAttribute(name, value, SafeText.Describe(reader.TokenType), line));
            reader.Skip();
        }
    }

    /// <summary>
    /// Resolves types, attributes and references, then groups occurrences by type sorted by
    /// earliest time. Returns null when a reference or type could not be resolved.
    /// </summary>
    private EventOccurrence[][]? Layout(CaseSchema schema, List<RawEvent> raws)
    {
        var typeNames = schema.Events.Select(e => e.Name);
        var ids = new Dictionary<string, RawEvent>(StringComparer.Ordinal);
        var attributeValues = new int[raws.Count][];
        foreach (var raw in raws)
        {
            var path = $"$.events[{raw.SourceIndex}]";
            if (raw.TypeName is not null)
            {
                raw.TypeIndex = schema.IndexOfEvent(raw.TypeName);
                if (raw.TypeIndex < 0)
                {
                    Error(CaseDataCodes.UnknownEventType, raw.TypeLine, path + ".type",
                        $"unknown event type {SafeText.Quote(raw.TypeName)}{SafeText.Suggestion(raw.TypeName, typeNames)}; case '{schema.Name}' declares: {SafeText.List(typeNames)}");
                }
            }
            else if ((raw.Seen & 2) == 0)
            {
                Error(CaseDataCodes.MissingProperty, raw.Line, path, $"missing \"type\": expected one of: {SafeText.List(typeNames)}");
            }

            if (!raw.TimeGiven)
            {
                Error(CaseDataCodes.MissingProperty, raw.Line, path, $"missing \"time\": {TimeExpectation}");
            }

            if (raw.Id is not null && !ids.TryAdd(raw.Id, raw))
            {
                Error(CaseDataCodes.DuplicateEventId, raw.Line, path + ".id", $"duplicate event id {Id(raw.Id)} (first used at events[{ids[raw.Id].SourceIndex}])");
            }

            attributeValues[raw.SourceIndex] = raw.TypeIndex >= 0 ? ResolveAttributes(schema.Events[raw.TypeIndex], raw, path) : [];
        }

        var refers = new RawEvent?[raws.Count];
        foreach (var raw in raws)
        {
            if (raw.Refers is null || raw.TypeIndex < 0)
            {
                continue;
            }

            var type = schema.Events[raw.TypeIndex];
            var path = $"$.events[{raw.SourceIndex}].refers";
            if (type.RefersToTypeIndex < 0)
            {
                Error(CaseDataCodes.BadReference, raw.RefersLine, path, $"event type '{type.Name}' does not refer to another event; remove \"refers\"");
            }
            else if (!ids.TryGetValue(raw.Refers, out var target))
            {
                Error(CaseDataCodes.BadReference, raw.RefersLine, path, $"refers to unknown event id {Id(raw.Refers)}; expected the id of a '{schema.Events[type.RefersToTypeIndex].Name}' event of this case");
            }
            else if (target.TypeIndex != type.RefersToTypeIndex)
            {
                var actual = target.TypeIndex >= 0 ? $"a '{schema.Events[target.TypeIndex].Name}' event" : "an event of unknown type";
                Error(CaseDataCodes.BadReference, raw.RefersLine, path, $"refers to event {Id(raw.Refers)}, which is {actual}; event type '{type.Name}' refers to '{schema.Events[type.RefersToTypeIndex].Name}'");
            }
            else
            {
                refers[raw.SourceIndex] = target;
            }
        }

        if (errors.Count > 0)
        {
            return null;
        }

        // Relative times are solved before the layout: occurrences sort by their tightest earliest time.
        network = SolveTimes(schema, raws, ids);
        if (errors.Count > 0)
        {
            return null;
        }

        // Group by type, then order by earliest time; ties keep the order of the case data.
        var groups = new List<RawEvent>[schema.Events.Count];
        for (var t = 0; t < groups.Length; t++)
        {
            groups[t] = [];
        }

        foreach (var raw in raws)
        {
            groups[raw.TypeIndex].Add(raw);
        }

        var position = new int[raws.Count];
        foreach (var group in groups)
        {
            group.Sort((a, b) => a.Time.EarliestUtcTicks != b.Time.EarliestUtcTicks
                ? a.Time.EarliestUtcTicks.CompareTo(b.Time.EarliestUtcTicks)
                : a.SourceIndex.CompareTo(b.SourceIndex));
            for (var i = 0; i < group.Count; i++)
            {
                position[group[i].SourceIndex] = i;
            }
        }

        var result = new EventOccurrence[groups.Length][];
        for (var t = 0; t < groups.Length; t++)
        {
            var group = groups[t];
            var occurrences = new EventOccurrence[group.Count];
            for (var i = 0; i < group.Count; i++)
            {
                var raw = group[i];
                var target = refers[raw.SourceIndex];
                occurrences[i] = new EventOccurrence(
                    raw.Id,
                    raw.Time,
                    raw.TimeUnknown,
                    target is null ? -1 : position[target.SourceIndex],
                    attributeValues[raw.SourceIndex],
                    raw.SourceIndex,
                    raw.HappenedNotKnown);
            }

            result[t] = occurrences;
        }

        network?.Attach(result, [.. schema.Events.Select(e => e.RefersToTypeIndex)]);
        return result;
    }

    private int[] ResolveAttributes(EventType type, RawEvent raw, string path)
    {
        if (type.Attributes.Count == 0 && raw.Attributes.Count == 0)
        {
            return [];
        }

        var values = new int[type.Attributes.Count];
        Array.Fill(values, -1);
        foreach (var attribute in raw.Attributes)
        {
            var attributePath = path + ".attributes" + SafeText.PathSegment(attribute.Name);
            var index = type.IndexOfAttribute(attribute.Name);
            if (index < 0)
            {
                var names = type.Attributes.Select(a => a.Name);
                Error(CaseDataCodes.UnknownAttribute, attribute.Line, attributePath, type.Attributes.Count == 0
                    ? $"event type '{type.Name}' has no attributes"
                    : $"unknown attribute {SafeText.Quote(attribute.Name)}{SafeText.Suggestion(attribute.Name, names)} of event type '{type.Name}'; it has: {SafeText.List(names)}");
                continue;
            }

            var definition = type.Attributes[index];
            if (values[index] >= 0)
            {
                Error(CaseDataCodes.DuplicateProperty, attribute.Line, attributePath, "the attribute is given twice");
            }
            else if (attribute.Value is null)
            {
                Error(CaseDataCodes.AttributeValueNotAllowed, attribute.Line, attributePath, $"attribute '{definition.Name}' takes one of: {SafeText.List(definition.Values)}; expected a string, found {attribute.ValueKind}");
            }
            else if ((values[index] = definition.IndexOfValue(attribute.Value)) < 0)
            {
                Error(CaseDataCodes.AttributeValueNotAllowed, attribute.Line, attributePath, $"value not allowed for attribute '{definition.Name}'; allowed: {SafeText.List(definition.Values)}");
            }
        }

        return values;
    }

    /// <summary>Ids may be echoed (they identify, they do not describe) but only when short and printable.</summary>
    private static string Id(string id) =>
        id.Length <= 64 && !id.Any(char.IsControl) ? $"'{id}'" : "(an id too long or unprintable to show)";
}
