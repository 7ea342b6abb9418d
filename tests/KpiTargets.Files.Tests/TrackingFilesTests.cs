namespace KpiTargets.Files.Tests;

/// <summary>
/// <see cref="TargetsFile.Read"/> and <see cref="ActualsFile.Compare"/> give a library what <c>kpi-targets track</c>
/// reads: the sample's targets back as they were assigned, and its actuals set against them as the expected output says.
/// </summary>
public sealed class TrackingFilesTests
{
    [Fact]
    public void The_sample_s_targets_read_back_as_the_targets_its_results_are_assigned()
    {
        var results = ResultsFile.Read(Repository.Sample("binh-son-2023", "results.csv")).Results;
        var assigned = TargetRule.AssignAll(results, IndicatorCatalog.BinhSon2024).Select(AssignedTarget.From).ToList();

        var read = TargetsFile.Read(Repository.Sample("binh-son-2023", "expected.csv"));

        read.IsValid.Should().BeTrue();
        read.Problems.Should().BeEmpty();
        read.Targets.Should().Equal(assigned);
    }

    [Fact]
    public void The_sample_s_actuals_give_the_statuses_of_its_expected_progress()
    {
        var targets = TargetsFile.Read(Repository.Sample("binh-son-2023", "expected.csv")).Targets;
        var expected = File.ReadLines(Repository.Sample("binh-son-2024-h1", "expected-track.csv")).Skip(1)
            .Select(line => line.Split(',')[5]).ToList();

        var actuals = ActualsFile.Compare(targets, Repository.Sample("binh-son-2024-h1", "actuals.csv"));

        actuals.IsValid.Should().BeTrue();
        actuals.Progress.Should().HaveCount(targets.Count);
        actuals.Progress.Select(entry => entry.Status switch
        {
            ProgressStatus.Met => "met",
            ProgressStatus.Behind => "behind",
            _ => "no_data",
        }).Should().Equal(expected);
        ProgressSummary.ByIndicator(actuals.Progress).Sum(indicator => indicator.Units).Should().Be(targets.Count);
    }

    [Fact]
    public void A_target_edited_by_hand_is_a_problem_with_its_line_in_the_language_asked()
    {
        using var temp = new TempFolder();
        var path = temp.Write("targets.csv", "unit,indicator,result_2023,central_target,target_2024,rule\nXã A,1,40,45,50,a\n");

        var english = TargetsFile.Read(path);
        var vietnamese = TargetsFile.Read(path, options: new ReadOptions { VietnameseMessages = true });

        english.IsValid.Should().BeFalse();
        english.Targets.Should().BeEmpty();
        english.Problems.Should().ContainSingle().Which.Should().Match<FileProblem>(problem => problem.Line == 2 && problem.Message.Contains("Clause a gives the central target 45, not 50."));
        vietnamese.Problems.Should().ContainSingle().Which.Message.Should().Contain("Điểm a giao đúng chỉ tiêu Trung ương 45, không phải 50.");
    }

    [Fact]
    public void An_actual_without_a_target_is_a_problem_and_a_missing_one_is_no_data()
    {
        using var temp = new TempFolder();
        var targets = TargetsFile.Read(temp.Write("targets.csv", "unit,indicator,result_2023,central_target,target_2024,rule\nXã A,1,40,45,45,a\nXã A,2,,50,50,a\n")).Targets;
        var path = temp.Write("actuals.csv", "unit,indicator,actual\nXã A,1,46\nXã B,1,50\n");

        var actuals = ActualsFile.Compare(targets, path);

        actuals.IsValid.Should().BeFalse();
        actuals.Problems.Should().ContainSingle().Which.Line.Should().Be(3);
        actuals.Progress.Select(entry => entry.Status).Should().Equal(ProgressStatus.Met, ProgressStatus.NoData);
    }
}
