namespace Safeguards.Runtime;

/// <summary>One line of a JSON Lines stream as <see cref="CaseReader.SplitJsonLines"/> yields it: its 1-based number
/// and its bytes (without the '\n'), or only the fact that it was longer than <see cref="CaseReader.MaxRecordBytes"/>.</summary>
public sealed class JsonLine
{
    internal JsonLine()
    {
    }

    internal LineBuffer Buffer { get; } = new();

    public int Number { get; private set; } = 1;

    public ReadOnlySpan<byte> Content => Buffer.Content;

    public bool Overflowed => Buffer.Overflowed;

    internal void Next()
    {
        Buffer.Clear();
        Number++;
    }
}
