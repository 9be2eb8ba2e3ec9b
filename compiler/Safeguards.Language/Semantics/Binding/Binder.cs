using Safeguards.Language.Diagnostics;
using Safeguards.Language.Syntax;
using Safeguards.Language.Text;

namespace Safeguards.Language.Semantics;

/// <summary>Binds parsed files into packs and symbols, in passes: packs and imports, declarations,
/// articles, safeguards, then whole-pack checks. Every pass reports all it finds.</summary>
internal sealed partial class Binder(IReadOnlyList<SyntaxTree> trees)
{
    private readonly List<Diagnostic> diagnostics = [];
    private readonly List<SymbolReference> references = [];
    private readonly Dictionary<string, PackSymbol> packs = new(StringComparer.Ordinal);
    private readonly List<(SyntaxTree Tree, PackSymbol Pack)> files = [];
    private readonly HashSet<Symbol> used = new(ReferenceEqualityComparer.Instance);
    private SyntaxTree tree = null!;

    public Compilation Bind()
    {
        DeclarePacks();
        ResolveImports();
        foreach (var (file, pack) in files) { tree = file; DeclareMembers(pack); }
        CheckDuplicatesAcrossPacks();
        foreach (var (file, pack) in files) { tree = file; DeclareArticles(pack); }
        foreach (var (file, pack) in files) { tree = file; BindSafeguards(pack); }
        CheckPacks();
        ReportUnused();

        var all = trees.SelectMany(t => t.Diagnostics).Concat(diagnostics).ToList();
        all.Sort(Compilation.Compare);
        return new Compilation(trees, [.. packs.Values], all, references);
    }

    // ---- Helpers shared by the passes ------------------------------------------------------------

    private Location At(SyntaxToken token) => new(tree.Source, token.Span);

    private Location At(SyntaxNode node) => new(tree.Source, node.Span);

    private void Report(DiagnosticDescriptor descriptor, Location location, params object?[] arguments) =>
        Add(new Diagnostic(descriptor, location, arguments));

    private void Report(DiagnosticDescriptor descriptor, Location location, IReadOnlyList<RelatedLocation>? related,
        IReadOnlyList<TextFix>? fixes, params object?[] arguments) =>
        Add(new Diagnostic(descriptor, location, arguments, related, fixes));

    private void Add(Diagnostic diagnostic)
    {
        diagnostics.Add(diagnostic);
        if (diagnostic.Severity == DiagnosticSeverity.Error) ErrorCount++;
    }

    /// <summary>Errors reported so far (counted as they come: recounting per safeguard made binding quadratic).</summary>
    private int ErrorCount { get; set; }

    private void Declared(SyntaxToken token, Symbol symbol) => references.Add(new SymbolReference(tree, token, symbol, true));

    /// <param name="countsAsUse">False where naming a symbol does not use it (an article naming its source).</param>
    private void Referenced(SyntaxToken token, Symbol symbol, bool countsAsUse = true)
    {
        references.Add(new SymbolReference(tree, token, symbol, false));
        if (countsAsUse) used.Add(symbol);
    }

    /// <summary>Reports an unknown name with a "did you mean" suggestion and a fix that applies it.</summary>
    private void ReportUnknown(DiagnosticDescriptor descriptor, SyntaxToken token, IEnumerable<string> candidates, Func<string, object?[]> arguments)
    {
        var suggestion = NameSuggestions.Closest(token.Text, candidates);
        var fixes = suggestion is null ? null : new[] { new TextFix($"Change to '{suggestion}'", At(token), suggestion) };
        Report(descriptor, At(token), null, fixes, arguments(NameSuggestions.DidYouMean(suggestion)));
    }

    private static IEnumerable<PackSymbol> Visible(PackSymbol pack) => [pack, .. pack.Imports];

    private DateOnly? ParseDate(SyntaxToken? token)
    {
        if (token is null) return null;
        if (DateOnly.TryParseExact(token.Text, "yyyy-MM-dd", out var date)) return date;
        Report(DiagnosticCatalogue.InvalidDate, At(token), token.Text);
        return null;
    }

    private int? ParseNumber(SyntaxToken token)
    {
        if (int.TryParse(token.Text, out var value) && value <= 1_000_000) return value;
        Report(DiagnosticCatalogue.NumberTooLarge, At(token), token.Text);
        return null;
    }

    private string Text(SyntaxToken token)
    {
        var value = StringLiterals.Value(token, out var invalid);
        foreach (var (offset, escape) in invalid)
            Report(DiagnosticCatalogue.InvalidEscape, new Location(tree.Source, new TextSpan(token.Span.Start + 1 + offset - 1, escape.Length)), escape);
        return value;
    }

    private LegalPeriod Period(InForceClauseSyntax clause)
    {
        var period = new LegalPeriod(ParseDate(clause.From), ParseDate(clause.Until));
        if (period.IsEmpty)
            Report(DiagnosticCatalogue.EmptyPeriod, At(clause), $"{period.From:yyyy-MM-dd}", $"{period.Until:yyyy-MM-dd}");
        return period;
    }

    /// <summary>Reports the second and later occurrences of clauses that may appear once.</summary>
    private void CheckSingleClauses(DeclarationSyntax declaration, string name, params SyntaxKind[] single)
    {
        foreach (var group in declaration.Clauses.Where(c => c is not SkippedClauseSyntax && single.Contains(c.Keyword.Kind))
                     .GroupBy(c => c.Keyword.Kind))
        {
            var first = group.First();
            foreach (var repeated in group.Skip(1))
                Report(DiagnosticCatalogue.DuplicateClause, At(repeated.Keyword),
                    [new RelatedLocation(At(first.Keyword), "first given here")], null, repeated.Keyword.Text, name);
        }
    }
}
