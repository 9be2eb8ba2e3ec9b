using Safeguards.Language.Semantics;

namespace Safeguards.LanguageServer.Features;

/// <summary>Which declaration already has the name a rename would give: renaming onto it would make a
/// duplicate declaration (or silently send references to the other one), so the rename is refused.
/// The scopes are the binder's: attributes within their event, events and facts within their case
/// (conditions name either), articles within their source, sources, cases and constants among the packs
/// that see each other through imports, safeguard ids everywhere (findings cite them).</summary>
internal static class RenameConflicts
{
    public static Symbol? Find(Compilation compilation, Symbol symbol, string newName)
    {
        if (symbol.Name == newName) return null;
        IEnumerable<Symbol> rivals = symbol switch
        {
            AttributeSymbol attribute => attribute.Owner.Attributes,
            EventSymbol e => [.. e.Case.Events, .. e.Case.Facts],
            FactSymbol fact => [.. fact.Case.Events, .. fact.Case.Facts],
            ArticleSymbol article => article.Source.Articles.Values,
            SourceSymbol source => Related(compilation, source.Pack).SelectMany(p => p.Sources),
            CaseSymbol @case => Related(compilation, @case.Pack).SelectMany(p => p.Cases),
            ConstantSymbol constant => Related(compilation, constant.Pack).SelectMany(p => p.Constants),
            SafeguardSymbol => compilation.Safeguards,
            PackSymbol => compilation.Packs,
            _ => throw new InvalidOperationException($"no rename scope for a {symbol.KindName}"),
        };
        return rivals.FirstOrDefault(r => r.Name == newName && !ReferenceEquals(r, symbol));
    }

    /// <summary>The packs whose names can meet the pack's: itself, what it imports, and the packs that import it (with what they import).</summary>
    private static IEnumerable<PackSymbol> Related(Compilation compilation, PackSymbol pack)
    {
        var related = new HashSet<PackSymbol>(ReferenceEqualityComparer.Instance) { pack };
        related.UnionWith(pack.Imports);
        foreach (var importer in compilation.Packs.Where(p => p.Imports.Contains(pack)))
        {
            related.Add(importer);
            related.UnionWith(importer.Imports);
        }
        return related;
    }
}
