using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Safeguards.Runtime;

namespace Safeguards.Evaluation.Batch;

/// <summary>
/// A batch on several threads, with the same items in the same order as <see cref="BatchEvaluator.Run"/> (or
/// <see cref="BatchEvaluator.RunOutcomes"/>). One thread splits the input into chunks of lines (cheap: it only looks
/// for line ends); <c>jobs</c> workers parse, evaluate and, when given an encoder, encode each chunk; the caller
/// takes the chunks back in input order. Memory stays flat: at most <see cref="InFlightPerJob"/> chunks per worker
/// exist at once, and the reader waits when the caller falls behind. An exception on any thread reaches the caller
/// at the chunk where it happened, after everything before it.
/// </summary>
public static class ParallelBatch
{
    /// <summary>Lines per chunk: enough that handing a chunk over costs nothing next to its cases, few enough that
    /// the chunks in flight (input, items and encoded output) stay a few megabytes.</summary>
    public const int LinesPerChunk = 128;

    public const int InFlightPerJob = 3;

    private const int BytesPerChunk = 512 * 1024;

    /// <summary>Some of a batch's items, in input order, with their encoded output when an encoder was given.</summary>
    public sealed class Chunk
    {
        internal readonly List<Entry> Entries = new(LinesPerChunk);
        internal byte[] Data;
        internal int DataLength;
        // No spinning before blocking: on a loaded machine the time spun is taken from the workers.
        internal readonly ManualResetEventSlim Done = new(false, spinCount: 0);
        internal ExceptionDispatchInfo? Failure;

        internal Chunk(byte[] data) => Data = data;

        public List<BatchItem> Items { get; } = new(LinesPerChunk);

        /// <summary>The items encoded one after the other; null without an encoder.</summary>
        public ArrayBufferWriter<byte>? Encoded { get; internal set; }

        internal void Add(ReadOnlySpan<byte> line, bool overflowed, string file, int number)
        {
            if (DataLength + line.Length > Data.Length) Array.Resize(ref Data, Math.Max(Data.Length * 2, DataLength + line.Length));
            line.CopyTo(Data.AsSpan(DataLength));
            Entries.Add(new Entry(DataLength, line.Length, overflowed, file, number, null));
            DataLength += line.Length;
        }

        internal void Add(BatchItem ready) => Entries.Add(new Entry(0, 0, false, "", 0, ready));

        internal bool Full => Entries.Count >= LinesPerChunk || DataLength >= BytesPerChunk;
    }

    internal readonly record struct Entry(int Offset, int Length, bool Overflowed, string File, int Line, BatchItem? Ready);

    /// <param name="encoders">Makes one encoder per worker, or null to leave the items unencoded.</param>
    public static IEnumerable<Chunk> Run(BatchEvaluator evaluator, IEnumerable<string> paths, bool outcomesOnly, int jobs,
        Func<IBatchItemEncoder>? encoders)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(jobs, 1);
        using var stop = new CancellationTokenSource();
        using var ordered = new BlockingCollection<Chunk>(jobs * InFlightPerJob);
        using var work = new BlockingCollection<Chunk>();
        ExceptionDispatchInfo? readFailure = null;
        // Input and output buffers go round: new ones each chunk would be large objects, and collecting those
        // takes full garbage collections.
        var buffers = new Buffers();
        var reader = Start("safeguards reader", () =>
        {
            try
            {
                Split(evaluator, paths, ordered, work, buffers, stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                readFailure = ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                ordered.CompleteAdding();
                work.CompleteAdding();
            }
        });
        var workers = Enumerable.Range(0, jobs)
            .Select(i => Start($"safeguards worker {i + 1}", () => Work(evaluator, outcomesOnly, encoders?.Invoke(), work, buffers, stop.Token)))
            .ToList();
        try
        {
            foreach (var chunk in ordered.GetConsumingEnumerable(stop.Token))
            {
                chunk.Done.Wait(stop.Token);
                chunk.Failure?.Throw();
                yield return chunk;
                chunk.Done.Dispose();
                if (chunk.Encoded is { } encoded) buffers.Output.Add(encoded);
                chunk.Encoded = null;
            }
            reader.Join();
            readFailure?.Throw();
        }
        finally
        {
            // The caller stopped early or something failed: the other threads stop at their next chunk.
            stop.Cancel();
            reader.Join();
            foreach (var worker in workers) worker.Join();
        }
    }

