using Safeguards.Runtime;

namespace Safeguards.Compiler.Tests;

/// <summary>One case judged by both engines: the compiled fast path, the compiled evidence path and the interpreter must
/// agree on the outcome and the words of the finding, which is then returned.</summary>
internal static class EngineAgreement
{
    public static Finding Judge((IRulePack Compiled, IRulePack Interpreted) engines, string json, string safeguard, string asOf)
    {
        var at = DateTimeOffset.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture).UtcTicks;
        Finding? first = null;
        foreach (var pack in new[] { engines.Compiled, engines.Interpreted })
        {
            var record = new CaseReader(pack.Schema).ReadOne(json, "case.json", out var errors);
            errors.Select(e => e.ToString()).ShouldBeEmpty();
            var outcomes = new Outcome[pack.Safeguards.Count];
            pack.Evaluate(record!, at, outcomes);
            var finding = pack.Explain(record!, at).Single(f => f.SafeguardId == safeguard);
            outcomes[pack.Safeguards.Select(s => s.Id).ToList().IndexOf(safeguard)].ShouldBe(finding.Outcome, $"fast and evidence paths of {safeguard}");
            if (first is null) first = finding;
            else
            {
                finding.Outcome.ShouldBe(first.Outcome, "compiled and interpreted");
                finding.Evidence.Reason.ShouldBe(first.Evidence.Reason, "compiled and interpreted");
                finding.Evidence.Deadline.ShouldBe(first.Evidence.Deadline, "compiled and interpreted");
            }
        }
        return first!;
    }
}
