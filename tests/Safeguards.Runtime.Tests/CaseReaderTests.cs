using System.Text;

namespace Safeguards.Runtime.Tests;

public class CaseReaderTests : IDisposable
{
    private const string Good = """
        {
          "id": "bekzhan-2009",
          "schema": "detention",
          "facts": { "kind": "criminal", "alleges_torture": true, "age": 19, "name": "B.", "arrest_date": "2009-01-08" },
          "events": [
            { "id": "e1", "type": "apprehended", "time": "2009-01-08T14:30:00+06:00" },
            { "type": "registered", "time": "2009-01-08" },
            { "id": "c2", "type": "complaint", "time": { "earliest": "2009-01-10T09:00+06:00", "latest": "2009-01-10T18:00+06:00" },
              "attributes": { "channel": "procedural_complaint" } },
            { "id": "c1", "type": "complaint", "time": "2009-01-09T09:00:00+06:00", "attributes": { "channel": "crime_report" } },
            { "type": "reply", "time": "2009-01", "refers": "c2" },
            { "type": "released", "time": "unknown" }
          ]
        }
        """;

    private readonly CaseReader reader = new(TestSchema.Detention());
    private readonly string directory = Directory.CreateTempSubdirectory("sg-runtime-tests-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Reads_a_valid_case_into_the_evaluation_layout()
    {
        var record = reader.ReadOne(Good, "good.json", out var errors);
        errors.ShouldBeEmpty();
        record.ShouldNotBeNull();
        record.Id.ShouldBe("bekzhan-2009");
        record.Schema.ShouldBe("detention");
        record.CaseSchemaIndex.ShouldBe(0);
        record.SourceFile.ShouldBe("good.json");
        record.SourceLine.ShouldBe(1);

        record.Facts[0].ShouldSatisfyAllConditions(f => f.IsPresent.ShouldBeTrue(), f => f.EnumIndex.ShouldBe(0));
        record.Facts[1].Boolean.ShouldBeTrue();
        record.Facts[2].Number.ShouldBe(19);
        record.Facts[3].Text.ShouldBe("B.");
        record.Facts[4].Date.ShouldBe(new DateOnly(2009, 1, 8));

        record.EventsByType.Length.ShouldBe(5);
        var apprehended = record.EventsByType[0].ShouldHaveSingleItem();
        apprehended.Id.ShouldBe("e1");
        apprehended.Time.ShouldBe(T.At("2009-01-08T14:30:00+06:00"));
        apprehended.SourceIndex.ShouldBe(0);

        record.EventsByType[1].ShouldHaveSingleItem().Time
            .ShouldBe(new TimeRange(T.Ticks("2009-01-08T00:00:00+06:00"), T.LastTickOf("2009-01-08T23:59:59+06:00")));

        // Complaints are sorted by earliest time, not by their order in the file.
        var complaints = record.EventsByType[2];
        complaints.Select(c => c.Id).ShouldBe(["c1", "c2"]);
        complaints[0].AttributeValues.ShouldBe([0]);
        complaints[1].AttributeValues.ShouldBe([1]);
        complaints[1].Time.ShouldBe(T.Range("2009-01-10T09:00:00+06:00", "2009-01-10T18:00:00+06:00"));

        // The reply refers to c2, which is at position 1 after sorting.
        var reply = record.EventsByType[3].ShouldHaveSingleItem();
        reply.RefersToOccurrence.ShouldBe(1);
        reply.Time.ShouldBe(new TimeRange(T.Ticks("2009-01-01T00:00:00+06:00"), T.LastTickOf("2009-01-31T23:59:59+06:00")));

        var released = record.EventsByType[4].ShouldHaveSingleItem();
        released.TimeUnknown.ShouldBeTrue();
        released.Time.ShouldBe(TimeRange.Unbounded);
    }

    [Fact]
    public void Facts_and_events_may_be_absent_or_empty_and_schema_may_come_last()
    {
        var record = reader.ReadOne("""{"events": [], "id": "x", "schema": "detention", "facts": {"age": null}}""", "m.json", out var errors);
        errors.ShouldBeEmpty();
        record!.Facts.ShouldAllBe(f => !f.IsPresent);
        record.EventsByType.ShouldAllBe(e => e.Length == 0);
        reader.ReadOne("""{"id": "y", "schema": "complaint_case", "events": [{"type": "filed", "time": "2020-05"}]}""", "m.json", out errors)!
            .CaseSchemaIndex.ShouldBe(1);
        errors.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("""{"schema": "detention", "events": []}""", 1, "$", "missing \"id\": expected a string that names the case")]
    [InlineData("""{"id": "a", "events": []}""", 1, "$", "missing \"schema\": expected the name of a case schema of pack 'kz.detention' (detention, complaint_case)")]
    [InlineData("""{"id": "a", "schema": "detention"}""", 1, "$", "missing \"events\": expected an array of events (it may be empty)")]
    [InlineData("""{"id": 7, "schema": "detention", "events": []}""", 1, "$.id", "expected a string, found a number")]
    [InlineData("""{"id": "a", "schema": "detension", "events": []}""", 1, "$.schema", "unknown schema 'detension' (did you mean 'detention'?); pack 'kz.detention' defines: detention, complaint_case")]
    [InlineData("""{"id": "a", "schema": "detention", "events": [], "notes": "x"}""", 1, "$.notes", "unknown property 'notes'; a case has: id, schema, facts, events")]
    [InlineData("""[1, 2]""", 1, "$", "expected a JSON object for the case, found an array")]
    // Records that start with id and schema are read in one pass; these leave it for the two passes, which report them.
    [InlineData("""{"id": "a", "schema": "detention", "id": "b", "events": []}""", 1, "$.id", "the property is given twice")]
    [InlineData("""{"schema": "detention", "id": "", "events": []}""", 1, "$.id", "expected a non-empty string")]
    [InlineData("""{"id": "a", "schema": "detention", "schema": "detention", "events": []}""", 1, "$.schema", "the property is given twice")]
    public void Top_level_problems(string json, int line, string path, string message) =>
        SingleError(json, line, path, message);

    [Theory]
    [InlineData("\"regsitered\"", "$.events[0].type", "unknown event type 'regsitered' (did you mean 'registered'?); case 'detention' declares: apprehended, registered, complaint, reply, released")]
    [InlineData("\"arrest of my client\"", "$.events[0].type", "unknown event type (a name that is not an identifier); case 'detention' declares: apprehended, registered, complaint, reply, released")]
    [InlineData("3", "$.events[0].type", "expected a non-empty string, found a number")]
    public void Unknown_event_types_suggest_the_closest_name(string type, string path, string message) =>
        SingleError($$"""{"id": "a", "schema": "detention", "events": [ { "type": {{type}}, "time": "2009-01-08" } ]}""", 1, path, message);

    [Theory]
    [InlineData("\"kind\": \"civil\"", "$.facts.kind", "value not allowed for fact 'kind'; allowed: criminal, administrative")]
    [InlineData("\"kind\": 1", "$.facts.kind", "fact 'kind' takes one of: criminal, administrative; expected a string, found a number")]
    [InlineData("\"alleges_torture\": \"yes\"", "$.facts.alleges_torture", "fact 'alleges_torture' is boolean: expected true or false, found a string")]
    [InlineData("\"age\": 18.5", "$.facts.age", "fact 'age' is a number: expected a whole number (no fraction or exponent, within 64 bits)")]
    [InlineData("\"age\": \"18\"", "$.facts.age", "fact 'age' is a number: expected a JSON number, found a string")]
    [InlineData("\"name\": {\"first\": \"B\"}", "$.facts.name", "fact 'name' is text: expected a string, found an object")]
    [InlineData("\"arrest_date\": \"08.01.2009\"", "$.facts.arrest_date", "fact 'arrest_date' is a date: expected a string YYYY-MM-DD with a day that exists, found another string")]
    [InlineData("\"knd\": \"criminal\"", "$.facts.knd", "unknown fact 'knd' (did you mean 'kind'?); case 'detention' declares: kind, alleges_torture, age, name, arrest_date")]
    public void Fact_problems(string fact, string path, string message) =>
        SingleError($$"""{"id": "a", "schema": "detention", "facts": { {{fact}} }, "events": []}""", 1, path, message);

    [Theory]
    [InlineData("\"time\": \"2009-01-08T14:30:00\"", "$.events[0].time", "time has no offset; write it as 2009-01-08T14:30:00+06:00 or with Z for UTC")]
    [InlineData("\"time\": \"yesterday\"", "$.events[0].time", TimeParser.ExpectedMessage + " (2009-01-08T14:30:00+06:00 or ...Z), a date (YYYY-MM-DD) or a month (YYYY-MM)")]
    [InlineData("\"time\": 1231403400", "$.events[0].time", "expected an ISO instant with offset (2009-01-08T14:30:00+06:00), a date (YYYY-MM-DD), a month (YYYY-MM), an interval object {\"earliest\": ..., \"latest\": ...}, a time relative to another event ({\"after\": ID, \"by\": \"17 hours\"}, ...) or \"unknown\"; found a number")]
    [InlineData("\"time\": {\"earliest\": \"2009-01-09\", \"latest\": \"2009-01-08T10:00Z\"}", "$.events[0].time", "the interval's latest time precedes its earliest time")]
    [InlineData("\"time\": {\"earliest\": \"2009-01-09\"}", "$.events[0].time", "an interval needs both \"earliest\" and \"latest\"; missing \"latest\"")]
    [InlineData("\"time\": {\"earliest\": \"2009-01-09\", \"latest\": \"2009-01-10T10:00\"}", "$.events[0].time.latest", "time has no offset; write it as 2009-01-08T14:30:00+06:00 or with Z for UTC")]
    [InlineData("\"time\": {\"earliest\": \"unknown\", \"latest\": \"2009-01-10\"}", "$.events[0].time.earliest", "an interval bound must be a time; write \"time\": \"unknown\" for an event whose time is not known")]
    [InlineData("\"note\": 1, \"time\": \"2009-01-08\"", "$.events[0].note", "unknown property 'note'; an event has: id, type, time, refers, attributes, happened")]
    [InlineData("\"id\": \"\"", "$.events[0].id", "expected a non-empty string, found an empty string")]
    public void Time_and_event_property_problems(string property, string path, string message)
    {
        var time = property.Contains("\"time\"") ? string.Empty : ", \"time\": \"2009-01-08\"";
        SingleError($$"""{"id": "a", "schema": "detention", "events": [ { "type": "apprehended", {{property}}{{time}} } ]}""", 1, path, message);
    }

    [Fact]
    public void Missing_time_and_type()
    {
        SingleError("""{"id": "a", "schema": "detention", "events": [ { "type": "apprehended" } ]}""", 1, "$.events[0]",
            "missing \"time\": expected an ISO instant with offset (2009-01-08T14:30:00+06:00), a date (YYYY-MM-DD), a month (YYYY-MM), an interval object {\"earliest\": ..., \"latest\": ...}, a time relative to another event ({\"after\": ID, \"by\": \"17 hours\"}, ...) or \"unknown\"");
        SingleError("""{"id": "a", "schema": "detention", "events": [ { "time": "2009-01-08" } ]}""", 1, "$.events[0]",
            "missing \"type\": expected one of: apprehended, registered, complaint, reply, released");
    }

    [Theory]
    [InlineData("{\"chanel\": \"crime_report\"}", "$.events[0].attributes.chanel", "unknown attribute 'chanel' (did you mean 'channel'?) of event type 'complaint'; it has: channel")]
    [InlineData("{\"channel\": \"telephone\"}", "$.events[0].attributes.channel", "value not allowed for attribute 'channel'; allowed: crime_report, procedural_complaint")]
    [InlineData("{\"channel\": true}", "$.events[0].attributes.channel", "attribute 'channel' takes one of: crime_report, procedural_complaint; expected a string, found true")]
    public void Attribute_problems(string attributes, string path, string message) =>
        SingleError($$"""{"id": "a", "schema": "detention", "events": [ { "type": "complaint", "time": "2009-01-08", "attributes": {{attributes}} } ]}""", 1, path, message);

    [Theory]
    [InlineData("""{ "id": "e1", "type": "apprehended", "time": "2009-01-08" }, { "type": "reply", "time": "2009-01-09", "refers": "e9" }""",
        "$.events[1].refers", "refers to unknown event id 'e9'; expected the id of a 'complaint' event of this case")]
    [InlineData("""{ "id": "e1", "type": "apprehended", "time": "2009-01-08" }, { "type": "reply", "time": "2009-01-09", "refers": "e1" }""",
        "$.events[1].refers", "refers to event 'e1', which is a 'apprehended' event; event type 'reply' refers to 'complaint'")]
    [InlineData("""{ "id": "e1", "type": "apprehended", "time": "2009-01-08" }, { "type": "released", "time": "2009-01-09", "refers": "e1" }""",
        "$.events[1].refers", "event type 'released' does not refer to another event; remove \"refers\"")]
    [InlineData("""{ "id": "e1", "type": "apprehended", "time": "2009-01-08" }, { "id": "e1", "type": "released", "time": "2009-01-09" }""",
        "$.events[1].id", "duplicate event id 'e1' (first used at events[0])")]
    public void Reference_problems(string events, string path, string message) =>
        SingleError($$"""{"id": "a", "schema": "detention", "events": [ {{events}} ]}""", 1, path, message);

    [Fact]
    public void Line_numbers_and_paths_point_at_the_offending_token()
    {
        var json = """
            {
              "id": "lines",
              "schema": "detention",
              "facts": {
                "kind": "civil"
              },
              "events": [
                { "type": "apprehended", "time": "2009-01-08T14:30:00+06:00" },
                {
                  "type": "complaint",
                  "time": "2009-01-09T09:00",
                  "attributes": { "channel": "fax" }
                }
              ]
            }
            """;
        reader.ReadOne(json, "lines.json", out var errors).ShouldBeNull();
        errors.Select(e => (e.Line, e.JsonPath)).ShouldBe(
        [
            (5, "$.facts.kind"),
            (11, "$.events[1].time"),
            (12, "$.events[1].attributes.channel"),
        ], ignoreOrder: true);
        errors.ShouldAllBe(e => e.CaseId == "lines" && e.File == "lines.json");
    }

    [Fact]
    public void Truncated_json_says_so_with_the_line()
    {
        var json = Good[..Good.IndexOf("\"registered\"", StringComparison.Ordinal)];
        reader.ReadOne(json, "cut.json", out var errors).ShouldBeNull();
        var error = errors.ShouldHaveSingleItem();
        error.Message.ShouldBe("invalid JSON: the record ends before it is complete (an object, array or string is not closed); is the file truncated?");
        error.Line.ShouldBe(json.Split('\n').Length);
        error.JsonPath.ShouldBe("$");
    }

    [Theory]
    [InlineData("{\"id\": \"a\",\n \"schema\": \"detention\",\n \"events\": [1,]}", 3, "invalid JSON at column 15: found ']'; expected a value after ',' (no trailing commas)")]
    [InlineData("{\"id\": \"a\" \"schema\": \"detention\"}", 1, "invalid JSON at column 12: found '\"'; expected ',' or '}'")]
    [InlineData("{\"id\": secret}", 1, "invalid JSON at column 8: found a letter; expected ':' and a value (strings in double quotes; true, false, null or a number)")]
    [InlineData("{\"id\": \"a\"} {}", 1, "invalid JSON at column 13: found '{'; expected nothing after the end of the case object (one case per line in .jsonl)")]
    [InlineData("{\"id\": \"a\", \"schema\": \"detention\", \"events\": []} {}", 1, "invalid JSON at column 50: found '{'; expected nothing after the end of the case object (one case per line in .jsonl)")]
    [InlineData("{\"id\": \"a\", \"schema\": \"detention\", \"events\": [{\"type\": \"apprehended\", \"time\": }]}", 1, "invalid JSON at column 79: found '}'; expected ':' and a value (strings in double quotes; true, false, null or a number)")]
    public void Malformed_json_reports_what_was_expected_without_the_content(string json, int line, string message) =>
        SingleError(json, line, "$", message);

    [Theory]
    [InlineData("{\"id\": \"\\ud800\", \"schema\": \"detention\", \"events\": []}")]
    [InlineData("{\"id\": \"a\", \"schema\": \"detention\", \"events\": [{\"id\": \"\\ud800\", \"type\": \"apprehended\", \"time\": \"unknown\"}]}")]
    public void A_lone_surrogate_escape_is_reported(string json) =>
        SingleError(json, 1, "$", "a string contains a \\u escape that is not valid UTF-16 (a lone surrogate)");

    [Fact]
    public void Invalid_utf8_is_reported_with_its_line_and_column()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"id\": \"a\",\n\"schema\": \"detention\",\n\"facts\": {\"name\": \"AB\"}, \"events\": []}");
        var at = Array.IndexOf(bytes, (byte)'B');
        bytes[at] = 0xC3; // a lead byte followed by '"', which is not a continuation byte
        var result = reader.ReadJson(bytes, "bad.json");
        result.IsSuccess.ShouldBeFalse();
        var error = result.Errors.ShouldHaveSingleItem();
        error.Line.ShouldBe(3);
        error.Message.ShouldBe("invalid UTF-8: the bytes at column 21 are not valid UTF-8; case files must be saved as UTF-8");
    }

    [Fact]
    public void Messages_do_not_echo_case_contents()
    {
        var json = """{"id": "a", "schema": "detention", "facts": {"kind": "beaten by officer X", "age": "Ivanov"}, "events": [{"type": "apprehended", "time": "Ivanov's birthday"}]}""";
        reader.ReadOne(json, "s.json", out var errors).ShouldBeNull();
        errors.Count.ShouldBe(3);
        errors.ShouldAllBe(e => !e.Message.Contains("Ivanov") && !e.Message.Contains("officer") && !e.ToString().Contains("Ivanov"));
    }

    [Fact]
    public void A_jsonl_batch_reads_every_line_and_reports_bad_ones_by_line()
    {
        var path = Path.Combine(directory, "batch.jsonl");
        var good = Good.ReplaceLineEndings(" ");
        File.WriteAllText(path, string.Join("\n",
            good.Replace("bekzhan-2009", "first"),
            "",
            """{"id": "second", "schema": "detention", "events": [{"type": "registerd", "time": "2009-01-08"}]}""",
            good.Replace("bekzhan-2009", "third")[..40],
            """{"id": "fourth", "schema": "detention", "events": []}""" + "\r",
            good.Replace("bekzhan-2009", "fifth")));

        var results = reader.ReadFile(path).ToList();
        results.Count.ShouldBe(5);
        results[0].Record!.Id.ShouldBe("first");
        results[0].Record!.SourceLine.ShouldBe(1);
        results[1].Error!.ShouldSatisfyAllConditions(
            e => e.Line.ShouldBe(3),
            e => e.JsonPath.ShouldBe("$.events[0].type"),
            e => e.CaseId.ShouldBe("second"),
            e => e.Message.ShouldStartWith("unknown event type 'registerd' (did you mean 'registered'?)"));
        results[2].Error!.Line.ShouldBe(4);
        results[2].Error!.Message.ShouldStartWith("invalid JSON: the record ends before it is complete");
        results[3].Record!.Id.ShouldBe("fourth");
        results[3].Record!.SourceLine.ShouldBe(5);
        results[4].Record!.Id.ShouldBe("fifth");
        results[4].Record!.SourceLine.ShouldBe(6);
        results[4].Record!.SourceFile.ShouldBe(path);
    }

    [Fact]
    public void A_line_over_16_MiB_is_skipped_and_the_rest_of_the_batch_is_read()
    {
        var path = Path.Combine(directory, "huge.jsonl");
        using (var file = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            file.Write("""{"id": "before", "schema": "detention", "events": []}""" + "\n");
            file.Write("{\"id\": \"huge\", \"schema\": \"detention\", \"facts\": {\"name\": \"");
            var chunk = new string('x', 1024 * 1024);
            for (var i = 0; i < 17; i++)
            {
                file.Write(chunk);
            }

            file.Write("\"}, \"events\": []}\n");
            file.Write("""{"id": "after", "schema": "detention", "events": []}""" + "\n");
        }

        var results = reader.ReadFile(path).ToList();
        results.Count.ShouldBe(3);
        results[0].Record!.Id.ShouldBe("before");
        var error = results[1].Error!;
        error.Line.ShouldBe(2);
        error.Message.ShouldBe("the line is longer than 16 MiB, the limit for one case; it was skipped");
        error.CaseId.ShouldBeNull();
        results[2].Record!.Id.ShouldBe("after");
        results[2].Record!.SourceLine.ShouldBe(3);
    }

    [Fact]
    public void A_json_file_holds_one_case_and_may_start_with_a_bom()
    {
        var path = Path.Combine(directory, "one.json");
        File.WriteAllText(path, Good, new UTF8Encoding(true));
        var results = reader.ReadFile(path);
        var result = results.ShouldHaveSingleItem();
        result.Record!.Id.ShouldBe("bekzhan-2009");
        results.ShouldHaveSingleItem().Record!.Id.ShouldBe("bekzhan-2009"); // enumerating again reads the file again
        result.Record!.SourceFile.ShouldBe(path);
    }

    [Fact]
    public void File_level_problems_are_results_not_exceptions()
    {
        var missing = reader.ReadFile(Path.Combine(directory, "missing.jsonl")).ShouldHaveSingleItem().Error!;
        missing.Line.ShouldBe(0);
        missing.Message.ShouldBe("cannot read the file (FileNotFoundException)");

        var text = Path.Combine(directory, "case.txt");
        File.WriteAllText(text, Good);
        reader.ReadFile(text).ShouldHaveSingleItem().Error!.Message
            .ShouldBe("unsupported file type: expected .json (one case) or .jsonl (one case per line)");
    }

    private void SingleError(string json, int line, string path, string message) =>
        reader.ShouldBeSingleError(json, line, path, message);
}
