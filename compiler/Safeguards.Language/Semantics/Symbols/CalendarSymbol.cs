using Safeguards.Language.Diagnostics;
using Safeguards.Runtime.Calendars;

namespace Safeguards.Language.Semantics;

/// <summary>A pack's working-day calendar: its weekend days, public holidays and decreed working days, with the
/// runtime calendar built from them (the arithmetic of "working days" and "moves to the next working day").</summary>
public sealed class CalendarSymbol(string name, Location? location, PackSymbol pack, WorkingCalendar calendar) : Symbol(name, location)
{
    public override SymbolKind Kind => SymbolKind.Calendar;
    public PackSymbol Pack { get; } = pack;
    public string? Title { get; internal set; }
    public WorkingCalendar Calendar { get; } = calendar;
}
