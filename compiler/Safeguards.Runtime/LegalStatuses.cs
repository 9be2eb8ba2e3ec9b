namespace Safeguards.Runtime;

/// <summary>Defaults derived from a source's <see cref="LegalStatus"/>.</summary>
public static class LegalStatuses
{
    /// <summary>
    /// Binding law and ratified treaties are errors when breached; soft law is a warning;
    /// recommendations and identified gaps in the law are informational only.
    /// </summary>
    public static Severity DefaultSeverity(this LegalStatus status) => status switch
    {
        LegalStatus.Binding or LegalStatus.Treaty => Severity.Error,
        LegalStatus.Soft => Severity.Warning,
        LegalStatus.Recommendation or LegalStatus.Gap => Severity.Info,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "not a legal status"),
    };

    /// <summary>The keyword spelling used in <c>.sg</c> files and reports.</summary>
    public static string ToKeyword(this LegalStatus status) => status switch
    {
        LegalStatus.Binding => "binding",
        LegalStatus.Treaty => "treaty",
        LegalStatus.Soft => "soft",
        LegalStatus.Recommendation => "recommendation",
        LegalStatus.Gap => "gap",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "not a legal status"),
    };

    /// <summary>The keyword spelling of a severity (<c>error</c>, <c>warning</c>, <c>info</c>).</summary>
    public static string ToKeyword(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "not a severity"),
    };
}
