namespace Safeguards.Runtime;

/// <summary>A period of law in words, the same everywhere a finding, a report or a catalogue shows one:
/// "from 2015-01-01", "until 2015-01-01" (exclusive, as in the rules), "from … until …".</summary>
public static class PeriodText
{
    /// <param name="always">What to say when neither end is set.</param>
    public static string Describe(DateOnly? from, DateOnly? until, string always = "at all times") => (from, until) switch
    {
        (null, null) => always,
        ({ } f, null) => $"from {f:yyyy-MM-dd}",
        (null, { } u) => $"until {u:yyyy-MM-dd}",
        ({ } f, { } u) => $"from {f:yyyy-MM-dd} until {u:yyyy-MM-dd}",
    };

    public static string Describe(Citation citation, string always = "at all times") =>
        Describe(citation.InForceFrom, citation.InForceUntil, always);
}
