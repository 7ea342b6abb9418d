using System.Text;

namespace KpiTargets.Cli.Tests;

/// <summary>
/// The input corpus: every awkward-but-valid file in Corpus/valid gives targets identical to Corpus/canonical.csv's;
/// every broken file in Corpus/broken gives exactly the problems in its .expected file, exit code 2 and no output.
/// A file's extra arguments, if any, are in a sidecar NAME.args, one per line.
/// </summary>
public sealed class CorpusTests
{
    private static readonly string Corpus = Path.Combine(Repository.Root, "tests", "KpiTargets.Cli.Tests", "Corpus");

    public static TheoryData<string> ValidFiles() => Files("valid", ".args");

    public static TheoryData<string> BrokenFiles() => Files("broken", ".expected");

    [Theory, MemberData(nameof(ValidFiles))]
    public void An_awkward_but_valid_file_gives_the_canonical_targets(string name)
    {
        var path = Path.Combine(Corpus, "valid", name);
        var canonical = CliRun.Of(["assign", Path.Combine(Corpus, "canonical.csv")]);

        var run = CliRun.Of(["assign", path, .. ExtraArguments(path)]);

        run.Error.Should().BeEmpty();
        run.ExitCode.Should().Be(0);
        run.Output.Should().Be(canonical.Output);
    }

    [Theory, MemberData(nameof(ValidFiles))]
    public void An_awkward_but_valid_file_validates(string name)
    {
        var path = Path.Combine(Corpus, "valid", name);

        var run = CliRun.Of(["validate", path, .. ExtraArguments(path)]);

        run.ExitCode.Should().Be(0, run.Error);
    }

    [Theory, MemberData(nameof(BrokenFiles))]
    public void A_broken_file_gets_exactly_its_expected_problems(string name)
    {
        var path = Path.Combine(Corpus, "broken", name);
        var expected = File.ReadAllText(Path.ChangeExtension(path, ".expected"), Encoding.UTF8)
            .Replace(name + ":", path + ":", StringComparison.Ordinal);
        using var temp = new TempFolder();

        var run = CliRun.Of(["assign", path, "-o", temp.File("targets.csv"), .. ExtraArguments(path)]);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Error.Should().Be(expected);
        Directory.GetFiles(temp.Path).Should().BeEmpty("a failed run writes nothing");
    }

    private static string[] ExtraArguments(string path) =>
        File.Exists(path + ".args") ? File.ReadAllLines(path + ".args") : [];

    private static TheoryData<string> Files(string folder, string sidecar)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Corpus, folder)).Order(StringComparer.Ordinal))
        {
            if (!file.EndsWith(sidecar, StringComparison.Ordinal) && !file.EndsWith(".args", StringComparison.Ordinal))
            {
                data.Add(Path.GetFileName(file));
            }
        }

        return data;
    }
}
