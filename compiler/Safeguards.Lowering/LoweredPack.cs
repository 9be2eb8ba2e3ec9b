using Safeguards.Language.Text;
using Safeguards.Runtime.CompilerServices;

namespace Safeguards.Lowering;

/// <summary>A compilation lowered: the plans, and beside them what only the tools need to know about where
/// each safeguard came from (its pack, the rule files to embed in a PDB). The plans themselves hold no
/// syntax and no symbols.</summary>
public sealed class LoweredPack(PackPlan plan, IReadOnlyList<SafeguardOrigin> origins, IReadOnlyList<SourceText> sources)
{
    public PackPlan Plan { get; } = plan;

    /// <summary>One per safeguard of <see cref="Plan"/>, in the same order.</summary>
    public IReadOnlyList<SafeguardOrigin> Origins { get; } = origins;

    /// <summary>The rule files that declare the safeguards, in source order.</summary>
    public IReadOnlyList<SourceText> Sources { get; } = sources;
}

/// <summary>The pack a safeguard belongs to.</summary>
public sealed record SafeguardOrigin(string PackName, string? PackTitle);
