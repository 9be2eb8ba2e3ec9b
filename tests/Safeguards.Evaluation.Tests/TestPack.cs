namespace Safeguards.Evaluation.Tests;

/// <summary>One inline pack with a safeguard for each construct the outcome tests exercise.</summary>
public static class TestPack
{
    public const string Header = """
        pack t.basic "Test pack"
          jurisdiction KZ
          time zone "Asia/Almaty"
          round months down

        source LAW "A law in force at all times"
          status binding
        article LAW 1 "Article one"

        source OLD "The old code"
          status binding
          in force until 2015-01-01
        article OLD 10 "Old article"

        source NEW "The new code"
          status binding
          in force from 2015-01-01
        article NEW 20 "New article"

        source REC "A recommendation"
          status recommendation
        article REC 5 "Recommendation five"

        """;

    public const string Cases = """
        case det "A detention"
          event apprehended "actual detention" required
          event registered "the report"
          event released "release"
          event hearing "court hearing"
          event application "application to the court"
          event complaint "a complaint" with channel: crime_report | procedural_complaint
          event reply "a reply" refers to complaint
          event answer "an answer that names no complaint"
          event returned "returned for checks"
          event opened "investigation opened"
          event inspection "an inspection of the place of detention"
          fact kind "criminal or administrative": criminal | administrative
          fact torture "alleges torture": boolean
          fact age "age in years": number
          fact held "days held before": days

        case other "Another kind of case"
          event x "something"

        """;

    public const string Safeguards = """
        safeguard REG "Registered within 3 hours"
          cites LAW article 1
          applies to det when kind is criminal
          requires registered within 3 hours after apprehended
          category detention
          because "The report within three hours."
          message "Registered {elapsed} after; limit {limit}; overrun {overrun}; slack {slack}; deadline {deadline}; trigger {trigger}; completed {completed}; {safeguard}: {title} ({case}) {unknown}"

        safeguard OTHER-X "Something about other cases"
          cites LAW article 1
          applies to other
          requires x within 1 hour after x

        safeguard JR "Hearing within 8 hours of the application"
          cites LAW article 1
          applies to det
          requires hearing within 8 hours after application
          category judicial-control

        safeguard H72 "Hearing or release within 72 hours"
          cites LAW article 1
          applies to det
          requires hearing or released within 72 hours after registered

        safeguard REG-BEFORE "Registered no later than 12 hours before the hearing"
          cites LAW article 1
          applies to det
          requires registered no later than 12 hours before hearing

        safeguard REG-BEFORE-DAY "Registered no later than 1 day before the hearing"
          cites LAW article 1
          applies to det
          requires registered no later than 1 day before hearing

        safeguard APP-BEFORE "Application before the hearing"
          cites LAW article 1
          applies to det
          requires application before hearing

        safeguard IMM "Investigation opened immediately after a crime report"
          cites LAW article 1
          applies to det
          requires opened immediately after complaint where channel is crime_report

        safeguard REPLY-EACH "Each reply within 3 days after each complaint"
          cites LAW article 1
          applies to det
          requires each reply within 3 days after each complaint

        safeguard ANSWER-EACH "Each answer within 3 days after each complaint"
          cites LAW article 1
          applies to det
          requires each answer within 3 days after each complaint

        safeguard RET-2 "At most 2 returns for checks (old code)"
          cites OLD article 10
          applies to det
          requires at most 2 returned

        safeguard RET-AFTER "No return for checks after the application (new code)"
          cites NEW article 20
          applies to det
          requires at most 0 returned after application

        safeguard REG-OLD "Registered within 3 hours (old code)"
          cites OLD article 10
          applies to det
          requires registered within 3 hours after apprehended

        safeguard REG-NEW "Registered within 6 hours (new code)"
          cites NEW article 20
          applies to det
          requires registered within 6 hours after apprehended

        safeguard REL-3D "Released within 3 days"
          cites LAW article 1
          applies to det
          requires released within 3 days after apprehended
          message "Held until {deadline}"

        safeguard OPEN-1M "Opened within 1 month of the complaint"
          cites LAW article 1
          applies to det
          requires opened within 1 month after complaint

        safeguard TWO-REQ "Registered and released"
          cites REC article 5
          applies to det
          requires registered within 3 hours after apprehended
          requires released within 3 days after apprehended
          category rights

        safeguard C-AND "criminal and torture"
          cites LAW article 1
          applies to det when kind is criminal and torture
          requires registered within 3 hours after apprehended

        safeguard C-OR "torture or adult"
          cites LAW article 1
          applies to det when torture or age is at least 18
          requires registered within 3 hours after apprehended

        safeguard C-NOT "not (administrative or torture)"
          cites LAW article 1
          applies to det when not (kind is administrative or torture)
          requires registered within 3 hours after apprehended

        safeguard C-PAREN "(criminal or torture) and age under 18"
          cites LAW article 1
          applies to det when (kind is criminal or torture) and age is less than 18
          requires registered within 3 hours after apprehended

        safeguard C-HELD "held more than 2 weeks"
          cites LAW article 1
          applies to det when held is more than 2 weeks
          requires registered within 3 hours after apprehended

        safeguard C-HELD-AT-MOST "held at most 1 week"
          cites LAW article 1
          applies to det when held is at most 1 week
          requires registered within 3 hours after apprehended

        safeguard INSPECT-EACH "Each inspection within 30 days of the previous one"
          cites LAW article 1
          applies to det
          requires each inspection within 30 days after each inspection

        safeguard INSPECT-NEXT "A second inspection within 30 days of the first"
          cites LAW article 1
          applies to det
          requires inspection within 30 days after inspection

        safeguard INSPECT-OR-RELEASE "Inspected again or released within 30 days of an inspection"
          cites LAW article 1
          applies to det
          requires each released or inspection within 30 days after each inspection

        safeguard C-JR "Hearing within 8 hours of the application, when torture is alleged"
          cites LAW article 1
          applies to det when torture
          requires hearing within 8 hours after application

        safeguard HEARD-AFTER-APPREHENSION "The apprehension is recorded before the hearing"
          cites LAW article 1
          applies to det
          requires apprehended before hearing

        safeguard C-OLD "Registered within 3 hours under the old code, for criminal matters"
          cites OLD article 10
          applies to det when kind is criminal
          requires registered within 3 hours after apprehended

        safeguard C-OCC "complaint occurred"
          cites LAW article 1
          applies to det when complaint occurred and torture is yes
          requires registered within 3 hours after apprehended
        """;

    public static readonly Interpreter Pack = Packs.Interpret(Header + Cases + Safeguards);
}
