namespace Safeguards.Compiler.Tests;

/// <summary>A pack with every legal-time construct (issue #15): a clock on the earliest of two instants, a named instant,
/// extensions with conditions and a ceiling, a minimum waiting time, a recurring deadline (ended by one event, and by the first
/// of two), an extension counted from the decision that grants it. Written as the articles read.</summary>
public static class LegalTimePack
{
    public const string Text = """
        pack fr.test "Garde à vue (test pack)"
          jurisdiction FR
          time zone "Europe/Paris"

        source CPP "Code de procédure pénale"
          status binding

        article CPP 63 "Garde à vue: 24 hours, extendable"
        article CPP 63-4-2 "The first hearing and the lawyer"
        article CPP 706-88 "Organised crime: two further extensions"

        case gav "A person in police custody"
          event apprehended "the apprehension"
          event placed "the placement in custody"
          event prosecutor_authorisation "the prosecutor's written authorisation to extend"
          event judge_extension "a judge's extension"
          event released "the end of the custody"
          event lawyer_notified "the lawyer is told of the request"
          event hearing "a hearing" with lawyer: present | absent
          event review "a review of the custody"
          event brought_to_court "the person is brought before the court, which ends the custody"
          fact max_sentence_years "the longest sentence the offence carries, in years": number
          fact organised "organised crime": boolean

        let gav_start = earliest of (apprehended, placed)

        safeguard GAV-LIMIT "Custody at most 24 hours, extendable to 48, and for organised crime to 96"
          cites CPP article 63
          cites CPP article 706-88
          applies to gav
          requires released within 24 hours after gav_start
            extended by 24 hours on prosecutor_authorisation when max_sentence_years is at least 1
            extended by 24 hours on judge_extension when organised
            up to 96 hours

        safeguard GAV-START "The clock runs from the apprehension when it came first (inline)"
          cites CPP article 63
          applies to gav
          requires released within 24 hours after latest of (apprehended, placed plus 1 hour)

        safeguard GAV-LAWYER-WAIT "No hearing without the lawyer before two hours"
          cites CPP article 63-4-2
          applies to gav
          requires hearing where lawyer is absent not before 2 hours after lawyer_notified

        safeguard GAV-REVIEW "Reviewed within 6 hours, then every 9 hours, until released"
          cites CPP article 63
          applies to gav
          requires review within 6 hours after gav_start repeated within 9 hours until released

        safeguard GAV-REVIEW-AGAIN "Each review within 9 hours of the one before, until released"
          cites CPP article 63
          applies to gav
          requires review within 9 hours after review repeated within 9 hours until released

        safeguard GAV-REVIEW-ENDS "Reviewed within 6 hours, then every 9 hours, until released or brought before the court"
          cites CPP article 63
          applies to gav
          requires review within 6 hours after gav_start repeated within 9 hours until released or brought_to_court

        safeguard GAV-FROM-DECISION "Custody at most 24 hours, unless a judge extends it to 24 hours from the decision"
          cites CPP article 706-88
          applies to gav
          requires released within 24 hours after placed
            extended to 24 hours after judge_extension when organised
        """;
}
