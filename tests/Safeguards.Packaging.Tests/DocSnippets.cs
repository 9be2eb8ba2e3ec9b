using System.Text.RegularExpressions;

namespace Safeguards.Packaging.Tests;

/// <summary>The fenced code blocks of a Markdown page marked <c>&lt;!-- tested: NAME --&gt;</c>, by name.</summary>
public static partial class DocSnippets
{
    [GeneratedRegex(@"<!-- tested: (?<name>[^ ]+) -->\n```[a-z]*\n(?<code>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex Marked();

    public static IReadOnlyDictionary<string, string> Read(string markdownFile) =>
        Marked().Matches(File.ReadAllText(markdownFile).ReplaceLineEndings("\n"))
            .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["code"].Value + "\n");
}
