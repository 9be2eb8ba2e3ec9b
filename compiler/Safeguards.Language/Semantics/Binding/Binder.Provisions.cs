using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Safeguards.Language.Diagnostics;
using Safeguards.Language.Syntax;

namespace Safeguards.Language.Semantics;

/// <summary>How a provision is numbered (language.md, "article"): a plain article number (<c>134.1</c>), or a sign or
/// word the law uses (<c>§ 128(1)</c>, <c>s.41(2)</c>, <c>para 62</c>, <c>Amendment IV</c>). The article's name, by which
/// citations find it and findings print it, is the designation and the number as a lawyer writes them.</summary>
internal sealed partial class Binder
{
    // Each accepted word and how it is printed; "Art." is the article itself, so "Art. 104(2)" and "article 104(2)" are one provision.
    private static readonly FrozenDictionary<string, string?> ProvisionWords = new Dictionary<string, string?>
    {
        ["Art"] = null, ["art"] = null,
        ["s"] = "s.", ["ss"] = "ss.", ["section"] = "section", ["Section"] = "Section",
        ["para"] = "para", ["paragraph"] = "paragraph", ["Amendment"] = "Amendment", ["amendment"] = "Amendment",
        ["rule"] = "rule", ["Rule"] = "Rule", ["Part"] = "Part", ["Schedule"] = "Schedule", ["Principle"] = "Principle",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    [GeneratedRegex("^[IVXLCDM]+$")]
    private static partial Regex RomanNumeral();

    /// <summary>The provision's name (the key of <see cref="SourceSymbol.Articles"/>) and its designation (null for an
    /// article); null when the numbering is not one the language knows (reported).</summary>
    private (string Name, string? Designation)? ProvisionName(SyntaxToken? designator, SyntaxToken number)
    {
        string? designation;
        if (designator is null) designation = null;
        else if (designator.Kind == SyntaxKind.SectionSign) designation = "§";
        else if (!ProvisionWords.TryGetValue(designator.Text, out designation))
        {
            ReportUnknown(DiagnosticCatalogue.UnknownProvisionNumbering, designator, ProvisionWords.Keys,
                hint => [designator.Text, "write 'article', '§' or one of " + string.Join(", ", ProvisionWords.Keys.Where(k => k != "art").Order(StringComparer.Ordinal)), hint]);
            return null;
        }
        if (number.Kind == SyntaxKind.Identifier && (designation is null || !RomanNumeral().IsMatch(number.Text)))
        {
            Report(DiagnosticCatalogue.UnknownProvisionNumbering, At(number), number.Text,
                "a provision's number is digits (128, 41(2), 134.1) or, after a word such as Amendment, a Roman numeral (IV)", "");
            return null;
        }
        var name = designation switch
        {
            null => number.Text,
            _ when designation.EndsWith('.') => designation + number.Text,
            _ => $"{designation} {number.Text}",
        };
        return (name, designation);
    }
}
