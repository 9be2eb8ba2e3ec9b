using Safeguards.Language.Diagnostics;
using Safeguards.Language.Syntax;
using Safeguards.Language.Text;

namespace Safeguards.Language.Semantics;

/// <summary>A use (or the declaration) of a symbol at a token of a file.</summary>
public sealed record SymbolReference(SyntaxTree Tree, SyntaxToken Token, Symbol Symbol, bool IsDeclaration);

/// <summary>A set of rule files bound together: the packs they declare, every diagnostic, and which
/// token names which symbol. The CLI, the compiler and the language server all start here.</summary>
public sealed class Compilation
{
    private readonly Dictionary<SyntaxToken, SymbolReference> referenceByToken;

    internal Compilation(IReadOnlyList<SyntaxTree> trees, IReadOnlyList<PackSymbol> packs, IReadOnlyList<Diagnostic> diagnostics,
        IReadOnlyList<SymbolReference> references)
    {
        Trees = trees;
        Packs = packs;
        Diagnostics = diagnostics;
        References = references;
        referenceByToken = new Dictionary<SyntaxToken, SymbolReference>(ReferenceEqualityComparer.Instance);
        foreach (var reference in references) referenceByToken.TryAdd(reference.Token, reference);
    }

    public static Compilation Create(IEnumerable<SyntaxTree> trees) => new Binder([.. trees]).Bind();

    public static Compilation FromText(string path, string text) => Create([SyntaxTree.Parse(path, text)]);

    public IReadOnlyList<SyntaxTree> Trees { get; }

    public IReadOnlyList<PackSymbol> Packs { get; }

    /// <summary>Syntax and semantic diagnostics of every file, in file and position order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public IReadOnlyList<SymbolReference> References { get; }

    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    public IEnumerable<SafeguardSymbol> Safeguards => Packs.SelectMany(p => p.Safeguards);

    public IEnumerable<Diagnostic> DiagnosticsFor(SyntaxTree tree) => Diagnostics.Where(d => ReferenceEquals(d.Location.Source, tree.Source));

    public SymbolReference? ReferenceAt(SyntaxToken token) => referenceByToken.GetValueOrDefault(token);

    public IEnumerable<SymbolReference> ReferencesTo(Symbol symbol) => References.Where(r => ReferenceEquals(r.Symbol, symbol));

    public SyntaxTree? FindTree(string path) => Trees.FirstOrDefault(t => t.Source.Path == path);

    public PackSymbol? FindPack(string name) => Packs.FirstOrDefault(p => p.Name == name);

    public SafeguardSymbol? FindSafeguard(string id) => Safeguards.FirstOrDefault(s => s.Name == id);

    /// <summary>The pack a file belongs to.</summary>
    public PackSymbol? PackOf(SyntaxTree tree) =>
        References.FirstOrDefault(r => r.Tree == tree && r.IsDeclaration && r.Symbol is PackSymbol)?.Symbol as PackSymbol;

    internal static int Compare(Diagnostic a, Diagnostic b)
    {
        var byPath = string.CompareOrdinal(a.Location.Source.Path, b.Location.Source.Path);
        return byPath != 0 ? byPath : a.Location.Span.Start.CompareTo(b.Location.Span.Start);
    }
}
