using System.Text;

namespace Safeguards.Cli.Output;

/// <summary>
/// How the tool writes every file it produces. The bytes go to a new file with a random name in the target's
/// folder, created exclusively (<see cref="FileMode.CreateNew"/>: a file or symbolic link planted at that name
/// makes creation fail instead of being followed), which is then renamed over the target. A reader sees the
/// old file or the whole new one, never half of it; a symbolic link at the target is replaced, not written
/// through; a failed write leaves the old file as it was.
/// </summary>
public static class AtomicFile
{
    private const int BufferSize = 64 * 1024;

    public static void WriteAllBytes(string path, byte[] bytes) => Write(path, stream => stream.Write(bytes));

    public static void WriteAllText(string path, string text, Encoding? encoding = null) =>
        WriteAllBytes(path, (encoding ?? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)).GetBytes(text));

    public static void Write(string path, Action<Stream> write)
    {
        using var pending = Begin(path);
        write(pending.Stream);
        pending.Commit();
    }

    /// <summary>Starts writing <paramref name="path"/>; nothing is replaced until <see cref="Pending.Commit"/>, and
    /// disposing without committing deletes the temporary file.</summary>
    public static Pending Begin(string path)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? ".";
        var (stream, temporary) = CreateTemporary(folder, Path.GetFileName(full), FileOptions.None);
        return new Pending(full, temporary, stream);
    }

    /// <summary>A new file with an unpredictable name in <paramref name="folder"/>, created exclusively.</summary>
    public static (FileStream Stream, string Path) CreateTemporary(string folder, string label, FileOptions options)
    {
        for (var attempt = 0; ; attempt++)
        {
            var path = Path.Combine(folder, $".{label}.{Path.GetRandomFileName()}.tmp");
            try
            {
                return (new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, BufferSize, options), path);
            }
            catch (IOException) when (attempt < 8 && Path.Exists(path))
            {
                // The name is taken (by chance, or planted): draw another one.
            }
        }
    }

    public sealed class Pending : IDisposable
    {
        private readonly string target;
        private readonly string temporary;
        private bool committed;

        internal Pending(string target, string temporary, FileStream stream)
        {
            this.target = target;
            this.temporary = temporary;
            Stream = stream;
        }

        public FileStream Stream { get; }

        /// <summary>Flushes the bytes to disk and renames the temporary file over the target.</summary>
        public void Commit()
        {
            // A writer may have closed the stream already (closing flushed it to the system then).
            if (Stream.CanWrite) Stream.Flush(flushToDisk: true);
            Stream.Dispose();
            File.Move(temporary, target, overwrite: true);
            committed = true;
        }

        public void Dispose()
        {
            Stream.Dispose();
            if (committed) return;
            try
            {
                File.Delete(temporary);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The write already failed and says so; a stray temporary file is the lesser problem.
            }
        }
    }
}
