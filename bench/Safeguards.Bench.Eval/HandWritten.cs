namespace Safeguards.Bench.Eval;

/// <summary>The four outcomes this data can produce, in the order of <c>Safeguards.Runtime.Outcome</c>.</summary>
public enum Status : byte { Satisfied, Violated, Pending, NotApplicable }

/// <summary>
/// The eight safeguards as a developer would write them by hand: one static method per rule over the
/// POCO, comparing <see cref="DateTimeOffset"/>s. Same semantics as the pack (bench/…/pack/detention8.sg):
/// an event counts only if it happened at or before the reference time; not applicable without the
/// trigger or when the condition is false; satisfied at or before the deadline (inclusive); violated
/// after it, or when the completing event is missing and the deadline has passed; else pending.
/// </summary>
public static class HandWritten
{
    public const int Count = 8;

    private static readonly TimeSpan H3 = TimeSpan.FromHours(3), H8 = TimeSpan.FromHours(8), H12 = TimeSpan.FromHours(12),
        H24 = TimeSpan.FromHours(24), H60 = TimeSpan.FromHours(60), H72 = TimeSpan.FromHours(72);

    // ------------------------------------------------------------ four-valued

    public static Status RegisteredWithin3h(DetentionCase c, DateTimeOffset asOf) =>
        c.Criminal ? Within(c.Apprehended, c.Registered, H3, asOf) : Status.NotApplicable;

    public static Status ProsecutorWithin12h(DetentionCase c, DateTimeOffset asOf) => Within(c.Registered, c.ProsecutorNotified, H12, asOf);

    public static Status ApplicationWithin60h(DetentionCase c, DateTimeOffset asOf) => Within(c.Registered, c.CourtApplication, H60, asOf);

    public static Status HearingWithin8h(DetentionCase c, DateTimeOffset asOf) => Within(c.CourtApplication, c.CourtHearing, H8, asOf);

    public static Status HearingOrReleaseWithin72h(DetentionCase c, DateTimeOffset asOf)
    {
        DateTimeOffset? hearing = c.CourtHearing is { } h && h <= asOf ? h : null;
        DateTimeOffset? released = c.Released is { } r && r <= asOf ? r : null;
        var earlier = hearing is null ? released : released is null ? hearing : hearing <= released ? hearing : released;
        return Within(c.Apprehended, earlier, H72, asOf);
    }

    public static Status LawyerWithin3h(DetentionCase c, DateTimeOffset asOf) => Within(c.Apprehended, c.LawyerAccess, H3, asOf);

    public static Status RelativesWithin12h(DetentionCase c, DateTimeOffset asOf) => Within(c.Registered, c.RelativesNotified, H12, asOf);

    public static Status MedicalWithin24h(DetentionCase c, DateTimeOffset asOf) =>
        c.AllegesTorture ? Within(c.Registered, c.MedicalExam, H24, asOf) : Status.NotApplicable;

    private static Status Within(DateTimeOffset? trigger, DateTimeOffset? done, TimeSpan limit, DateTimeOffset asOf)
    {
        if (trigger is not { } t || t > asOf) return Status.NotApplicable;
        var deadline = t + limit;
        if (done is { } d && d <= asOf) return d <= deadline ? Status.Satisfied : Status.Violated;
        return asOf > deadline ? Status.Violated : Status.Pending;
    }

    public static void Evaluate(DetentionCase c, DateTimeOffset asOf, Span<Status> outcomes)
    {
        outcomes[0] = RegisteredWithin3h(c, asOf);
        outcomes[1] = ProsecutorWithin12h(c, asOf);
        outcomes[2] = ApplicationWithin60h(c, asOf);
        outcomes[3] = HearingWithin8h(c, asOf);
        outcomes[4] = HearingOrReleaseWithin72h(c, asOf);
        outcomes[5] = LawyerWithin3h(c, asOf);
        outcomes[6] = RelativesWithin12h(c, asOf);
        outcomes[7] = MedicalWithin24h(c, asOf);
    }

    // ------------------------------------------------------------ boolean: true unless violated

    public static bool RegisteredOk(DetentionCase c, DateTimeOffset asOf) => !c.Criminal || Ok(c.Apprehended, c.Registered, H3, asOf);

    public static bool ProsecutorOk(DetentionCase c, DateTimeOffset asOf) => Ok(c.Registered, c.ProsecutorNotified, H12, asOf);

    public static bool ApplicationOk(DetentionCase c, DateTimeOffset asOf) => Ok(c.Registered, c.CourtApplication, H60, asOf);

    public static bool HearingOk(DetentionCase c, DateTimeOffset asOf) => Ok(c.CourtApplication, c.CourtHearing, H8, asOf);

    public static bool HearingOrReleaseOk(DetentionCase c, DateTimeOffset asOf)
    {
        if (c.Apprehended is not { } t || t > asOf) return true;
        var deadline = t + H72;
        var hearing = c.CourtHearing is { } h && h <= asOf;
        var released = c.Released is { } r && r <= asOf;
        if (hearing || released) return (hearing && c.CourtHearing!.Value <= deadline) || (released && c.Released!.Value <= deadline);
        return asOf <= deadline;
    }

    public static bool LawyerOk(DetentionCase c, DateTimeOffset asOf) => Ok(c.Apprehended, c.LawyerAccess, H3, asOf);

    public static bool RelativesOk(DetentionCase c, DateTimeOffset asOf) => Ok(c.Registered, c.RelativesNotified, H12, asOf);

    public static bool MedicalOk(DetentionCase c, DateTimeOffset asOf) => !c.AllegesTorture || Ok(c.Registered, c.MedicalExam, H24, asOf);

    private static bool Ok(DateTimeOffset? trigger, DateTimeOffset? done, TimeSpan limit, DateTimeOffset asOf)
    {
        if (trigger is not { } t || t > asOf) return true;
        var deadline = t + limit;
        return done is { } d && d <= asOf ? d <= deadline : asOf <= deadline;
    }

    public static void Check(DetentionCase c, DateTimeOffset asOf, Span<bool> ok)
    {
        ok[0] = RegisteredOk(c, asOf);
        ok[1] = ProsecutorOk(c, asOf);
        ok[2] = ApplicationOk(c, asOf);
        ok[3] = HearingOk(c, asOf);
        ok[4] = HearingOrReleaseOk(c, asOf);
        ok[5] = LawyerOk(c, asOf);
        ok[6] = RelativesOk(c, asOf);
        ok[7] = MedicalOk(c, asOf);
    }
}
