using System.Text;

namespace KpiTargets.Files.Tests;

/// <summary>
/// <see cref="ResultsFile"/> reads a results file with the checks of <c>kpi-targets validate</c>: the same results, and
/// the same problems with their lines, word for word, as the CLI prints them (the corpus's <c>.expected</c> files).
/// </summary>
public sealed class ResultsFileTests
{
    private const string Header = "unit,indicator,result_2023\n";

    public static TheoryData<string> BrokenFiles() => CorpusFiles("broken", ".expected");

    public static TheoryData<string> ValidFiles() => CorpusFiles("valid", ".args");

    [Fact]
    public void The_sample_and_its_excel_export_read_as_the_same_303_results()
    {
        var plain = ResultsFile.Read(Repository.Sample("binh-son-2023", "results.csv"));
        var excel = ResultsFile.Read(Repository.Sample("binh-son-2023-excel", "results.csv"));

        plain.IsValid.Should().BeTrue();
        plain.Problems.Should().BeEmpty();
        plain.Warnings.Should().BeEmpty();
        plain.Results.Should().HaveCount(303);
        plain.Results[0].Should().Be(new UnitResult("Văn phòng HĐND và UBND huyện", "1", 43.41m));
        excel.IsValid.Should().BeTrue();
        excel.Results.Should().Equal(plain.Results);
    }

    [Theory, MemberData(nameof(ValidFiles))]   // CSV in every accepted shape, and workbooks
    public void An_awkward_but_valid_file_reads_as_the_canonical_results(string name)
    {
        var canonical = ResultsFile.Read(Repository.Corpus("canonical.csv"));

        var read = ResultsFile.Read(Repository.Corpus(Path.Combine("valid", name)), options: OptionsFor(name));

        read.Problems.Should().BeEmpty();
        read.Results.Should().Equal(canonical.Results);
    }

    [Theory, MemberData(nameof(BrokenFiles))]
    public void A_broken_file_gives_the_problems_the_cli_prints_each_with_its_line(string name)
    {
        var path = Repository.Corpus(Path.Combine("broken", name));
        var printed = File.ReadAllLines(Path.ChangeExtension(path, ".expected"), Encoding.UTF8);

        var read = ResultsFile.Read(path);

        // The CLI's last line is its count ("error: 6 problems found. Nothing was written.").
        read.Problems.Select(problem => problem.ToString()).Should().Equal(printed[..^1].Select(line => line.Replace(name + ":", path + ":", StringComparison.Ordinal)));
        read.ProblemCount.Should().Be(printed.Length - 1);
        read.IsValid.Should().BeFalse();
    }

    [Fact]   // kpi-targets validate many-problems.csv --lang vi
    public void Vietnamese_messages_are_the_ones_validate_prints_with_lang_vi()
    {
        var path = Repository.Corpus(Path.Combine("broken", "many-problems.csv"));

        var read = ResultsFile.Read(path, options: ReadOptions.Default with { VietnameseMessages = true });

        read.Problems.Select(problem => (problem.Line, problem.Message)).Should().Equal(
            (2L, "tên đơn vị bị trống; mỗi dòng cần tên đơn vị"),
            (3L, "không có mã chỉ tiêu '12'; dùng một trong các mã: 1, 2, 3, 4, 5, 6, 7, 8, 9.1, 9.2"),
            (4L, "'9' là mục tiêu đề, không có chỉ tiêu riêng; dùng một trong các mã: 9.1, 9.2"),
            (5L, "kết quả 'abc' không phải là số; viết số thập phân với dấu '.' hoặc ',' (ví dụ 45.5 hoặc 45,5, có thể kèm %), không dùng dấu phân cách hàng nghìn; để trống hoặc ghi N/A khi không có kết quả 2023"),
            (6L, "kết quả 101 nằm ngoài giới hạn của chỉ tiêu 1 (0 đến 100)"),
            (8L, "dòng trùng: đơn vị 'Phòng Tư pháp' đã có kết quả chỉ tiêu 2 ở dòng 7"));
    }

