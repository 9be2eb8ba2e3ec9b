using System.Collections.Immutable;

namespace Safeguards.Runtime.CompilerServices;

/// <summary>A set of lowered packs: the case schemas as the runtime sees them, and a plan per safeguard. The
/// interpreter hands the plans to the judges; the code generator writes them out as C# data and derives the
/// fast path from them. Lowering happens once, so the two can only differ in how they carry a plan out.</summary>
public sealed class PackPlan(PackSchema schema, IReadOnlyList<SafeguardPlan> safeguards)
{
    public PackSchema Schema { get; } = schema;

    public ImmutableArray<SafeguardPlan> Safeguards { get; } = [.. safeguards];
}
