using System.IO.Compression;
using System.Reflection.Metadata;
using System.Text;
using Safeguards.Language.Semantics;

namespace Safeguards.Compiler.Tests;

/// <summary>Same sources, same bytes; and the debug information points at the rule files.</summary>
public class DeterminismTests
{
    [Fact]
    public void The_same_sources_give_byte_identical_assemblies_whatever_the_order_of_loading()
    {
        var trees = Build.RuleTrees();
        var first = Build.Compile(Build.Model(Compilation.Create(trees)));
        var again = Build.Compile(Build.Model(Compilation.Create(Build.RuleTrees())));
        var reversed = Build.Compile(Build.Model(Compilation.Create(trees.Reverse())));
        again.Assembly.ShouldBe(first.Assembly);
        again.Pdb.ShouldBe(first.Pdb);
        again.CSharp.ShouldBe(first.CSharp);
        reversed.CSharp.ShouldBe(first.CSharp);
        reversed.Assembly.ShouldBe(first.Assembly);
        first.AssemblyName.ShouldStartWith("Safeguards.Pack.");
    }

    [Fact]
    public void Line_directives_point_at_the_safeguards_in_the_rule_files()
    {
        var (model, _, _, pack) = Build.Rules;
        var lines = pack.CSharp.Split('\n');
        var directives = lines.Select((l, i) => (l, i)).Where(p => p.l.StartsWith("#line ", StringComparison.Ordinal) && p.l != "#line default").ToList();
        directives.ShouldNotBeEmpty();
        var files = new Dictionary<string, string[]>();
        foreach (var plan in model.Plan.Safeguards)
        {
            // The method of each safeguard is preceded by a #line that names its file and the line of 'safeguard ID'.
            var marker = Array.FindIndex(lines, l => l.Trim() == $"// {Safeguards.Compiler.CodeGeneration.CSharpText.IdentifierPart(plan.Info.Id)}");
            marker.ShouldBeGreaterThan(0, plan.Info.Id);
            var directive = lines[marker - 1];
            directive.ShouldStartWith("#line ");
            var parts = directive.Split(' ', 3);
            var line = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
            // Named relative to the folder of the rule files (kz/), so the bytes do not depend on where they are.
            var file = Path.Combine(RulesRoot, parts[2].Trim('"'));
            Path.IsPathRooted(parts[2].Trim('"')).ShouldBeFalse(directive);
            file.ShouldBe(plan.Info.SourceFile);
            file.ShouldStartWith(Build.RulesFolder);
            file.ShouldEndWith(".sg");
            if (!files.TryGetValue(file, out var text)) files[file] = text = File.ReadAllLines(file);
            text[line - 1].ShouldStartWith($"safeguard {plan.Info.Id} ");
            line.ShouldBe(plan.Info.SourceLine);
        }
        // Requirement methods point at their requires clause.
        foreach (var (l, i) in directives)
        {
            var parts = l.Split(' ', 3);
            var text = files[Path.Combine(RulesRoot, parts[2].Trim('"'))];
            var ruleLine = text[int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) - 1].TrimStart();
            (ruleLine.StartsWith("safeguard ", StringComparison.Ordinal) || ruleLine.StartsWith("requires ", StringComparison.Ordinal)).ShouldBeTrue(ruleLine);
        }
    }

    /// <summary>The deepest folder holding every bundled rule file: compiled packs name files relative to it. Derived
    /// from the files (rules/kz while only the Kazakh packs existed, rules/ since rules/de, fr and ru).</summary>
    private static string RulesRoot
    {
        get
        {
            var folders = Directory.GetFiles(Build.RulesFolder, "*.sg", SearchOption.AllDirectories)
                .Select(f => Path.GetDirectoryName(f)!.Split(Path.DirectorySeparatorChar)).ToList();
            var depth = Enumerable.Range(0, folders.Min(f => f.Length)).TakeWhile(i => folders.All(f => f[i] == folders[0][i])).Count();
            return string.Join(Path.DirectorySeparatorChar, folders[0].Take(depth));
        }
    }

    /// <summary>Copies of rules/ in two other places, built from a relative and an absolute path: the same bytes.</summary>
    [Fact]
    public void The_same_rules_build_to_the_same_bytes_wherever_they_are_and_however_the_path_is_typed()
    {
        var first = Directory.CreateTempSubdirectory("sg-rules-a-").FullName;
        var second = Directory.CreateTempSubdirectory("sg-rules-b-").FullName;
        try
        {
            CopyFolder(Build.RulesFolder, Path.Combine(first, "rules"));
            CopyFolder(Build.RulesFolder, Path.Combine(second, "elsewhere", "copy"));
            var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.Combine(first, "rules"));
            Path.IsPathRooted(relative).ShouldBeFalse();
            var fromRelative = Compile(relative);
            var fromAbsolute = Compile(Path.Combine(second, "elsewhere", "copy"));
            var fromRepository = Build.Rules.Pack;

            fromAbsolute.CSharp.ShouldBe(fromRelative.CSharp);
            fromAbsolute.Assembly.ShouldBe(fromRelative.Assembly);
            fromAbsolute.Pdb.ShouldBe(fromRelative.Pdb);
            fromRepository.Assembly.ShouldBe(fromRelative.Assembly);
            fromRepository.Pdb.ShouldBe(fromRelative.Pdb);
            // No trace of either folder in the output.
            foreach (var bytes in new[] { fromRelative.Assembly, fromRelative.Pdb, Encoding.UTF8.GetBytes(fromRelative.CSharp) })
            {
                var text = Encoding.Latin1.GetString(bytes) + Encoding.Unicode.GetString(bytes);
                text.ShouldNotContain(first);
                text.ShouldNotContain(Path.GetFileName(first));
                text.ShouldNotContain(Build.RepoRoot);
            }
        }
        finally
        {
            Directory.Delete(first, recursive: true);
            Directory.Delete(second, recursive: true);
        }
    }

    private static Emit.CompiledPack Compile(string rules)
    {
        var loaded = Language.Workspace.RuleFileLoader.Load([rules]);
        loaded.Errors.ShouldBeEmpty();
        return Build.Compile(Build.Model(Compilation.Create(loaded.Trees)));
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static readonly Guid EmbeddedSource = new("0E8A571B-6926-466E-B4AD-8AB04611F5FE");

    [Fact]
    public void The_pdb_embeds_the_rule_files()
    {
        var pack = Build.Rules.Pack;
        using var provider = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(pack.Pdb));
        var pdb = provider.GetMetadataReader();
        var embedded = new Dictionary<string, string>();
        foreach (var handle in pdb.Documents)
        {
            var document = pdb.GetDocument(handle);
            var name = pdb.GetString(document.Name);
            foreach (var info in pdb.GetCustomDebugInformation(handle))
            {
                var cdi = pdb.GetCustomDebugInformation(info);
                if (pdb.GetGuid(cdi.Kind) != EmbeddedSource) continue;
                var blob = pdb.GetBlobBytes(cdi.Value);
                var size = BitConverter.ToInt32(blob, 0);
                byte[] content;
                if (size == 0) content = blob[4..];
                else
                {
                    using var deflate = new DeflateStream(new MemoryStream(blob, 4, blob.Length - 4), CompressionMode.Decompress);
                    using var output = new MemoryStream();
                    deflate.CopyTo(output);
                    content = output.ToArray();
                    content.Length.ShouldBe(size);
                }
                embedded[name] = Encoding.UTF8.GetString(content).TrimStart('\uFEFF');
            }
        }
        var ruleFiles = Directory.GetFiles(Build.RulesFolder, "*.sg", SearchOption.AllDirectories);
        var used = Build.Rules.Model.Plan.Safeguards.Select(s => s.Info.SourceFile!).Distinct().ToList();
        used.Count.ShouldBeGreaterThan(1);
        foreach (var file in used)
        {
            ruleFiles.ShouldContain(file);
            var name = Path.GetRelativePath(RulesRoot, file);
            embedded.ShouldContainKey(name);
            embedded[name].ShouldBe(File.ReadAllText(file).TrimStart('\uFEFF'));
        }
        embedded.Keys.ShouldContain(k => k.EndsWith(".g.cs", StringComparison.Ordinal));
    }
}
