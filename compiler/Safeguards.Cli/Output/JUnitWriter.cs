using System.Xml.Linq;
using Safeguards.Evaluation.Fixtures;

namespace Safeguards.Cli.Output;

/// <summary>JUnit XML, one test suite per fixture file, for CI systems. A malformed fixture is one
/// test case with its errors, in the suite of its file.</summary>
public static class JUnitWriter
{
    public static void Write(Stream stream, IReadOnlyList<FixtureResult> results, IReadOnlyList<FixtureError> errors)
    {
        var files = results.Select(r => r.Fixture.File).Concat(errors.Select(e => e.File)).Distinct().Order(StringComparer.Ordinal);
        var suites = files.Select(file =>
        {
            var ran = results.Where(r => r.Fixture.File == file).ToList();
            var malformed = errors.Where(e => e.File == file).GroupBy(e => e.FixtureIndex ?? -1).ToList();
            return new XElement("testsuite",
                new XAttribute("name", CliConsole.Display(file)),
                new XAttribute("tests", ran.Count + malformed.Count),
                new XAttribute("failures", ran.Count(r => !r.Passed)),
                new XAttribute("errors", malformed.Count),
                ran.Select(r => new XElement("testcase",
                    new XAttribute("classname", Path.GetFileName(file)),
                    new XAttribute("name", r.Fixture.Name),
                    new XAttribute("file", file),
                    new XAttribute("line", r.Fixture.Line),
                    r.Failures.Select(f => new XElement("failure",
                        new XAttribute("message", $"{f.SafeguardId} as of {f.AsOf}: expected {f.Expected}, got {f.Actual}"),
                        f.Evidence)))),
                malformed.Select(g => new XElement("testcase",
                    new XAttribute("classname", Path.GetFileName(file)),
                    new XAttribute("name", g.First().FixtureName ?? "fixture file"),
                    new XAttribute("file", file),
                    new XAttribute("line", g.First().Line),
                    g.Select(e => new XElement("error", new XAttribute("type", e.Code), new XAttribute("message", e.ToCanonicalString(CliConsole.Display(file))))))));
        });
        new XDocument(new XElement("testsuites", suites)).Save(stream);
    }
}
