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
    public SymbolList<InstantSymbol> Instants { get; } = new();
    public SymbolList<SafeguardSymbol> Safeguards { get; } = new();

    /// <summary>The calendars this pack declares (one is allowed; a second is reported).</summary>
    public SymbolList<CalendarSymbol> Calendars { get; } = new();

    /// <summary>The calendar its working days are counted in: its own, or else the one a pack it imports declares; null when none.</summary>
    public CalendarSymbol? Calendar => Calendars.FirstOrDefault() ?? (Imports.SelectMany(i => i.Calendars).Take(2).ToList() is [var only] ? only : null);
}
