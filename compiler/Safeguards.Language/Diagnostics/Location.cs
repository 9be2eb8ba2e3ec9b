using Safeguards.Language.Text;

namespace Safeguards.Language.Diagnostics;

/// <summary>A place in a rule file.</summary>
public sealed record Location(SourceText Source, TextSpan Span)
{
    public LinePosition Start => Source.Lines.GetPosition(Span.Start);

    public LinePosition End => Source.Lines.GetPosition(Span.End);
}

/// <summary>A second place that explains a diagnostic (the earlier duplicate, the declaration of the wrong type).</summary>
public sealed record RelatedLocation(Location Location, string Message);
