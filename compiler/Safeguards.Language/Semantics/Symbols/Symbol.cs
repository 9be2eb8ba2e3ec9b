using Safeguards.Language.Diagnostics;

namespace Safeguards.Language.Semantics;

public enum SymbolKind
{
    Pack,
    Source,
    Article,
    Case,
    Event,
    Fact,
    Attribute,
    Constant,
    Safeguard,
    Calendar,
    Instant,
}

/// <summary>Something declared in a rule pack that a name can refer to.</summary>
public abstract class Symbol(string name, Location? location)
{
    public string Name { get; } = name;

    /// <summary>Where the name is declared (null for things that have no text, such as enumeration values).</summary>
    public Location? Location { get; } = location;

    public abstract SymbolKind Kind { get; }

    /// <summary>The word a lawyer would use for this kind of thing, in messages.</summary>
    public string KindName => Kind switch
    {
        SymbolKind.Pack => "pack",
        SymbolKind.Source => "source",
        SymbolKind.Article => "article",
        SymbolKind.Case => "case",
        SymbolKind.Event => "event",
        SymbolKind.Fact => "fact",
        SymbolKind.Attribute => "attribute",
        SymbolKind.Constant => "constant",
        SymbolKind.Safeguard => "safeguard",
        SymbolKind.Calendar => "calendar",
        SymbolKind.Instant => "instant",
    };

    public override string ToString() => $"{KindName} {Name}";
}
