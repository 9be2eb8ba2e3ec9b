using System.Text;
using Safeguards.Evaluation.Batch;
using Safeguards.Runtime;

namespace Safeguards.Cli.Report;

/// <summary>
/// Writes the report as the cases stream in: each case's index row and detail section go to two
/// temporary files next to the output (deleted on close), while the summary is counted; at the end the
/// page is put together as head, summary, index, details. Only one case is held in memory at a time.
/// </summary>
public sealed class ReportBuilder : IDisposable
{
    public const int DefaultDetailLimit = 500;
    public const int DefaultIndexLimit = 50_000;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly IRulePack pack;
    private readonly long asOf;
    private readonly int detailLimit;
    private readonly int indexLimit;
    private readonly FindingKey keys;
    private readonly CaseSection section;
    private readonly CaseIndex index;
    private readonly StreamWriter indexPart;
    private readonly StreamWriter detailPart;
    private int number;

    public ReportBuilder(IRulePack pack, long asOf, string outputPath, int detailLimit = DefaultDetailLimit, int indexLimit = DefaultIndexLimit)
    {
        this.pack = pack;
        this.asOf = asOf;
        this.detailLimit = detailLimit;
        this.indexLimit = Math.Max(indexLimit, detailLimit);
        keys = new FindingKey(pack.Safeguards);
        var zones = new CaseZones(pack.Schema, pack.Safeguards);
        var timelines = pack.Schema.Zones.Select((_, zone) => new TimelineSvg(zones.Calendar(zone), asOf, keys)).ToArray();
        section = new CaseSection(pack.Schema, keys, zones, timelines);
        index = new CaseIndex(keys);
        indexPart = Part(outputPath, "index");
        detailPart = Part(outputPath, "cases");
    }

    public ReportSummary Summary { get; } = new();

    public void Add(BatchItem item)
    {
        Summary.Add(item);
        if (item is not EvaluatedCase evaluated) return;
        number++;
        var detailed = number <= detailLimit;
        if (number <= indexLimit)
        {
            index.WriteRow(indexPart, number, evaluated.Record, evaluated.Findings, detailed);
            Summary.IndexedCases++;
        }
        if (detailed)
        {
            section.Write(detailPart, number, evaluated.Record, evaluated.Findings);
            Summary.DetailedCases++;
        }
    }

    /// <summary>Writes the whole page to <paramref name="output"/>.</summary>
    public void Finish(Stream output)
    {
        var page = new ReportPage(pack, asOf, keys);
        using (var head = new StreamWriter(output, Utf8, 64 * 1024, leaveOpen: true))
        {
            page.WriteHead(head);
            page.WriteFilters(head);
            page.WriteSummary(head, Summary, detailLimit, indexLimit);
            head.Write($"<section id=\"cases-index\"><h2>Cases ({Summary.Totals.Cases})</h2>");
        }
        Append(indexPart, output);
        using (var middle = new StreamWriter(output, Utf8, 64 * 1024, leaveOpen: true))
        {
            CaseIndex.WriteFooter(middle, Summary.IndexedCases);
            middle.Write("</section>\n<div id=\"details\">");
            if (Summary.DetailedCases > 0) ReportPage.WriteLegend(middle);
        }
        Append(detailPart, output);
        using (var tail = new StreamWriter(output, Utf8, 64 * 1024, leaveOpen: true))
        {
            tail.Write("</div>\n");
            ReportPage.WriteTail(tail);
        }
    }

    private static void Append(StreamWriter part, Stream output)
    {
        part.Flush();
        part.BaseStream.Position = 0;
        part.BaseStream.CopyTo(output);
    }

    private static StreamWriter Part(string outputPath, string name)
    {
        // Created exclusively under a random name (a link planted at a predictable name would be followed).
        var folder = Path.GetDirectoryName(Path.GetFullPath(outputPath)) ?? ".";
        var (stream, _) = Output.AtomicFile.CreateTemporary(folder, $"{Path.GetFileName(outputPath)}.{name}", FileOptions.DeleteOnClose);
        return new StreamWriter(stream, Utf8, 64 * 1024);
    }

    public void Dispose()
    {
        indexPart.Dispose();
        detailPart.Dispose();
    }
}
