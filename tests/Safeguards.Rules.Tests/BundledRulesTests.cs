using Safeguards.Compiler.Emit;
using Safeguards.Evaluation;
using Safeguards.Evaluation.Catalogue;
using Safeguards.Evaluation.Fixtures;
using Safeguards.Language.Diagnostics;
using Safeguards.Runtime;
using Xunit.Abstractions;

namespace Safeguards.Rules.Tests;

public class BundledRulesTests(ITestOutputHelper output)
{
    [Fact]
    public void The_bundled_packs_have_no_errors_and_every_safeguard_can_be_evaluated()
    {
        var errors = BundledRules.Compilation.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        errors.ShouldBeEmpty(string.Join("\n", errors));
        BundledRules.Model.Safeguards.Length.ShouldBe(BundledRules.Compilation.Safeguards.Count());
        BundledRules.Compilation.Safeguards.ShouldAllBe(s => s.Citations.Count > 0);
        // The Kazakh packs come from the seed reports, and each safeguard says where; the others come from their law.
        BundledRules.Compilation.Safeguards.Where(s => s.Pack.Jurisdiction == "KZ").ShouldAllBe(s => s.Seed != null);
    }

    [Fact]
    public void Every_fixture_passes_with_the_interpreter() => RunFixtures(new Interpreter(BundledRules.Model), "interpreter");

    [Fact]
    public void Every_fixture_passes_with_the_compiled_pack()
    {
        PackCompiler.TryCompile(BundledRules.Lowered, out var compiled, out var failure).ShouldBeTrue(string.Join("\n", failure?.Messages ?? []));
        RunFixtures(PackLoader.Load(compiled!.Assembly, compiled.Pdb), "compiled pack");
    }

    [Fact]
    public void The_suite_shows_every_outcome_and_exercises_every_safeguard_and_cited_provision()
    {
        var results = RunFixtures(new Interpreter(BundledRules.Model), "interpreter");
        var coverage = CoverageReport.Compute(BundledRules.Model, results);
        var seen = coverage.Safeguards.SelectMany(s => s.Seen).ToHashSet();
        seen.ShouldBe(Enum.GetValues<Outcome>(), ignoreOrder: true);
        coverage.Safeguards.Where(s => s.Seen.Count == 0).Select(s => s.Safeguard.Id).ShouldBeEmpty();
        coverage.Provisions.Where(p => !p.Exercised).Select(p => p.Provision).ShouldBeEmpty();
    }

    [Fact]
    public void The_catalogue_page_is_current()
    {
        var path = Path.Combine(BundledRules.RepositoryRoot, "docs", "catalogue.md");
        File.Exists(path).ShouldBeTrue("docs/catalogue.md is missing: run 'safeguards catalogue rules -o docs/catalogue.md'");
        var notEncoded = NotEncodedReader.ReadAll([BundledRules.RulesFolder]);
        notEncoded.Errors.ShouldBeEmpty();
        File.ReadAllText(path).ShouldBe(CatalogueWriter.Write(BundledRules.Lowered, notEncoded.Items),
            "docs/catalogue.md is stale: run 'safeguards catalogue rules -o docs/catalogue.md'");
    }

    private List<FixtureResult> RunFixtures(IRulePack pack, string engine)
    {
        var runner = new FixtureRunner(pack);
        var results = new List<FixtureResult>();
        foreach (var file in FixtureReader.Discover([BundledRules.RulesFolder]))
        {
            var (fixtures, errors) = FixtureReader.Read(file);
            errors.ShouldBeEmpty();
            results.AddRange(fixtures.Select(runner.Run));
        }
        var failures = results.Where(r => !r.Passed)
            .SelectMany(r => r.Failures.Select(f => $"{r.Fixture.Name}: {f.SafeguardId} expected {f.Expected}, got {f.Actual}: {f.Evidence}")).ToList();
        output.WriteLine($"{engine}: {results.Count} fixtures, {results.Sum(r => r.Checked.Count)} expectations");
        failures.ShouldBeEmpty(string.Join("\n", failures));
        results.Count.ShouldBeGreaterThan(200);
        return results;
    }
}
