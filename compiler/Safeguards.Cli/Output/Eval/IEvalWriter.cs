using Safeguards.Evaluation.Batch;

namespace Safeguards.Cli.Output.Eval;

/// <summary>Writes evaluation results as they stream in; <see cref="Finish"/> writes totals.</summary>
public interface IEvalWriter
{
    void Write(BatchItem item);

    void Finish(BatchTotals totals);
}
