namespace Safeguards.Runtime;

/// <summary>The law a finding rests on, in the version that applied at the trigger time.</summary>
/// <param name="Source">The source's identifier (<c>CPC_OLD</c>).</param>
/// <param name="SourceTitle">Its title.</param>
/// <param name="Article">The provision, when the citation names one: an article number (<c>134.1</c>), or the number
/// with the word the law numbers it by when <paramref name="Designation"/> is set (<c>§ 128(1)</c>, <c>para 54</c>).</param>
/// <param name="InForceFrom">Start of the version's period, inclusive; null when open.</param>
/// <param name="InForceUntil">End of the version's period, exclusive; null when open.</param>
/// <param name="Designation">How the provision is numbered when not as an article (<c>§</c>, <c>s.</c>, <c>para</c>,
/// <c>Amendment</c>); null for an article.</param>
/// <param name="Court">For a source that is a judgment, the court that gave it; null for a law.</param>
/// <param name="Decided">For a judgment, the day it was given.</param>
public sealed record Citation(string Source, string SourceTitle, string? Article, DateOnly? InForceFrom, DateOnly? InForceUntil,
    string? Designation = null, string? Court = null, DateOnly? Decided = null)
{
    /// <summary>The provision as a lawyer writes it: "article 134.1", "§ 128(1)", "s.41(2)", "para 54"; null when none is cited.</summary>
    public string? Provision => Article is null ? null : Designation is null ? $"article {Article}" : Article;

    /// <summary>For a judgment, "European Court of Human Rights, judgment of 27 November 2008"; null for a law.</summary>
    public string? Judgment => Court is null ? null
        : Decided is { } day ? $"{Court}, judgment of {day.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}" : $"{Court}, judgment";
}
