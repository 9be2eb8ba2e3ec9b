namespace Safeguards.Runtime.Calendars;

/// <summary>Which reckoning of Easter a feast follows.</summary>
public enum EasterComputus
{
    /// <summary>The Gregorian computus (the Western churches): Good Friday and Easter Monday in Germany and France.</summary>
    Gregorian,

    /// <summary>The Julian computus (the Orthodox churches), returned as a date of the Gregorian calendar.</summary>
    Julian,
}
