using System.Xml.Linq;
using Safeguards.Evaluation.Fixtures;

namespace Safeguards.Cli.Output;

/// <summary>JUnit XML, one test suite per fixture file, for CI systems.</summary>
public static class JUnitWriter
{
    public static void Write(string path, IReadOnlyList<FixtureResult> results, IReadOnlyList<FixtureError> errors)
    {
        var suites = results.GroupBy(r => r.Fixture.File).Select(file => new XElement("testsuite",
            new XAttribute("name", CliConsole.Display(file.Key)),
            new XAttribute("tests", file.Count()),
            new XAttribute("failures", file.Count(r => !r.Passed)),
            file.Select(r => new XElement("testcase",
                new XAttribute("classname", Path.GetFileName(r.Fixture.File)),
                new XAttribute("name", r.Fixture.Name),
                new XAttribute("file", r.Fixture.File),
                new XAttribute("line", r.Fixture.Line),
                r.Failures.Select(f => new XElement("failure",
                    new XAttribute("message", $"{f.SafeguardId} as of {f.AsOf}: expected {f.Expected}, got {f.Actual}"),
                    f.Evidence))))));
        var errorSuite = errors.Count == 0 ? null : new XElement("testsuite",
            new XAttribute("name", "fixture files"), new XAttribute("tests", errors.Count), new XAttribute("errors", errors.Count),
            errors.Select(e => new XElement("testcase", new XAttribute("classname", Path.GetFileName(e.File)), new XAttribute("name", $"line {e.Line}"),
                new XElement("error", new XAttribute("message", e.Message)))));
        var document = new XDocument(new XElement("testsuites", suites, errorSuite));
        AtomicFile.Write(path, document.Save);
    }
}
