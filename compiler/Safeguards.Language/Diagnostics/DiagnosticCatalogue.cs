using System.Reflection;

namespace Safeguards.Language.Diagnostics;

/// <summary>Every diagnostic the tools can report, one file per area. Codes are stable: never
/// renumber or reuse one; docs/diagnostics.md documents each (a test enforces it).</summary>
public static partial class DiagnosticCatalogue
{
    private static DiagnosticDescriptor Define(string code, DiagnosticSeverity severity, string area, string title, string message) =>
        new(code, severity, area, title, message);

    // Lazy: field initialisers of a partial class run in an unspecified order across its files.
    private static readonly Lazy<DiagnosticDescriptor[]> AllDescriptors = new(() => typeof(DiagnosticCatalogue)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .OrderBy(d => d.Code, StringComparer.Ordinal)
        .ToArray());

    public static IReadOnlyList<DiagnosticDescriptor> All => AllDescriptors.Value;

    public static DiagnosticDescriptor? Find(string code) => All.FirstOrDefault(d => d.Code == code);
}
