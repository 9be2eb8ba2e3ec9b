using System.Text.Json;
using System.Text.Json.Nodes;
using Safeguards.Cli;
using Safeguards.Cli.Commands;
using Safeguards.Runtime;

namespace Safeguards.Report.Tests;

/// <summary><c>safeguards schema</c>: the JSON Schema of the bundled pack's cases (checked with <see cref="MiniSchema"/>)
/// accepts the example cases and rejects what the case reader rejects, times above all.</summary>
public sealed class CaseSchemaTests
{
    private static readonly Lazy<(MiniSchema Schema, JsonElement Root, CaseReader Reader)> Pack = new(() =>
    {
        var (exit, output, error) = Repo.Run("schema", Repo.Rules);
        exit.ShouldBe(0, error);
        var root = JsonDocument.Parse(output).RootElement;
        var loaded = RulePackLoader.Load(new CliConsole(TextWriter.Null, TextWriter.Null), [Repo.Rules], "schema", out _)!;
        return (new MiniSchema(root), root, new CaseReader(loaded.Model.Schema));
    });

    private static MiniSchema Schema => Pack.Value.Schema;

    private const string Detention = """
        {"id": "t1", "schema": "detention", "facts": {"kind": "criminal"},
         "events": [{"id": "a", "type": "apprehended", "time": "2011-12-14T09:00:00+06:00"},
                    {"type": "registered", "time": {"earliest": "2011-12-14", "latest": "2011-12"}},
                    {"type": "released", "time": "unknown"}]}
        """;

    /// <summary>Every relative form of docs/case-data.md, and "happened": "not known".</summary>
    private const string Relative = """
        {"id": "t3", "schema": "detention", "facts": {"kind": "criminal"},
         "events": [{"id": "a", "type": "apprehended", "time": "2011-12-14"},
                    {"id": "r", "type": "registered", "time": {"after": "a", "by": "17 hours"}},
                    {"type": "registered", "time": {"after": "a", "by": {"atLeast": "1 day", "atMost": "2 days"}}},
                    {"type": "registered", "time": {"sameDayAs": "a"}},
                    {"type": "registered", "time": {"dayAfter": "a", "at": "2011-12-15"}},
                    {"type": "registered", "time": {"sameMomentAs": "r"}},
                    {"type": "registered", "time": {"after": "a", "before": "r", "latest": "2011-12-15T02:00:00+06:00"}},
                    {"type": "released", "time": "unknown", "happened": "not known"}]}
        """;

    private const string Complaint = """
        {"id": "t2", "schema": "investigation", "facts": {"complainant_in_custody": null},
         "events": [{"id": "c1", "type": "complaint", "time": "2013-01-14", "attributes": {"channel": "crime_report"}},
                    {"type": "verification_reply", "time": "2013-01-20T10:00Z", "refers": "c1"}]}
        """;

    [Fact]
    public void The_schema_is_2020_12_and_uses_only_keywords_the_validator_checks()
    {
        Pack.Value.Root.GetProperty("$schema").GetString().ShouldBe("https://json-schema.org/draft/2020-12/schema");
        Schema.UnsupportedKeywords().ShouldBeEmpty();
    }

    [Fact]
    public void It_names_the_pack_s_case_schemas_event_types_and_values()
    {
        var root = Pack.Value.Root;
        // Every case schema the reader knows (the bundled packs declare detention, investigation, trial, medical, ...).
        var cases = Pack.Value.Reader.Schema.Cases.Select(c => c.Name).ToList();
        cases.ShouldContain("detention");
        root.GetProperty("properties").GetProperty("schema").GetProperty("enum").EnumerateArray().Select(e => e.GetString())
            .ShouldBe(cases, ignoreOrder: true);
        // The shape the VS Code extension merges packs by (vscode-extension/src/caseSchemaMerge.ts): one if/then per case schema.
        root.GetProperty("allOf").EnumerateArray().Select(c => c.GetProperty("if").GetProperty("properties").GetProperty("schema").GetProperty("const").GetString())
            .ShouldBe(cases, ignoreOrder: true);
        root.GetProperty("properties").GetProperty("schema").GetProperty("enumDescriptions").GetArrayLength().ShouldBe(cases.Count);
        var detention = root.GetProperty("$defs").GetProperty("detention.event");
        detention.GetProperty("properties").GetProperty("type").GetProperty("enum").EnumerateArray().Select(e => e.GetString())
            .ShouldContain("registered");
        root.GetProperty("$defs").GetProperty("detention.facts").GetProperty("properties").GetProperty("kind").GetProperty("enum").EnumerateArray()
            .Select(e => e.ValueKind == JsonValueKind.Null ? null : e.GetString()).ShouldBe(["criminal", "administrative", null]);
    }

