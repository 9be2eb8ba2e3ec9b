using System.Text;
using System.Text.RegularExpressions;
using Safeguards.Evaluation.Model;
using Safeguards.Runtime;

namespace Safeguards.Evaluation.Catalogue;

/// <summary>A Markdown page listing every safeguard with its id, title, citation, law version, severity,
/// status and seed reference, so a lawyer can review a whole pack without reading rule files.</summary>
public static partial class CatalogueWriter
{
    public static string Write(EvaluationModel model)
    {
        var text = new StringBuilder();
        text.Append("# Catalogue of safeguards\n\n");
        text.Append("Generated from the rule packs by `safeguards catalogue rules -o docs/catalogue.md`; do not edit by hand ");
        text.Append("(a test fails when it is stale). Seed references are `file:lines` in the seed reports.\n\n");
        var byPack = model.Safeguards.GroupBy(s => s.Symbol.Pack.Name).OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var pack in byPack)
        {
            var title = pack.First().Symbol.Pack.Title;
            text.Append($"## {pack.Key}{(title is null ? "" : $": {Escape(title)}")}\n\n");
            text.Append("| id | safeguard | requires | cites (law version) | severity | status | seed |\n");
            text.Append("|---|---|---|---|---|---|---|\n");
            foreach (var plan in pack.OrderBy(p => p.Info.SourceLine))
            {
                var info = plan.Info;
                var citations = string.Join("<br>", info.Citations.Select(Citation));
                var window = info.InForceFrom is null && info.InForceUntil is null ? "" : $"<br>*applies {Window(info.InForceFrom, info.InForceUntil)}*";
                text.Append($"| {info.Id} | {Escape(info.Title)} | {Escape(info.RequirementText)} | {citations}{window} | {info.Severity.ToKeyword()} | ");
                text.Append($"{info.Status.ToKeyword()} | {Escape(info.Seed ?? "")} |\n");
            }
            text.Append('\n');
        }
        var counts = model.Safeguards.GroupBy(s => s.Info.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.ToKeyword()}");
        text.Append($"{model.Safeguards.Count} safeguards: {string.Join(", ", counts)}.\n");
        return text.ToString();
    }

    private static string Citation(Citation c)
    {
        var article = c.Article is null ? "" : $" art. {Escape(c.Article)}";
        return $"{Escape(c.Source)}{article} ({Escape(c.SourceTitle)}, {Window(c.InForceFrom, c.InForceUntil)})";
    }

    private static string Window(DateOnly? from, DateOnly? until) => PeriodText.Describe(from, until, always: "no dates");

    // Keep table cells intact (pipes and line breaks would split them) and keep text from rule files
    // text: '<' and '&' would be read as HTML, brackets as a link (a rule title could carry
    // [click](javascript:...)), and a "javascript:" scheme is broken up in case a viewer links it.
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '|' => "\\|",
                '[' => "\\[",
                ']' => "\\]",
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '\n' => " ",
                _ when char.IsControl(c) => "",
                _ => c.ToString(),
            });
        }
        return JavaScriptScheme().Replace(escaped.ToString(), m => m.Value[..^1] + "&#58;");
    }

    [GeneratedRegex("javascript:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JavaScriptScheme();
}
