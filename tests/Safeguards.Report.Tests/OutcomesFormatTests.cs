using System.Text.Json;

namespace Safeguards.Report.Tests;

/// <summary><c>eval --format outcomes</c>, the fast path for large batches: valid against the schema, and for
/// every case the same outcomes as the findings <c>--format jsonl</c> writes (not-applicable ones left out).</summary>
public sealed class OutcomesFormatTests
{
    private static readonly MiniSchema Schema = MiniSchema.Load(Repo.Schema);

    [Fact]
    public void Every_line_is_valid_and_agrees_with_the_findings_of_jsonl()
    {
        var (fastExit, fast, _) = Repo.Run("eval", Repo.Rules, Repo.Cases, "--as-of", Repo.AsOf, "--format", "outcomes");
        var (fullExit, full, _) = Repo.Run("eval", Repo.Rules, Repo.Cases, "--as-of", Repo.AsOf, "--format", "jsonl");
        fastExit.ShouldBe(fullExit);
        CompareLines(fast, full, expectedCases: 27);
    }

    [Fact]
    public void Switched_off_safeguards_errors_and_totals_are_the_same_as_with_jsonl()
    {
        using var folder = new TempFolder();
        folder.File("case.json", File.ReadAllText(Path.Combine(Repo.Cases, "alimbekov-2007-detention.json")));
        folder.File("batch.jsonl", "{\"id\": \"l1\", \"schema\": \"nope\", \"events\": []}\nnot json\n");
        folder.File("safeguards.settings.json", """{ "safeguards": { "DET-REG-3H": "off" } }""");
        var (fastExit, fast, _) = Repo.Run("eval", Repo.Rules, folder.Path, "--as-of", Repo.AsOf, "--format", "outcomes");
        var (fullExit, full, _) = Repo.Run("eval", Repo.Rules, folder.Path, "--as-of", Repo.AsOf, "--format", "jsonl");
        fastExit.ShouldBe(fullExit);
        fast.ShouldNotContain("DET-REG-3H");
        fast.ShouldContain("DET-REG-ACK"); // the other safeguards of the case are still there
        CompareLines(fast, full, expectedCases: 1);
        fast.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.Contains("\"kind\":\"error\"", StringComparison.Ordinal)).ShouldBe(2);
    }

    private static void CompareLines(string fast, string full, int expectedCases)
    {
        var fastLines = fast.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var fullLines = full.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        fastLines.Length.ShouldBe(fullLines.Length);
        var cases = 0;
        for (var i = 0; i < fastLines.Length; i++)
        {
            using var fastLine = JsonDocument.Parse(fastLines[i]);
            using var fullLine = JsonDocument.Parse(fullLines[i]);
            Schema.Validate(fastLine.RootElement, "#/$defs/outcomesLine").ShouldBeEmpty();
            Schema.Validate(fastLine.RootElement).ShouldBeEmpty();
            if (fullLine.RootElement.GetProperty("kind").GetString() != "case")
            {
                fastLines[i].ShouldBe(fullLines[i]); // errors and totals: the same line
                continue;
            }
            cases++;
            foreach (var name in new[] { "caseId", "schema", "file", "line" })
                fastLine.RootElement.GetProperty(name).GetRawText().ShouldBe(fullLine.RootElement.GetProperty(name).GetRawText(), name);
            var outcomes = fastLine.RootElement.GetProperty("outcomes").EnumerateObject().Select(p => $"{p.Name}={p.Value.GetString()}").ToList();
            var findings = fullLine.RootElement.GetProperty("findings").EnumerateArray()
                .Where(f => f.GetProperty("outcome").GetString() != "not-applicable")
                .Select(f => $"{f.GetProperty("safeguard").GetString()}={f.GetProperty("outcome").GetString()}").ToList();
            outcomes.ShouldBe(findings);
        }
        cases.ShouldBe(expectedCases);
    }
}
