using System.Text;
using System.Text.RegularExpressions;
using Safeguards.Lowering;
using Safeguards.Runtime;

namespace Safeguards.Evaluation.Catalogue;

/// <summary>A Markdown page listing every safeguard with its id, title, citation, law version, severity,
/// status and seed reference, so a lawyer can review a whole pack without reading rule files.</summary>
public static partial class CatalogueWriter
{
    /// <param name="notEncoded">The seed-catalogue items the rules deliberately do not encode (from
    /// not-encoded.json); listed in a last section with their reasons, so an omission is visibly deliberate.</param>
    public static string Write(LoweredPack lowered, IReadOnlyList<NotEncodedItem>? notEncoded = null)
    {
        var text = new StringBuilder();
        text.Append("# Catalogue of safeguards\n\n");
        text.Append("Generated from the rule packs by `safeguards catalogue rules -o docs/catalogue.md`; do not edit by hand ");
        text.Append("(a test fails when it is stale). Seed references are `file:lines` in the seed reports.\n\n");
        var safeguards = lowered.Plan.Safeguards.Select((plan, i) => (plan, origin: lowered.Origins[i])).ToList();
        var byPack = safeguards.GroupBy(s => s.origin.PackName, s => s.plan).OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var pack in byPack)
        {
            var title = safeguards.First(s => s.origin.PackName == pack.Key).origin.PackTitle;
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
        var counts = lowered.Plan.Safeguards.GroupBy(s => s.Info.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.ToKeyword()}");
        text.Append($"{lowered.Plan.Safeguards.Length} safeguards: {string.Join(", ", counts)}.\n");
        var seedItems = notEncoded?.Where(i => i.Reason != NotEncodedReason.AwaitsConstruct).ToList() ?? [];
        var awaiting = notEncoded?.Where(i => i.Reason == NotEncodedReason.AwaitsConstruct).ToList() ?? [];
        if (seedItems.Count > 0) AppendNotEncoded(text, seedItems);
        if (awaiting.Count > 0) AppendAwaiting(text, awaiting);
        return text.ToString();
    }

    private static void AppendNotEncoded(StringBuilder text, IReadOnlyList<NotEncodedItem> items)
    {
        text.Append("\n## Seed-catalogue items not encoded as safeguards\n\n");
        text.Append("Every item of the seed catalogue is either a safeguard above (its id, or its id followed by a suffix) ");
        text.Append("or listed here with the reason it is not one (from `not-encoded.json` beside the packs; a test fails ");
        text.Append("when an item is in neither place).\n\n");
        text.Append("| item | reason | why | see |\n");
        text.Append("|---|---|---|---|\n");
        foreach (var item in items)
            text.Append($"| {Escape(item.Item)} | {item.Reason.Describe()} | {Escape(item.Why)} | {Escape(string.Join(", ", item.See))} |\n");
        text.Append($"\n{items.Count} catalogue items not encoded.\n");
    }

    private static void AppendAwaiting(StringBuilder text, IReadOnlyList<NotEncodedItem> items)
    {
        text.Append("\n## Provisions that wait for a construct of the language\n\n");
        text.Append("Provisions of the packs' laws that the language cannot say yet (docs/jurisdictions.md); each is encoded ");
        text.Append("when its construct exists, and is not approximated meanwhile.\n\n");
        text.Append("| provision | construct | why | see |\n");
        text.Append("|---|---|---|---|\n");
        foreach (var item in items)
            text.Append($"| {Escape(item.Item)} | {Escape(item.Construct ?? "")} | {Escape(item.Why)} | {Escape(string.Join(", ", item.See))} |\n");
        text.Append($"\n{items.Count} provisions wait for a construct.\n");
    }

    private static string Citation(Citation c)
    {
        var article = c.Article is null ? "" : c.Designation is null ? $" art. {Escape(c.Article)}" : $" {Escape(c.Article)}";
        var judgment = c.Judgment is { } j ? $", {Escape(j)}" : "";
        return $"{Escape(c.Source)}{article} ({Escape(c.SourceTitle)}{judgment}, {Window(c.InForceFrom, c.InForceUntil)})";
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
