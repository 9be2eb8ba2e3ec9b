namespace Safeguards.Language.Diagnostics;

public static partial class DiagnosticCatalogue
{
    private const string Files = "Files";

    public static readonly DiagnosticDescriptor PathNotFound = Define("SG0001", DiagnosticSeverity.Error, Files,
        "No such file or folder", "{0}");

    public static readonly DiagnosticDescriptor BinaryFile = Define("SG0002", DiagnosticSeverity.Error, Files,
        "A binary file, not a rule file", "{0}");

    public static readonly DiagnosticDescriptor NotUtf8 = Define("SG0003", DiagnosticSeverity.Error, Files,
        "The file is not UTF-8", "{0}");

    public static readonly DiagnosticDescriptor NoRuleFiles = Define("SG0004", DiagnosticSeverity.Error, Files,
        "A folder without rule files", "{0}");

    public static readonly DiagnosticDescriptor CannotRead = Define("SG0005", DiagnosticSeverity.Error, Files,
        "The file or folder cannot be read or written", "{0}");
}
