using Safeguards.Language.Diagnostics;
using Safeguards.Language.Syntax;
using Safeguards.Runtime;
using Safeguards.Runtime.CompilerServices;

namespace Safeguards.Language.Semantics;

/// <summary>Working days in requirements (language.md, "Working days"): <c>within 5 working days after X</c> counts the
/// period in the pack's calendar; <c>…, moved to the next working day</c> moves the end of a period in calendar units off a
/// Saturday, Sunday or public holiday (StPO § 43(2)). The calendar is the pack's own, or the one calendar it imports.</summary>
internal sealed partial class Binder
{
    /// <summary>"5 working days" as a deadline's period: <see cref="LegalDuration.Days"/> of the count, with the rule in
    /// <see cref="BindWorkingDays"/>. Null after a diagnostic.</summary>
    private LegalDuration? BindWorkingDayCount(DurationSyntax syntax)
    {
        var text = string.Join(' ', syntax.DescendantTokens().Select(t => t.Text));
        if (syntax.Parts is not [var part])
        {
            Report(DiagnosticCatalogue.WorkingDaysWithOtherUnits, At(syntax), text,
                "count the whole period in working days, or write it in calendar units without 'working'");
            return null;
        }
        if (part.Unit.Kind != SyntaxKind.DaysKeyword)
        {
            Report(DiagnosticCatalogue.WorkingDaysWithOtherUnits, At(syntax), text,
                part.Unit.Kind is SyntaxKind.HoursKeyword or SyntaxKind.MinutesKeyword
                    ? "hours and minutes are exact and know no working days; write 'N working days', or the period in hours without 'working'"
                    : "weeks and months have no number of working days; write the period in working days");
            return null;
        }
        return ParseNumber(part.Number) is { } amount ? LegalDuration.Days(amount) : null;
    }

    /// <summary>The working-day rule of a deadline, or null when it has none (or after a diagnostic).</summary>
    private BoundWorkingDays? BindWorkingDays(PackSymbol pack, DeadlineRequirementSyntax deadline, LegalDuration? duration)
    {
        var counts = deadline.Timing.Duration is { CountsWorkingDays: true };
        var moved = deadline.Moved;
        if (!counts && moved is null) return null;
        if (counts && duration is null) return null; // BindWorkingDayCount said why
        SyntaxNode use = counts ? deadline.Timing.Duration! : moved!;
        var what = counts ? string.Join(' ', deadline.Timing.Duration!.DescendantTokens().Select(t => t.Text)) : "moved to the next working day";
        if (counts && moved is not null) Report(DiagnosticCatalogue.MovedWorkingDays, At(moved), what);

        // An extension or an interval counted in working days is not defined: refuse rather than guess.
        if (deadline.Extensions.Count > 0 || deadline.Ceiling is not null || deadline.Recurrence is not null)
        {
            Report(DiagnosticCatalogue.NotMovableToWorkingDay, At(use), $"'{what}'",
                "cannot be combined with 'extended by', 'up to' or 'repeated': how an extension or a later interval counts working days is not defined");
            return null;
        }
        if (!counts && moved is not null)
        {
            var leading = string.Join(' ', deadline.Timing.LeadingWords.Select(t => t.Text));
            var timing = deadline.Timing.Duration is null ? $"{leading} {deadline.Timing.Direction.Text}".Trim() : $"{leading} … {deadline.Timing.Direction.Text}";
            if (deadline.Timing.Kind != DeadlineKind.WithinAfter)
            {
                Report(DiagnosticCatalogue.NotMovableToWorkingDay, At(moved), "'moved to the next working day'",
                    $"applies to a period after the trigger ('within 1 week after X'), not to '{timing}'");
                return null;
            }
            if (duration is { Family: DurationFamily.Exact } exact)
            {
                Report(DiagnosticCatalogue.NotMovableToWorkingDay, At(moved), "'moved to the next working day'",
                    $"applies to a period in days, weeks or months; {exact} ends at an exact instant, whatever the day");
                return null;
            }
        }
        if (RequireCalendar(pack, use, what) is not { } calendar) return null;
        return new BoundWorkingDays(calendar, counts ? WorkingDayCounting.CountWorkingDays : WorkingDayCounting.MoveToNextWorkingDay);
    }
}
