namespace Safeguards.Runtime;

/// <summary>
/// Ordinal name-to-position lookup shared by the schema classes. Names in a pack are
/// case-sensitive identifiers, so ordinal comparison is exact and culture-independent.
/// </summary>
internal static class NameIndex
{
    public static Dictionary<string, int> Build<T>(IReadOnlyList<T> items, Func<T, string> name, string what)
    {
        var map = new Dictionary<string, int>(items.Count, StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (!map.TryAdd(name(items[i]), i))
            {
                throw new ArgumentException($"duplicate {what} '{name(items[i])}'");
            }
        }

        return map;
    }

    public static int Find(Dictionary<string, int> map, string name) =>
        map.TryGetValue(name, out var index) ? index : -1;
}
