using System.Text.Json;
using Safeguards.Evaluation.Fixtures;
using Safeguards.Lowering;
using Safeguards.Language.Diagnostics;
using Safeguards.Language.Semantics;
using Safeguards.Language.Workspace;
using Safeguards.Runtime;

namespace Safeguards.Evaluation.Tests;

/// <summary>Fixture files are read strictly: every problem is a coded error (SG6001-SG6008) at its
/// line and column, a malformed fixture is not run and counts as failed once, and the optional
/// evidence keys (deadline, overrun, slack, trigger, completedBy, completedAt, missing) are checked.</summary>
public sealed class FixtureValidationTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sg-fixtures-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string Root { get; } = FindRoot();

    private static readonly Lazy<(Interpreter Pack, FixtureVocabulary Vocabulary)> Detention = new(() =>
    {
        var rules = Path.Combine(Root, "rules", "kz");
        var loaded = RuleFileLoader.Load([Path.Combine(rules, "detention.sg"), Path.Combine(rules, "sources.sg")]);
        loaded.Errors.ShouldBeEmpty();
        var compilation = Compilation.Create(loaded.Trees);
        PackLowering.TryLower(compilation, out var model, out var error).ShouldBeTrue(error);
        var pack = new Interpreter(model!.Plan);
        return (pack, FixtureVocabulary.Of(compilation.Packs.Select(p => p.Name), pack));
    });

    private const string LateCase = """
        { "id": "c1", "schema": "detention", "facts": { "kind": "criminal" },
          "events": [ { "id": "e1", "type": "apprehended", "time": "2009-03-10T10:00:00+06:00" },
                      { "id": "e2", "type": "registered", "time": "2009-03-10T14:30:00+06:00" } ] }
        """;

    private string Write(string text)
    {
        var file = Path.Combine(folder, "t" + Guid.NewGuid().ToString("N")[..6] + FixtureReader.Suffix);
        File.WriteAllText(file, text);
        return file;
    }

    private (IReadOnlyList<Fixture> Fixtures, IReadOnlyList<FixtureError> Errors) Read(string text) =>
        FixtureReader.Read(Write(text), Detention.Value.Vocabulary);

    private static string File1(string expectation, string name = "late", string pack = "kz.detention") => $$"""
        {
          "pack": "{{pack}}",
          "fixtures": [
            {
              "name": {{JsonSerializer.Serialize(name)}},
              "case": {{LateCase}},
              "expect": [ {{expectation}} ]
            }
          ]
        }
        """;

    private const string Violated = """{ "safeguard": "DET-REG-3H", "asOf": "2030-01-01T00:00:00+05:00", "outcome": "violated" """;

    private static FixtureError Single(IReadOnlyList<FixtureError> errors, DiagnosticDescriptor descriptor)
    {
        errors.Select(e => e.Code).ShouldBe([descriptor.Code], string.Join("\n", errors.Select(e => e.ToCanonicalString("f"))));
        return errors[0];
    }

    [Fact]
    public void A_valid_fixture_reads_without_errors()
    {
        var (fixtures, errors) = Read(File1(Violated + "}"));
        errors.ShouldBeEmpty();
        fixtures.Single().Line.ShouldBe(4);
    }

    [Fact]
    public void An_unknown_key_is_SG6002_at_the_key_with_a_suggestion()
    {
        var text = File1(Violated + """, "overun": "1 hour" }""");
        var (fixtures, errors) = Read(text);
        var error = Single(errors, DiagnosticCatalogue.FixtureUnknownKey);
        (error.Line, error.Column).ShouldBe(PositionOf(text, "\"overun\""));   // the key itself
        error.Message.ShouldStartWith("Unknown key 'overun' in expectation 1 of fixture 'late'. Did you mean 'overrun'?");
        fixtures.ShouldBeEmpty();   // a malformed fixture is not run
    }

    [Fact]
    public void Unknown_keys_at_the_top_and_in_a_fixture_are_errors_too()
    {
        var text = File1(Violated + "}").Replace("\"pack\":", "\"packs\": 1, \"pack\":", StringComparison.Ordinal)
            .Replace("\"name\":", "\"title\": \"x\", \"name\":", StringComparison.Ordinal);
        var (_, errors) = Read(text);
        errors.Select(e => e.Code).ShouldBe(["SG6002", "SG6002"]);
        errors[0].Message.ShouldStartWith("Unknown key 'packs' in the fixture file. Did you mean 'pack'?");
        errors[1].Message.ShouldStartWith("Unknown key 'title' in fixture 'late'.");
    }

    [Fact]
    public void A_pack_that_does_not_exist_is_SG6003_with_a_suggestion()
    {
        var (fixtures, errors) = Read(File1(Violated + "}", pack: "kz.detentoin"));
        var error = Single(errors, DiagnosticCatalogue.FixtureUnknownPack);
        (error.Line, error.Column).ShouldBe((2, 11));
        error.Message.ShouldBe("The fixture file names the pack 'kz.detentoin', which the rule files do not declare. Did you mean 'kz.detention'? The packs are: kz.detention, kz.sources.");
        error.FixtureIndex.ShouldBeNull();
        fixtures.Count.ShouldBe(1);   // the fixtures themselves are still run
    }

    [Fact]
    public void An_unknown_safeguard_is_SG6004_with_a_suggestion()
    {
        var text = File1(Violated.Replace("DET-REG-3H", "DET-REG-3h", StringComparison.Ordinal) + "}");
        var (_, errors) = Read(text);
        var error = Single(errors, DiagnosticCatalogue.FixtureUnknownSafeguard);
        error.Message.ShouldBe("Fixture 'late' expects an outcome of 'DET-REG-3h', which no rule file declares. Did you mean 'DET-REG-3H'?");
        (error.Line, error.Column).ShouldBe(PositionOf(text, "\"DET-REG-3h\""));
    }

    [Fact]
    public void Missing_values_are_SG6005()
    {
        var (_, errors) = Read("""{ "pack": "kz.detention", "fixtures": [ { "name": "no case", "expect": [] } ] }""");
        errors.Select(e => e.Code).ShouldBe(["SG6005", "SG6005"]);
        errors[0].Message.ShouldBe("Fixture 'no case' needs \"case\": an object with the case data.");
        errors[1].Message.ShouldBe("Fixture 'no case' needs \"expect\": an array of at least one expected outcome.");
        Single(Read("""{ "pack": "kz.detention" }""").Errors, DiagnosticCatalogue.FixtureMissingValue).Message
            .ShouldBe("The fixture file needs \"fixtures\": an array of fixtures.");
    }

    [Theory]
    [InlineData("0000-01-01T00:00:00+05:00", "the year is out of range (0001-9999)")]
    [InlineData("2030-01-01T00:00:00", TimeParser.NoOffsetMessage)]
    [InlineData("2030-01-01", "this is a whole day or month, not an instant: add the time and the offset")]
    public void A_bad_asOf_is_SG6006_saying_what_is_wrong(string asOf, string problem)
    {
        var (_, errors) = Read(File1(Violated.Replace("2030-01-01T00:00:00+05:00", asOf, StringComparison.Ordinal) + "}"));
        Single(errors, DiagnosticCatalogue.FixtureBadTime).Message.ShouldStartWith($"\"asOf\" in fixture 'late' is not a valid time: {problem}");
    }

    [Fact]
    public void A_bad_outcome_is_SG6007_with_a_suggestion()
    {
        var (_, errors) = Read(File1(Violated.Replace("\"violated\"", "\"violatd\"", StringComparison.Ordinal) + "}"));
        Single(errors, DiagnosticCatalogue.FixtureBadOutcome).Message
            .ShouldStartWith("'violatd' in fixture 'late' is not an outcome. Did you mean 'violated'?");
    }

    [Theory]
    [InlineData("\"90 min\"")]
    [InlineData("\"1 month\"")]
    [InlineData("90")]
    public void A_bad_duration_is_SG6008(string overrun)
    {
        var (_, errors) = Read(File1(Violated + $", \"overrun\": {overrun} }}"));
        Single(errors, DiagnosticCatalogue.FixtureBadDuration);
    }

    [Fact]
    public void Invalid_json_is_SG6001_at_its_line_and_column()
    {
        var text = "{\n  \"fixtures\": [\n    { \"name\" \"x\" }\n  ]\n}";
        var (_, errors) = Read(text);
        var error = Single(errors, DiagnosticCatalogue.FixtureFileUnreadable);
        (error.Line, error.Column).ShouldBe(PositionOf(text, "\"x\""));   // where a ':' was expected
        error.Message.ShouldStartWith("Not valid JSON:");
    }

    [Theory]
    [InlineData("a + b")]
    [InlineData("the \"quoted\" one")]
    [InlineData("<before> & after")]
    public void Names_with_characters_JSON_escapes_get_their_real_line(string name)
    {
        var text = File1(Violated + "}", name: "first") .Replace("\"fixtures\": [", $$"""
            "fixtures": [
                { "name": {{JsonSerializer.Serialize(name)}}, "case": {{LateCase.ReplaceLineEndings(" ")}}, "expect": [ {{Violated}}, "overrun": "1 hour" } ] },
            """, StringComparison.Ordinal);
        var file = Write(text);
        var (fixtures, errors) = FixtureReader.Read(file, Detention.Value.Vocabulary);
        var line = File.ReadAllLines(file).ToList().FindIndex(l => l.Contains(JsonSerializer.Serialize(name), StringComparison.Ordinal)) + 1;
        fixtures.Single(f => f.Name == name).Line.ShouldBe(line);   // before: 0 for '+', '"' and '<', which JSON writes as \u002B ...
        errors.ShouldBeEmpty();
    }

    [Fact]
    public void Evidence_that_matches_passes_and_evidence_that_differs_fails_with_both_values()
    {
        var pack = Detention.Value.Pack;
        var good = Read(File1(Violated + """
            , "deadline": "2009-03-10T13:00:00+06:00", "overrun": "1 hour 30 minutes", "slack": null,
              "trigger": "2009-03-10T10:00:00+06:00", "completedBy": "registered (e2)", "completedAt": "2009-03-10T14:30:00+06:00", "missing": null }
            """));
        good.Errors.ShouldBeEmpty();
        var passed = new FixtureRunner(pack).Run(good.Fixtures.Single());
        passed.Failures.ShouldBeEmpty(string.Join("; ", passed.Failures.Select(f => $"{f.Expected} / {f.Actual}")));

        var bad = Read(File1(Violated + """
            , "deadline": { "earliest": "2009-03-10T12:00:00+06:00", "latest": "2009-03-10T12:00:00+06:00" }, "overrun": "1 hour",
              "completedBy": "registered", "slack": "0 minutes" }
            """));
        bad.Errors.ShouldBeEmpty();
        var failed = new FixtureRunner(pack).Run(bad.Fixtures.Single());
        failed.Failures.Select(f => (f.Expected, f.Actual)).ShouldBe(
        [
            ("deadline 2009-03-10T12:00:00+06:00 to 2009-03-10T12:00:00+06:00", "deadline 2009-03-10 13:00 (+06:00)"),
            ("overrun 1 hour", "overrun 1 hour 30 minutes"),
            ("slack 0 minutes", "slack none"),
            ("completedBy registered", "completedBy registered (e2)"),
        ]);
    }

    [Fact]
    public void A_wrong_outcome_is_one_failure_and_the_evidence_is_not_compared()
    {
        var (fixtures, _) = Read(File1(Violated.Replace("violated", "satisfied", StringComparison.Ordinal) + """, "overrun": "1 hour" }"""));
        var result = new FixtureRunner(Detention.Value.Pack).Run(fixtures.Single());
        result.Failures.Select(f => (f.Expected, f.Actual)).ShouldBe([("satisfied", "violated")]);
    }

    [Fact]
    public void The_test_command_counts_a_malformed_fixture_as_one_failure_and_never_prints_PASS_for_it()
    {
        var rules = Path.Combine(Root, "rules", "kz");
        File.Copy(Path.Combine(rules, "detention.sg"), Path.Combine(folder, "detention.sg"));
        File.Copy(Path.Combine(rules, "sources.sg"), Path.Combine(folder, "sources.sg"));
        // Two errors in one fixture (bad outcome, bad asOf), and one good fixture.
        var text = File1(Violated.Replace("\"violated\"", "\"violatd\"", StringComparison.Ordinal).Replace("2030", "0000", StringComparison.Ordinal) + "}", name: "broken")
            .Replace("\"fixtures\": [", $$"""
                "fixtures": [ { "name": "good", "case": {{LateCase.ReplaceLineEndings(" ")}}, "expect": [ {{Violated}} } ] },
                """, StringComparison.Ordinal);
        Write(text);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = Safeguards.Cli.Program.Run(["test", folder, "--verbose"], stdout, stderr);
        var output = stdout.ToString();
        code.ShouldBe(1, output + stderr);
        output.ShouldContain("error SG6006: \"asOf\" in fixture 'broken'");
        output.ShouldContain("error SG6007: 'violatd' in fixture 'broken'");
        output.ShouldContain(": good");
        output.ShouldNotContain(": broken\n");   // no PASS line for the malformed fixture
        output.ShouldContain("fixtures: 1 passed, 1 failed (1 malformed, not run)");
    }

    [Fact]
    public void The_example_in_the_language_reference_passes_on_the_bundled_rules()
    {
        var doc = File.ReadAllText(Path.Combine(Root, "docs", "language.md")).ReplaceLineEndings("\n");
        var section = doc[doc.IndexOf("\n## Fixtures\n", StringComparison.Ordinal)..];
        var start = section.IndexOf("```json\n", StringComparison.Ordinal) + 8;
        var example = section[start..section.IndexOf("\n```", start, StringComparison.Ordinal)];
        var (fixtures, errors) = Read(example);
        errors.ShouldBeEmpty();
        var result = new FixtureRunner(Detention.Value.Pack).Run(fixtures.Single());
        result.Failures.ShouldBeEmpty(string.Join("; ", result.Failures.Select(f => $"{f.Expected} / {f.Actual}")));
        result.Checked.Count.ShouldBe(1);
    }

    [Fact]
    public void The_schema_allows_exactly_the_keys_the_reader_knows_and_the_extension_ships_the_same_schema()
    {
        var path = Path.Combine(Root, "docs", "schemas", "fixtures.schema.json");
        using var schema = JsonDocument.Parse(File.ReadAllText(path));
        string[] Keys(JsonElement element) => [.. element.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];
        var defs = schema.RootElement.GetProperty("$defs");
        Keys(schema.RootElement).ShouldBe(FixtureReader.Keys.File.Order(StringComparer.Ordinal));
        Keys(defs.GetProperty("fixture")).ShouldBe(FixtureReader.Keys.Fixture.Order(StringComparer.Ordinal));
        Keys(defs.GetProperty("expectation")).ShouldBe(FixtureReader.Keys.Expectation.Order(StringComparer.Ordinal));
        File.ReadAllText(Path.Combine(Root, "vscode-extension", "schemas", "fixtures.schema.json")).ShouldBe(File.ReadAllText(path),
            "vscode-extension/schemas/fixtures.schema.json is a copy of docs/schemas/fixtures.schema.json: copy it again");
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "vscode-extension", "package.json")));
        package.RootElement.GetProperty("contributes").GetProperty("jsonValidation").EnumerateArray()
            .ShouldContain(v => v.GetProperty("url").GetString() == "./schemas/fixtures.schema.json");
    }

    [Fact]
    public void Every_fixture_code_is_produced_by_a_test_here()
    {
        // The baseline tests cannot produce fixture codes (they compile rule files); this class does.
        var codes = DiagnosticCatalogue.All.Where(d => d.Area == "Fixtures").Select(d => d.Code).ToList();
        codes.ShouldBe(["SG6001", "SG6002", "SG6003", "SG6004", "SG6005", "SG6006", "SG6007", "SG6008"]);
        var source = File.ReadAllText(Path.Combine(Root, "tests", "Safeguards.Evaluation.Tests", "FixtureValidationTests.cs"));
        foreach (var descriptor in DiagnosticCatalogue.All.Where(d => d.Area == "Fixtures"))
        {
            var field = typeof(DiagnosticCatalogue).GetFields().Single(f => ReferenceEquals(f.GetValue(null), descriptor)).Name;
            source.ShouldContain($"DiagnosticCatalogue.{field})", customMessage: $"{descriptor.Code} ({field}) has no test here");
        }
    }

    /// <summary>The 1-based line and column of the first occurrence of a text.</summary>
    private static (int Line, int Column) PositionOf(string text, string needle)
    {
        var at = text.ReplaceLineEndings("\n").IndexOf(needle, StringComparison.Ordinal);
        at.ShouldBeGreaterThanOrEqualTo(0);
        var before = text.ReplaceLineEndings("\n")[..at];
        return (before.Count(c => c == '\n') + 1, at - before.LastIndexOf('\n'));
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Safeguards.sln"))) return dir.FullName;
        throw new InvalidOperationException("Safeguards.sln not found");
    }
}
