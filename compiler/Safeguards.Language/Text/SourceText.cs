namespace Safeguards.Language.Text;

/// <summary>The text of one rule file and where it came from.</summary>
public sealed class SourceText
{
    private LineMap? lines;

    public SourceText(string path, string text)
    {
        Path = path;
        Text = text;
    }

    /// <summary>A file path or a document URI, as the caller names the file.</summary>
    public string Path { get; }

    public string Text { get; }

    public LineMap Lines => lines ??= new LineMap(Text);

    public string this[TextSpan span] => Text.Substring(span.Start, span.Length);
}
