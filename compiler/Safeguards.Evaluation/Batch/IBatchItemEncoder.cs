using System.Buffers;

namespace Safeguards.Evaluation.Batch;

/// <summary>Turns a batch item into the bytes of its output (one JSON line, say), so that the workers of a
/// parallel batch can write output as well as evaluate. One encoder per worker: not shared.</summary>
public interface IBatchItemEncoder
{
    void Encode(BatchItem item, ArrayBufferWriter<byte> output);
}
