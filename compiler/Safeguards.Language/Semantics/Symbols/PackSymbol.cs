using Safeguards.Language.Diagnostics;
using Safeguards.Runtime;

namespace Safeguards.Language.Semantics;

/// <summary>A rule pack: every file that declares <c>pack NAME</c>, with what they declare.</summary>
public sealed class PackSymbol(string name, Location? location) : Symbol(name, location)
{
    public override SymbolKind Kind => SymbolKind.Pack;

    public string? Title { get; internal set; }
    public string? Jurisdiction { get; internal set; }
    public string? TimeZoneId { get; internal set; }
    public MonthRounding MonthRounding { get; internal set; } = MonthRounding.None;

    public SymbolList<PackSymbol> Imports { get; } = new();
    public SymbolList<SourceSymbol> Sources { get; } = new();
    public SymbolList<CaseSymbol> Cases { get; } = new();
    public SymbolList<ConstantSymbol> Constants { get; } = new();
    public SymbolList<SafeguardSymbol> Safeguards { get; } = new();
}
