using System.Text;

namespace Safeguards.Runtime.Tests;

/// <summary>
/// Each kind of mistake in case data carries its stable code (docs/case-data.md, "Error codes"): every code of
/// <see cref="CaseDataCodes"/> is produced by some malformed record here, and each record gets the code of its kind.
/// </summary>
public class CaseDataCodeTests
{
    private readonly CaseReader reader = new(TestSchema.Detention());

    private static string Case(string events, string extra = "") =>
        $$"""{"id": "x", "schema": "detention"{{extra}}, "events": [{{events}}]}""";

    private const string Apprehended = """{"id": "a1", "type": "apprehended", "time": "2011-12-14T09:00:00+06:00"}""";

    private static string Registered(string time) => Apprehended + $$""", {"type": "registered", "time": {{time}}}""";

    /// <summary>One record per code (the defensive CD199 has none: no input reaches it).</summary>
    public static TheoryData<string, string> Records => new()
    {
        { CaseDataCodes.InvalidJson, """{"id": "x", "schema": "detention", "events": [""" },
        { CaseDataCodes.InvalidJson, """{"id": "x" "schema": "detention"}""" },
        { CaseDataCodes.MissingProperty, """{"id": "x", "schema": "detention"}""" },
        { CaseDataCodes.MissingProperty, """{"schema": "detention", "events": []}""" },
        { CaseDataCodes.MissingProperty, Case("""{"type": "apprehended"}""") },
        { CaseDataCodes.MissingProperty, Case(Registered("""{"earliest": "2011-12-14"}""")) },
        { CaseDataCodes.UnknownProperty, Case(Apprehended, ", \"notes\": 1") },
        { CaseDataCodes.UnknownProperty, Case("""{"type": "apprehended", "time": "2011-12-14", "place": "x"}""") },
        { CaseDataCodes.DuplicateProperty, """{"id": "x", "id": "y", "schema": "detention", "events": []}""" },
        { CaseDataCodes.WrongValueType, """{"id": 7, "schema": "detention", "events": []}""" },
        { CaseDataCodes.WrongValueType, """[1, 2]""" },
        { CaseDataCodes.WrongValueType, Case(Apprehended, ", \"facts\": []") },
        { CaseDataCodes.UnknownSchema, """{"id": "x", "schema": "detentoin", "events": []}""" },
        { CaseDataCodes.UnknownFact, Case(Apprehended, ", \"facts\": {\"agee\": 3}") },
        { CaseDataCodes.FactWrongType, Case(Apprehended, ", \"facts\": {\"age\": \"old\"}") },
        { CaseDataCodes.FactWrongType, Case(Apprehended, ", \"facts\": {\"alleges_torture\": 1}") },
        { CaseDataCodes.FactValueNotAllowed, Case(Apprehended, ", \"facts\": {\"kind\": \"civil\"}") },
        { CaseDataCodes.NumberOutOfRange, Case(Apprehended, ", \"facts\": {\"age\": 9007199254740992}") },
        { CaseDataCodes.UnknownEventType, Case("""{"type": "aprehended", "time": "2011-12-14"}""") },
        { CaseDataCodes.DuplicateEventId, Case(Apprehended + ", " + Apprehended) },
        { CaseDataCodes.BadReference, Case(Apprehended + """, {"type": "reply", "time": "2011-12-15", "refers": "a1"}""") },
        { CaseDataCodes.BadReference, Case(Apprehended + """, {"type": "reply", "time": "2011-12-15", "refers": "zz"}""") },
        { CaseDataCodes.UnknownAttribute, Case(Apprehended + """, {"type": "complaint", "time": "2011-12-15", "attributes": {"chanel": "crime_report"}}""") },
        { CaseDataCodes.AttributeValueNotAllowed, Case(Apprehended + """, {"type": "complaint", "time": "2011-12-15", "attributes": {"channel": "letter"}}""") },
        { CaseDataCodes.TimeUnreadable, Case("""{"type": "apprehended", "time": "2011-12-14T09:00:00"}""") },
        { CaseDataCodes.TimeUnreadable, Case("""{"type": "apprehended", "time": "2011-02-30"}""") },
        { CaseDataCodes.IntervalInverted, Case(Registered("""{"earliest": "2011-12-15", "latest": "2011-12-14"}""")) },
        { CaseDataCodes.DurationUnreadable, Case(Registered("""{"after": "a1", "by": "2 months"}""")) },
        { CaseDataCodes.DurationUnreadable, Case(Registered("""{"after": "a1", "by": "soon"}""")) },
        { CaseDataCodes.RelationShape, Case(Registered("""{"by": "17 hours"}""")) },
        { CaseDataCodes.RelationShape, Case(Registered("""{"at": "2011-12-14", "earliest": "2011-12-14"}""")) },
        { CaseDataCodes.BoundsInverted, Case(Registered("""{"after": "a1", "by": {"atLeast": "2 days", "atMost": "1 day"}}""")) },
        { CaseDataCodes.HappenedValue, Case(Apprehended + """, {"type": "registered", "time": "unknown", "happened": false}""") },
        { CaseDataCodes.UnknownRelatedEvent, Case(Registered("""{"after": "b7", "by": "1 hour"}""")) },
        { CaseDataCodes.InconsistentTimes, Case(Registered("""{"before": "a1", "at": "2011-12-14T12:00:00+06:00"}""")) },
    };

