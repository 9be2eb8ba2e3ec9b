namespace Safeguards.Runtime;

/// <summary>How loudly a violated safeguard is reported.</summary>
public enum Severity
{
    Error,
    Warning,
    Info,
}
