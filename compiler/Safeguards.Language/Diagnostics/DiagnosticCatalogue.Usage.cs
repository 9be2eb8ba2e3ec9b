namespace Safeguards.Language.Diagnostics;

public static partial class DiagnosticCatalogue
{
    private const string Usage = "Usage";

    public static readonly DiagnosticDescriptor Unused = Define("SG5001", DiagnosticSeverity.Warning, Usage,
        "Declared but never used", "The {0} '{1}' is declared but never used.");

    public static readonly DiagnosticDescriptor UnknownPlaceholder = Define("SG5002", DiagnosticSeverity.Warning, Usage,
        "Unknown placeholder in a message", "'{{{0}}}' is not a placeholder; messages can use: {1}.");
}
