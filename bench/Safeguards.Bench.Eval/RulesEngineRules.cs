using RulesEngine.Models;

namespace Safeguards.Bench.Eval;

/// <summary>
/// The eight safeguards in Microsoft RulesEngine: one workflow of lambda-expression rules over the
/// POCO (<c>c</c>) and the reference time (<c>asOf</c>), same semantics as <see cref="HandWritten"/>.
/// Boolean: each rule's expression is "not violated" and the answer is <c>IsSuccess</c>. Four-valued:
/// each rule succeeds and its <c>OutputExpression</c> action computes the outcome (0 satisfied,
/// 1 violated, 2 pending, 3 not applicable), read from <c>ActionResult.Output</c>.
/// </summary>
public sealed class RulesEngineRules
{
    private const string BooleanWorkflow = "detention-boolean";
    private const string OutcomeWorkflow = "detention-outcome";

    private readonly RulesEngine.RulesEngine engine;

    /// <summary>(name, condition or null, trigger, completing events, limit in hours).</summary>
    private static readonly (string Name, string? When, string Trigger, string[] Done, int Hours)[] Rules =
    [
        ("B-REG-3H", "c.Criminal", "Apprehended", ["Registered"], 3),
        ("B-PROS-12H", null, "Registered", ["ProsecutorNotified"], 12),
        ("B-APP-60H", null, "Registered", ["CourtApplication"], 60),
        ("B-HEAR-8H", null, "CourtApplication", ["CourtHearing"], 8),
        ("B-72H", null, "Apprehended", ["CourtHearing", "Released"], 72),
        ("B-LAWYER-3H", null, "Apprehended", ["LawyerAccess"], 3),
        ("B-REL-12H", null, "Registered", ["RelativesNotified"], 12),
        ("B-MED-24H", "c.AllegesTorture", "Registered", ["MedicalExam"], 24),
    ];

    public RulesEngineRules()
    {
        var boolean = new Workflow
        {
            WorkflowName = BooleanWorkflow,
            Rules = Rules.Select(r => new Rule
            {
                RuleName = r.Name,
                RuleExpressionType = RuleExpressionType.LambdaExpression,
                Expression = $"{NotApplicable(r.When, r.Trigger)} || iif({Done(r.Done)}, {OnTime(r.Trigger, r.Done, r.Hours)}, asOf <= {Deadline(r.Trigger, r.Hours)})",
            }).ToList(),
        };
        var outcome = new Workflow
        {
            WorkflowName = OutcomeWorkflow,
            Rules = Rules.Select(r => new Rule
            {
                RuleName = r.Name,
                RuleExpressionType = RuleExpressionType.LambdaExpression,
                Expression = "true",
                Actions = new RuleActions
                {
                    OnSuccess = new ActionInfo
                    {
                        Name = "OutputExpression",
                        Context = new Dictionary<string, object>
                        {
                            ["expression"] = $"iif({NotApplicable(r.When, r.Trigger)}, 3, iif({Done(r.Done)}, " +
                                $"iif({OnTime(r.Trigger, r.Done, r.Hours)}, 0, 1), iif(asOf > {Deadline(r.Trigger, r.Hours)}, 1, 2)))",
                        },
                    },
                },
            }).ToList(),
        };
        engine = new RulesEngine.RulesEngine([boolean, outcome], new ReSettings());
    }

    private static string NotApplicable(string? when, string trigger) =>
        (when is null ? "" : $"!{when} || ") + $"c.{trigger} == null || c.{trigger}.Value > asOf";

    private static string Happened(string e) => $"(c.{e} != null && c.{e}.Value <= asOf)";

    private static string Done(string[] done) => "(" + string.Join(" || ", done.Select(Happened)) + ")";

    private static string Deadline(string trigger, int hours) => $"c.{trigger}.Value.AddHours({hours})";

    // The earlier of several completing events is on time exactly when one of those that happened is.
    private static string OnTime(string trigger, string[] done, int hours) =>
        "(" + string.Join(" || ", done.Select(e => $"({Happened(e)} && c.{e}.Value <= {Deadline(trigger, hours)})")) + ")";

    public void Check(DetentionCase c, RuleParameter asOf, Span<bool> ok)
    {
        var results = engine.ExecuteAllRulesAsync(BooleanWorkflow, new RuleParameter("c", c), asOf).GetAwaiter().GetResult();
        for (var i = 0; i < results.Count; i++)
        {
            if (!string.IsNullOrEmpty(results[i].ExceptionMessage)) throw new InvalidOperationException($"RulesEngine rule {results[i].Rule.RuleName}: {results[i].ExceptionMessage}");
            ok[i] = results[i].IsSuccess;
        }
    }

    public void Evaluate(DetentionCase c, RuleParameter asOf, Span<Status> outcomes)
    {
        var results = engine.ExecuteAllRulesAsync(OutcomeWorkflow, new RuleParameter("c", c), asOf).GetAwaiter().GetResult();
        for (var i = 0; i < results.Count; i++)
        {
            var action = results[i].ActionResult;
            if (action?.Exception is { } e) throw new InvalidOperationException($"RulesEngine rule {results[i].Rule.RuleName}: {e.Message}");
            outcomes[i] = (Status)Convert.ToInt32(action!.Output, System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    public static RuleParameter AsOf(DateTimeOffset asOf) => new("asOf", asOf);
}
