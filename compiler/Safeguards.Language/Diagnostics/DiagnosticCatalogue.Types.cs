namespace Safeguards.Language.Diagnostics;

public static partial class DiagnosticCatalogue
{
    private const string Types = "Types and time";

    public static readonly DiagnosticDescriptor TypeMismatch = Define("SG3001", DiagnosticSeverity.Error, Types,
        "Wrong kind of value", "'{0}' is a {1} fact: {2}.");

    public static readonly DiagnosticDescriptor IncomparableDurations = Define("SG3002", DiagnosticSeverity.Error, Types,
        "Durations with no exact comparison", "{0} cannot be compared with {1}: {2} and {3} have no exact conversion (a month is 28 to 31 days, a day 23 to 25 hours).");

    public static readonly DiagnosticDescriptor MonthsWithoutRounding = Define("SG3003", DiagnosticSeverity.Error, Types,
        "Months without a declared rounding", "Counting in months can land on a day that does not exist (31 January + 1 month); declare 'round months up' or 'round months down' in pack '{0}'.");

    public static readonly DiagnosticDescriptor UnknownTimeZone = Define("SG3004", DiagnosticSeverity.Error, Types,
        "Unknown time zone", "'{0}' is not a known IANA time zone (for example \"Asia/Almaty\").");

    public static readonly DiagnosticDescriptor MissingTimeZone = Define("SG3005", DiagnosticSeverity.Error, Types,
        "Pack without a time zone", "The pack '{0}' declares no time zone; days and dates cannot be counted without one. Add 'time zone \"Asia/Almaty\"'.");

    public static readonly DiagnosticDescriptor NotADuration = Define("SG3006", DiagnosticSeverity.Error, Types,
        "Not a duration", "'{0}' is not a duration; write a number and a unit, like 3 hours.");

    public static readonly DiagnosticDescriptor EachOnOneSide = Define("SG3007", DiagnosticSeverity.Error, Types,
        "Pairing on one side only", "'each' pairs occurrences, so it must stand before both the completing event and the trigger ('each reply within 3 days after each complaint').");

    public static readonly DiagnosticDescriptor EventOfAnotherCase = Define("SG3008", DiagnosticSeverity.Error, Types,
        "Requirement without a case", "The safeguard '{0}' must say 'applies to <case>' before its events can be checked.");

    public static readonly DiagnosticDescriptor EventUsedAsFact = Define("SG3009", DiagnosticSeverity.Error, Types,
        "Event used as a fact", "'{0}' is an event, not a fact; to ask whether it was recorded, write '{0} occurred'.");

    public static readonly DiagnosticDescriptor CompoundDurationWithoutReading = Define("SG3010", DiagnosticSeverity.Error, Types,
        "Compound duration with no single reading", "'{0}' cannot be read as one period: {1}.");

    public static readonly DiagnosticDescriptor HolidayOutOfRange = Define("SG3011", DiagnosticSeverity.Error, Types,
        "Holiday outside its range", "The holiday '{0}' {1}.");

    public static readonly DiagnosticDescriptor NoCalendar = Define("SG3012", DiagnosticSeverity.Error, Types,
        "Working days without a calendar", "'{0}' counts working days, but the pack '{1}' declares no calendar (and imports none); declare one with 'calendar NAME', its 'weekend' and its 'holiday' clauses.");

    public static readonly DiagnosticDescriptor ClockWithEach = Define("SG3013", DiagnosticSeverity.Error, Types,
        "A clock paired occurrence by occurrence", "'each' pairs occurrences of one event; a clock ({0}) starts once. Remove 'each', or pair on one event.");

    public static readonly DiagnosticDescriptor NotAnExtendableLimit = Define("SG3014", DiagnosticSeverity.Error, Types,
        "Only a limit can be extended or repeated", "'{0}' applies to a limit 'within D after' on the first trigger, not to '{1}'.");

    public static readonly DiagnosticDescriptor ExtensionWithoutCeiling = Define("SG3015", DiagnosticSeverity.Warning, Types,
        "Extensions without a ceiling", "The limit can be extended without end; add 'up to D', the longest the law allows with every extension.");

    public static readonly DiagnosticDescriptor RecurrenceWithoutEnd = Define("SG3016", DiagnosticSeverity.Warning, Types,
        "A recurring deadline without an end", "'repeated within {0}' has no 'until EVENT': every interval up to the reference time is judged, as if the measure never ended.");

    public static readonly DiagnosticDescriptor CeilingBelowLimit = Define("SG3017", DiagnosticSeverity.Error, Types,
        "A ceiling below the limit", "'up to {0}' is shorter than the limit {1} itself.");

    public static readonly DiagnosticDescriptor CeilingWithoutExtension = Define("SG3018", DiagnosticSeverity.Warning, Types,
        "A ceiling with nothing to extend", "'up to {0}' caps extensions, but the limit has none ('extended by D on EVENT').");

    // Working days (language.md, "Working days"): SG3012 above, and the misuse of the two forms.
    public static readonly DiagnosticDescriptor WorkingDaysOutOfPlace = Define("SG3025", DiagnosticSeverity.Error, Types,
        "Working days where they cannot be counted", "'{0}' counts working days, which only a deadline's own period can ('within 5 working days after X', 'no later than 2 working days before X'); here write calendar days, weeks or hours.");

    public static readonly DiagnosticDescriptor WorkingDaysWithOtherUnits = Define("SG3026", DiagnosticSeverity.Error, Types,
        "Working days with other units", "'{0}': working days are counted on their own, as 'N working days'; {1}.");

    public static readonly DiagnosticDescriptor NotMovableToWorkingDay = Define("SG3027", DiagnosticSeverity.Error, Types,
        "A period that cannot be counted in working days", "{0} {1}.");

    public static readonly DiagnosticDescriptor MovedWorkingDays = Define("SG3028", DiagnosticSeverity.Warning, Types,
        "Moving a period that ends on a working day", "'{0}' is counted in working days, so it always ends on one; 'moved to the next working day' changes nothing. Remove it.");

    public static readonly DiagnosticDescriptor SeveralCalendars = Define("SG3029", DiagnosticSeverity.Error, Types,
        "Working days in one of several calendars", "'{0}' counts working days, but the pack '{1}' declares no calendar and imports several ({2}); declare the pack's own calendar, the one of the place whose law sets the period.");
}
