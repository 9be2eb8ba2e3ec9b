namespace Safeguards.Runtime;

/// <summary>The declared type of a case fact (<c>fact age: number</c>).</summary>
public enum FactType
{
    Boolean,
    Number,
    Text,
    Date,
    Enumeration,
}
