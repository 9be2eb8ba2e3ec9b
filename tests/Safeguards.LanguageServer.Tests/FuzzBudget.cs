using System.Globalization;

namespace Safeguards.LanguageServer.Tests;

/// <summary>How many inputs a property test or fuzz target tries. CI runs the fixed count written in each
/// test, with a fixed seed, so a run is repeatable and bounded; for a longer run set
/// <c>SAFEGUARDS_FUZZ_SCALE</c> (a multiplier, e.g. 100) and optionally <c>SAFEGUARDS_FUZZ_SEED</c>
/// (an integer) to explore other inputs. See docs/reliability.md.</summary>
public static class FuzzBudget
{
    public static int Count(int inCi) => checked(inCi * Scale);

    public static int Seed(int inCi) =>
        int.TryParse(Environment.GetEnvironmentVariable("SAFEGUARDS_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed)
            ? seed : inCi;

    private static int Scale =>
        int.TryParse(Environment.GetEnvironmentVariable("SAFEGUARDS_FUZZ_SCALE"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var scale)
        && scale > 0 ? scale : 1;
}