    [Fact]
    public void Every_example_case_is_valid()
    {
        var checkedCases = 0;
        foreach (var file in Directory.GetFiles(Repo.Cases).Order(StringComparer.Ordinal))
        {
            var texts = file.EndsWith(".jsonl", StringComparison.Ordinal)
                ? File.ReadAllLines(file).Where(l => l.Trim().Length > 0)
                : file.EndsWith(".json", StringComparison.Ordinal) ? [File.ReadAllText(file)] : [];
            foreach (var text in texts)
            {
                ReaderAccepts(text).ShouldBeTrue($"{Path.GetFileName(file)}: the reader should accept it");
                Errors(text).ShouldBeEmpty(Path.GetFileName(file));
                checkedCases++;
            }
        }
        checkedCases.ShouldBeGreaterThan(20);
    }

    [Fact]
    public void Hand_written_cases_with_every_time_form_are_valid()
    {
        foreach (var text in new[] { Detention, Complaint, Relative })
        {
            ReaderAccepts(text).ShouldBeTrue();
            Errors(text).ShouldBeEmpty();
        }
    }

    [Theory]
    [InlineData("misspelt event type", "\"apprehended\"", "\"apprehendd\"")]
    [InlineData("unknown schema", "\"detention\"", "\"detension\"")]
    [InlineData("unknown fact", "\"kind\"", "\"kinds\"")]
    [InlineData("fact value not declared", "\"criminal\"", "\"civil\"")]
    [InlineData("time without offset", "\"2011-12-14T09:00:00+06:00\"", "\"2011-12-14T09:00:00\"")]
    [InlineData("day that does not exist", "\"2011-12-14T09:00:00+06:00\"", "\"2011-02-29T09:00:00+06:00\"")]
    [InlineData("unknown as an interval bound", "\"latest\": \"2011-12\"", "\"latest\": \"unknown\"")]
    [InlineData("interval without latest", ", \"latest\": \"2011-12\"", "")]
    [InlineData("unknown property of an event", "\"type\": \"released\"", "\"type\": \"released\", \"note\": \"x\"")]
    [InlineData("attribute on an event type without attributes", "\"type\": \"released\"", "\"type\": \"released\", \"attributes\": {\"channel\": \"crime_report\"}")]
    [InlineData("refers on an event type that does not refer", "\"type\": \"released\"", "\"type\": \"released\", \"refers\": \"a\"")]
    [InlineData("empty id", "\"id\": \"t1\"", "\"id\": \"\"")]
    [InlineData("events missing", "\"events\": [{\"id\": \"a\"", "\"evnts\": [{\"id\": \"a\"")]
    public void A_broken_detention_case_is_invalid_for_the_reader_and_the_schema(string what, string from, string to)
        => BrokenIsInvalid(Detention, what, from, to);

    [Theory]
    [InlineData("duration without a unit", "\"17 hours\"", "\"17\"")]
    [InlineData("duration in months", "\"17 hours\"", "\"2 months\"")]
    [InlineData("relation to no id", "{\"sameDayAs\": \"a\"}", "{\"sameDayAs\": \"\"}")]
    [InlineData("unknown relation", "{\"sameDayAs\": \"a\"}", "{\"sameWeekAs\": \"a\"}")]
    [InlineData("unknown bound of by", "\"atLeast\"", "\"least\"")]
    [InlineData("happened false", "\"not known\"", "false")]
    [InlineData("happened maybe", "\"not known\"", "\"maybe\"")]
    public void A_broken_relative_time_is_invalid_for_the_reader_and_the_schema(string what, string from, string to)
        => BrokenIsInvalid(Relative, what, from, to);

