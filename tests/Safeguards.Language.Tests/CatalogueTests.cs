using System.Text.RegularExpressions;
using Safeguards.Language.Diagnostics;

namespace Safeguards.Language.Tests;

/// <summary>The diagnostics catalogue and its documentation, docs/diagnostics.md, agree: codes are
/// unique and well formed, each has a <c>## SG1234</c> section with its title, severity, meaning,
/// example and fix, and the page documents no code the catalogue lacks.</summary>
public sealed partial class CatalogueTests
{
    [GeneratedRegex(@"^## (SG\d{4})\s*$", RegexOptions.Multiline)]
    private static partial Regex CodeHeading();

    [GeneratedRegex(@"SG\d{4}")]
    private static partial Regex AnyCode();

    private static readonly Lazy<Dictionary<string, string>> Sections = new(() =>
    {
        var text = File.ReadAllText(RepoPaths.DiagnosticsDoc).ReplaceLineEndings("\n");
        var headings = CodeHeading().Matches(text);
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < headings.Count; i++)
        {
            var start = headings[i].Index;
            var nextHeading = text.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
            var end = nextHeading < 0 ? text.Length : nextHeading;
            var code = headings[i].Groups[1].Value;
            sections.ShouldNotContainKey(code, $"docs/diagnostics.md has two sections for {code}");
            sections[code] = text[start..end];
        }
        return sections;
    });

    [Fact]
    public void No_two_descriptors_share_a_code() =>
        DiagnosticCatalogue.All.GroupBy(d => d.Code).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty();

    [Fact]
    public void Codes_are_well_formed_and_numbered_by_area()
    {
        var areas = new Dictionary<char, string> { ['0'] = "Files", ['1'] = "Syntax", ['2'] = "Names", ['3'] = "Types and time", ['4'] = "Legal checks", ['5'] = "Usage" };
        foreach (var descriptor in DiagnosticCatalogue.All)
        {
            descriptor.Code.ShouldMatch(@"^SG[0-5]\d{3}$");
            descriptor.Area.ShouldBe(areas[descriptor.Code[2]], $"{descriptor.Code} is filed under the wrong area");
            descriptor.Title.ShouldNotBeNullOrWhiteSpace();
            descriptor.MessageFormat.ShouldNotBeNullOrWhiteSpace();
            descriptor.HelpLink.ShouldBe($"docs/diagnostics.md#{descriptor.Code.ToLowerInvariant()}");
        }
    }

    [Fact]
    public void Every_code_is_documented_with_title_severity_meaning_example_and_fix()
    {
        var problems = new List<string>();
        foreach (var descriptor in DiagnosticCatalogue.All)
        {
            if (!Sections.Value.TryGetValue(descriptor.Code, out var section))
            {
                problems.Add($"{descriptor.Code}: no '## {descriptor.Code}' section");
                continue;
            }
            var severity = descriptor.DefaultSeverity.ToString().ToLowerInvariant();
            if (!section.Contains($"**{descriptor.Title}**", StringComparison.Ordinal)) problems.Add($"{descriptor.Code}: title '{descriptor.Title}' missing");
            if (!section.Contains($"Severity: {severity}", StringComparison.Ordinal)) problems.Add($"{descriptor.Code}: 'Severity: {severity}' missing");
            if (!section.Contains("What it means", StringComparison.Ordinal)) problems.Add($"{descriptor.Code}: no 'What it means'");
            if (!section.Contains("```", StringComparison.Ordinal)) problems.Add($"{descriptor.Code}: no example in a code block");
            if (!section.Contains("How to fix", StringComparison.Ordinal)) problems.Add($"{descriptor.Code}: no 'How to fix'");
        }
        problems.ShouldBeEmpty();
    }

    [Fact]
    public void The_page_documents_no_code_the_catalogue_lacks()
    {
        var known = DiagnosticCatalogue.All.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        Sections.Value.Keys.Where(code => !known.Contains(code)).ShouldBeEmpty();
        var text = File.ReadAllText(RepoPaths.DiagnosticsDoc);
        AnyCode().Matches(text).Select(m => m.Value).Distinct().Where(code => !known.Contains(code)).ShouldBeEmpty();
    }

    [Fact]
    public void Codes_mentioned_in_the_language_reference_exist_and_link_to_their_section()
    {
        var known = DiagnosticCatalogue.All.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        var text = File.ReadAllText(RepoPaths.LanguageDoc);
        var problems = new List<string>();
        foreach (Match match in AnyCode().Matches(text))
        {
            var code = match.Value;
            if (!known.Contains(code)) problems.Add($"{code} is not in the catalogue");
            var link = $"]({Path.GetFileName(RepoPaths.DiagnosticsDoc)}#{code.ToLowerInvariant()})";
            var after = text.AsSpan(match.Index + code.Length);
            // Every mention is the text of a link: [SG3003](diagnostics.md#sg3003)
            if (!(match.Index > 0 && text[match.Index - 1] == '[' && after.StartsWith(link, StringComparison.Ordinal)))
                problems.Add($"{code} at offset {match.Index} is not written as [{code}](diagnostics.md#{code.ToLowerInvariant()})");
        }
        problems.ShouldBeEmpty();
    }
}
