using System.Text.Json;
using Safeguards.Evaluation.Batch;
using Safeguards.Runtime;

namespace Safeguards.Cli.Output.Eval;

/// <summary>Findings that need attention (violated, indeterminate, insufficient data) and unreadable
/// records as a SARIF 2.1.0 log: each safeguard is a rule, each finding a result located in its case file.</summary>
public sealed class SarifEvalWriter(TextWriter writer, IReadOnlyList<SafeguardInfo> safeguards) : IEvalWriter
{
    private readonly List<object> results = [];

    public void Write(BatchItem item)
    {
        switch (item)
        {
            case EvaluatedCase evaluated:
                foreach (var finding in evaluated.Findings.Where(f => f.Outcome is Outcome.Violated or Outcome.Indeterminate or Outcome.InsufficientData))
                {
                    results.Add(new
                    {
                        ruleId = finding.SafeguardId,
                        level = finding.Outcome == Outcome.Violated ? Level(finding.Severity) : "note",
                        message = new { text = $"{OutcomeNames.ToJson(finding.Outcome)}: case {finding.CaseId}: {finding.Message ?? finding.Evidence.Reason}" },
                        locations = Location(evaluated.Record.SourceFile, evaluated.Record.SourceLine),
                        properties = new { outcome = OutcomeNames.ToJson(finding.Outcome), caseId = finding.CaseId },
                    });
                }
                break;
            case UnreadableCase unreadable:
                results.Add(new
                {
                    ruleId = "case-data",
                    level = "error",
                    message = new { text = CaseDataErrorText.Joined(unreadable.Errors) },
                    locations = Location(unreadable.Error.File, unreadable.Error.Line),
                    properties = new { outcome = "error", caseId = unreadable.Error.CaseId, codes = unreadable.Errors.Select(e => e.Code).Distinct().ToArray() },
                });
                break;
        }
    }

    public void Finish(BatchTotals totals)
    {
        var rules = safeguards.Select(s => (object)new
        {
            id = s.Id,
            name = s.Id,
            shortDescription = new { text = s.Title },
            fullDescription = new { text = s.RequirementText },
            defaultConfiguration = new { level = Level(s.Severity) },
            properties = new { citations = s.Citations.Select(CitationText.Format), status = s.Status.ToKeyword() },
        }).Append(new { id = "case-data", name = "case-data", shortDescription = new { text = "A case record could not be read" } });
        var log = new Dictionary<string, object>
        {
            ["$schema"] = Output.SarifWriter.SchemaUri,
            ["version"] = "2.1.0",
            ["runs"] = new[] { new { tool = new { driver = new { name = "safeguards", rules } }, results } },
        };
        writer.WriteLine(JsonSerializer.Serialize(log, JsonOutput.Indented));
    }

    private static object[] Location(string? file, int line) => file is null ? [] :
    [
        new { physicalLocation = new { artifactLocation = new { uri = CliConsole.Display(file).Replace('\\', '/') }, region = new { startLine = Math.Max(1, line) } } },
    ];

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}
