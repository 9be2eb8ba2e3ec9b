using Safeguards.Language.Semantics;
using Safeguards.Language.Syntax;
using Safeguards.LanguageServer.Server;
using P = Safeguards.LanguageServer.Protocol;
using SymbolKind = Safeguards.Language.Semantics.SymbolKind;

namespace Safeguards.LanguageServer.Features;

/// <summary>Document symbols, workspace symbols and folding ranges: the shape of a file, from its tree.</summary>
internal static class Outline
{
    public static P.DocumentSymbol[] DocumentSymbols(Snapshot snapshot, string uri)
    {
        var tree = snapshot.Tree(uri);
        if (tree is null) return [];
        var symbols = new List<P.DocumentSymbol>();
        foreach (var declaration in tree.Root.Declarations)
        {
            if (declaration is BrokenDeclarationSyntax) continue;
            var name = declaration switch
            {
                PackDeclarationSyntax { Name: { } qualified } => qualified.Name,
                ImportDeclarationSyntax { Name: { } qualified } => qualified.Name,
                ArticleDeclarationSyntax { Source: { } source, Number: { } number } => $"{source.Text} article {number.Text}",
                _ => declaration.NameToken?.Text,
            };
            if (name is null) continue;
            var detail = declaration switch
            {
                PackDeclarationSyntax p => Title(p.Title),
                SourceDeclarationSyntax s => Title(s.Title),
                ArticleDeclarationSyntax a => a.Texts.Count > 0 && a.Texts[0].Kind == SyntaxKind.String ? Title(a.Texts[0]) : null,
                CaseDeclarationSyntax c => Title(c.Title),
                SafeguardDeclarationSyntax g => Title(g.Title),
                ConstantDeclarationSyntax { Value: { } value } => value.ToFullString().Trim(),
                _ => null,
            };
            var kind = declaration switch
            {
                PackDeclarationSyntax => P.SymbolKind.Package,
                ImportDeclarationSyntax => P.SymbolKind.Module,
                SourceDeclarationSyntax => P.SymbolKind.Module,
                ArticleDeclarationSyntax => P.SymbolKind.Key,
                CaseDeclarationSyntax => P.SymbolKind.Struct,
                ConstantDeclarationSyntax => P.SymbolKind.Constant,
                _ => P.SymbolKind.Function,
            };
            P.DocumentSymbol[]? children = null;
            if (declaration is CaseDeclarationSyntax)
            {
                children = declaration.Clauses.Select(clause => clause switch
                {
                    EventClauseSyntax e => Symbol(tree, e.Name.Text, e.Description is null ? "event" : Title(e.Description), P.SymbolKind.Event, e, e.Name),
                    FactClauseSyntax f => Symbol(tree, f.Name.Text, f.Type.ToFullString().Trim(), P.SymbolKind.Field, f, f.Name),
                    _ => null,
                }).OfType<P.DocumentSymbol>().ToArray();
            }
            var selection = declaration.NameToken ?? declaration.Keyword;
            symbols.Add(Symbol(tree, name, detail, kind, declaration, selection, children));
        }
        return symbols.ToArray();
    }

    private static P.DocumentSymbol Symbol(SyntaxTree tree, string name, string? detail, int kind, SyntaxNode node, SyntaxToken selection,
        P.DocumentSymbol[]? children = null) => new()
    {
        Name = name,
        Detail = detail,
        Kind = kind,
        Range = Server.Convert.Range(tree, node),
        SelectionRange = Server.Convert.Range(tree, selection),
        Children = children,
    };

    private static string? Title(SyntaxToken? token) =>
        token is null ? null : token.Text.Trim('"').Replace("\\\"", "\"");