    private static Thread Start(string name, Action body)
    {
        var thread = new Thread(() => body()) { IsBackground = true, Name = name };
        thread.Start();
        return thread;
    }

    /// <summary>The reader: paths to chunks of lines (or ready items), in order, handed to the caller and the workers.</summary>
    private static void Split(BatchEvaluator evaluator, IEnumerable<string> paths, BlockingCollection<Chunk> ordered, BlockingCollection<Chunk> work,
        Buffers buffers, CancellationToken stop)
    {
        var chunk = new Chunk(buffers.TakeInput());
        void Hand()
        {
            ordered.Add(chunk, stop);
            work.Add(chunk, stop);
            chunk = new Chunk(buffers.TakeInput());
        }
        foreach (var (file, error, path) in CaseInputs.Expand(paths))
        {
            if (file is null) chunk.Add(BatchEvaluator.MissingInput(path, error!));
            else if (!Path.GetExtension(file).Equals(".jsonl", StringComparison.OrdinalIgnoreCase))
            {
                // A .json file is one case (or an unsupported file, one error): read here, evaluated by a worker.
                foreach (var result in evaluator.Reader.ReadFile(file)) chunk.Entries.Add(new Entry(0, 0, false, file, 0, new ReadResult(result)));
            }
            else if (CaseReader.OpenFile(file, out var failure) is not { } stream) chunk.Add(new ReadResult(failure!));
            else
            {
                foreach (var line in CaseReader.SplitJsonLines(stream))
                {
                    chunk.Add(line.Content, line.Overflowed, file, line.Number);
                    if (chunk.Full) Hand();
                }
            }
            if (chunk.Full) Hand();
        }
        if (chunk.Entries.Count > 0) Hand();
    }

    /// <summary>A record read by the reader thread, still to be evaluated (never reaches the caller).</summary>
    private sealed record ReadResult(CaseReadResult Result) : BatchItem;

    private static void Work(BatchEvaluator evaluator, bool outcomesOnly, IBatchItemEncoder? encoder, BlockingCollection<Chunk> work, Buffers buffers,
        CancellationToken stop)
    {
        try
        {
            foreach (var chunk in work.GetConsumingEnumerable(stop))
            {
                try
                {
                    Evaluate(evaluator, outcomesOnly, encoder, chunk, buffers);
                }
                catch (Exception e)
                {
                    chunk.Failure = ExceptionDispatchInfo.Capture(e);
                }
                chunk.Done.Set();
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    private static void Evaluate(BatchEvaluator evaluator, bool outcomesOnly, IBatchItemEncoder? encoder, Chunk chunk, Buffers buffers)
    {
        foreach (var entry in chunk.Entries)
        {
            var item = entry.Ready switch
            {
                null => evaluator.Reader.ReadLine(chunk.Data.AsSpan(entry.Offset, entry.Length), entry.Overflowed, entry.File, entry.Line) is { } read
                    ? evaluator.Item(read, outcomesOnly)
                    : null, // a blank line carries no case
                ReadResult read => evaluator.Item(read.Result, outcomesOnly),
                var ready => ready,
            };
            if (item is not null) chunk.Items.Add(item);
        }
        chunk.Entries.Clear();
        buffers.Input.Add(chunk.Data);
        chunk.Data = [];
        if (encoder is null) return;
        var encoded = buffers.TakeOutput();
        foreach (var item in chunk.Items) encoder.Encode(item, encoded);
        chunk.Encoded = encoded;
    }

    /// <summary>The buffers not in use: input (lines of a chunk) and output (its encoded items); at most a few per chunk in flight.</summary>
    private sealed class Buffers
    {
        public ConcurrentBag<byte[]> Input { get; } = [];

        public ConcurrentBag<ArrayBufferWriter<byte>> Output { get; } = [];

        public byte[] TakeInput() => Input.TryTake(out var data) ? data : new byte[64 * 1024];

        public ArrayBufferWriter<byte> TakeOutput()
        {
            if (!Output.TryTake(out var output)) return new ArrayBufferWriter<byte>(256 * 1024);
            output.ResetWrittenCount();
            return output;
        }
    }
}
