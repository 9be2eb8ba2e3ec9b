namespace Safeguards.Language.Diagnostics;

// An extension counted from the decision that grants it ('extended to D after E'), issue #15.
public static partial class DiagnosticCatalogue
{
    public static readonly DiagnosticDescriptor ExtensionFromTheTrigger = Define("SG3032", DiagnosticSeverity.Error, Types,
        "An extension counted from the trigger", "'extended to {1} after {0}' counts from '{0}', the event that starts the limit itself: it only makes the limit {1}. Name the decision that grants the extension, or write the limit as 'within {1} after {0}'.");
}
