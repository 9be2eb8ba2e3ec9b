using Safeguards.Language.Diagnostics;
using Safeguards.Runtime.CompilerServices;
using Safeguards.Runtime;

namespace Safeguards.Language.Semantics;

/// <summary>A law or instrument (a code, the Constitution, a treaty, a recommendation).</summary>
public sealed class SourceSymbol(string name, Location? location, PackSymbol pack) : Symbol(name, location)
{
    public override SymbolKind Kind => SymbolKind.Source;
    public PackSymbol Pack { get; } = pack;
    public string Title { get; internal set; } = "";
    public LegalStatus Status { get; internal set; } = LegalStatus.Binding;
    public LegalPeriod InForce { get; internal set; } = LegalPeriod.Always;
    private readonly Dictionary<string, ArticleSymbol> articles = new(StringComparer.Ordinal);

    /// <summary>The declared articles by number.</summary>
    public IReadOnlyDictionary<string, ArticleSymbol> Articles => articles;
    internal void AddArticle(string number, ArticleSymbol article) => articles.Add(number, article);

    /// <summary>For a judgment: the court that gave it (<c>decided by "..." on D</c>); null for a law.</summary>
    public string? Court { get; internal set; }

    /// <summary>For a judgment: the day it was given.</summary>
    public DateOnly? Decided { get; internal set; }
}

/// <summary>An article of a source, with its quoted text when the pack gives it.</summary>
public sealed class ArticleSymbol(string number, Location? location, SourceSymbol source) : Symbol(number, location)
{
    public override SymbolKind Kind => SymbolKind.Article;
    public SourceSymbol Source { get; } = source;
    public string? Title { get; internal set; }
    public string? Text { get; internal set; }

    /// <summary>How the law numbers it when not as an article: "§", "s.", "para", "Amendment"; null for an article.
    /// The <see cref="Symbol.Name"/> then already carries it ("§ 128(1)").</summary>
    public string? Designation { get; internal set; }

    /// <summary>The provision as a citation prints it: "article 134.1", "§ 128(1)", "para 54".</summary>
    public string Provision => Designation is null ? $"article {Name}" : Name;

    /// <summary>The article's own period if it declares one, else its source's.</summary>
    public LegalPeriod InForce { get; internal set; } = LegalPeriod.Always;
}
