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
        if (IsSystemFile(full))
        {
            return new Pending(full, null, new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, BufferSize));
        }

        var folder = Path.GetDirectoryName(full) ?? ".";
        var (stream, temporary) = CreateTemporary(folder, Path.GetFileName(full), FileOptions.None);
        return new Pending(full, temporary, stream);
    }

    /// <summary>
    /// A device or a process's stream (<c>/dev/stdout</c>, <c>/dev/null</c>, <c>/dev/full</c>, <c>/proc/self/fd/1</c>):
    /// written directly, never replaced. Renaming a file over one would, for root, replace a device node of the
    /// machine; and a device has no half-written state for a reader to see. .NET reports no file type on Unix, so
    /// these are known by where they live (after following links, as the write would).
    /// </summary>
    private static bool IsSystemFile(string full)
    {
        var target = full;
        try
        {
            if (File.ResolveLinkTarget(full, returnFinalTarget: true) is { } link) target = link.FullName;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An unresolvable link is no device: the rename replaces the link itself.
        }

        return File.Exists(target) && (target.StartsWith("/dev/", StringComparison.Ordinal) || target.StartsWith("/proc/", StringComparison.Ordinal));
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
        private readonly string? temporary; // null for a device, written directly
        private bool committed;

        internal Pending(string target, string? temporary, FileStream stream)
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
            if (temporary is null)
            {
                if (Stream.CanWrite) Stream.Flush();
                Stream.Dispose();
                committed = true;
                return;
            }

            if (Stream.CanWrite) Stream.Flush(flushToDisk: true);
            Stream.Dispose();
            File.Move(temporary, target, overwrite: true);
            committed = true;
        }

        public void Dispose()
        {
            try
            {
                Stream.Dispose();
            }
            catch (IOException) when (!committed)
            {
                // Closing flushes again, and fails as the write did (/dev/full): that failure is already reported.
            }

            if (committed || temporary is null) return;
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
