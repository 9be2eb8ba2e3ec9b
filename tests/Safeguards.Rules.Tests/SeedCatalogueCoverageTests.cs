using System.Text.RegularExpressions;
using Safeguards.Evaluation.Catalogue;

namespace Safeguards.Rules.Tests;

/// <summary>Every item of the seed catalogue (shared/domain/safeguards-catalogue.md, a folder beside the
/// repository) is either a safeguard of the bundled packs or listed in rules/kz/not-encoded.json with a
/// reason, so a reviewer of docs/catalogue.md can tell a deliberate omission from a forgotten one.</summary>
public partial class SeedCatalogueCoverageTests
{
    private static readonly Lazy<IReadOnlyList<string>> CatalogueIds = new(() => SeedCatalogue.ItemIds(File.ReadAllText(SeedCatalogue.Locate())));

    private static IReadOnlyList<NotEncodedItem> NotEncoded()
    {
        var read = NotEncodedReader.ReadAll([BundledRules.RulesFolder]);
        read.Errors.ShouldBeEmpty(string.Join("\n", read.Errors));
        // The other jurisdictions' packs list provisions of their own law that wait for a construct, not seed items.
        return [.. read.Items.Where(i => i.Reason != NotEncodedReason.AwaitsConstruct)];
    }

    private static HashSet<string> SafeguardIds() => BundledRules.Model.Safeguards.Select(s => s.Info.Id).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void The_seed_catalogue_is_found_and_read_whole()
    {
        // A change of the catalogue's layout must not make the other tests pass on an empty list.
        CatalogueIds.Value.Count.ShouldBeGreaterThanOrEqualTo(69);
        CatalogueIds.Value.ShouldContain("DET-REG-3H");
        CatalogueIds.Value.ShouldContain("CRIM-TORT-NO-AMNESTY");
        CatalogueIds.Value.ShouldContain("PRIS-TRANSFER");
        CatalogueIds.Value.ShouldNotContain("DOM-INT");
        CatalogueIds.Value.ShouldBeUnique();
    }

    [Fact]
    public void Every_catalogue_item_is_a_safeguard_or_listed_as_not_encoded()
    {
        var safeguards = SafeguardIds();
        var listed = NotEncoded().Select(i => i.Item).ToHashSet(StringComparer.Ordinal);
        var forgotten = CatalogueIds.Value
            .Where(id => !safeguards.Any(s => NotEncodedReader.Covers(id, s)) && !listed.Contains(id)).ToList();
        forgotten.ShouldBeEmpty("encode these items as safeguards or list them with a reason in rules/kz/not-encoded.json");
    }

    [Fact]
    public void The_not_encoded_list_names_only_catalogue_items_that_no_safeguard_encodes()
    {
        var safeguards = SafeguardIds();
        foreach (var item in NotEncoded())
        {
            CatalogueIds.Value.ShouldContain(item.Item, $"'{item.Item}' is listed in not-encoded.json but is not an item of the seed catalogue");
            safeguards.Where(s => NotEncodedReader.Covers(item.Item, s)).ShouldBeEmpty($"'{item.Item}' is listed as not encoded but is a safeguard");
        }
        NotEncodedReader.Check(NotEncoded(), BundledRules.Model).ShouldBeEmpty();
    }

    [Fact]
    public void Every_safeguard_a_reason_names_exists()
    {
        var safeguards = SafeguardIds();
        var families = CatalogueIds.Value.Select(id => id[..id.IndexOf('-', StringComparison.Ordinal)]).ToHashSet(StringComparer.Ordinal);
        foreach (var item in NotEncoded())
        {
            item.See.Where(s => !safeguards.Contains(s)).ShouldBeEmpty($"'{item.Item}' refers to safeguards that no pack declares");
            // An id written into the reason's text must also be real: a safeguard, or a catalogue item.
            var named = IdLike().Matches(item.Why).Select(m => m.Value).Where(v => families.Contains(v[..v.IndexOf('-', StringComparison.Ordinal)]));
            named.Where(v => !safeguards.Contains(v) && !CatalogueIds.Value.Contains(v))
                .ShouldBeEmpty($"the reason for '{item.Item}' names ids that are neither safeguards nor catalogue items");
        }
    }

    [Fact]
    public void Catalogue_ids_written_as_a_list_share_the_first_ids_prefix()
    {
        var ids = SeedCatalogue.ItemIds("## F. Substantive criminal law\n\n- **CRIM-TORT-NO-SOL / NO-AMNESTY / MAX-12Y** (DOM): ...\n- **CRIM-EXCESS**: ...\n\n## Known inconsistencies\n\n- **NOT-AN-ITEM**\n");
        ids.ShouldBe(["CRIM-TORT-NO-SOL", "CRIM-TORT-NO-AMNESTY", "CRIM-TORT-MAX-12Y", "CRIM-EXCESS"]);
    }

    [Fact]
    public void A_suffix_encodes_an_item_but_a_mere_string_prefix_does_not()
    {
        NotEncodedReader.Covers("INV-OLD-SCREEN", "INV-OLD-SCREEN-2M").ShouldBeTrue();
        NotEncodedReader.Covers("DET-72H", "DET-72H").ShouldBeTrue();
        NotEncodedReader.Covers("DET-JR-6", "DET-JR-60H").ShouldBeFalse();
        NotEncodedReader.Covers("INV-CAT12", "INV-CAT1").ShouldBeFalse();
    }

    [GeneratedRegex(@"\b[A-Z]+(?:-[A-Z0-9]+)+\b")]
    private static partial Regex IdLike();
}
