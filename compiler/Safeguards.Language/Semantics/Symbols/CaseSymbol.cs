using Safeguards.Language.Diagnostics;
using Safeguards.Runtime;

namespace Safeguards.Language.Semantics;

/// <summary>A case schema: the events and facts a case of this kind records.</summary>
public sealed class CaseSymbol(string name, Location? location, PackSymbol pack) : Symbol(name, location)
{
    public override SymbolKind Kind => SymbolKind.Case;
    public PackSymbol Pack { get; } = pack;
    public string? Title { get; internal set; }
    public SymbolList<EventSymbol> Events { get; } = new();
    public SymbolList<FactSymbol> Facts { get; } = new();

    public EventSymbol? FindEvent(string name) => Events.FirstOrDefault(e => e.Name == name);
    public FactSymbol? FindFact(string name) => Facts.FirstOrDefault(f => f.Name == name);
}

public sealed class EventSymbol(string name, Location? location, CaseSymbol @case, int index) : Symbol(name, location)
{
    public override SymbolKind Kind => SymbolKind.Event;
    public CaseSymbol Case { get; } = @case;
    public int Index { get; } = index;
    public string? Description { get; internal set; }
    public bool Required { get; internal set; }
    public EventSymbol? RefersTo { get; internal set; }
    public SymbolList<AttributeSymbol> Attributes { get; } = new();
}

public sealed class AttributeSymbol(string name, Location? location, EventSymbol owner, int index, IReadOnlyList<string> values)
    : Symbol(name, location)
{
    public override SymbolKind Kind => SymbolKind.Attribute;
    public EventSymbol Owner { get; } = owner;
    public int Index { get; } = index;
    public IReadOnlyList<string> Values { get; } = values;
}

public sealed class FactSymbol(string name, Location? location, CaseSymbol @case, int index) : Symbol(name, location)
{
    public override SymbolKind Kind => SymbolKind.Fact;
    public CaseSymbol Case { get; } = @case;
    public int Index { get; } = index;
    public string? Description { get; internal set; }
    public FactType Type { get; internal set; }

    /// <summary>For a fact that is a duration ("fact term: days"), its unit; the value is a number of them.</summary>
    public DurationUnit? Unit { get; internal set; }
    public IReadOnlyList<string> Values { get; internal set; } = [];

    public string TypeDescription => Unit is { } unit ? $"number of {unit.ToString().ToLowerInvariant()}"
        : Type == FactType.Enumeration ? string.Join(" | ", Values)
        : Type.ToString().ToLowerInvariant();
}

/// <summary><c>let pre_charge_limit = 72 hours</c></summary>
public sealed class ConstantSymbol(string name, Location? location, PackSymbol pack, LegalDuration value) : Symbol(name, location)
{
    public override SymbolKind Kind => SymbolKind.Constant;
    public PackSymbol Pack { get; } = pack;
    public LegalDuration Value { get; } = value;
}

/// <summary>A named instant (<c>let custody_start = earliest of (apprehended, placed_in_custody)</c>): several safeguards share
/// one definition of when a clock starts. Its events are looked up in the case of each safeguard that uses it.</summary>
public sealed class InstantSymbol(string name, Location? location, PackSymbol pack, Syntax.ClockStartSyntax syntax) : Symbol(name, location)
{
    public override SymbolKind Kind => SymbolKind.Instant;
    public PackSymbol Pack { get; } = pack;
    public Syntax.ClockStartSyntax Syntax { get; } = syntax;
}
