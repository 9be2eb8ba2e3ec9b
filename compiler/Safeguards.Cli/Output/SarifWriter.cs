using System.Text.Json;
using Safeguards.Language.Diagnostics;

namespace Safeguards.Cli.Output;

/// <summary>Writes diagnostics as a SARIF 2.1.0 log, for code-scanning tools.</summary>
public static class SarifWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public static void Write(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics)
    {
        var rules = diagnostics.Select(d => d.Descriptor).Distinct().OrderBy(d => d.Code, StringComparer.Ordinal).ToList();
        var log = new Dictionary<string, object?>
        {
            ["$schema"] = SchemaUri,
            ["version"] = "2.1.0",
            ["runs"] = new[]
            {
                new Dictionary<string, object?>
                {
                    ["tool"] = new { driver = new
                    {
                        name = "safeguards",
                        informationUri = "https://example.invalid/safeguards",
                        rules = rules.Select(r => new
                        {
                            id = r.Code,
                            name = r.Title.Replace(" ", "", StringComparison.Ordinal),
                            shortDescription = new { text = r.Title },
                            // SARIF's helpUri must be an absolute URI and the docs have no web address:
                            // the relative link goes in help instead.
                            help = new { text = $"See {r.HelpLink} in the Safeguards documentation.", markdown = $"See [{r.Code}]({r.HelpLink})." },
                            defaultConfiguration = new { level = Level(r.DefaultSeverity) },
                        }),
                    } },
                    ["results"] = diagnostics.Select(d => new Dictionary<string, object?>
                    {
                        ["ruleId"] = d.Code,
                        ["ruleIndex"] = rules.IndexOf(d.Descriptor),
                        ["level"] = Level(d.Severity),
                        ["message"] = new { text = d.Message },
                        ["locations"] = new[] { PhysicalLocation(d.Location) },
                        ["relatedLocations"] = d.Related.Select((r, i) => new
                        {
                            id = i,
                            physicalLocation = PhysicalLocation(r.Location)["physicalLocation"],
                            message = new { text = r.Message },
                        }),
                    }),
                },
            },
        };
        writer.WriteLine(JsonSerializer.Serialize(log, JsonOutput.Indented));
    }

    private static Dictionary<string, object> PhysicalLocation(Location location)
    {
        var start = location.Start;
        var end = location.End;
        return new Dictionary<string, object>
        {
            ["physicalLocation"] = new
            {
                artifactLocation = new { uri = ToUri(location.Source.Path) },
                region = new { startLine = start.Line + 1, startColumn = start.Character + 1, endLine = end.Line + 1, endColumn = end.Character + 1 },
            },
        };
    }

    private static string ToUri(string path) => CliConsole.Display(path).Replace('\\', '/');

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };
}
