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

    public List<PackSymbol> Imports { get; } = [];
    public List<SourceSymbol> Sources { get; } = [];
    public List<CaseSymbol> Cases { get; } = [];
    public List<ConstantSymbol> Constants { get; } = [];
    public List<InstantSymbol> Instants { get; } = [];
    public List<SafeguardSymbol> Safeguards { get; } = [];

    /// <summary>The calendars this pack declares (one is allowed; a second is reported).</summary>
    public List<CalendarSymbol> Calendars { get; } = [];

    /// <summary>The calendar its working days are counted in: its own, or else the one a pack it imports declares; null when none.</summary>
    public CalendarSymbol? Calendar => Calendars.FirstOrDefault() ?? (Imports.SelectMany(i => i.Calendars).Take(2).ToList() is [var only] ? only : null);
}
