using System.Text;
using CsCheck;
using Safeguards.Language.Semantics;
using Safeguards.Language.Syntax;
using Xunit.Abstractions;

namespace Safeguards.Language.Tests;

/// <summary>
/// For random and mutated inputs the parser and binder never throw, the tree prints back to the
/// input exactly, and every diagnostic lies inside the text. The number of cases is in each test's
/// name and printed with the seed; a failure prints the shrunk input and the seed to replay it.
/// In total about 100,000 cases run (see <see cref="Total"/>).
/// </summary>
public sealed class PropertyTests(ITestOutputHelper output)
{
    public const long Total = WholeFileMutations + WindowMutations + RandomTexts + RandomBytes + WordSoups + Truncations
        + UnterminatedStrings + Nestings + LongLines + LineEndings;

    private const long WholeFileMutations = 5_000;
    private const long WindowMutations = 50_000;
    private const long RandomTexts = 10_000;
    private const long RandomBytes = 10_000;
    private const long WordSoups = 10_000;
    private const long Truncations = 5_000;
    private const long UnterminatedStrings = 5_000;
    private const long Nestings = 2_000;
    private const long LongLines = 200;
    private const long LineEndings = 3_000;

    /// <summary>The bundled rule files, each as its tokens' full texts (leading trivia + token).</summary>
    internal static readonly Lazy<(string Name, string Text, string[] Pieces)[]> RuleFiles = new(() =>
        Directory.GetFiles(Path.Combine(RepoPaths.Rules, "kz"), "*.sg").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f =>
            {
                var text = File.ReadAllText(f);
                var tree = SyntaxTree.Parse(f, text);
                var pieces = tree.Root.DescendantTokens().Select(t => string.Concat(t.LeadingTrivia.Select(x => x.Text)) + t.Text).ToArray();
                return (Path.GetFileName(f), text, pieces);
            })
            .ToArray());

    /// <summary>Every distinct token of the rule files, with a space before it, to insert elsewhere.</summary>
    internal static readonly Lazy<string[]> Vocabulary = new(() =>
        RuleFiles.Value.SelectMany(f => f.Pieces).Select(p => " " + p.TrimStart()).Where(p => p.Length > 1)
            .Concat(Keywords.All.Select(k => " " + k))
            .Concat([" (", " )", " :", " |", " ,", " =", " .", "\n", "\r\n", " \"", " \"\"\"", " @", " //", " 2015-02-30", " 99999999999"])
            .Distinct().Order(StringComparer.Ordinal).ToArray());

    internal enum Edit { Insert, Delete, Swap, Duplicate, Replace }

    internal static readonly Gen<(Edit Kind, int A, int B, int Word)> EditGen =
        Gen.Select(Gen.Enum<Edit>(), Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue]);

    internal static string Apply(IReadOnlyList<string> pieces, (Edit Kind, int A, int B, int Word)[] edits)
    {
        var list = pieces.ToList();
        var words = Vocabulary.Value;
        foreach (var (kind, a, b, word) in edits)
        {
            if (list.Count == 0)
            {
                list.Add(words[word % words.Length]);
                continue;
            }
            var i = a % list.Count;
            var j = b % list.Count;
            switch (kind)
            {
                case Edit.Insert: list.Insert(i, words[word % words.Length]); break;
                case Edit.Delete: list.RemoveAt(i); break;
                case Edit.Swap: (list[i], list[j]) = (list[j], list[i]); break;
                case Edit.Duplicate: list.Insert(j, list[i]); break;
                case Edit.Replace: list[i] = words[word % words.Length]; break;
            }
        }
        return string.Concat(list);
    }

    /// <summary>The property: parse and bind never throw, the tree prints back exactly, diagnostics lie in the text.</summary>
    internal static void Holds(string text)
    {
        var tree = SyntaxTree.Parse("fuzz.sg", text);
        var printed = tree.Root.ToFullString();
        if (printed != text) throw new InvalidOperationException($"the tree printed back {printed.Length} characters for an input of {text.Length}");
        var compilation = Compilation.Create([tree]);
        foreach (var diagnostic in compilation.Diagnostics)
        {
            var span = diagnostic.Location.Span;
            if (span.Start < 0 || span.End > text.Length) throw new InvalidOperationException($"{diagnostic.Code} at {span} lies outside the text");
            _ = diagnostic.ToCanonicalString();
        }
        var position = 0;
        foreach (var token in tree.Root.DescendantTokens())
        {
            foreach (var trivia in token.LeadingTrivia)
            {
                if (trivia.Span.Start != position) throw new InvalidOperationException($"trivia at {trivia.Span}, expected {position}");
                position = trivia.Span.End;
            }
            if (token.Span.Start != position) throw new InvalidOperationException($"token at {token.Span}, expected {position}");
            position = token.Span.End;
        }
    }

    private void Run(Gen<string> gen, long iterations, string what)
    {
        gen.Sample(Holds, iter: iterations, writeLine: output.WriteLine, print: Show);
        output.WriteLine($"{iterations:N0} {what}: parser and binder never threw, every tree printed back exactly.");
    }

    private static string Show(string text) => text.Length <= 2_000 ? Escape(text) : Escape(text[..2_000]) + $"... ({text.Length} characters)";

    private static string Escape(string text) =>
        "\"" + text.Replace("\\", "\\\\").Replace("\r", "\\r").Replace("\n", "\\n").Replace("\"", "\\\"") + "\"";

    [Fact]
    public void Parser_and_binder_survive_5000_mutations_of_whole_real_rule_files() =>
        Run(Gen.Select(Gen.Int[0, RuleFiles.Value.Length - 1], EditGen.Array[1, 6])
                .Select((file, edits) => Apply(RuleFiles.Value[file].Pieces, edits)),
            WholeFileMutations, "mutations (inserted, deleted, swapped, duplicated, replaced tokens) of whole rule files in rules/kz");

    [Fact]
    public void Parser_round_trips_50000_mutations_of_windows_of_real_rule_files() =>
        Run(Gen.Select(Gen.Int[0, RuleFiles.Value.Length - 1], Gen.Int[0, int.MaxValue], Gen.Int[1, 120], EditGen.Array[1, 4])
                .Select((file, start, length, edits) =>
                {
                    var pieces = RuleFiles.Value[file].Pieces;
                    var from = start % pieces.Length;
                    return Apply(pieces[from..Math.Min(pieces.Length, from + length)], edits);
                }),
            WindowMutations, "mutations of windows of up to 120 tokens of the rule files in rules/kz");

    [Fact]
    public void Parser_round_trips_10000_random_unicode_strings() =>
        Run(Gen.String[0, 300], RandomTexts, "random strings (any UTF-16 code unit, lone surrogates included)");

    [Fact]
    public void Parser_round_trips_10000_random_byte_sequences_decoded_as_utf8() =>
        Run(Gen.Byte.Array[0, 400].Select(bytes => Encoding.UTF8.GetString(bytes)), RandomBytes, "random byte sequences decoded as UTF-8");

    [Fact]
    public void Parser_round_trips_10000_soups_of_language_words_and_punctuation() =>
        Run(Gen.Int[0, int.MaxValue].Array[0, 80].Select(ints =>
                string.Concat(ints.Select(i => Vocabulary.Value[i % Vocabulary.Value.Length]))),
            WordSoups, "random sequences of keywords, names, numbers, dates, texts and punctuation");

    [Fact]
    public void Parser_round_trips_5000_truncations_of_real_rule_files() =>
        Run(Gen.Select(Gen.Int[0, RuleFiles.Value.Length - 1], Gen.Double[0, 1])
                .Select((file, cut) => RuleFiles.Value[file].Text[..(int)(cut * RuleFiles.Value[file].Text.Length)]),
            Truncations, "real rule files cut at a random character (inside words, quoted texts and comments)");

    [Fact]
    public void Parser_round_trips_5000_real_rule_files_with_an_unterminated_quote_inserted() =>
        Run(Gen.Select(Gen.Int[0, RuleFiles.Value.Length - 1], Gen.Double[0, 1], Gen.OneOf("\"", "\"\"\"", "\\", "\"\\"))
                .Select((file, at, quote) =>
                {
                    var text = RuleFiles.Value[file].Text;
                    var i = (int)(at * text.Length);
                    return text[..i] + quote + text[i..];
                }),
            UnterminatedStrings, "real rule files with a stray \", \"\"\" or backslash inserted at a random character");

    [Fact]
    public void Parser_round_trips_2000_deeply_nested_conditions() =>
        Run(Gen.Select(Gen.Int[0, 1500], Gen.Int[0, 1500], Gen.OneOf("(", "not ", "a and ", "a or ", "not (", "(a or "))
                .Select((open, close, opener) =>
                    "pack p\n  time zone \"Asia/Almaty\"\ncase c\n  fact a: boolean\n  event e\nsafeguard S \"t\"\n  cites X\n  applies to c when "
                    + string.Concat(Enumerable.Repeat(opener, open)) + "a" + new string(')', close)
                    + "\n  requires e within 1 hour after e\n"),
            Nestings, "conditions nested 0 to 1,500 deep (parentheses, not, and, or; balanced or not)");

    [Fact]
    public void Parser_round_trips_200_very_long_lines() =>
        Run(Gen.Select(Gen.Int[10_000, 200_000], Gen.OneOf("word ", "\"", "// ", "\"\"\"", "x", "1", "(", "DET-"))
                .Select((length, unit) =>
                {
                    var builder = new StringBuilder("pack p \"").Append('x', 10).Append("\"\nsafeguard S ");
                    while (builder.Length < length) builder.Append(unit);
                    return builder.ToString();
                }),
            LongLines, "lines of 10,000 to 200,000 characters (words, quotes, comments, names)");

    [Fact]
    public void Parser_round_trips_3000_real_rule_files_with_crlf_lone_cr_and_bom() =>
        Run(Gen.Select(Gen.Int[0, RuleFiles.Value.Length - 1], Gen.OneOf("\r\n", "\r", "\n\r", "\u2028"), Gen.Bool, Gen.Double[0, 1])
                .Select((file, newline, bom, mixed) =>
                {
                    var lines = RuleFiles.Value[file].Text.Split('\n');
                    var builder = new StringBuilder(bom ? "\uFEFF" : "");
                    for (var i = 0; i < lines.Length; i++)
                    {
                        builder.Append(lines[i]);
                        if (i < lines.Length - 1) builder.Append((double)i / lines.Length < mixed ? newline : "\n");
                    }
                    return builder.ToString();
                }),
            LineEndings, "real rule files with CRLF, lone CR or mixed line endings, with and without a byte-order mark");

    [Fact]
    public void The_property_tests_run_tens_of_thousands_of_cases() => Total.ShouldBeGreaterThan(50_000);
}
