namespace Safeguards.Runtime;

/// <summary>The legal force of a source; it decides the default severity of safeguards citing it.</summary>
public enum LegalStatus
{
    Binding,
    Treaty,
    Soft,
    Recommendation,
    Gap,
}
