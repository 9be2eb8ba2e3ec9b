namespace Safeguards.Language.Diagnostics;

public enum DiagnosticSeverity
{
    Error,
    Warning,
    Info,
}
