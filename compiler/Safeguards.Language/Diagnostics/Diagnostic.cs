using System.Globalization;

namespace Safeguards.Language.Diagnostics;

/// <summary>A problem found in a rule file, with where it is and, when we know one, how to fix it.</summary>
public sealed class Diagnostic
{
    public Diagnostic(DiagnosticDescriptor descriptor, Location location, object?[] arguments,
        IReadOnlyList<RelatedLocation>? related = null, IReadOnlyList<TextFix>? fixes = null)
    {
        Descriptor = descriptor;
        Location = location;
        Message = string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, arguments);
        Related = related ?? [];
        Fixes = fixes ?? [];
    }

    public DiagnosticDescriptor Descriptor { get; }

    public string Code => Descriptor.Code;

    public DiagnosticSeverity Severity => Descriptor.DefaultSeverity;

    public Location Location { get; }

    public string Message { get; }

    public IReadOnlyList<RelatedLocation> Related { get; }

    /// <summary>Edits that resolve the problem (the "did you mean" replacement, a missing clause).</summary>
    public IReadOnlyList<TextFix> Fixes { get; }

    /// <summary>The canonical form editors and CI annotate: <c>file(line,col): error SG1234: message</c>.</summary>
    public string ToCanonicalString(string? displayPath = null)
    {
        var start = Location.Start;
        var severity = Severity.ToString().ToLowerInvariant();
        return $"{displayPath ?? Location.Source.Path}({start.Line + 1},{start.Character + 1}): {severity} {Code}: {Message}";
    }

    public override string ToString() => ToCanonicalString();
}

/// <summary>A suggested edit: replace a span of a file with new text.</summary>
public sealed record TextFix(string Title, Location Location, string NewText);
