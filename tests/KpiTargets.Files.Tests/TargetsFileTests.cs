namespace KpiTargets.Files.Tests;

/// <summary>
/// <see cref="TargetsFile"/> writes what <c>kpi-targets assign</c> writes (the samples' <c>expected.csv</c> are its
/// output), all of it or nothing.
/// </summary>
public sealed class TargetsFileTests
{
    [Theory]
    [InlineData("binh-son-2023")]
    [InlineData("binh-son-2023-excel")]
    public void The_sample_targets_are_the_bytes_assign_writes(string sample)
    {
        using var temp = new TempFolder();
        var path = temp.File("targets.csv");

        TargetsFile.Write(path, SampleAssignments(sample));

        File.ReadAllBytes(path).Should().Equal(File.ReadAllBytes(Repository.Sample(sample, "expected.csv")));
        temp.Names().Should().Equal("targets.csv");
    }

    [Fact]
    public void A_workbook_of_targets_reads_back_as_the_results_it_was_assigned_from()
    {
        using var temp = new TempFolder();
        var path = temp.File("targets.xlsx");
        var results = ResultsFile.Read(Repository.Sample("binh-son-2023", "results.csv")).Results;

        TargetsFile.Write(path, TargetRule.AssignAll(results, IndicatorCatalog.BinhSon2024), TargetsFileOptions.Default with { Vietnamese = true });

        File.ReadAllBytes(path)[..2].Should().Equal("PK"u8.ToArray(), "a workbook is a zip package");
        var read = ResultsFile.Read(path);
        read.Problems.Should().BeEmpty();
        read.Results.Should().Equal(results);
    }

    [Fact]
    public void The_wide_canonical_and_excel_options_shape_the_table_as_assign_does()
    {
        using var temp = new TempFolder();
        var assignments = new[]
        {
            TargetRule.Assign("=Phòng Tư pháp", IndicatorCatalog.BinhSon2024.Find("8"), 95m),
            TargetRule.Assign("UBND xã Bình Hải", IndicatorCatalog.BinhSon2024.Find("1"), 45.15m),
            TargetRule.Assign("=Phòng Tư pháp", IndicatorCatalog.BinhSon2024.Find("1"), null),
        };

        TargetsFile.Write(temp.File("wide.csv"), assignments, TargetsFileOptions.Default with { Layout = TargetsFileLayout.Wide, Vietnamese = true });
        TargetsFile.Write(temp.File("canonical.csv"), assignments, TargetsFileOptions.Default with { Layout = TargetsFileLayout.Canonical, GuardFormulas = false });
        TargetsFile.Write(temp.File("excel.csv"), assignments[1..2], TargetsFileOptions.Default with { Layout = TargetsFileLayout.Canonical, ExcelCsv = true });

        File.ReadAllText(temp.File("wide.csv")).Should().Be(
            "Đơn vị,Chỉ tiêu 2024 (1),Chỉ tiêu 2024 (8)\n\"'=Phòng Tư pháp\",45,100\nUBND xã Bình Hải,49.67,\n");
        File.ReadAllText(temp.File("canonical.csv")).Should().Be(
            "unit,indicator,result_2023,central_target,target_2024,rule\n=Phòng Tư pháp,8,95,90,100,b\nUBND xã Bình Hải,1,45.15,45,49.67,b\n=Phòng Tư pháp,1,,45,45,a\n");
        File.ReadAllBytes(temp.File("excel.csv")).Should().Equal(
            "\uFEFFunit;indicator;result_2023;central_target;target_2024;rule\r\nUBND xã Bình Hải;1;45,15;45;49,67;b\r\n"u8.ToArray());
    }

    [Fact]
    public void A_folder_that_does_not_exist_is_an_io_error_naming_the_output_and_leaves_nothing()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "missing", "targets.csv");

        var write = () => TargetsFile.Write(path, SampleAssignments("binh-son-2023"));

        write.Should().Throw<IOException>().WithMessage($"could not write the output '{path}': *");
        temp.Names().Should().BeEmpty();
    }

    [Fact]
    public void A_failure_while_writing_leaves_the_old_file_as_it_was_and_no_temporary_file()
    {
        using var temp = new TempFolder();
        var path = temp.Write("targets.csv", "the old targets\n");

        var write = () => TargetsFile.Write(path, SampleAssignments("binh-son-2023").Take(100).Append(null!));

        write.Should().Throw<ArgumentNullException>();
        File.ReadAllText(path).Should().Be("the old targets\n");
        temp.Names().Should().Equal("targets.csv");
    }

    [Fact]
    public void The_wide_layout_refuses_an_indicator_its_catalog_lacks_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var other = new Indicator("CT-A", "Chỉ tiêu A", "Indicator A", "%", 60m, 0m, 100m, "");
        var path = temp.File("targets.csv");

        var write = () => TargetsFile.Write(path, [TargetRule.Assign("Phòng Tư pháp", other, 70m)], TargetsFileOptions.Default with { Layout = TargetsFileLayout.Wide });

        write.Should().Throw<ArgumentException>().WithParameterName("assignments");
        temp.Names().Should().BeEmpty();
    }

    private static IEnumerable<Assignment> SampleAssignments(string sample)
    {
        var read = ResultsFile.Read(Repository.Sample(sample, "results.csv"));
        read.IsValid.Should().BeTrue();
        return TargetRule.AssignAll(read.Results, IndicatorCatalog.BinhSon2024);
    }
}
