using System.Globalization;
using System.Text;
using Safeguards.Language.Formatting;
using Xunit.Abstractions;

namespace Safeguards.Language.Tests;

/// <summary>
/// <c>fmt</c> on any input, broken or not: formatting twice gives what formatting once gave, and no text
/// but whitespace is lost or added. Inputs: mutated bundled rule files, mutated windows of them, and
/// soups of their tokens and the keywords. Seeded (<c>SAFEGUARDS_FUZZ_SEED</c> replaces the seed) and
/// bounded: 12,000 inputs in CI; <c>SAFEGUARDS_FUZZ_SCALE=N</c> runs N times as many (docs/reliability.md).
/// A failure prints the seed and the input, shrunk by dropping tokens while it still fails.
/// </summary>
public sealed class FormatterPropertyTests(ITestOutputHelper output)
{
    private const int WholeFiles = 2_000;
    private const int Windows = 5_000;
    private const int Soups = 5_000;

    private static int Scale => int.TryParse(Environment.GetEnvironmentVariable("SAFEGUARDS_FUZZ_SCALE"), NumberStyles.Integer,
        CultureInfo.InvariantCulture, out var scale) && scale > 0 ? scale : 1;

    private static int Seed(int inCi) => int.TryParse(Environment.GetEnvironmentVariable("SAFEGUARDS_FUZZ_SEED"), NumberStyles.Integer,
        CultureInfo.InvariantCulture, out var seed) ? seed : inCi;

    /// <summary>Why formatting this text breaks the property, or null when it holds.</summary>
    internal static string? Violation(string text)
    {
        var once = Formatter.Format(text);
        var twice = Formatter.Format(once);
        if (twice != once) return $"not idempotent: once {Escape(once)}, twice {Escape(twice)}";
        if (Visible(once) != Visible(text)) return $"changed text other than whitespace: {Escape(once)}";
        return null;
    }

    /// <summary>The text without whitespace (and without byte-order marks, which the formatter may move to the start).</summary>
    private static string Visible(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != '\uFEFF'));

    [Theory]
    [InlineData("\"\"\"")] // used to gain a line break at each run
    [InlineData("\"\"\"\n")]
    [InlineData("pack p\n\"\"\"abc")]
    [InlineData("pack p\n  // c\n\"\"\"")]
    [InlineData("x\n\n\n\"\"\"\n\n")]
    [InlineData("@safeguard X \"t\"\n")]
    [InlineData("pack p\n@safeguard X \"t\"\n  cites A article 1\n")]
    [InlineData("import.source\n")]
    [InlineData("pack p\nimport.source\nimport kz.sources\n")]
    [InlineData("pack p\r\n\"\"\"a\r\n")]
    public void Known_inputs_format_idempotently(string text) => Violation(text).ShouldBeNull();

    [Fact]
    public void Formatting_is_idempotent_and_keeps_the_text_on_mutated_rule_files_windows_and_token_soups()
    {
        var seed = Seed(1_712);
        var random = new Random(seed);
        var files = PropertyTests.RuleFiles.Value;
        var words = PropertyTests.Vocabulary.Value;
        var counts = (Files: WholeFiles * Scale, Windows: Windows * Scale, Soups: Soups * Scale);
        var edits = Enum.GetValues<PropertyTests.Edit>();
        (PropertyTests.Edit, int, int, int)[] RandomEdits(int max) => Enumerable.Range(0, random.Next(1, max + 1))
            .Select(_ => (edits[random.Next(edits.Length)], random.Next(), random.Next(), random.Next())).ToArray();

        for (var n = 0; n < counts.Files + counts.Windows + counts.Soups; n++)
        {
            List<string> pieces;
            if (n < counts.Files)
            {
                pieces = [.. files[random.Next(files.Length)].Pieces];
            }
            else if (n < counts.Files + counts.Windows)
            {
                var file = files[random.Next(files.Length)].Pieces;
                var from = random.Next(file.Length);
                pieces = [.. file[from..Math.Min(file.Length, from + random.Next(1, 121))]];
            }
            else
            {
                pieces = [.. Enumerable.Range(0, random.Next(1, 41)).Select(_ => words[random.Next(words.Length)])];
            }
            var text = PropertyTests.Apply(pieces, n < counts.Files + counts.Windows ? RandomEdits(6) : []);
            if (Violation(text) is { } problem)
                Assert.Fail($"seed {seed}, input {n}: {problem}\ninput: {Escape(text)}\nshrunk: {Escape(Shrink(PropertyTests.Apply(pieces, []) == text ? pieces : [text]))}");
        }
        output.WriteLine($"{counts.Files:N0} mutated rule files, {counts.Windows:N0} mutated windows, {counts.Soups:N0} token soups (seed {seed}): "
            + "fmt(fmt(x)) == fmt(x), no text but whitespace changed.");
    }

    /// <summary>Drops pieces while the property still fails, for a short failure message.</summary>
    private static string Shrink(List<string> pieces)
    {
        for (var i = pieces.Count - 1; i >= 0 && pieces.Count > 1; i--)
        {
            var without = pieces.Where((_, j) => j != i).ToList();
            if (Violation(string.Concat(without)) is not null) pieces = without;
        }
        return string.Concat(pieces);
    }

    private static string Escape(string text)
    {
        var shown = text.Length > 1_500 ? text[..1_500] + "…" : text;
        return "\"" + shown.Replace("\\", "\\\\").Replace("\r", "\\r").Replace("\n", "\\n").Replace("\"", "\\\"") + "\"";
    }
}
