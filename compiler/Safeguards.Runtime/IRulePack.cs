namespace Safeguards.Runtime;

/// <summary>A set of safeguards ready to evaluate: a pack compiled with Roslyn, or the interpreter
/// over a bound pack. Both give identical answers (a differential test holds them to it).</summary>
public interface IRulePack
{
    /// <summary>The case schemas and time zone; give it to a <see cref="CaseReader"/> to read cases.</summary>
    PackSchema Schema { get; }

    /// <summary>The safeguards, in the order <see cref="Evaluate"/> writes their outcomes.</summary>
    IReadOnlyList<SafeguardInfo> Safeguards { get; }

    /// <summary>The fast path: one outcome per safeguard (not applicable for safeguards of another case
    /// schema), without allocating.</summary>
    void Evaluate(CaseRecord record, long asOfUtcTicks, Span<Outcome> outcomes);

    /// <summary>The rich path: a finding with its evidence for each safeguard that applies to the
    /// record's case schema.</summary>
    IReadOnlyList<Finding> Explain(CaseRecord record, long asOfUtcTicks);
}
