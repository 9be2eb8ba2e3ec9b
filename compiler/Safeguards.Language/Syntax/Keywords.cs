using System.Collections.Frozen;
using System.Reflection;
using Superpower.Display;

namespace Safeguards.Language.Syntax;

/// <summary>The reserved words of the language and the roles they play in splitting a file. The spelling of each
/// keyword is the one place it is written: its <see cref="TokenAttribute.Example"/> on <see cref="SyntaxKind"/>
/// (which also names it in the grammar's error messages); units add their singular forms from
/// <see cref="LanguageFacts.DurationUnits"/>.</summary>
public static class Keywords
{
    private static readonly FrozenDictionary<SyntaxKind, string> TextByKind = typeof(SyntaxKind)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (Kind: (SyntaxKind)f.GetValue(null)!, f.GetCustomAttribute<TokenAttribute>()?.Example))
        .Where(k => k.Kind >= SyntaxKind.PackKeyword)
        .ToFrozenDictionary(k => k.Kind, k => k.Example
            ?? throw new InvalidOperationException($"The keyword {k.Kind} has no [Token(Example = ...)]: that is where its spelling is written."));

    private static readonly FrozenDictionary<string, SyntaxKind> ByText = TextByKind
        .Select(p => KeyValuePair.Create(p.Value, p.Key))
        .Concat(LanguageFacts.DurationUnits.Select(u => KeyValuePair.Create(u.Singular, u.Keyword)))
        .ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every spelling of every keyword (units in the singular and the plural).</summary>
    public static IEnumerable<string> All => ByText.Keys;

    public static SyntaxKind Classify(string identifierText) =>
        ByText.TryGetValue(identifierText, out var kind) ? kind : SyntaxKind.Identifier;

    public static bool IsKeyword(SyntaxKind kind) => kind >= SyntaxKind.PackKeyword;

    public static bool StartsDeclaration(SyntaxKind kind) => LanguageFacts.DeclarationKeywords.Contains(kind);

    /// <summary>The clause keywords a declaration accepts; a clause runs until the next one (or the next declaration).</summary>
    public static bool StartsClause(SyntaxKind declaration, SyntaxKind kind) =>
        LanguageFacts.ClauseKeywords.TryGetValue(declaration, out var clauses) && clauses.Contains(kind);

    /// <summary>The clause keywords of one declaration kind, for completion.</summary>
    public static IEnumerable<SyntaxKind> ClauseKeywords(SyntaxKind declaration) =>
        LanguageFacts.ClauseKeywords.TryGetValue(declaration, out var clauses) ? clauses : [];

    /// <summary>How a keyword is written (a unit in the plural).</summary>
    public static string TextOf(SyntaxKind kind) => TextByKind.TryGetValue(kind, out var text) ? text : kind.ToString();
}
