using CsCheck;
using Safeguards.Language.Syntax;
using Safeguards.Language.Text;
using Xunit.Abstractions;

namespace Safeguards.Language.Tests;

/// <summary>The front end's faster paths give exactly what the plain ones give, on mutated real rule files:
/// the lexer's direct scan gives the tokens and trivia of the Superpower tokenizer it replaced, and a file parsed
/// with its declarations on several threads gives the tree and the diagnostics, in order, of a one-thread parse.
/// No timing here: speed is measured in bench/ (docs/performance.md).</summary>
public sealed class FrontEndEquivalenceTests(ITestOutputHelper output)
{
    private const long LexerCases = 3_000;
    private const long ParallelCases = 150;

    /// <summary>All the bundled kz files as one token list: far more declarations than the parallel threshold.</summary>
    private static readonly Lazy<string[]> AllPieces = new(() => [.. PropertyTests.RuleFiles.Value.SelectMany(f => f.Pieces)]);

    [Fact]
    public void The_lexer_gives_the_tokens_of_the_superpower_tokenizer_on_3000_mutated_windows_of_rule_files()
    {
        Gen.Select(Gen.Int[0, PropertyTests.RuleFiles.Value.Length - 1], Gen.Int[0, int.MaxValue], Gen.Int[1, 200], PropertyTests.EditGen.Array[1, 6])
            .Select((file, start, length, edits) =>
            {
                var pieces = PropertyTests.RuleFiles.Value[file].Pieces;
                var from = start % pieces.Length;
                return PropertyTests.Apply(pieces[from..Math.Min(pieces.Length, from + length)], edits);
            })
            .Sample(text => Lexed(text).ShouldBe(Tokenized(text)), iter: LexerCases, writeLine: output.WriteLine);
    }

    [Fact]
    public void A_file_parsed_in_parallel_gives_the_tree_and_diagnostics_of_a_sequential_parse_on_150_mutations()
    {
        var declarations = SyntaxTree.Parse("all.sg", string.Concat(AllPieces.Value)).Root.Declarations.Count();
        declarations.ShouldBeGreaterThan(100, "the test needs a file that the parser parses on several threads");
        Gen.Select(PropertyTests.EditGen.Array[1, 12], Gen.Int[0, 3])
            .Select((edits, copies) => string.Concat(Enumerable.Repeat(PropertyTests.Apply(AllPieces.Value, edits), copies + 1)))
            .Sample(text =>
            {
                var source = new SourceText("all.sg", text);
                var parallel = Parser.Parse(source, allowParallel: true);
                var sequential = Parser.Parse(source, allowParallel: false);
                SyntaxDumper.Dump(parallel.Root).ShouldBe(SyntaxDumper.Dump(sequential.Root));
                parallel.Diagnostics.Select(d => d.ToCanonicalString()).ShouldBe(sequential.Diagnostics.Select(d => d.ToCanonicalString()));
                parallel.Root.ToFullString().ShouldBe(text);
            }, iter: ParallelCases, threads: 1, writeLine: output.WriteLine);
    }

    /// <summary>Every token and trivia of the lexer as kind and span (keywords as the identifiers they were scanned as).</summary>
    private static List<string> Lexed(string text)
    {
        var list = new List<string>();
        foreach (var token in Lexer.Lex(new SourceText("t.sg", text)).Tokens)
        {
            foreach (var trivia in token.LeadingTrivia) list.Add($"{trivia.Kind} {trivia.Span} {trivia.Text}");
            if (token.Kind == SyntaxKind.EndOfFile) continue;
            var kind = token.IsKeyword ? SyntaxKind.Identifier : token.Kind;
            list.Add($"{kind} {token.Span} {token.Text}");
        }
        return list;
    }

    private static List<string> Tokenized(string text)
    {
        var result = new SafeguardsTokenizer().TryTokenize(text);
        result.HasValue.ShouldBeTrue();
        return [.. result.Value.Select(t => $"{t.Kind} {new TextSpan(t.Position.Absolute, t.Span.Length)} {t.ToStringValue()}")];
    }
}
