using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Safeguards.Compiler.Emit;
using Safeguards.Evaluation;
using Safeguards.Runtime;

namespace Safeguards.Compiler.Tests;

/// <summary>User text reaches generated C# through titles, reasons, messages, seeds, source titles, names and file
/// paths. Whatever it contains, the pack compiles, the text comes back verbatim and no code of it runs.</summary>
public sealed partial class InjectionTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sg-injection-").FullName;
    private readonly string sentinel;

    public InjectionTests()
    {
        sentinel = Path.Combine(folder, "sentinel.txt");
        File.WriteAllText(sentinel, "still here");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string[] Payloads() =>
    [
        "He said \"stop\" \\ and left \\",
        "*/ class Injected { } /* and // a comment",
        $"\"); System.IO.File.Delete(\"{sentinel}\"); //",
        $"\\\"); System.IO.File.Delete(@\"{sentinel}\"); //",
        "line one\nline two\n#line 1 \"x.cs\"\n#error boom\n#define X\n",
        "separators \u2028 line \u2029 paragraph \u0085 next line \t tab",
        "\\u0022); System.Environment.Exit(3); // \\U00000022 \\x22",
        "$\"{System.Environment.Exit(4)}\" @\"verbatim\"\" {{ }} {no_such_placeholder} '\\'' \"\"\"",
        "Unicode: Қазақстан — «пытки» 拷問 😀 \u200B\u202E reversed",
        "#line 1 \"evil.cs\"",
        new string('x', 100_000) + "\" + \"" + new string('"', 1000) + new string('\\', 1001),
    ];

    /// <summary>A one-line quoted text of the language with the escapes it knows.</summary>
    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\t", "\\t") + "\"";

    // A compiled pack names rule files relative to their folder (RulePaths), so the hostile part is the file's name.
    private const string FileName1 = "\"quoted\"\n#line 1 \"x.cs\"\u2028 *\\ evil\\.sg";
    private const string Path1 = "rules/dir/" + FileName1;

    private string Source(string[] payloads)
    {
        var text = new StringBuilder();
        text.AppendLine($"pack namespace.class {Quote(payloads[0])}")
            .AppendLine("  jurisdiction KZ")
            .AppendLine("  time zone \"Asia/Almaty\"");
        for (var i = 0; i < payloads.Length; i++)
        {
            text.AppendLine($"source global{i} {Quote(payloads[i])}")
                .AppendLine("  status binding")
                .AppendLine($"article global{i} 1 {Quote(payloads[i])} {Quote(payloads[(i + 1) % payloads.Length])}");
        }
        text.AppendLine($"case class {Quote(payloads[1])}")
            .AppendLine($"  event return {Quote(payloads[2])} required")
            .AppendLine($"  event namespace {Quote(payloads[3])} with operator: goto | unsafe")
            .AppendLine($"  event void {Quote(payloads[4])} refers to return")
            .AppendLine($"  fact static {Quote(payloads[5])}: null | true | false | this")
            .AppendLine($"  fact int {Quote(payloads[6])}: number");
        for (var i = 0; i < payloads.Length; i++)
        {
            text.AppendLine($"safeguard class-return-{i} {Quote(payloads[i])}")
                .AppendLine($"  cites global{i} article 1")
                .AppendLine("  applies to class when static is true or static is null or int is at least 0")
                .AppendLine(i % 2 == 0
                    ? "  requires namespace where operator is goto within 3 hours after return"
                    : "  requires each void within 3 hours after each return")
                .AppendLine($"  category {(i % 2 == 0 ? "new" : "this")}")
                .AppendLine($"  because {Quote(payloads[i])}")
                .AppendLine($"  message {Quote(payloads[(i + 2) % payloads.Length])}")
                .AppendLine($"  seed {Quote(payloads[(i + 3) % payloads.Length])}");
        }
        return text.ToString();
    }

    [Fact]
    public void User_text_compiles_comes_back_verbatim_and_runs_no_code()
    {
        var payloads = Payloads();
        var compilation = Language.Semantics.Compilation.FromText(Path1, Source(payloads));
        var model = Build.Model(compilation);
        var (compiled, interpreted, pack) = Build.Both(model);

        // The safeguards as the compiled pack describes them: exactly the rule text.
        compiled.Safeguards.Count.ShouldBe(payloads.Length);
        for (var i = 0; i < payloads.Length; i++)
        {
            var info = compiled.Safeguards[i];
            info.Id.ShouldBe($"class-return-{i}");
            info.Title.ShouldBe(payloads[i]);
            info.Because.ShouldBe(payloads[i]);
            info.MessageTemplate.ShouldBe(payloads[(i + 2) % payloads.Length]);
            info.Seed.ShouldBe(payloads[(i + 3) % payloads.Length]);
            info.Citations.Single().SourceTitle.ShouldBe(payloads[i]);
            info.Citations.Single().Source.ShouldBe($"global{i}");
            info.CaseSchema.ShouldBe("class");
            info.Category.ShouldBe(i % 2 == 0 ? "new" : "this");
            info.SourceFile.ShouldBe(FileName1);
            DifferentialTests.SameInfo(info, interpreted.Safeguards[i]).ShouldBeNull();
        }
        compiled.Schema.PackName.ShouldBe("namespace.class");
        var schema = compiled.Schema.Cases.Single();
        schema.Name.ShouldBe("class");
        schema.Events.Select(e => e.Name).ShouldBe(["return", "namespace", "void"]);
        schema.Events[1].Attributes.Single().Name.ShouldBe("operator");
        schema.Events[1].Attributes.Single().Values.ShouldBe(["goto", "unsafe"]);
        schema.Facts.Select(f => f.Name).ShouldBe(["static", "int"]);
        schema.Facts[0].EnumValues.ShouldBe(["null", "true", "false", "this"]);

        // Evaluate a case that uses the keyword names: every safeguard is violated and its message is the text.
        var json = """
            { "id": "case \"1\"", "schema": "class", "facts": { "static": "this", "int": 5 },
              "events": [ { "id": "r", "type": "return", "time": "2009-01-08T14:30:00+06:00" },
                          { "type": "namespace", "time": "2009-01-09T14:30:00+06:00", "attributes": { "operator": "goto" } },
                          { "type": "void", "time": "2009-01-09T14:30:00+06:00", "refers": "r" } ] }
            """;
        var record = new CaseReader(compiled.Schema).ReadOne(json, "case.json", out var errors);
        errors.ShouldBeEmpty();
        var asOf = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks;
        var findings = compiled.Explain(record!, asOf);
        var expected = interpreted.Explain(record!, asOf);
        findings.Count.ShouldBe(payloads.Length);
        for (var i = 0; i < payloads.Length; i++)
        {
            findings[i].Outcome.ShouldBe(Outcome.Violated);
            findings[i].Title.ShouldBe(payloads[i]);
            findings[i].Message.ShouldBe(payloads[(i + 2) % payloads.Length]);
            findings[i].CaseId.ShouldBe("case \"1\"");
            DifferentialTests.SameFinding(findings[i], expected[i]).ShouldBeNull();
        }

        // Nothing of the text ran: the file is still there, and the process is still here to check.
        File.Exists(sentinel).ShouldBeTrue();

        // The generated C# parses cleanly; the text is only ever inside string literals.
        var tree = CSharpSyntaxTree.ParseText(pack.CSharp);
        tree.GetDiagnostics().ShouldBeEmpty();
        var root = tree.GetRoot();
        var identifiers = root.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText).ToHashSet();
        foreach (var forbidden in new[] { "File", "Delete", "Environment", "Exit", "Injected", "IO", "evil", "X" })
            identifiers.ShouldNotContain(forbidden);
        var literals = root.DescendantTokens().Where(t => t.IsKind(SyntaxKind.StringLiteralToken)).Select(t => t.ValueText).ToHashSet();
        foreach (var payload in payloads) literals.ShouldContain(payload);
        literals.ShouldContain(FileName1);
        root.DescendantTrivia().Where(t => t.IsKind(SyntaxKind.MultiLineCommentTrivia)).ShouldBeEmpty();
        root.DescendantTrivia().Where(t => t.IsKind(SyntaxKind.ErrorDirectiveTrivia) || t.IsKind(SyntaxKind.DefineDirectiveTrivia)).ShouldBeEmpty();

        // Every #line directive is well formed and names the (sanitised) rule file.
        var lineDirectives = pack.CSharp.Split('\n').Where(l => l.TrimStart().StartsWith("#line", StringComparison.Ordinal)).ToList();
        lineDirectives.ShouldNotBeEmpty();
        foreach (var directive in lineDirectives) LineDirective().IsMatch(directive).ShouldBeTrue(directive);
        lineDirectives.Where(d => d != "#line default").Select(d => d[(d.IndexOf('"') + 1)..^1]).Distinct()
            .ShouldBe(["_quoted__#line 1 _x.cs__ *\\ evil\\.sg"]);

        // And the assembly may use nothing outside the allow-list.
        ReferenceAllowList.Violations(pack.Assembly).ShouldBeEmpty();
    }

    [GeneratedRegex("^#line (default|[0-9]+ \"[^\"\\u2028\\u2029\\u0085]*\")$")]
    private static partial Regex LineDirective();
}