    public static P.SymbolInformation[] WorkspaceSymbols(Snapshot snapshot, string query)
    {
        var result = new List<P.SymbolInformation>();
        foreach (var reference in snapshot.Compilation.References)
        {
            if (!reference.IsDeclaration) continue;
            var symbol = reference.Symbol;
            if (query.Length > 0 && !Matches(symbol.Name, query)) continue;
            var container = symbol switch
            {
                EventSymbol e => e.Case.Name,
                FactSymbol f => f.Case.Name,
                ArticleSymbol a => a.Source.Name,
                AttributeSymbol a => a.Owner.Name,
                SourceSymbol s => s.Pack.Name,
                CaseSymbol c => c.Pack.Name,
                ConstantSymbol c => c.Pack.Name,
                SafeguardSymbol s => s.Pack.Name,
                _ => null,
            };
            var kind = symbol.Kind switch
            {
                SymbolKind.Pack => P.SymbolKind.Package,
                SymbolKind.Source => P.SymbolKind.Module,
                SymbolKind.Article => P.SymbolKind.Key,
                SymbolKind.Case => P.SymbolKind.Struct,
                SymbolKind.Event => P.SymbolKind.Event,
                SymbolKind.Fact => P.SymbolKind.Field,
                SymbolKind.Attribute => P.SymbolKind.Property,
                SymbolKind.Constant => P.SymbolKind.Constant,
                SymbolKind.Safeguard => P.SymbolKind.Function,
                SymbolKind.Calendar => P.SymbolKind.Class,
                SymbolKind.Instant => P.SymbolKind.Constant,
            };
            var name = symbol is ArticleSymbol article ? $"{article.Source.Name} {article.Provision}" : symbol.Name;
            if (symbol is SafeguardSymbol safeguard && safeguard.Title.Length > 0) name = $"{symbol.Name} {safeguard.Title}";
            result.Add(new P.SymbolInformation(name, kind, new P.Location(reference.Tree.Source.Path,
                Server.Convert.Range(reference.Tree, reference.Token)), container));
        }
        return result.Take(1000).ToArray();
    }

    /// <summary>Fuzzy match as editors do: the query's characters appear in order, ignoring case.</summary>
    private static bool Matches(string name, string query)
    {
        var i = 0;
        foreach (var c in name)
            if (i < query.Length && char.ToLowerInvariant(c) == char.ToLowerInvariant(query[i])) i++;
        return i == query.Length;
    }

    public static P.FoldingRange[] FoldingRanges(Snapshot snapshot, string uri)
    {
        var tree = snapshot.Tree(uri);
        if (tree is null) return [];
        var lines = tree.Source.Lines;
        var ranges = new List<P.FoldingRange>();
        void Add(int startOffset, int endOffset, string? kind)
        {
            var start = lines.GetPosition(startOffset).Line;
            var end = lines.GetPosition(endOffset).Line;
            if (end > start) ranges.Add(new P.FoldingRange { StartLine = start, EndLine = end, Kind = kind });
        }
        foreach (var member in tree.Root.Members) Add(member.Span.Start, member.Span.End, "region");
        foreach (var token in SyntaxQuery.Tokens(tree))
        {
            if (token.Kind == SyntaxKind.TripleString) Add(token.Span.Start, token.Span.End, null);
            // A block of comment lines: consecutive comments separated by single line breaks.
            int? blockStart = null, blockEnd = null, commentLines = 0;
            var breaks = 0;
            foreach (var trivia in token.LeadingTrivia)
            {
                if (trivia.Kind == SyntaxKind.Comment)
                {
                    if (blockStart is null || breaks > 1) { Flush(); blockStart = trivia.Span.Start; commentLines = 0; }
                    blockEnd = trivia.Span.End;
                    commentLines++;
                    breaks = 0;
                }
                else if (trivia.Kind == SyntaxKind.NewLine) breaks++;
            }
            Flush();

            void Flush()
            {
                if (blockStart is { } s && blockEnd is { } e && commentLines > 1) Add(s, e, "comment");
                blockStart = null;
                blockEnd = null;
                commentLines = 0;
            }
        }
        return ranges.OrderBy(r => r.StartLine).ToArray();
    }
}
