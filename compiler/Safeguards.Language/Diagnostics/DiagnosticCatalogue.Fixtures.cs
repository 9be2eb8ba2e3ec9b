namespace Safeguards.Language.Diagnostics;

/// <summary>Problems in fixture files (<c>*.fixtures.json</c>), reported by <c>safeguards test</c>.
/// A malformed fixture is not run and counts as failed.</summary>
public static partial class DiagnosticCatalogue
{
    private const string Fixtures = "Fixtures";

    public static readonly DiagnosticDescriptor FixtureFileUnreadable = Define("SG6001", DiagnosticSeverity.Error, Fixtures,
        "Fixture file cannot be read", "{0}");

    public static readonly DiagnosticDescriptor FixtureUnknownKey = Define("SG6002", DiagnosticSeverity.Error, Fixtures,
        "Unknown key in a fixture file", "Unknown key '{0}' in {1}.{2} The keys here are: {3}.");

    public static readonly DiagnosticDescriptor FixtureUnknownPack = Define("SG6003", DiagnosticSeverity.Error, Fixtures,
        "Fixture names an unknown pack", "The fixture file names the pack '{0}', which the rule files do not declare.{1} The packs are: {2}.");

    public static readonly DiagnosticDescriptor FixtureUnknownSafeguard = Define("SG6004", DiagnosticSeverity.Error, Fixtures,
        "Fixture names an unknown safeguard", "Fixture '{0}' expects an outcome of '{1}', which no rule file declares.{2}");

    public static readonly DiagnosticDescriptor FixtureMissingValue = Define("SG6005", DiagnosticSeverity.Error, Fixtures,
        "Missing or mistyped value in a fixture", "{0} needs \"{1}\": {2}.");

    public static readonly DiagnosticDescriptor FixtureBadTime = Define("SG6006", DiagnosticSeverity.Error, Fixtures,
        "Invalid time in a fixture", "\"{0}\" in fixture '{1}' is not a valid time: {2}.");

    public static readonly DiagnosticDescriptor FixtureBadOutcome = Define("SG6007", DiagnosticSeverity.Error, Fixtures,
        "Unknown outcome in a fixture", "'{0}' in fixture '{1}' is not an outcome.{2} The outcomes are: {3}.");

    public static readonly DiagnosticDescriptor FixtureBadDuration = Define("SG6008", DiagnosticSeverity.Error, Fixtures,
        "Invalid duration in a fixture", "\"{0}\" in fixture '{1}' is not a duration: write a number and a unit, like \"1 hour 30 minutes\" or \"0 minutes\".");
}
