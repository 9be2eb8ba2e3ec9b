using System.Text;
using Safeguards.LanguageServer.Protocol;
using Safeguards.LanguageServer.Server;

namespace Safeguards.LanguageServer.Tests;

/// <summary>The server's document model against a plain reference implementation of LSP 3.17's text
/// synchronisation: random documents with every line ending (\n, \r\n, \r), surrogate pairs and lone
/// surrogates; random ranged edits, including lines and characters out of range and reversed ranges.</summary>
public sealed class DocumentModelPropertyTests
{
    private static readonly string[] Pieces = ["a", "bc", " ", "\t", "\n", "\r\n", "\r", "😀", "é", "\uD83D", "\uDE00", "xyz"];

    /// <summary>The specification, spelled out: a document is lines, each with its content and its break.</summary>
    internal static string ReferenceApply(string text, int startLine, int startCharacter, int endLine, int endCharacter, string insert)
    {
        var lines = new List<(int Start, int ContentLength)>();
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('\n' or '\r')) continue;
            var breakLength = text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
            lines.Add((lineStart, i - lineStart));
            i += breakLength - 1;
            lineStart = i + 1;
        }
        lines.Add((lineStart, text.Length - lineStart));

        int Offset(int line, int character) =>
            line < 0 ? 0
            : line >= lines.Count ? text.Length
            : lines[line].Start + Math.Min(Math.Max(character, 0), lines[line].ContentLength);

        var start = Offset(startLine, startCharacter);
        var end = Offset(endLine, endCharacter);
        if (end < start) (start, end) = (end, start);
        return text[..start] + insert + text[end..];
    }

    private static string RandomText(Random random, int maxPieces)
    {
        var text = new StringBuilder();
        var count = random.Next(maxPieces + 1);
        for (var i = 0; i < count; i++) text.Append(Pieces[random.Next(Pieces.Length)]);
        return text.ToString();
    }

    private static int LineCount(string text) => text.Split(["\r\n", "\r", "\n"], StringSplitOptions.None).Length;

    [Fact]
    public void Every_edit_gives_the_text_the_specification_gives()
    {
        var seed = FuzzBudget.Seed(5_301);
        var random = new Random(seed);
        var edits = FuzzBudget.Count(20_000);
        for (var n = 0; n < edits; n++)
        {
            var text = RandomText(random, 12);
            var lines = LineCount(text);
            var maxCharacter = text.Length + 3;
            var (sl, sc, el, ec) = (random.Next(-1, lines + 2), random.Next(-1, maxCharacter), random.Next(-1, lines + 2), random.Next(-1, maxCharacter));
            var insert = RandomText(random, 3);
            var change = new TextDocumentContentChangeEvent(new Protocol.Range(new Position(sl, sc), new Position(el, ec)), insert);

            var actual = RuleWorkspace.Apply(text, change);
            var expected = ReferenceApply(text, sl, sc, el, ec, insert);
            if (actual != expected)
                Assert.Fail($"seed {seed}, edit {n}: ({sl},{sc})-({el},{ec}) inserting {Show(insert)} into {Show(text)}: got {Show(actual)}, the specification gives {Show(expected)}");
        }
    }

    [Theory]
    [InlineData("ab\ncd", 0, 999, "abX\ncd")] // used to give ab\nXcd
    [InlineData("ab\r\ncd", 0, 3, "abX\r\ncd")] // at the \n of \r\n: used to split the line ending
    [InlineData("ab\rcd", 0, 5, "abX\rcd")]
    [InlineData("ab\ncd", 7, 0, "ab\ncdX")]
    public void A_position_past_the_end_of_a_line_is_the_end_of_that_line(string text, int line, int character, string expected)
    {
        var change = new TextDocumentContentChangeEvent(new Protocol.Range(new Position(line, character), new Position(line, character)), "X");
        RuleWorkspace.Apply(text, change).ShouldBe(expected);
    }

    private static string Show(string text)
    {
        var shown = new StringBuilder("\"");
        foreach (var c in text)
            shown.Append(c switch { '\n' => "\\n", '\r' => "\\r", '\t' => "\\t", _ when c > 126 => $"\\u{(int)c:x4}", _ => c.ToString() });
        return shown.Append('"').ToString();
    }
}
