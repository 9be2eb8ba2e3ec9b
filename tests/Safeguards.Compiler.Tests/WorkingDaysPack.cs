namespace Safeguards.Compiler.Tests;

/// <summary>A pack with both working-day forms (issue #15, construct 6): a period counted in working days, forward and
/// back, and a week moved off a weekend or holiday (StPO § 43(2)), on a calendar with a holiday in force from a date,
/// Easter feasts, a one-off holiday and a decreed working day. Each form is chosen per requirement: DE-WEEK-PLAIN has
/// the same week without the move.</summary>
public static class WorkingDaysPack
{
    public const string Text = """
        pack de.test "Working days (test pack)"
          jurisdiction DE
          time zone "Europe/Berlin"
          round months down

        calendar DE_TEST "Berlin, for the tests"
          weekend Saturday, Sunday
          holiday "Neujahr" on 1 January
          holiday "Internationaler Frauentag" on 8 March from 2019-01-01
          holiday "Karfreitag" on 2 days before Easter
          holiday "Ostermontag" on 1 day after Easter
          holiday "Tag der Arbeit" on 1 May
          holiday "1. Weihnachtstag" on 25 December
          holiday "2. Weihnachtstag" on 26 December
          holiday "75. Jahrestag der Befreiung" on 2020-05-08
          working days "bridge day worked in advance" on 2024-12-28

        source STPO "Strafprozessordnung"
          status binding

        article STPO § 43(2) "A period ending on a Saturday, Sunday or holiday ends with the next working day"
        article STPO § 314(1) "The appeal within one week"

        case matter "A court matter"
          event pronounced "the judgment is pronounced"
          event appeal "the appeal is lodged"
          event reasons "the written reasons are served"
          event hearing "the hearing"
          event summons "the summons is served"

        safeguard DE-WEEK-MOVED "Appeal within a week, moved to the next working day"
          cites STPO § 314(1)
          applies to matter
          requires appeal within 1 week after pronounced, moved to the next working day

        safeguard DE-WEEK-PLAIN "The same week, not moved"
          cites STPO § 314(1)
          applies to matter
          requires appeal within 1 week after pronounced

        safeguard DE-REASONS-5WD "Reasons within 5 working days"
          cites STPO § 43(2)
          applies to matter
          requires reasons within 5 working days after pronounced

        safeguard DE-SUMMONS-2WD "Summons no later than 2 working days before the hearing"
          cites STPO § 43(2)
          applies to matter
          requires summons no later than 2 working days before hearing

        safeguard DE-MONTH-MOVED "Each reason within 1 month after each appeal, moved"
          cites STPO § 43(2)
          applies to matter
          requires each reasons within 1 month after each appeal, moved to the next working day
        """;
}
