namespace Safeguards.Language.Diagnostics;

/// <summary>One entry of the diagnostics catalogue: a stable code, a default severity, a message
/// with numbered placeholders, and the area it belongs to (which decides its help link).</summary>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity DefaultSeverity, string Area, string Title, string MessageFormat)
{
    /// <summary>The page, relative to the repository root, that documents every code.</summary>
    public const string HelpPage = "docs/diagnostics.md";

    /// <summary>The anchor of this code in docs/diagnostics.md (relative: tools resolve it against
    /// where the docs are installed, since the product has no web site).</summary>
    public string HelpLink => $"{HelpPage}#{Code.ToLowerInvariant()}";
}
