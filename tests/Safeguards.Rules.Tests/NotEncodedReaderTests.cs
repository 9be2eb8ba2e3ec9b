using Safeguards.Evaluation.Catalogue;

namespace Safeguards.Rules.Tests;

/// <summary>not-encoded.json is read without throwing: each mistake is a message with its line, the good
/// entries are still read, and what contradicts the packs is reported.</summary>
public sealed class NotEncodedReaderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("not-encoded-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string json)
    {
        var path = Path.Combine(folder, NotEncodedReader.FileName);
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void Bad_entries_are_reported_with_their_line_and_the_good_ones_are_kept()
    {
        var path = Write("""
            {
              "notEncoded": [
                { "item": "MON-NPM", "reason": "institution", "why": "An institution." },
                { "item": "MON-X", "reason": "forgotten", "why": "No such reason." },
                { "item": "INV-Y", "reason": "merged", "why": "Merged, but into nothing." },
                { "item": "INV-Z", "why": "No reason given." },
                { "item": "MON-NPM", "reason": "institution", "why": "Listed twice." },
                { "item": "DE-X", "reason": "awaits-construct", "why": "Waits, but for what?" },
                { "item": "DE-Y", "reason": "awaits-construct", "construct": "extensions", "why": "Waits for extensions." }
              ]
            }
            """);
        var read = NotEncodedReader.ReadAll([folder]);
        read.Items.Select(i => i.Item).ShouldBe(["MON-NPM", "DE-Y"]);
        read.Items[1].Construct.ShouldBe("extensions");
        read.Items[0].File.ShouldBe(Path.GetFullPath(path));
        read.Errors.Select(e => (e.Line, e.Message)).ShouldBe([
            (4, "'MON-X': unknown reason 'forgotten' (expected one of institution, not-case-shaped, recommendation, merged, awaits-construct)"),
            (5, "'INV-Y': a merged item must name the safeguards it was merged into in \"see\""),
            (6, "'INV-Z': each entry needs \"item\", \"reason\" and \"why\" as text"),
            (8, "'DE-X': a provision that awaits a construct must name it in \"construct\""),
            (7, "'MON-NPM' is listed more than once"),
        ]);
    }

    [Fact]
    public void A_file_that_is_not_json_is_one_error_not_an_exception()
    {
        Write("{ \"notEncoded\": [ { \"item\": ");
        var read = NotEncodedReader.ReadAll([folder]);
        read.Items.ShouldBeEmpty();
        read.Errors.Single().Message.ShouldStartWith("not valid JSON");
        Write("[]");
        NotEncodedReader.ReadAll([folder]).Errors.Single().Message.ShouldBe("expected an object with a \"notEncoded\" array");
    }

    [Fact]
    public void An_unknown_safeguard_in_see_and_an_item_that_is_encoded_contradict_the_packs()
    {
        Write("""
            { "notEncoded": [
              { "item": "MON-PMC", "reason": "institution", "why": "x", "see": ["INV-JD-2010", "INV-NOPE"] },
              { "item": "INV-OLD-SCREEN", "reason": "not-case-shaped", "why": "x" }
            ] }
            """);
        var read = NotEncodedReader.ReadAll([folder]);
        read.Errors.ShouldBeEmpty();
        NotEncodedReader.Check(read.Items, BundledRules.Model).Select(e => e.Message).ShouldBe([
            "'MON-PMC' names the safeguard 'INV-NOPE', which no pack declares",
            "'INV-OLD-SCREEN' is listed as not encoded, but the safeguard 'INV-OLD-SCREEN-2M' encodes it",
        ]);
    }

    [Fact]
    public void A_folder_without_a_list_has_no_items()
    {
        var read = NotEncodedReader.ReadAll([folder]);
        read.Items.ShouldBeEmpty();
        read.Errors.ShouldBeEmpty();
    }
}
