using Safeguards.Language.Diagnostics;
using Safeguards.Language.Syntax;
using Safeguards.Runtime.CompilerServices;
using Safeguards.Runtime;

namespace Safeguards.Language.Semantics;

/// <summary>A safeguard with everything bound: what it cites, what it applies to, what it requires.</summary>
public sealed class SafeguardSymbol(string id, Location? location, PackSymbol pack, SafeguardDeclarationSyntax syntax) : Symbol(id, location)
{
    public override SymbolKind Kind => SymbolKind.Safeguard;
    public PackSymbol Pack { get; } = pack;
    public SafeguardDeclarationSyntax Syntax { get; } = syntax;
    public string Title { get; internal set; } = "";
    public SymbolList<BoundCitation> Citations { get; } = new();
    public CaseSymbol? Case { get; internal set; }
    public BoundCondition? Condition { get; internal set; }
    public SymbolList<BoundRequirement> Requirements { get; } = new();
    public Severity Severity { get; internal set; } = Severity.Error;
    public LegalStatus Status { get; internal set; } = LegalStatus.Binding;
    public string? Category { get; internal set; }
    public string? Because { get; internal set; }
    public string? MessageTemplate { get; internal set; }
    public string? Seed { get; internal set; }

    /// <summary>The safeguard's own window (its <c>in force</c> clause).</summary>
    public LegalPeriod OwnPeriod { get; internal set; } = LegalPeriod.Always;

    /// <summary>When it can apply at all: its own window and the periods of everything it cites.</summary>
    public LegalPeriod ApplicablePeriod { get; internal set; } = LegalPeriod.Always;

    /// <summary>True when binding found no error in this safeguard, so it can be evaluated.</summary>
    public bool IsComplete { get; internal set; }
}

/// <summary><c>cites SOURCE article N</c>, resolved.</summary>
public sealed record BoundCitation(SourceSymbol Source, ArticleSymbol? Article)
{
    public LegalPeriod Period => Article?.InForce ?? Source.InForce;

    public override string ToString() => Article is null ? Source.Name : $"{Source.Name} article {Article.Name}";
}
