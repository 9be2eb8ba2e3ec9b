namespace Safeguards.Bench.Eval;

/// <summary>
/// The eight safeguards as a performance engineer would write them by hand (issue #18, target 1): each case a struct
/// of UTC ticks (<see cref="long.MaxValue"/> for a missing event, so "has it happened by asOf" is one comparison), no
/// <see cref="DateTimeOffset"/>, no nullable wrappers, the limits as tick constants, branch-light. The same semantics
/// as <see cref="HandWritten"/> and the pack; the benchmark checks that the three agree on every case.
/// </summary>
public static class HandTuned
{
    public struct Case
    {
        public long Apprehended, Registered, ProsecutorNotified, CourtApplication, CourtHearing, Released, LawyerAccess, RelativesNotified, MedicalExam;
        public bool Criminal, AllegesTorture;
    }

    private const long Missing = long.MaxValue;
    private const long H = TimeSpan.TicksPerHour;

    public static Case[] From(DetentionCase[] cases)
    {
        static long T(DateTimeOffset? t) => t is { } v ? v.UtcTicks : Missing;
        var tuned = new Case[cases.Length];
        for (var i = 0; i < cases.Length; i++)
        {
            var c = cases[i];
            tuned[i] = new Case
            {
                Apprehended = T(c.Apprehended), Registered = T(c.Registered), ProsecutorNotified = T(c.ProsecutorNotified),
                CourtApplication = T(c.CourtApplication), CourtHearing = T(c.CourtHearing), Released = T(c.Released),
                LawyerAccess = T(c.LawyerAccess), RelativesNotified = T(c.RelativesNotified), MedicalExam = T(c.MedicalExam),
                Criminal = c.Criminal, AllegesTorture = c.AllegesTorture,
            };
        }
        return tuned;
    }

    /// <summary>Not applicable without the trigger (or before it); satisfied if done by the deadline; violated if done
    /// after it or not done once it passed; pending otherwise. A missing or future event is <see cref="Missing"/>
    /// once compared with asOf.</summary>
    private static Status Within(long trigger, long done, long limit, long asOf)
    {
        if (trigger > asOf) return Status.NotApplicable;
        var deadline = trigger + limit;
        if (done <= asOf) return done <= deadline ? Status.Satisfied : Status.Violated;
        return asOf > deadline ? Status.Violated : Status.Pending;
    }

    /// <summary>The same code over the compiled pack's own data, a <see cref="Safeguards.Runtime.CaseRecord"/>'s timeline
    /// (layout in <c>CaseTimeline</c>: event type t's first earliest tick at 2t, a missing event as long.MaxValue, the
    /// facts after the 9 event types), for the experiment of docs/performance.md that tells the cost of the data layout
    /// (this against <see cref="Evaluate"/>) from the cost of the generated code (the pack against this). It assumes
    /// what the benchmark's cases give: exact times and both facts present.</summary>
    public static void EvaluateTimeline(Safeguards.Runtime.CaseRecord r, long asOf, Span<Status> o)
    {
        var h = r.Timeline;
        _ = h[19];
        long apprehended = h[0], registered = h[2], application = h[6], hearing = h[8];
        o[0] = h[18] == 0 ? Within(apprehended, registered, 3 * H, asOf) : Status.NotApplicable;
        o[1] = Within(registered, h[4], 12 * H, asOf);
        o[2] = Within(registered, application, 60 * H, asOf);
        o[3] = Within(application, hearing, 8 * H, asOf);
        var released = h[10] <= asOf ? h[10] : Missing;
        o[4] = Within(apprehended, Math.Min(hearing <= asOf ? hearing : Missing, released), 72 * H, asOf);
        o[5] = Within(apprehended, h[12], 3 * H, asOf);
        o[6] = Within(registered, h[14], 12 * H, asOf);
        o[7] = h[19] != 0 ? Within(registered, h[16], 24 * H, asOf) : Status.NotApplicable;
    }

    public static void Evaluate(in Case c, long asOf, Span<Status> o)
    {
        o[0] = c.Criminal ? Within(c.Apprehended, c.Registered, 3 * H, asOf) : Status.NotApplicable;
        o[1] = Within(c.Registered, c.ProsecutorNotified, 12 * H, asOf);
        o[2] = Within(c.Registered, c.CourtApplication, 60 * H, asOf);
        o[3] = Within(c.CourtApplication, c.CourtHearing, 8 * H, asOf);
        // The earlier of the hearing and the release, of those that happened by asOf.
        var hearing = c.CourtHearing <= asOf ? c.CourtHearing : Missing;
        var released = c.Released <= asOf ? c.Released : Missing;
        o[4] = Within(c.Apprehended, Math.Min(hearing, released), 72 * H, asOf);
        o[5] = Within(c.Apprehended, c.LawyerAccess, 3 * H, asOf);
        o[6] = Within(c.Registered, c.RelativesNotified, 12 * H, asOf);
        o[7] = c.AllegesTorture ? Within(c.Registered, c.MedicalExam, 24 * H, asOf) : Status.NotApplicable;
    }
}
