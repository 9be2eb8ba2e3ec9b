namespace Safeguards.Language.Semantics;

/// <summary>
/// What a pack's <c>jurisdiction</c> may be (language.md, "pack"): an ISO 3166-1 alpha-2 country code (<c>KZ</c>),
/// optionally with an ISO 3166-2 subdivision (<c>US-CA</c>, <c>DE-BY</c>), or one of the international bodies
/// below, whose instruments and case law set detention safeguards of their own.
/// </summary>
public static class Jurisdictions
{
    /// <summary>The officially assigned ISO 3166-1 alpha-2 codes.</summary>
    private static readonly HashSet<string> Countries = new(StringComparer.Ordinal)
    {
        "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ", "BA", "BB", "BD", "BE",
        "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS", "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD",
        "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN", "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM",
        "DO", "DZ", "EC", "EE", "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
        "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM", "HN", "HR", "HT", "HU",
        "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM", "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN",
        "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME",
        "MF", "MG", "MH", "MK", "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
        "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG", "PH", "PK", "PL", "PM",
        "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW", "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI",
        "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS", "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK",
        "TL", "TM", "TN", "TO", "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
        "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
    };

    /// <summary>International bodies: the UN (treaty bodies, the CAT, the SPT), the Council of Europe and its court and
    /// CPT, the EU, the OSCE, the Inter-American and African systems, and the International Criminal Court.</summary>
    public static IReadOnlyList<string> InternationalBodies { get; } = ["UN", "COE", "ECHR", "CPT", "EU", "OSCE", "OAS", "IACHR", "ACHPR", "ICC"];

    public static int CountryCount => Countries.Count;

    public static bool IsValid(string code)
    {
        if (InternationalBodies.Contains(code) || Countries.Contains(code)) return true;
        // ISO 3166-2: the country code, a hyphen, and one to three letters or digits.
        var dash = code.IndexOf('-');
        if (dash != 2 || !Countries.Contains(code[..2])) return false;
        var subdivision = code[3..];
        return subdivision.Length is >= 1 and <= 3 && subdivision.All(c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9'));
    }

    /// <summary>A likely intended code: the same in capitals, or an international body a typo away.</summary>
    public static string? Suggest(string code)
    {
        var upper = code.ToUpperInvariant();
        if (upper != code && IsValid(upper)) return upper;
        // Short codes are a letter or two from too many others (KAZ is two letters from OAS) for a guess to help.
        return code.Length >= 4 ? NameSuggestions.Closest(code, InternationalBodies) : null;
    }
}
