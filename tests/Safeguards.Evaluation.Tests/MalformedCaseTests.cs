using System.Text;
using Safeguards.Evaluation.Batch;
using Safeguards.Evaluation.Settings;
using Safeguards.Runtime;

namespace Safeguards.Evaluation.Tests;

/// <summary>Bad records in a batch become error records that name file, line and field; the others are evaluated.</summary>
public sealed class MalformedCaseTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sg-malformed-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private const string Good = """{"id":"good1","schema":"det","facts":{"kind":"criminal"},"events":[{"type":"apprehended","time":"2009-01-08T14:30:00+06:00"},{"type":"registered","time":"2009-01-09T09:00:00+06:00"}]}""";
    private const string Good2 = """{"id":"good2","schema":"det","facts":{"kind":"criminal"},"events":[{"type":"apprehended","time":"2009-01-08T14:30:00+06:00"},{"type":"registered","time":"2009-01-08T15:00:00+06:00"}]}""";

    private string WriteBatch()
    {
        var path = Path.Combine(folder, "batch.jsonl");
        using var file = File.Create(path);
        void Line(string text) => file.Write(Encoding.UTF8.GetBytes(text + "\n"));
        Line(Good);                                                                                                   // 1
        Line("""{"id":"t2","schema":"det","events":[{"type":"apprehended","time":"2009-01""");                        // 2 truncated
        Line("""{"id":"t3","schema":"det","facts":{"kind":5},"events":[]}""");                                        // 3 wrong type
        Line("""{"id":"t4","schema":"det","events":[{"type":"teleported","time":"2009-01-08"}]}""");                  // 4 unknown event
        Line("""{"id":"t5","schema":"det","events":[{"type":"apprehended","time":"2009-01-08T14:30:00"}]}""");        // 5 no offset
        Line("""{"id":"t6","schema":"det","events":[{"type":"apprehended","time":{"earliest":"2009-01-09","latest":"2009-01-08"}}]}"""); // 6 reversed
        file.Write("{\"id\":\"t7\",\"schema\":\"det\",\"events\":[],\"facts\":{\"kind\":\"zzq"u8);               // 7 invalid UTF-8
        file.Write([0xC3, 0x28, 0xFF]);
        file.Write("\"}}\n"u8);
        // 8: a line longer than the 16 MiB limit, written in pieces.
        file.Write("{\"id\":\"huge\",\"schema\":\"det\",\"facts\":{},\"events\":[],\"padding\":\""u8);
        var chunk = Encoding.ASCII.GetBytes(new string('a', 1 << 20));
        for (var i = 0; i < 17; i++) file.Write(chunk);
        file.Write("\"}\n"u8);
        Line(Good2);                                                                                                  // 9
        return path;
    }

    [Fact]
    public void Every_bad_record_is_an_error_naming_file_line_and_field_and_the_rest_are_evaluated()
    {
        var batch = WriteBatch();
        var truncated = Path.Combine(folder, "truncated.json");
        File.WriteAllText(truncated, """{ "id": "t10", "schema": "det", "events": [ { "type": """);
        var evaluator = new BatchEvaluator(TestPack.Pack, DeploymentSettings.None, Packs.At("2020-01-01T00:00:00+06:00"));
        var totals = new BatchTotals();
        var items = evaluator.Run([folder]).ToList();
        foreach (var item in items) totals.Add(item);

        items.Count.ShouldBe(10); // nine lines and one file: nothing dropped
        totals.Cases.ShouldBe(2);
        totals.Errors.ShouldBe(8);
        totals.Violations.ShouldBeGreaterThan(0);
        var evaluated = items.OfType<EvaluatedCase>().ToList();
        evaluated.Select(e => e.Record.Id).ShouldBe(["good1", "good2"]);
        evaluated[0].Findings.Single(f => f.SafeguardId == "REG").Outcome.ShouldBe(Outcome.Violated);
        evaluated[1].Findings.Single(f => f.SafeguardId == "REG").Outcome.ShouldBe(Outcome.Satisfied);
        evaluated[1].Record.SourceLine.ShouldBe(9);

        var errors = items.OfType<UnreadableCase>().Select(u => u.Error).ToList();
        errors.Take(7).ShouldAllBe(e => e.File == batch);
        errors.Take(7).Select(e => e.Line).ShouldBe([2, 3, 4, 5, 6, 7, 8]);
        CaseDataError At(int line) => errors.Single(e => e.File == batch && e.Line == line);

        At(2).Message.ShouldContain("truncated");
        At(3).JsonPath.ShouldBe("$.facts.kind");
        At(3).Message.ShouldContain("expected");
        At(3).CaseId.ShouldBe("t3");
        At(4).JsonPath.ShouldStartWith("$.events[0]");
        At(4).Message.ShouldContain("apprehended"); // lists the event types the schema declares
        At(5).JsonPath.ShouldBe("$.events[0].time");
        At(5).Message.ShouldContain("offset");
        At(6).JsonPath.ShouldStartWith("$.events[0].time");
        At(6).Message.ShouldContain("precedes");
        At(7).Message.ShouldContain("UTF-8");
        At(8).Message.ShouldContain("16 MiB");

        var file = errors.Single(e => e.File == truncated);
        file.Line.ShouldBeGreaterThan(0);
        file.Message.ShouldContain("truncated");

        // No message repeats case contents (the padding, the bad value).
        errors.ShouldAllBe(e => !e.Message.Contains("aaaa") && !e.Message.Contains("zzq"));
    }

    [Theory]
    [InlineData("interpreter", "text")]
    [InlineData("compiled", "jsonl")]
    public void The_cli_reports_every_bad_record_and_exits_2_even_when_a_violation_was_found(string engine, string format)
    {
        var batch = WriteBatch();
        var pack = Path.Combine(folder, "pack.sg");
        File.WriteAllText(pack, TestPack.Header + TestPack.Cases + TestPack.Safeguards);
        var (code, stdout, stderr) = Cli("eval", pack, batch, "--as-of", "2020-01-01T00:00:00+06:00", "--engine", engine, "--format", format);
        code.ShouldBe(2, stderr);   // unreadable records win over violations (README, "Exit codes")
        stderr.ShouldNotContain("   at ");
        stdout.ShouldNotContain("   at ");
        stdout.ShouldContain("good1");
        stdout.ShouldContain("good2");
        if (format == "text")
        {
            foreach (var line in new[] { 2, 3, 4, 5, 6, 7, 8 }) stdout.ShouldMatch($@"batch\.jsonl\({line}\): error CD\d{{3}}: ");
            stdout.ShouldContain("2 case(s) evaluated, 7 record(s) with data errors");
        }
        else stderr.ShouldContain("2 case(s) evaluated, 7 record(s) with data errors");
        stdout.ShouldNotContain("aaaaaaaa");
    }

    [Fact]
    public void The_cli_exits_2_when_records_are_bad_and_nothing_is_violated()
    {
        var batch = Path.Combine(folder, "few.jsonl");
        File.WriteAllText(batch, Good2 + "\n" + "{\"id\":\"t2\",\"schema\":\"det\",\"events\":[\n" + Good2.Replace("good2", "good3") + "\n");
        var pack = Path.Combine(folder, "pack.sg");
        File.WriteAllText(pack, TestPack.Header + TestPack.Cases + TestPack.Safeguards);
        // As of shortly after registration nothing is late yet (release is pending).
        var (code, stdout, stderr) = Cli("eval", pack, batch, "--as-of", "2009-01-08T16:00:00+06:00");
        code.ShouldBe(2, stdout + stderr);
        stdout.ShouldContain("few.jsonl(2): error CD102: $: invalid JSON");
        stdout.ShouldContain("good3");
        stdout.ShouldContain("2 case(s) evaluated, 1 record(s) with data errors");
        (stdout + stderr).ShouldNotContain("   at ");
    }

    private static (int Code, string Stdout, string Stderr) Cli(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Safeguards.Cli.Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void A_missing_path_is_an_error_record_too()
    {
        var evaluator = new BatchEvaluator(TestPack.Pack, DeploymentSettings.None, 0);
        var items = evaluator.Run([Path.Combine(folder, "nope.jsonl")]).ToList();
        items.Single().ShouldBeOfType<UnreadableCase>().Error.Message.ShouldContain("no such file");
    }
}
