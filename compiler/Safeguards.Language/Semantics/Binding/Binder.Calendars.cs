using System.Globalization;
using Safeguards.Language.Diagnostics;
using Safeguards.Language.Syntax;
using Safeguards.Runtime.Calendars;

namespace Safeguards.Language.Semantics;

/// <summary>Calendar declarations (language.md, "calendar"): the weekend, the public holidays and the decreed working
/// days become a runtime <see cref="WorkingCalendar"/>. Day, month and feast names are English and read in any case
/// ("Saturday", "saturday"); they are words of the declaration, not names of the pack.</summary>
internal sealed partial class Binder
{
    /// <summary>How far from Easter a movable feast may lie: Pentecost is 49 days after it, Corpus Christi 60; a
    /// larger offset is a mistake (a feast of another season), not a rule.</summary>
    private const int MaxDaysFromEaster = 100;

    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    private void DeclareCalendar(PackSymbol pack, CalendarDeclarationSyntax declaration, SyntaxToken name)
    {
        if (pack.Calendars.FirstOrDefault() is { } first)
        {
            Report(DiagnosticCatalogue.DuplicateDeclaration, At(name),
                first.Location is null ? null : [new RelatedLocation(first.Location, "first declared here")], null, "calendar of the pack", pack.Name);
            return;
        }
        CheckSingleClauses(declaration, name.Text, SyntaxKind.WeekendKeyword);
        var weekend = new List<DayOfWeek>();
        var holidays = new List<Holiday>();
        var workingDays = new List<DateOnly>();
        foreach (var clause in declaration.Clauses)
        {
            switch (clause)
            {
                case WeekendClauseSyntax days:
                    foreach (var day in days.Days.Items)
                        if (WeekDay(day) is { } weekday) weekend.Add(weekday);
                    break;
                case HolidayClauseSyntax holiday when BindHoliday(holiday) is { } bound:
                    holidays.Add(bound);
                    break;
                case WorkingDayClauseSyntax working when ParseDate(working.Date) is { } date:
                    workingDays.Add(date);
                    break;
            }
        }
        if (weekend.Distinct().Count() == 7)
        {
            Report(DiagnosticCatalogue.HolidayOutOfRange, At(declaration.Clauses.OfType<WeekendClauseSyntax>().First()), "weekend", "leaves no working day in the week");
            return;
        }
        var symbol = new CalendarSymbol(name.Text, At(name), pack, new WorkingCalendar(name.Text, weekend, holidays, workingDays))
        {
            Title = declaration.Title is null ? null : Text(declaration.Title),
        };
        pack.Calendars.Add(symbol);
        Declared(name, symbol);
    }

    private DayOfWeek? WeekDay(SyntaxToken token)
    {
        foreach (var day in Enum.GetValues<DayOfWeek>())
            if (string.Equals(day.ToString(), token.Text, StringComparison.OrdinalIgnoreCase)) return day;
        ReportUnknown(DiagnosticCatalogue.UnknownCalendarWord, token, Enum.GetNames<DayOfWeek>(), hint => [token.Text, "a day of the week (Monday to Sunday)", hint]);
        return null;
    }

