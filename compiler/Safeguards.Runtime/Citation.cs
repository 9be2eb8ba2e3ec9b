namespace Safeguards.Runtime;

/// <summary>The law a finding rests on, in the version that applied at the trigger time.</summary>
/// <param name="Source">The source's identifier (<c>CPC_OLD</c>).</param>
/// <param name="SourceTitle">Its title.</param>
/// <param name="Article">The article number, when the citation names one (<c>134.1</c>).</param>
/// <param name="InForceFrom">Start of the version's period, inclusive; null when open.</param>
/// <param name="InForceUntil">End of the version's period, exclusive; null when open.</param>
public sealed record Citation(string Source, string SourceTitle, string? Article, DateOnly? InForceFrom, DateOnly? InForceUntil);
