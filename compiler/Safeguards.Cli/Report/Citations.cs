using Safeguards.Runtime;

namespace Safeguards.Cli.Report;

/// <summary>A citation as HTML: the source and article, its title, and the version of the law that applied.</summary>
public static class Citations
{
    public static string Describe(Citation citation)
    {
        var article = citation.Article is not { } a ? "" : citation.Designation is null ? $" art. {Html.Escape(a)}" : $" {Html.Escape(a)}";
        var judgment = citation.Judgment is { } j ? $" ({Html.Escape(j)})" : "";
        return $"<span class=\"src\">{Html.Escape(citation.Source)}{article}</span> {Html.Escape(citation.SourceTitle)}{judgment} <span class=\"version\">({Version(citation)})</span>";
    }

    /// <summary>The version's period in words ("until" is exclusive, as in the rules).</summary>
    public static string Version(Citation citation) => "version in force " + PeriodText.Describe(citation, always: "throughout");
}
