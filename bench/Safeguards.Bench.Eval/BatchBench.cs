namespace Safeguards.Bench.Eval;

public static class BatchBench
{
    public static int Run(bool quick, long[] sizes, TextWriter report) => 0;
}
