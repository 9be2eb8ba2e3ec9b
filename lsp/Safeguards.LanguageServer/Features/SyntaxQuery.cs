using System.Runtime.CompilerServices;
using Safeguards.Language.Semantics;
using Safeguards.Language.Syntax;

namespace Safeguards.LanguageServer.Features;

/// <summary>Questions about where a position is in a tree, answered from the front end's tree.</summary>
internal static class SyntaxQuery
{
    private static readonly ConditionalWeakTable<SyntaxTree, SyntaxToken[]> TokenCache = new();

    /// <summary>Every token of the file in order (skipped ones included), end-of-file last.</summary>
    public static SyntaxToken[] Tokens(SyntaxTree tree) => TokenCache.GetValue(tree, t => t.Root.DescendantTokens().ToArray());

    /// <summary>The token a cursor is on: the one containing the offset, or the word that ends at it.</summary>
    public static SyntaxToken? TokenAt(SyntaxTree tree, int offset)
    {
        var tokens = Tokens(tree);
        var index = IndexAtOrBefore(tokens, offset);
        SyntaxToken? containing = null, ending = null;
        if (index >= 0 && tokens[index].Kind != SyntaxKind.EndOfFile && tokens[index].Span.Contains(offset)) containing = tokens[index];
        foreach (var j in new[] { index, index - 1 })
        {
            if (j >= 0 && tokens[j].Kind != SyntaxKind.EndOfFile && tokens[j].Span.Length > 0 && tokens[j].Span.End == offset) ending = tokens[j];
        }
        if (containing is not null && (IsWord(containing) || ending is null || !IsWord(ending))) return containing;
        return ending ?? containing;
    }

    /// <summary>Index of the last token starting at or before the offset (-1 if none).</summary>
    public static int IndexAtOrBefore(SyntaxToken[] tokens, int offset)
    {
        int lo = 0, hi = tokens.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Span.Start <= offset) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }

    public static bool IsWord(SyntaxToken token) => token.Kind is SyntaxKind.Identifier or SyntaxKind.Number or SyntaxKind.ArticleNumber
        or SyntaxKind.Date || token.IsKeyword;

    /// <summary>The innermost node of type <typeparamref name="T"/> that holds the element (its parent pointers, no walk from the root).</summary>
    public static T? Ancestor<T>(SyntaxElement element) where T : SyntaxNode => element.Ancestors().OfType<T>().FirstOrDefault();

    /// <summary>The declaration (or skipped text) of the file that holds the offset or last started before it.</summary>
    public static SyntaxNode? MemberAt(SyntaxTree tree, int offset)
    {
        SyntaxNode? found = null;
        foreach (var member in tree.Root.Members)
        {
            if (member.Span.Start > offset) break;
            found = member;
        }
        return found;
    }

    /// <summary>The packs a file can see: its own and those it imports (all packs when it declares none).</summary>
    public static IReadOnlyList<PackSymbol> VisiblePacks(Compilation compilation, SyntaxTree tree)
    {
        var pack = compilation.PackOf(tree);
        return pack is null ? compilation.Packs : [pack, .. pack.Imports];
    }

    public static CaseSymbol? FindCase(Compilation compilation, SyntaxTree tree, string name) =>
        VisiblePacks(compilation, tree).SelectMany(p => p.Cases).FirstOrDefault(c => c.Name == name)
        ?? compilation.Packs.SelectMany(p => p.Cases).FirstOrDefault(c => c.Name == name);

    public static SourceSymbol? FindSource(Compilation compilation, SyntaxTree tree, string name) =>
        VisiblePacks(compilation, tree).SelectMany(p => p.Sources).FirstOrDefault(c => c.Name == name)
        ?? compilation.Packs.SelectMany(p => p.Sources).FirstOrDefault(c => c.Name == name);
}
