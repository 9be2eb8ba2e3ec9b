using System.Text.RegularExpressions;
using Safeguards.Language.Semantics;
using Safeguards.Language.Syntax;
using Safeguards.LanguageServer.Server;
using P = Safeguards.LanguageServer.Protocol;

namespace Safeguards.LanguageServer.Features;

/// <summary>Definition, references, highlights and rename, all from the binder's symbol references.</summary>
internal static partial class Navigation
{
    public static SymbolReference? ReferenceAt(Snapshot snapshot, string uri, P.Position position)
    {
        var tree = snapshot.Tree(uri);
        if (tree is null) return null;
        var token = SyntaxQuery.TokenAt(tree, Server.Convert.Offset(tree.Source, position));
        return token is null ? null : snapshot.Compilation.ReferenceAt(token);
    }

    public static P.Location[] Definition(Snapshot snapshot, string uri, P.Position position)
    {
        var reference = ReferenceAt(snapshot, uri, position);
        if (reference?.Symbol is not { } symbol) return [];
        // A pack is declared in several files: every "pack NAME" line is a definition.
        var declarations = snapshot.Compilation.ReferencesTo(symbol).Where(r => r.IsDeclaration).ToList();
        if (declarations.Count > 0) return declarations.Select(d => ToLocation(d)).ToArray();
        return symbol.Location is { } location ? [location.Location()] : [];
    }

    public static P.Location[] References(Snapshot snapshot, string uri, P.Position position, bool includeDeclaration)
    {
        var reference = ReferenceAt(snapshot, uri, position);
        if (reference is null) return [];
        return snapshot.Compilation.ReferencesTo(reference.Symbol)
            .Where(r => includeDeclaration || !r.IsDeclaration)
            .Select(r => ToLocation(r)).Distinct().ToArray();
    }

    public static P.DocumentHighlight[] Highlights(Snapshot snapshot, string uri, P.Position position)
    {
        var reference = ReferenceAt(snapshot, uri, position);
        if (reference is null) return [];
        return snapshot.Compilation.ReferencesTo(reference.Symbol)
            .Where(r => r.Tree.Source.Path == uri)
            .Select(r => new P.DocumentHighlight(Server.Convert.Range(r.Tree, r.Token),
                r.IsDeclaration ? P.DocumentHighlightKind.Write : P.DocumentHighlightKind.Read))
            .ToArray();
    }

    private static P.Location ToLocation(SymbolReference reference) =>
        new(reference.Tree.Source.Path, Server.Convert.Range(reference.Tree, reference.Token));

    // ---- rename ----------------------------------------------------------------------------------

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*$")]
    private static partial Regex IdentifierPattern();

    [GeneratedRegex(@"^(?:[0-9]+|[0-9]+[.(\-][A-Za-z0-9.()\-]*)$")]
    private static partial Regex ArticleNumberPattern();

    public static P.PrepareRenameResult PrepareRename(Snapshot snapshot, string uri, P.Position position)
    {
        var reference = ReferenceAt(snapshot, uri, position)
            ?? throw ServerContext.Fail("There is nothing to rename here: put the cursor on the name of a declaration or a use of one.");
        CheckRenamable(reference.Symbol);
        return new P.PrepareRenameResult(Server.Convert.Range(reference.Tree, reference.Token), reference.Token.Text);
    }

    public static P.WorkspaceEdit Rename(Snapshot snapshot, string uri, P.Position position, string newName)
    {
        var reference = ReferenceAt(snapshot, uri, position)
            ?? throw ServerContext.Fail("There is nothing to rename here: put the cursor on the name of a declaration or a use of one.");
        var symbol = reference.Symbol;
        CheckRenamable(symbol);
        var error = ValidateName(symbol, newName);
        if (error is not null) throw ServerContext.Fail(error);
        if (RenameConflicts.Find(snapshot.Compilation, symbol, newName) is { } rival)
            throw ServerContext.Fail($"'{newName}' is already the name of a {rival.KindName}{Where(rival)}: renaming would make two declarations with one name; choose another name.");

        var changes = new Dictionary<string, List<P.TextEdit>>(StringComparer.Ordinal);
        foreach (var r in snapshot.Compilation.ReferencesTo(symbol))
        {
            if (!changes.TryGetValue(r.Tree.Source.Path, out var edits)) changes[r.Tree.Source.Path] = edits = [];
            var edit = new P.TextEdit(Server.Convert.Range(r.Tree, r.Token), newName);
            if (!edits.Contains(edit)) edits.Add(edit);
        }
        return new P.WorkspaceEdit(changes.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal));
    }

    private static string Where(Symbol symbol) =>
        symbol.Location is { } location ? $" (line {location.Start.Line + 1} of {Path.GetFileName(location.Source.Path)})" : "";

    private static void CheckRenamable(Symbol symbol)
    {
        if (symbol is PackSymbol)
            throw ServerContext.Fail("A pack's name is a qualified name shared by files and imports; rename the pack by editing its 'pack' and 'import' lines.");
    }

    /// <summary>Why a new name cannot be used, or null when it can.</summary>
    public static string? ValidateName(Symbol symbol, string newName)
    {
        if (symbol is ArticleSymbol)
            return ArticleNumberPattern().IsMatch(newName) ? null
                : $"'{newName}' is not an article number: use digits, optionally followed by '.', '-' or '(' and more (134.1, 68(3)(1), 347-1).";
        if (!IdentifierPattern().IsMatch(newName))
            return $"'{newName}' is not a valid name: a name starts with a letter or '_', continues with letters, digits or '_', and may have '-' parts (DET-REG-3H).";
        if (Keywords.Classify(newName) != SyntaxKind.Identifier)
            return $"'{newName}' is a keyword of the language and cannot be used as a name.";
        return null;
    }
}
