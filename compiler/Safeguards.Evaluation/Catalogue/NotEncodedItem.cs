namespace Safeguards.Evaluation.Catalogue;

/// <summary>Why an item of the seed catalogue is not a safeguard. Each kind is a reason a legal reviewer
/// can check: the item is about an institution, or nothing in a case record could breach it, or it is a
/// recommendation without a duty to test, or what is testable in it lives in other safeguards.</summary>
public enum NotEncodedReason
{
    Institution,
    NotCaseShaped,
    Recommendation,
    Merged,

    /// <summary>A provision of a pack's law that the language cannot say yet: it waits for the construct named in
    /// "construct" (rules/de, rules/fr, rules/ru; issue #15), and is not faked meanwhile.</summary>
    AwaitsConstruct,
}

/// <summary>A catalogue item that is deliberately not encoded: its id, the kind of reason, the reason in
/// one line, the safeguards that carry what is checkable in it (required when it is merged), and where it is listed;
/// for a provision that awaits a construct, the construct it needs.</summary>
public sealed record NotEncodedItem(string Item, NotEncodedReason Reason, string Why, IReadOnlyList<string> See, string File, int Line,
    string? Construct = null);

/// <summary>A problem in a not-encoded list: the file, the line (1-based, 0 when unknown) and what is wrong.</summary>
public sealed record NotEncodedError(string File, int Line, string Message);

public static class NotEncodedReasons
{
    /// <summary>The word used in not-encoded.json.</summary>
    public static string ToKeyword(this NotEncodedReason reason) => reason switch
    {
        NotEncodedReason.Institution => "institution",
        NotEncodedReason.NotCaseShaped => "not-case-shaped",
        NotEncodedReason.Recommendation => "recommendation",
        NotEncodedReason.Merged => "merged",
        NotEncodedReason.AwaitsConstruct => "awaits-construct",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    /// <summary>The reason as the catalogue page prints it.</summary>
    public static string Describe(this NotEncodedReason reason) => reason switch
    {
        NotEncodedReason.Institution => "about an institution, not a case",
        NotEncodedReason.NotCaseShaped => "nothing a case record can breach",
        NotEncodedReason.Recommendation => "a recommendation with no testable duty",
        NotEncodedReason.Merged => "merged into other safeguards",
        NotEncodedReason.AwaitsConstruct => "awaits a construct of the language",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    public static bool TryParse(string? keyword, out NotEncodedReason reason)
    {
        foreach (var candidate in Enum.GetValues<NotEncodedReason>())
        {
            if (candidate.ToKeyword() != keyword) continue;
            reason = candidate;
            return true;
        }
        reason = default;
        return false;
    }
}