    [Fact]
    public void The_rows_that_pass_their_checks_are_read_beside_the_problems_of_the_others()
    {
        using var temp = new TempFolder();
        var path = temp.Write("results.csv", Header + "Phòng Tư pháp,1,45\nPhòng Tư pháp,10,50\nUBND xã Bình Hải,9.1,\n");

        var read = ResultsFile.Read(path);

        read.Results.Should().Equal(new UnitResult("Phòng Tư pháp", "1", 45m), new UnitResult("UBND xã Bình Hải", "9.1", null));
        read.Problems.Should().Equal(new FileProblem(path, 3, "unknown indicator code '10'; use one of: 1, 2, 3, 4, 5, 6, 7, 8, 9.1, 9.2"));
    }

    [Fact]   // kpi-targets validate fractions.csv
    public void Results_that_look_like_fractions_are_valid_with_the_warning_validate_prints()
    {
        using var temp = new TempFolder();
        var path = temp.Write("fractions.csv", Header + "UBND xã Bình Thuận,1,0.4515\nPhòng Tư pháp,1,0.5\n");

        var read = ResultsFile.Read(path);

        read.IsValid.Should().BeTrue();
        read.Warnings.Should().Equal(
            $"{path}: warning: every result of indicator 1 is at most 1 (the largest is 0.5): they look like fractions, not percentages (0.4515 for 45.15 %); format the cells as % in Excel, or multiply them by 100");
    }

    [Fact]
    public void A_custom_catalog_names_the_codes_as_it_spells_them()
    {
        var catalog = new IndicatorCatalog("2025", [new Indicator("CT-A", "Chỉ tiêu A", "Indicator A", "%", 60m, 0m, 100m, "")]);
        using var temp = new TempFolder();
        var path = temp.Write("results.csv", Header + "Phòng Tư pháp,ct-a,70\n");

        ResultsFile.Read(path, catalog).Results.Should().Equal(new UnitResult("Phòng Tư pháp", "CT-A", 70m));
    }

    [Fact]
    public void Past_the_first_hundred_problems_read_counts_them_and_read_each_hands_on_every_one()
    {
        using var temp = new TempFolder();
        var path = temp.Write("results.csv", Header + string.Concat(Enumerable.Range(1, 150).Select(i => $"Unit {i},1,abc\n")));
        var handedOn = new List<FileProblem>();

        var read = ResultsFile.Read(path);
        var results = ResultsFile.ReadEach(path, handedOn).ToList();

        read.Problems.Should().HaveCount(100);
        read.ProblemCount.Should().Be(150);
        results.Should().BeEmpty();
        handedOn.Should().HaveCount(150);
        handedOn.Take(100).Should().Equal(read.Problems);
        handedOn[^1].Line.Should().Be(151);
    }

    [Fact]
    public void Read_each_streams_the_results_read_gives()
    {
        var path = Repository.Sample("binh-son-2023", "results.csv");
        var problems = new List<FileProblem>();

        var each = ResultsFile.ReadEach(path, problems);

        problems.Should().BeEmpty("nothing is read before the enumeration");
        each.Should().Equal(ResultsFile.Read(path).Results);
        problems.Should().BeEmpty();
    }

    [Fact]
    public void A_missing_file_throws_as_opening_it_does()
    {
        using var temp = new TempFolder();

        var read = () => ResultsFile.Read(temp.File("missing.csv"));

        read.Should().Throw<FileNotFoundException>();
    }

    [Fact]
    public void A_separator_the_reader_does_not_know_is_refused_when_set()
    {
        var set = () => ReadOptions.Default with { Delimiter = '|' };

        set.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Delimiter");
    }

    // The options of the corpus's sidecar NAME.args; only the one the corpus has is known here.
    private static ReadOptions OptionsFor(string name)
    {
        var args = Repository.Corpus(Path.Combine("valid", name + ".args"));
        if (!File.Exists(args))
        {
            return ReadOptions.Default;
        }

        File.ReadAllLines(args).Should().Equal(["--encoding", "windows-1258"], "the corpus's other options need a mapping here");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return ReadOptions.Default with { Encoding = Encoding.GetEncoding(1258) };
    }

    private static TheoryData<string> CorpusFiles(string folder, string sidecar)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Repository.Corpus(folder)).Order(StringComparer.Ordinal))
        {
            if (!file.EndsWith(sidecar, StringComparison.Ordinal) && !file.EndsWith(".args", StringComparison.Ordinal))
            {
                data.Add(Path.GetFileName(file));
            }
        }

        return data;
    }
}
