namespace Safeguards.Language.Diagnostics;

public static partial class DiagnosticCatalogue
{
    private const string Names = "Names";

    public static readonly DiagnosticDescriptor UnknownName = Define("SG2001", DiagnosticSeverity.Error, Names,
        "Unknown name", "There is no {0} named '{1}'.{2}");

    public static readonly DiagnosticDescriptor DuplicateDeclaration = Define("SG2002", DiagnosticSeverity.Error, Names,
        "Declared twice", "The {0} '{1}' is already declared.");

    public static readonly DiagnosticDescriptor UnknownImport = Define("SG2003", DiagnosticSeverity.Error, Names,
        "Unknown pack", "No pack named '{0}' was found among the rule files.{1}");

    public static readonly DiagnosticDescriptor UnknownArticle = Define("SG2004", DiagnosticSeverity.Error, Names,
        "Article not declared", "Source '{0}' has no article {1}; declare it with 'article {0} {1} \"title\"'.{2}");

    public static readonly DiagnosticDescriptor UnknownEvent = Define("SG2005", DiagnosticSeverity.Error, Names,
        "Unknown event", "The case '{0}' has no event '{1}'.{2}");

    public static readonly DiagnosticDescriptor UnknownFact = Define("SG2006", DiagnosticSeverity.Error, Names,
        "Unknown fact or event", "The case '{0}' has no fact or event '{1}'.{2}");

    public static readonly DiagnosticDescriptor UnknownValue = Define("SG2007", DiagnosticSeverity.Error, Names,
        "Value not allowed", "'{0}' is not a value of '{1}'; it can be: {2}.");

    public static readonly DiagnosticDescriptor UnknownAttribute = Define("SG2008", DiagnosticSeverity.Error, Names,
        "Unknown attribute", "The event '{0}' has no attribute '{1}'.{2}");

    public static readonly DiagnosticDescriptor ConflictingPackSettings = Define("SG2009", DiagnosticSeverity.Error, Names,
        "Conflicting pack settings", "The pack '{0}' sets its {1} differently in another file.");

    public static readonly DiagnosticDescriptor UnknownProvisionNumbering = Define("SG2010", DiagnosticSeverity.Error, Names,
        "Provision numbered in an unknown way", "'{0}' does not number a provision: {1}.{2}");

    public static readonly DiagnosticDescriptor UnknownCalendarWord = Define("SG2011", DiagnosticSeverity.Error, Names,
        "Unknown day, month or feast", "'{0}' is not {1}.{2}");
}
