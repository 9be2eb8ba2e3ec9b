namespace Safeguards.Language.Diagnostics;

public static partial class DiagnosticCatalogue
{
    private const string Syntax = "Syntax";

    public static readonly DiagnosticDescriptor BadCharacter = Define("SG1001", DiagnosticSeverity.Error, Syntax,
        "Character not part of the language", "The character '{0}' is not part of the language.");

    public static readonly DiagnosticDescriptor UnterminatedString = Define("SG1002", DiagnosticSeverity.Error, Syntax,
        "Unterminated quoted text", "This quoted text is not closed: add the closing {0}.");

    public static readonly DiagnosticDescriptor UnexpectedToken = Define("SG1003", DiagnosticSeverity.Error, Syntax,
        "Unexpected word or symbol", "Expected {0}, but found {1}.");

    public static readonly DiagnosticDescriptor ClauseNotAllowed = Define("SG1004", DiagnosticSeverity.Error, Syntax,
        "Clause not allowed here", "The '{0}' declaration has no '{1}' clause; it accepts: {2}.");

    public static readonly DiagnosticDescriptor InvalidDate = Define("SG1005", DiagnosticSeverity.Error, Syntax,
        "Invalid date", "'{0}' is not a date of the calendar (write YYYY-MM-DD).");

    public static readonly DiagnosticDescriptor TextOutsideDeclaration = Define("SG1006", DiagnosticSeverity.Error, Syntax,
        "Text outside a declaration", "Expected a declaration (pack, import, source, article, case, let or safeguard), but found {0}.");

    public static readonly DiagnosticDescriptor InvalidEscape = Define("SG1007", DiagnosticSeverity.Error, Syntax,
        "Unknown escape in quoted text", "'{0}' is not an escape sequence; use \\\" \\\\ \\n or \\t, or write the text in \"\"\"triple quotes\"\"\".");

    public static readonly DiagnosticDescriptor MissingPack = Define("SG1008", DiagnosticSeverity.Error, Syntax,
        "File without a pack", "A rule file must begin with 'pack NAME' so that its rules belong to a pack.");

    public static readonly DiagnosticDescriptor NumberTooLarge = Define("SG1009", DiagnosticSeverity.Error, Syntax,
        "Number too large", "The number {0} is too large (at most 1000000).");
}