    private static void BrokenIsInvalid(string valid, string what, string from, string to)
    {
        var broken = valid.ReplaceLineEndings("\n");
        broken.ShouldContain(from, customMessage: what);
        broken = broken.Replace(from, to);
        ReaderAccepts(broken).ShouldBeFalse(what);
        Errors(broken).ShouldNotBeEmpty(what);
    }

    [Theory]
    [InlineData("unknown attribute", "\"channel\"", "\"chanel\"")]
    [InlineData("attribute value not declared", "\"crime_report\"", "\"letter\"")]
    [InlineData("fact of the wrong type", "null}", "\"yes\"}")]
    public void A_broken_complaint_case_is_invalid_for_the_reader_and_the_schema(string what, string from, string to)
    {
        Complaint.ShouldContain(from, customMessage: what);
        var broken = Complaint.Replace(from, to);
        ReaderAccepts(broken).ShouldBeFalse(what);
        Errors(broken).ShouldNotBeEmpty(what);
    }

    /// <summary>The time strings the schema accepts are exactly those the reader's time parser accepts, on every
    /// day of the calendar edges (leap years by 4, 100 and 400, the first and last years) and on clock and offset edges.</summary>
    [Fact]
    public void The_schema_accepts_exactly_the_times_the_reader_accepts()
    {
        var zone = Pack.Value.Reader.Schema.Zone;
        var candidates = new List<string>();
        foreach (var year in new[] { "0000", "0001", "0004", "0100", "0400", "1900", "2000", "2011", "2012", "2100", "9999" })
        {
            for (var month = 0; month <= 13; month++)
            {
                candidates.Add($"{year}-{month:00}");
                for (var day = 0; day <= 32; day++) candidates.Add($"{year}-{month:00}-{day:00}");
            }
        }
        foreach (var clock in new[] { "00:00", "23:59", "24:00", "12:60", "09:00:00", "09:00:59", "09:00:60", "09:00:00.1", "09:00:00.1234567", "09:00:00.12345678", "09:00:00.", "09:00.5", "9:00" })
        {
            foreach (var offset in new[] { "Z", "+06:00", "-14:00", "+14:00", "+14:01", "+13:59", "-15:00", "+06:60", "+0600", "", "z", "+06" })
                candidates.Add($"2011-12-14T{clock}{offset}");
        }
        candidates.AddRange(["2011-12-14 09:00Z", "2011-12-14t09:00Z", "٢٠١١-١٢-١٤", "2011-1-14", "20111-12-14", "2011-12-14T09:00Z ", " 2011-12", "unknown", ""]);

        var time = Pack.Value.Root.GetProperty("$defs").GetProperty("time");
        var disagreements = new List<string>();
        foreach (var text in candidates)
        {
            var parsed = text == "unknown" || TimeParser.TryParse(text, zone, out _, out _);
            var json = JsonSerializer.SerializeToElement(text);
            var valid = Schema.Validate(json, "#/$defs/time").Count == 0;
            if (parsed != valid) disagreements.Add($"{text}: reader {(parsed ? "accepts" : "rejects")}, schema {(valid ? "accepts" : "rejects")}");
        }
        time.GetProperty("oneOf").GetArrayLength().ShouldBe(6);
        disagreements.ShouldBeEmpty();
        candidates.Count.ShouldBeGreaterThan(5000);
    }

    [Fact]
    public void Schema_writes_to_a_file_with_o_and_refuses_rules_with_errors()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "case.schema.json");
        var (exit, output, _) = Repo.Run("schema", Repo.Rules, "-o", file);
        exit.ShouldBe(0);
        output.ShouldBeEmpty();
        JsonNode.Parse(File.ReadAllText(file))!["$defs"]!["detention.event"].ShouldNotBeNull();

        var broken = folder.File("broken.sg", "pack p\ncase c \"x\"\n  event e \"y\"\nsafeguard S \"t\"\n  applies to c\n  requires nope within 1 hour after e\n");
        var (brokenExit, _, error) = Repo.Run("schema", broken);
        brokenExit.ShouldBe(1); // rule errors: 1, as for every command (README, exit codes)
        error.ShouldContain("safeguards schema");
    }

    private static bool ReaderAccepts(string json) => Pack.Value.Reader.ReadOne(json, "case.json", out _) is not null;

    private static List<string> Errors(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Validate(document.RootElement.Clone());
    }
}
