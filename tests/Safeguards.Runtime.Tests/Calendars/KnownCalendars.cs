using Safeguards.Runtime.Calendars;

namespace Safeguards.Runtime.Tests.Calendars;

/// <summary>The calendars of the three packs, built by hand from the statutes (the packs declare the same in .sg).</summary>
internal static class KnownCalendars
{
    private static readonly DayOfWeek[] SaturdaySunday = [DayOfWeek.Saturday, DayOfWeek.Sunday];

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Federal holidays and those of Land Berlin (Feiertagsgesetz Berlin).</summary>
    public static readonly WorkingCalendar Berlin = new("DE_BERLIN", SaturdaySunday,
    [
        new AnnualHoliday("Neujahr", 1, 1),
        new AnnualHoliday("Internationaler Frauentag", 3, 8, InForceFrom: D("2019-01-01")),
        new EasterHoliday("Karfreitag", -2),
        new EasterHoliday("Ostermontag", 1),
        new AnnualHoliday("Tag der Arbeit", 5, 1),
        new EasterHoliday("Christi Himmelfahrt", 39),
        new EasterHoliday("Pfingstmontag", 50),
        new AnnualHoliday("Tag der Deutschen Einheit", 10, 3, InForceFrom: D("1990-10-03")),
        new AnnualHoliday("1. Weihnachtstag", 12, 25),
        new AnnualHoliday("2. Weihnachtstag", 12, 26),
        new OneOffHoliday("Reformationstag 2017", D("2017-10-31")),
        new OneOffHoliday("80. Jahrestag der Befreiung", D("2025-05-08")),
    ]);

    /// <summary>Code du travail art. L3133-1.</summary>
    public static readonly WorkingCalendar France = new("FR", SaturdaySunday,
    [
        new AnnualHoliday("Jour de l'an", 1, 1),
        new EasterHoliday("Lundi de Pâques", 1),
        new AnnualHoliday("Fête du travail", 5, 1),
        new AnnualHoliday("Victoire 1945", 5, 8),
        new EasterHoliday("Ascension", 39),
        new EasterHoliday("Lundi de Pentecôte", 50),
        new AnnualHoliday("Fête nationale", 7, 14),
        new AnnualHoliday("Assomption", 8, 15),
        new AnnualHoliday("Toussaint", 11, 1),
        new AnnualHoliday("Armistice", 11, 11),
        new AnnualHoliday("Noël", 12, 25),
    ]);

    /// <summary>Labour Code art. 112, with the 2024 transfers of Government Resolution No. 1335 of 10 August 2023.</summary>
    public static readonly WorkingCalendar Russia = new("RU", SaturdaySunday,
    [
        .. Enumerable.Range(1, 6).Select(day => new AnnualHoliday("Новогодние каникулы", 1, day)),
        new AnnualHoliday("Рождество Христово", 1, 7),
        new AnnualHoliday("Новогодние каникулы", 1, 8),
        new AnnualHoliday("День защитника Отечества", 2, 23),
        new AnnualHoliday("Международный женский день", 3, 8),
        new AnnualHoliday("Праздник Весны и Труда", 5, 1),
        new AnnualHoliday("День Победы", 5, 9),
        new AnnualHoliday("День России", 6, 12),
        new AnnualHoliday("День народного единства", 11, 4),
        new OneOffHoliday("перенос выходного дня", D("2024-04-29")),
        new OneOffHoliday("перенос выходного дня", D("2024-04-30")),
        new OneOffHoliday("перенос выходного дня", D("2024-05-10")),
        new OneOffHoliday("перенос выходного дня", D("2024-12-30")),
        new OneOffHoliday("перенос выходного дня", D("2024-12-31")),
    ],
    workingDays: [D("2024-04-27"), D("2024-11-02"), D("2024-12-28")]);
}
