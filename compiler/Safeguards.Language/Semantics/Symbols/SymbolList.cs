using System.Collections;

namespace Safeguards.Language.Semantics;

/// <summary>A list of symbols that the binder fills and everyone else only reads: a model handed to the lowering,
/// the language server or an embedder cannot be changed from outside.</summary>
public sealed class SymbolList<T> : IReadOnlyList<T>
{
    private readonly List<T> items = [];

    public int Count => items.Count;

    public T this[int index] => items[index];

    internal void Add(T item) => items.Add(item);

    public List<T>.Enumerator GetEnumerator() => items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();
}
