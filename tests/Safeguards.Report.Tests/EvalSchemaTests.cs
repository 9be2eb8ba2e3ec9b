using System.Text.Json;
using System.Text.Json.Nodes;

namespace Safeguards.Report.Tests;

/// <summary>Real <c>eval --format json|jsonl</c> output validates against docs/schemas/eval-output.schema.json
/// (with <see cref="MiniSchema"/>, a validator of the subset the schema uses).</summary>
public sealed class EvalSchemaTests
{
    private static readonly MiniSchema Schema = MiniSchema.Load(Repo.Schema);

    [Fact]
    public void The_schema_uses_only_keywords_the_validator_checks() =>
        Schema.UnsupportedKeywords().ShouldBeEmpty();

    [Fact]
    public void Json_output_of_the_example_cases_is_valid()
    {
        var (exit, output, _) = Repo.Run("eval", Repo.Rules, Repo.Cases, "--as-of", Repo.AsOf, "--format", "json");
        exit.ShouldBe(1); // the examples have violations
        using var document = JsonDocument.Parse(output);
        Schema.Validate(document.RootElement).ShouldBeEmpty();
        Schema.Validate(document.RootElement, "#/$defs/document").ShouldBeEmpty();
        document.RootElement.GetProperty("results").GetArrayLength().ShouldBe(document.RootElement.GetProperty("totals").GetProperty("cases").GetInt32());
    }

    [Fact]
    public void Every_jsonl_line_of_the_example_cases_is_valid_and_totals_come_last()
    {
        var (_, output, _) = Repo.Run("eval", Repo.Rules, Repo.Cases, "--as-of", Repo.AsOf, "--format", "jsonl");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBeGreaterThan(2);
        foreach (var line in lines)
        {
            using var document = JsonDocument.Parse(line);
            Schema.Validate(document.RootElement, "#/$defs/line").ShouldBeEmpty();
            Schema.Validate(document.RootElement).ShouldBeEmpty();
        }
        JsonDocument.Parse(lines[^1]).RootElement.GetProperty("kind").GetString().ShouldBe("totals");
    }

    [Fact]
    public void Output_with_data_errors_and_imprecise_times_is_valid()
    {
        using var folder = new TempFolder();
        folder.File("good.json", """{"id": "g1", "schema": "detention", "facts": {"kind": "criminal"}, "events": [{"type": "apprehended", "time": {"earliest": "2013-01-08T10:00:00+06:00", "latest": "2013-01-08T12:00:00+06:00"}}, {"type": "registered", "time": "unknown"}]}""");
        folder.File("bad.json", """{"id": "b1", "schema": "detention", "events": [{"type": "apprehended", "time": "yesterday"}]}""");
        folder.File("batch.jsonl", "{\"id\": \"l1\", \"schema\": \"nope\", \"events\": []}\nnot json\n");
        foreach (var format in new[] { "json", "jsonl" })
        {
            var (_, output, _) = Repo.Run("eval", Repo.Rules, folder.Path, "--as-of", Repo.AsOf, "--format", format);
            var documents = format == "json" ? [output] : output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var kinds = new List<string>();
            foreach (var text in documents)
            {
                using var document = JsonDocument.Parse(text);
                Schema.Validate(document.RootElement).ShouldBeEmpty();
                if (format == "jsonl") kinds.Add(document.RootElement.GetProperty("kind").GetString()!);
                else kinds.AddRange(document.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("kind").GetString()!));
            }
            kinds.ShouldContain("error");
            kinds.ShouldContain("case");
        }
    }

    [Theory]
    [InlineData("remove-reason")]
    [InlineData("extra-field")]
    [InlineData("bad-outcome")]
    [InlineData("bad-time")]
    [InlineData("string-line")]
    [InlineData("missing-totals")]
    public void The_validator_rejects_output_that_breaks_the_schema(string change)
    {
        var (_, output, _) = Repo.Run("eval", Repo.Rules, Path.Combine(Repo.Cases, "alimbekov-2007-detention.json"), "--as-of", Repo.AsOf, "--format", "json");
        var root = JsonNode.Parse(output)!.AsObject();
        var caseResult = root["results"]![0]!.AsObject();
        var finding = caseResult["findings"]![1]!.AsObject();
        switch (change)
        {
            case "remove-reason": finding["evidence"]!.AsObject().Remove("reason"); break;
            case "extra-field": finding["verdict"] = "late"; break;
            case "bad-outcome": finding["outcome"] = "Violated"; break;
            case "bad-time": finding["evidence"]!["trigger"]!["earliest"] = "2007-08-01 00:00"; break;
            case "string-line": caseResult["line"] = "1"; break;
            case "missing-totals": root.Remove("totals"); break;
        }
        using var document = JsonDocument.Parse(root.ToJsonString());
        Schema.Validate(document.RootElement).ShouldNotBeEmpty();
    }
}
