namespace Safeguards.Language.Diagnostics;

// The ends of a recurring deadline ('until E or F'), issue #15. Numbered from SG3030 so that other legal-time
// diagnostics added at the same time keep the codes after SG3018.
public static partial class DiagnosticCatalogue
{
    public static readonly DiagnosticDescriptor RecurrenceEndedByItsAct = Define("SG3030", DiagnosticSeverity.Error, Types,
        "A recurring act that ends its own measure", "'until {0}': '{0}' is the act that recurs, so its first occurrence would end the measure and nothing would recur; name the events that end the measure (a release, a judgment).");

    public static readonly DiagnosticDescriptor RecurrenceEndNamedTwice = Define("SG3031", DiagnosticSeverity.Warning, Types,
        "An end of the measure named twice", "'{0}' is named twice after 'until'; the measure ends at the first of the events named, so the second changes nothing.");
}
