namespace Safeguards.Runtime;

/// <summary>
/// The bytes of the current line, growing up to <see cref="CaseReader.MaxRecordBytes"/>. Past that it only
/// remembers that the line overflowed, so a huge line costs no more memory than the limit.
/// </summary>
internal sealed class LineBuffer
{
    private const int ShrinkAbove = 1024 * 1024;
    private byte[] bytes = new byte[4096];
    private int length;

    public bool Overflowed { get; private set; }

    public ReadOnlySpan<byte> Content => bytes.AsSpan(0, length);

    public void Append(ReadOnlySpan<byte> chunk)
    {
        if (Overflowed || chunk.IsEmpty)
        {
            return;
        }

        if ((long)length + chunk.Length > CaseReader.MaxRecordBytes)
        {
            Overflowed = true;
            length = 0;
            bytes = new byte[4096];
            return;
        }

        if (length + chunk.Length > bytes.Length)
        {
            Array.Resize(ref bytes, Math.Min(CaseReader.MaxRecordBytes, Math.Max(bytes.Length * 2, length + chunk.Length)));
        }

        chunk.CopyTo(bytes.AsSpan(length));
        length += chunk.Length;
    }

    public void Clear()
    {
        length = 0;
        Overflowed = false;

        // One long line should not pin a large buffer for the rest of the batch.
        if (bytes.Length > ShrinkAbove)
        {
            bytes = new byte[4096];
        }
    }
}
