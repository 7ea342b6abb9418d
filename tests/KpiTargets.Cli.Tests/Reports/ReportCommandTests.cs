using System.Text;
using System.Text.RegularExpressions;

namespace KpiTargets.Cli.Tests;

/// <summary>
/// <c>kpi-targets report</c>: the sample's report byte for byte, a report of the targets alone, and the run that writes
/// nothing (a problem in either file, a name that is not HTML, no output named).
/// </summary>
public sealed class ReportCommandTests : IDisposable
{
    private static readonly string Sample = Path.Combine(Repository.SamplesFolder, "binh-son-2024-h1");
    private static readonly string Targets = Path.Combine(Repository.SamplesFolder, "binh-son-2023", "expected.csv");
    private static readonly string Actuals = Path.Combine(Sample, "actuals.csv");

    private readonly TempFolder _temp = new();

    /// <summary>The sample's arguments (<c>report.args</c>, one a line, paths from the repository's root), as <c>.ci/run</c> reads them.</summary>
    public static string[] SampleArguments() =>
        [.. File.ReadAllLines(Path.Combine(Sample, "report.args")).Select(line => line.StartsWith("samples/", StringComparison.Ordinal) ? Path.Combine(Repository.Root, line) : line)];

    [Fact]
    public void The_sample_report_is_written_byte_for_byte()
    {
        var output = _temp.File("report.html");

        var run = CliRun.Of(["report", .. SampleArguments(), "-o", output]);

        run.Should().BeEquivalentTo(new { ExitCode = 0, Output = "", Error = "" });
        var golden = Path.Combine(Sample, "report.html");
        if (Repository.UpdateGoldens)
        {
            File.Copy(output, golden, overwrite: true);
        }

        File.ReadAllText(output).Should().Be(File.ReadAllText(golden));
        File.ReadAllBytes(output).Should().Equal(File.ReadAllBytes(golden));
    }

    [Fact]
    public void Without_actuals_the_report_shows_the_targets_alone_in_english_by_default()
    {
        var output = _temp.File("targets.html");

        var run = CliRun.Of(["report", Targets, "-o", output, "--title", "Bình Sơn 2024"]);

        run.ExitCode.Should().Be(0, run.Error);
        var html = File.ReadAllText(output);
        html.Should().Contain("<html lang=\"en\">").And.Contain("<title>Bình Sơn 2024</title>").And.NotContain("progress-chart");
        Regex.Count(html, "<svg class=\"results-chart\"").Should().Be(10);
    }

    [Fact]
    public void With_actuals_the_report_has_the_progress_the_summary_and_the_ranking()
    {
        var output = _temp.File("progress.html");

        var run = CliRun.Of(["report", Targets, Actuals, "-o", output, "--period", "Q2 2024"]);

        run.ExitCode.Should().Be(0, run.Error);
        var html = File.ReadAllText(output);
        Regex.Count(html, "<svg class=\"progress-chart\"").Should().Be(10);
        html.Should().Contain("<p class=\"period\">Period: Q2 2024</p>").And.Contain("<table class=\"summary\">").And.Contain("<table class=\"ranking\">");
    }

    [Fact]
    public void A_problem_in_the_actuals_is_reported_with_its_line_and_an_existing_report_is_left_as_it_was()
    {
        var output = _temp.Write("report.html", "the old report");
        var actuals = _temp.Write("actuals.csv", "unit,indicator,actual\nPhòng Tư pháp,1,45\nPhòng Tư pháp,1,46\nPhòng Tư pháp,2,abc\n");

        var run = CliRun.Of(["report", Targets, actuals, "-o", output, "--lang", "vi"]);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().HaveCount(3)
            .And.Contain(line => line.StartsWith($"{actuals}:3: dòng trùng", StringComparison.Ordinal))
            .And.Contain(line => line.StartsWith($"{actuals}:4: ", StringComparison.Ordinal));
        File.ReadAllText(output).Should().Be("the old report");
        _temp.Snapshot().Keys.Should().BeEquivalentTo("report.html", "actuals.csv");
    }

    [Fact]
    public void A_problem_in_the_targets_writes_nothing()
    {
        var targets = _temp.Write("targets.csv", "unit,indicator,result_2023,central_target,target_2024,rule\nPhòng Tư pháp,1,40,45,50,a\n");
        var output = _temp.File("report.html");

        var run = CliRun.Of(["report", targets, "-o", output]);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain($"{targets}:2: ");
        File.Exists(output).Should().BeFalse();
    }

    [Theory]
    [InlineData("report.csv", "must be an HTML file")]
    [InlineData("", "must be an HTML file")]
    [InlineData("missing-folder/report.html", "does not exist")]
    public void An_output_that_is_not_an_html_file_in_a_folder_that_exists_is_a_usage_error(string name, string message)
    {
        var run = CliRun.Of(["report", Targets, "-o", name.Length == 0 ? "" : _temp.File(name)]);

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain(message);
        _temp.Snapshot().Should().BeEmpty();
    }

    [Fact]
    public void The_output_is_required()
    {
        var run = CliRun.Of(["report", Targets]);

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("Option '--output' is required.");
    }

    [Fact]
    public void An_output_that_is_the_targets_file_by_another_name_is_refused()
    {
        var targets = _temp.File("targets.html");
        File.Copy(Targets, targets);

        var run = CliRun.Of(["report", targets, "-o", targets]);

        run.ExitCode.Should().Be(1);
        run.ErrorLines[0].Should().Be($"The report '{targets}' is the input '{targets}': it would be replaced. Give the report another file name.");
        File.ReadAllBytes(targets).Should().Equal(File.ReadAllBytes(Targets));
    }

    [Fact]
    public void Both_inputs_from_standard_input_are_refused_as_track_refuses_them()
    {
        var run = CliRun.Of(["report", "-", "-", "-o", _temp.File("report.html")], File.ReadAllBytes(Targets));

        run.ExitCode.Should().Be(1);
        run.ErrorLines[0].Should().Be("Only one of TARGETS and ACTUALS can be read from standard input (-).");
        File.Exists(_temp.File("report.html")).Should().BeFalse();
    }

    [Fact]
    public void The_targets_can_come_from_standard_input()
    {
        var output = _temp.File("report.html");

        var run = CliRun.Of(["report", "-", Actuals, "-o", output], File.ReadAllBytes(Targets));

        run.ExitCode.Should().Be(0, run.Error);
        Encoding.UTF8.GetString(File.ReadAllBytes(output)).Should().Contain("progress-chart");
    }

    public void Dispose() => _temp.Dispose();
}
