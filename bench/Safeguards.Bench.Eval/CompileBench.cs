namespace Safeguards.Bench.Eval;

public static class CompileBench
{
    public static int Run(bool quick, TextWriter report) => 0;
}