    private Holiday? BindHoliday(HolidayClauseSyntax clause)
    {
        var name = Text(clause.Name);
        var from = ParseDate(clause.From);
        var until = ParseDate(clause.Until);
        if (from is { } start && until is { } end && end <= start)
        {
            Report(DiagnosticCatalogue.EmptyPeriod, At(clause), $"{start:yyyy-MM-dd}", $"{end:yyyy-MM-dd}");
            return null;
        }
        var date = clause.Date;
        if (date.Date is { } dateToken)
        {
            if (ParseDate(dateToken) is not { } day) return null;
            if ((from is { } f && day < f) || (until is { } u && day >= u))
            {
                Report(DiagnosticCatalogue.HolidayOutOfRange, At(clause), name, $"falls on {day:yyyy-MM-dd}, outside the period it is given");
                return null;
            }
            return new OneOffHoliday(name, day);
        }
        if (!date.IsEasterRelative) return AnnualHolidayOf(clause, name, from, until);

        if (EasterComputusOf(date.Words) is not { } computus) return null;
        var offset = 0;
        if (date.Number is { } number)
        {
            if (ParseNumber(number) is not { } amount) return null;
            if (amount > MaxDaysFromEaster)
            {
                Report(DiagnosticCatalogue.HolidayOutOfRange, At(date), name, $"lies {amount} days from Easter; a movable feast lies at most {MaxDaysFromEaster} days from it");
                return null;
            }
            if (date.Unit is { Kind: not SyntaxKind.DaysKeyword } unit)
            {
                Report(DiagnosticCatalogue.HolidayOutOfRange, At(unit), name, "is counted from Easter in days ('2 days before Easter')");
                return null;
            }
            offset = date.Direction?.Kind == SyntaxKind.BeforeKeyword ? -amount : amount;
        }
        return new EasterHoliday(name, offset, computus, from, until);
    }

    private AnnualHoliday? AnnualHolidayOf(HolidayClauseSyntax clause, string name, DateOnly? from, DateOnly? until)
    {
        var monthToken = clause.Date.Words[0];
        var month = Array.FindIndex(MonthNames, m => string.Equals(m, monthToken.Text, StringComparison.OrdinalIgnoreCase)) + 1;
        if (month == 0)
        {
            ReportUnknown(DiagnosticCatalogue.UnknownCalendarWord, monthToken, MonthNames, hint => [monthToken.Text, "a month (January to December)", hint]);
            return null;
        }
        if (ParseNumber(clause.Date.Number!) is not { } day) return null;
        // 29 February exists in leap years: a holiday on it falls only in those.
        if (day < 1 || day > DateTime.DaysInMonth(2024, month))
        {
            Report(DiagnosticCatalogue.HolidayOutOfRange, At(clause.Date), name, $"falls on {day} {MonthNames[month - 1]}, a day that does not exist");
            return null;
        }
        return new AnnualHoliday(name, month, day, from, until);
    }

    private EasterComputus? EasterComputusOf(IReadOnlyList<SyntaxToken> words)
    {
        var text = string.Join(' ', words.Select(w => w.Text));
        if (string.Equals(text, "Easter", StringComparison.OrdinalIgnoreCase)) return EasterComputus.Gregorian;
        if (string.Equals(text, "Orthodox Easter", StringComparison.OrdinalIgnoreCase)) return EasterComputus.Julian;
        var location = new Location(tree.Source, Safeguards.Language.Text.TextSpan.FromBounds(words[0].Span.Start, words[^1].Span.End));
        Report(DiagnosticCatalogue.UnknownCalendarWord, location, text, "'Easter' or 'Orthodox Easter', from which a movable feast is counted (or, after a day's number, a month)", "");
        return null;
    }

    /// <summary>The calendar a requirement that counts working days (or moves a deadline off a non-working day) is
    /// counted in: the pack's own, or the one calendar of the packs it imports. Reports SG3012 at <paramref name="use"/>
    /// when there is none, SG3029 when the imports have several and the pack none.</summary>
    internal CalendarSymbol? RequireCalendar(PackSymbol pack, SyntaxNode use, string what)
    {
        if (pack.Calendar is { } calendar)
        {
            used.Add(calendar);
            return calendar;
        }
        var imported = pack.Imports.SelectMany(i => i.Calendars).ToList();
        if (imported.Count > 1)
            Report(DiagnosticCatalogue.SeveralCalendars, At(use), what, pack.Name, string.Join(", ", imported.Select(c => c.Name)));
        else
            Report(DiagnosticCatalogue.NoCalendar, At(use), what, pack.Name);
        return null;
    }
}