    [Theory]
    [MemberData(nameof(Records))]
    public void A_malformed_record_carries_the_code_of_its_kind(string code, string json)
    {
        reader.ReadOne(json, "t.json", out var errors).ShouldBeNull();
        errors.ShouldNotBeEmpty();
        errors.Select(e => e.Code).ShouldContain(code, $"got: {string.Join("; ", errors)}");
    }

    [Fact]
    public void Invalid_utf8_has_its_own_code()
    {
        var bytes = Encoding.UTF8.GetBytes(Case(Apprehended)).Concat(new byte[] { 0xC3, 0x28 }).ToArray();
        using var stream = new MemoryStream(bytes);
        reader.ReadJsonLines(stream, "t.jsonl").Single().Errors.ShouldHaveSingleItem().Code.ShouldBe(CaseDataCodes.InvalidUtf8);
    }

    [Fact]
    public void An_overlong_line_and_a_missing_file_have_their_own_codes()
    {
        reader.ReadLine([], overflowed: true, "t.jsonl", 3)!.Errors.ShouldHaveSingleItem().Code.ShouldBe(CaseDataCodes.LineTooLong);
        var missing = Path.Combine(Path.GetTempPath(), "sg-no-such-folder-" + Guid.NewGuid().ToString("N"), "c.json");
        reader.ReadFile(missing).Single().Errors.ShouldHaveSingleItem().Code.ShouldBe(CaseDataCodes.FileUnreadable);
    }

    [Fact]
    public void A_record_with_too_many_errors_says_so_with_its_code()
    {
        var facts = string.Join(", ", Enumerable.Range(0, 200).Select(i => $"\"f{i}\": 1"));
        reader.ReadOne(Case(Apprehended, $", \"facts\": {{{facts}}}"), "t.json", out var errors).ShouldBeNull();
        errors[^1].Code.ShouldBe(CaseDataCodes.TooManyErrors);
        errors.Take(errors.Count - 1).ShouldAllBe(e => e.Code == CaseDataCodes.UnknownFact);
    }

    [Fact]
    public void Every_code_is_produced_by_some_record_above_and_is_unique()
    {
        var codes = CaseDataCodes.All.Select(c => c.Code).ToList();
        codes.ShouldBeUnique();
        codes.ShouldAllBe(c => System.Text.RegularExpressions.Regex.IsMatch(c, "^CD[0-9]{3}$"));
        var produced = Records.Select(r => (string)r[0])
            .Concat([CaseDataCodes.InvalidUtf8, CaseDataCodes.LineTooLong, CaseDataCodes.FileUnreadable, CaseDataCodes.TooManyErrors]);
        codes.Except(produced).ShouldBe([CaseDataCodes.RecordUnreadable]); // defensive: no input reaches it
    }

    [Fact]
    public void Every_code_has_a_section_in_docs_case_data_md_with_its_title_and_the_page_no_other()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "Safeguards.sln"))) root = root.Parent!;
        var text = File.ReadAllText(Path.Combine(root.FullName, "docs", "case-data.md")).ReplaceLineEndings("\n");
        var headings = System.Text.RegularExpressions.Regex.Matches(text, @"^### (CD\d{3}): (.+)$", System.Text.RegularExpressions.RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Trim());
        foreach (var (code, title) in CaseDataCodes.All)
        {
            headings.ShouldContainKey(code, $"docs/case-data.md has no '### {code}: {title}' section");
            headings[code].ShouldBe(title);
        }
        headings.Keys.Except(CaseDataCodes.All.Select(c => c.Code)).ShouldBeEmpty("docs/case-data.md documents a code the runtime lacks");
    }
}
