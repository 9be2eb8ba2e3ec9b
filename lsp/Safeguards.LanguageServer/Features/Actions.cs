using Safeguards.Language.Diagnostics;
using Safeguards.Language.Formatting;
using Safeguards.Language.Semantics;
using Safeguards.Language.Syntax;
using Safeguards.LanguageServer.Server;
using P = Safeguards.LanguageServer.Protocol;

namespace Safeguards.LanguageServer.Features;

/// <summary>Code actions (the fixes diagnostics carry, plus a citation skeleton for SG4001), code lenses
/// and formatting.</summary>
internal static class Actions
{
    /// <summary>The command the VS Code extension registers to evaluate a case; the lens passes the document URI and the safeguard id.</summary>
    public const string EvaluateCommand = "safeguards.evaluateCase";

    public static P.CodeAction[] CodeActions(Snapshot snapshot, string uri, P.Range range, HelpLinks links)
    {
        var tree = snapshot.Tree(uri);
        if (tree is null) return [];
        var span = Server.Convert.Span(tree.Source, range);
        var actions = new List<P.CodeAction>();
        foreach (var diagnostic in DiagnosticsPublisher.For(snapshot, uri))
        {
            var at = diagnostic.Location.Span;
            if (at.Start > span.End || at.End < span.Start) continue;
            var protocolDiagnostic = DiagnosticsPublisher.ToProtocol(diagnostic, links);
            foreach (var fix in diagnostic.Fixes)
            {
                actions.Add(new P.CodeAction
                {
                    Title = fix.Title,
                    Kind = P.CodeActionOptions.QuickFix,
                    Diagnostics = [protocolDiagnostic],
                    IsPreferred = diagnostic.Fixes.Count == 1,
                    Edit = Edit(fix.Location.Source.Path, new P.TextEdit(fix.Location.Range(), fix.NewText)),
                });
            }
            if (diagnostic.Descriptor == DiagnosticCatalogue.MissingCitation && CitationSkeleton(snapshot, tree, diagnostic) is { } skeleton)
            {
                skeleton = new P.CodeAction
                {
                    Title = skeleton.Title,
                    Kind = skeleton.Kind,
                    Edit = skeleton.Edit,
                    Diagnostics = [protocolDiagnostic],
                };
                actions.Add(skeleton);
            }
        }
        return actions.ToArray();
    }

    /// <summary>"Add a citation skeleton": a cites clause right under the safeguard's header, naming a
    /// source and article of the pack (to be corrected by the author), or placeholders when there is none.</summary>
    private static P.CodeAction? CitationSkeleton(Snapshot snapshot, SyntaxTree tree, Diagnostic diagnostic)
    {
        var declaration = tree.Root.Declarations.OfType<SafeguardDeclarationSyntax>()
            .FirstOrDefault(d => d.Id is { } id && id.Span == diagnostic.Location.Span);
        if (declaration is null) return null;
        var source = SyntaxQuery.VisiblePacks(snapshot.Compilation, tree).SelectMany(p => p.Sources)
            .OrderByDescending(s => s.Articles.Count > 0).FirstOrDefault();
        var article = source?.Articles.Values.FirstOrDefault();
        var clause = $"cites {source?.Name ?? "SOURCE"} article {article?.Name ?? "NUMBER"}";
        var headerEnd = (SyntaxNode?)declaration.SkippedHeader is { } skipped ? skipped.Span.End
            : ((SyntaxToken?)declaration.Title ?? declaration.Id ?? declaration.Keyword).Span.End;
        var newLine = tree.Source.Text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var position = Server.Convert.Position(tree.Source, headerEnd);
        return new P.CodeAction
        {
            Title = $"Add a citation skeleton ({clause})",
            Kind = P.CodeActionOptions.QuickFix,
            Edit = Edit(tree.Source.Path, new P.TextEdit(new P.Range(position, position), $"{newLine}{new string(' ', Formatter.IndentSize)}{clause}")),
        };
    }

    private static P.WorkspaceEdit Edit(string uri, P.TextEdit edit) =>
        new(new Dictionary<string, P.TextEdit[]>(StringComparer.Ordinal) { [uri] = [edit] });

    public static P.CodeLens[] CodeLenses(Snapshot snapshot, string uri)
    {
        var tree = snapshot.Tree(uri);
        if (tree is null) return [];
        return tree.Root.Declarations.OfType<SafeguardDeclarationSyntax>()
            .Where(d => d.Id is not null)
            .Select(d => new P.CodeLens(Server.Convert.Range(tree, d.Keyword),
                new P.Command("Evaluate against a case…", EvaluateCommand, [uri, d.Id!.Text])))
            .ToArray();
    }

    public static P.TextEdit[] FormatDocument(Snapshot snapshot, string uri)
    {
        var tree = snapshot.Tree(uri);
        if (tree is null) return [];
        var formatted = Formatter.Format(tree);
        var text = tree.Source.Text;
        if (formatted == text) return [];
        return [new P.TextEdit(Server.Convert.Range(tree.Source, new Language.Text.TextSpan(0, text.Length)), formatted)];
    }

    /// <summary>Formats the declarations the range touches, each replaced as a whole.</summary>
    public static P.TextEdit[] FormatRange(Snapshot snapshot, string uri, P.Range range)
    {
        var tree = snapshot.Tree(uri);
        if (tree is null) return [];
        var span = Server.Convert.Span(tree.Source, range);
        var text = tree.Source.Text;
        var edits = new List<P.TextEdit>();
        foreach (var segment in Formatter.Segments(tree))
        {
            var original = segment.Original;
            if (original.End < span.Start || original.Start > span.End) continue;
            if (string.CompareOrdinal(text, original.Start, segment.Text, 0, Math.Max(original.Length, segment.Text.Length)) == 0
                && original.Length == segment.Text.Length) continue;
            edits.Add(new P.TextEdit(Server.Convert.Range(tree.Source, original), segment.Text));
        }
        return edits.ToArray();
    }
}
