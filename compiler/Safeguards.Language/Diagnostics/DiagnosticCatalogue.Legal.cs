namespace Safeguards.Language.Diagnostics;

public static partial class DiagnosticCatalogue
{
    private const string Legal = "Legal checks";

    public static readonly DiagnosticDescriptor MissingCitation = Define("SG4001", DiagnosticSeverity.Error, Legal,
        "Safeguard without a citation", "The safeguard '{0}' cites no law; every safeguard must cite at least one source and article ('cites CPC_2014 article 131').");

    public static readonly DiagnosticDescriptor NeverInForce = Define("SG4002", DiagnosticSeverity.Error, Legal,
        "Safeguard never in force", "The safeguard '{0}' can never apply: {1}.");

    public static readonly DiagnosticDescriptor MissingApplies = Define("SG4003", DiagnosticSeverity.Error, Legal,
        "Safeguard without a case", "The safeguard '{0}' does not say which cases it applies to; add 'applies to <case>'.");

    public static readonly DiagnosticDescriptor MissingRequirement = Define("SG4004", DiagnosticSeverity.Error, Legal,
        "Safeguard that requires nothing", "The safeguard '{0}' requires nothing; add a 'requires' clause.");

    public static readonly DiagnosticDescriptor EmptyPeriod = Define("SG4005", DiagnosticSeverity.Error, Legal,
        "Empty period", "This period ends ({1}) before it begins ({0}).");

    public static readonly DiagnosticDescriptor ArticleOutsideSource = Define("SG4006", DiagnosticSeverity.Error, Legal,
        "Article in force outside its source", "Article {0} is in force {1}, outside the period of its source '{2}' ({3}).");

    public static readonly DiagnosticDescriptor DuplicateClause = Define("SG4007", DiagnosticSeverity.Error, Legal,
        "Clause given twice", "The '{0}' clause is given more than once in '{1}'.");

    public static readonly DiagnosticDescriptor CitationWithoutArticle = Define("SG4008", DiagnosticSeverity.Warning, Legal,
        "Citation without an article", "The safeguard '{0}' cites '{1}' without an article; name the exact provision so findings can cite it.");

    public static readonly DiagnosticDescriptor UnknownJurisdiction = Define("SG4009", DiagnosticSeverity.Error, Legal,
        "Unknown jurisdiction", "'{0}' is not a jurisdiction: write an ISO 3166-1 alpha-2 country code (KZ), optionally with an ISO 3166-2 subdivision (US-CA), or an international body ({1}).{2}");
}
