namespace Safeguards.Runtime.CompilerServices;

/// <summary>"where channel is crime_report": an attribute (by index) must (or, negated, must not) have a value.</summary>
public readonly record struct AttributeFilter(int Attribute, int Value, bool Negated)
{
    public bool Matches(in EventOccurrence occurrence) => (occurrence.Attribute(Attribute) == Value) != Negated;
}
