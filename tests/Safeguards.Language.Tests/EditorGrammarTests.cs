using System.Text.Json;
using System.Text.RegularExpressions;
using Safeguards.Language.Syntax;

namespace Safeguards.Language.Tests;

/// <summary>The VS Code extension colours the language with a TextMate grammar (regular expressions, no parser).
/// Its keyword lists are held here to <see cref="LanguageFacts"/> and <see cref="Keywords"/>, the tables the parser,
/// completion and hover read: a keyword added to the language and not to the grammar fails this test.</summary>
public sealed partial class EditorGrammarTests
{
    private static readonly string GrammarPath = Path.Combine(RepoPaths.Root, "vscode-extension", "syntaxes", "safeguards.tmLanguage.json");

    private static JsonElement Repository()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(GrammarPath));
        return document.RootElement.GetProperty("repository").Clone();
    }

    /// <summary>The keyword patterns, by scope: <c>(?&lt;!…)(a|b|c)(?!…)</c> gives a, b, c; <c>no\s+later\s+than</c> gives its words.</summary>
    private static Dictionary<string, HashSet<string>> KeywordPatterns()
    {
        var byScope = new Dictionary<string, HashSet<string>>();
        foreach (var pattern in Repository().GetProperty("keyword").GetProperty("patterns").EnumerateArray())
        {
            var match = pattern.GetProperty("match").GetString()!;
            var scope = pattern.GetProperty("name").GetString()!;
            var words = Alternatives().Match(match) is { Success: true } group
                ? group.Groups[1].Value.Split('|')
                : match.Split(@"\s+").Select(w => Regex.Replace(w, @"\(\?<?![^)]*\)(?:\|-\[[^\]]*\])?\)?", ""));
            if (!byScope.TryGetValue(scope, out var set)) byScope[scope] = set = [];
            set.UnionWith(words);
        }
        return byScope;
    }

    [GeneratedRegex(@"^\(\?<!\[[^\]]*\]\)\(([a-z|]+)\)")]
    private static partial Regex Alternatives();

    [GeneratedRegex(@"\(\?!\(\?:([a-z|]+)\)")]
    private static partial Regex NotAKeyword();

    [Fact]
    public void The_grammar_colours_every_keyword_and_nothing_else()
    {
        var coloured = KeywordPatterns().Values.SelectMany(w => w).ToHashSet();
        coloured.Order().ShouldBe(Keywords.All.Order());
    }

    [Fact]
    public void Declaration_keywords_and_units_have_their_own_scopes()
    {
        var patterns = KeywordPatterns();
        patterns["keyword.declaration.safeguards"].Order().ShouldBe(LanguageFacts.DeclarationKeywords.Select(Keywords.TextOf).Order());
        patterns["keyword.other.unit.duration.safeguards"].Order()
            .ShouldBe(LanguageFacts.DurationUnits.SelectMany(u => new[] { u.Singular, u.Plural }).Order());
        patterns["constant.language.severity.safeguards"].Order().ShouldBe(LanguageFacts.SeverityKeywords.Select(k => k.Text).Order());
        patterns["constant.language.status.safeguards"].Order().ShouldBe(LanguageFacts.StatusKeywords.Select(k => k.Text).Order());
        patterns["constant.language.rounding.safeguards"].Order().ShouldBe(LanguageFacts.RoundingKeywords.Select(k => k.Text).Order());
    }

    [Fact]
    public void Every_list_of_words_that_cannot_be_a_name_is_the_whole_keyword_list()
    {
        var text = File.ReadAllText(GrammarPath);
        var lists = NotAKeyword().Matches(text).Select(m => m.Groups[1].Value).ToList();
        lists.ShouldNotBeEmpty();
        foreach (var list in lists) list.Split('|').Order().ShouldBe(Keywords.All.Order());
    }
}
