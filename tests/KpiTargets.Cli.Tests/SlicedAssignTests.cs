using System.Globalization;
using System.Text;
using CsCheck;
using KpiTargets.Files.Jobs;
using KpiTargets.Files.Tables;
using KpiTargets.Files.Targets;
using KpiTargets.Files.Text;

namespace KpiTargets.Cli.Tests;

/// <summary>
/// <c>assign</c> over slices of a file (<see cref="SlicedAssign"/>) runs the same pipeline as a whole run; what these
/// tests hold is the slicing and joining around it: when <see cref="SlicedAssign.TryRun"/> answers, a whole run
/// (over standard input, which is never sliced) accepts the file and writes the same bytes; whenever the whole run
/// reports a problem, slicing gives up, so that the whole run reports it.
/// </summary>
public sealed class SlicedAssignTests
{
    // Fixed, so every run checks the same files; a failure names the seed that reproduces it.
    private const ulong Seed = 20240105;
    private const int Samples = 300;

    private static readonly IndicatorCatalog Catalog = IndicatorCatalog.BinhSon2024;

    // Slices of a few dozen bytes put a boundary after nearly every line; a line longer than a slice is given up on.
    private static readonly int[] SliceSizes = [128, 512, 4096];

    [Fact]
    public void Whenever_slicing_answers_it_answers_with_the_bytes_of_a_whole_run_which_accepts_the_file()
    {
        using var temp = new TempFolder();
        var path = temp.File("results.csv");
        var taken = 0;
        var rejected = 0;
        for (var sample = 0; sample < Samples; sample++)
        {
            var pcg = new PCG((uint)sample, Seed);
            var state = pcg.State;
            var file = ResultsFileGen.Cases.Generate(pcg, null, out _);
            try
            {
                var (exitCode, takenAt) = WriteAndCompare(file, path);
                taken += takenAt.Count > 0 ? 1 : 0;
                rejected += exitCode == 0 ? 0 : 1;
            }
            catch (Exception)
            {
                // CsCheck starts from the failing seed and looks for a smaller file that fails too, and reports it.
                ResultsFileGen.Cases.Sample(smaller => WriteAndCompare(smaller, path), seed: pcg.ToString(state), iter: 1000, threads: 1);
                throw;
            }
        }

        // Neither side of the property may be empty: the generator must reach both valid files and broken ones.
        taken.Should().BeGreaterThan(Samples / 4, "a good share of generated files is valid and sliced");
        rejected.Should().BeGreaterThan(Samples / 5, "a fair share of generated files has a problem the whole run reports");
    }

    [Theory]
    [InlineData("binh-son-2023")]
    [InlineData("binh-son-2023-excel")]
    public void A_sample_is_sliced_at_every_size(string sample)
    {
        var path = Path.Combine(Repository.SamplesFolder, sample, "results.csv");

        var (exitCode, takenAt) = Compare(Plain(File.ReadAllBytes(path)), path);

        exitCode.Should().Be(0);
        takenAt.Should().Equal(SliceSizes);
    }

    [Theory]
    [InlineData("counts.csv")]
    [InlineData("results.expected.csv")]
    public void A_counts_file_is_sliced_at_every_size(string file)
    {
        var path = Path.Combine(Repository.SamplesFolder, "binh-son-2023-counts", file);

        var (exitCode, takenAt) = Compare(Plain(File.ReadAllBytes(path)), path);

        exitCode.Should().Be(0);
        takenAt.Should().Equal(SliceSizes);
    }

    [Theory]
    [InlineData("\n", false, "long", "en")]
    [InlineData("\r\n", false, "long", "en")]
    [InlineData("\n", true, "long", "en")]
    [InlineData("\r\n", true, "canonical", "vi")]
    public void A_file_of_thousands_of_rows_is_sliced_at_every_size(string lineEnd, bool bom, string layout, string language)
    {
        using var temp = new TempFolder();
        var file = new ResultsFileCase(ValidFile(units: 300, lineEnd, bom), layout, language, GuardFormulas: true, Delimiter: null);

        var (exitCode, takenAt) = WriteAndCompare(file, temp.File("results.csv"));

        exitCode.Should().Be(0);
        takenAt.Should().Equal(SliceSizes);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void An_office_sheet_of_thousands_of_rows_is_sliced_with_the_bytes_of_a_whole_run(string lineEnd)
    {
        using var temp = new TempFolder();
        var table = Encoding.UTF8.GetString(ValidFile(units: 300, lineEnd, bom: false)).Split(lineEnd, 2);
        var office = string.Join(lineEnd, "ỦY BAN NHÂN DÂN HUYỆN BÌNH SƠN,,", "BẢNG TỔNG HỢP KẾT QUẢ NĂM 2023", ",,", table[0], "(1),(2),(3)", table[1])
            + string.Join(lineEnd, ",,", "\"Bình Sơn, ngày 15 tháng 01 năm 2024\",,", "NGƯỜI LẬP BIỂU,,(Ký tên)", "");
        var file = new ResultsFileCase(Encoding.UTF8.GetBytes(office), "long", "en", GuardFormulas: true, Delimiter: null);

        var (exitCode, takenAt) = WriteAndCompare(file, temp.File("office.csv"));

        exitCode.Should().Be(0);
        takenAt.Should().NotBeEmpty("the footer is left out in the last slice as in a whole run");
    }

    [Fact]
    public void The_office_sample_is_sliced_or_run_whole_always_with_the_bytes_of_a_whole_run()
    {
        var path = Path.Combine(Repository.SamplesFolder, "binh-son-2023-office", "results.csv");

        var (exitCode, takenAt) = Compare(Plain(File.ReadAllBytes(path)), path);

        exitCode.Should().Be(0);
        takenAt.Should().NotBeEmpty("a slice that ends between data rows or in the footer gives up, the others answer");
    }

    // The unit of the first row, "UBND xã Bình Sơn 0", spelled again in the last slice: trimmed, in NFD, quoted.
    [Theory]
    [InlineData("UBND xã Bình Sơn 0")]
    [InlineData(" UBND xã Bình Sơn 0 ")]
    [InlineData("UBND xa\u0303 Bình Sơn 0")]
    [InlineData("\"UBND xã Bình Sơn 0\"")]
    public void A_duplicate_in_another_slice_gives_up_and_assign_reports_it_as_a_whole_run_does(string unit)
    {
        using var temp = new TempFolder();
        var path = temp.File("results.csv");
        var withoutDuplicate = ValidFile(units: 200, "\n", bom: false);
        var bytes = (byte[])[.. withoutDuplicate, .. Encoding.UTF8.GetBytes($"{unit},1,50\n")];
        File.WriteAllBytes(path, bytes);

        TryRun(Plain(bytes), path, 256).Taken.Should().BeFalse();
        var viaFile = CliRun.Of(["assign", path]);
        viaFile.ExitCode.Should().Be(2);
        viaFile.ErrorLines[0].Should().Be($"{path}:2002: duplicate row: unit '{unit.Trim('"').Normalize()}' already has a result for indicator 1 at line 2");
        viaFile.Output.Should().BeEmpty();

        File.WriteAllBytes(path, withoutDuplicate);
        TryRun(Plain(withoutDuplicate), path, 256).Taken.Should().BeTrue("only the duplicate is refused");
    }

    [Theory]
    [InlineData("PHÒNG TÀI CHÍNH, KẾ HOẠCH 1")]   // a unit of the file spelled another way, on an indicator it has no row for
    [InlineData(null)]                           // every result of an indicator at most 1
    public void A_file_that_calls_for_a_warning_gives_up_so_that_a_whole_run_warns_with_exact_lines(string? otherSpelling)
    {
        using var temp = new TempFolder();
        var path = temp.File("results.csv");
        var valid = Encoding.UTF8.GetString(ValidFile(units: 200, "\n", bom: false));
        var bytes = Encoding.UTF8.GetBytes(otherSpelling is null
            ? string.Join('\n', valid.Split('\n').Select(line => line.Contains(",9.2,", StringComparison.Ordinal) ? line[..(line.LastIndexOf(',') + 1)] + "0.5" : line))
            : valid.Replace("\"Phòng Tài chính, Kế hoạch 1\",9.2,", $"\"{otherSpelling}\",9.2,", StringComparison.Ordinal));
        File.WriteAllBytes(path, bytes);

        TryRun(Plain(bytes), path, 256).Taken.Should().BeFalse();
        var run = CliRun.Of(["assign", path, "-o", temp.File("out.csv")]);
        run.ExitCode.Should().Be(0);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("warning");
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\nUBND xã có một tên dài hơn một lát cắt như không đơn vị nào có: Bình Sơn và Bình Thuận và Bình Hải và Bình Trị và Bình Đông,1,45")] // a record longer than a slice
    public void A_file_that_cannot_be_cut_gives_up(string trouble)
    {
        using var temp = new TempFolder();
        var path = temp.File("results.csv");
        var bytes = Encoding.UTF8.GetBytes($"unit,indicator,result_2023\n{string.Join(trouble == "\r" ? "\r" : "\n", Enumerable.Range(0, 50).Select(i => $"UBND xã {i},1,45"))}{trouble}\n");
        File.WriteAllBytes(path, bytes);

        TryRun(Plain(bytes), path, 128).Taken.Should().BeFalse();
    }

    [Fact]
    public void A_file_of_blank_lines_after_its_header_gives_up_so_that_a_whole_run_says_it_has_no_data()
    {
        using var temp = new TempFolder();
        var path = temp.File("results.csv");
        var bytes = Encoding.UTF8.GetBytes("unit,indicator,result_2023\n" + string.Concat(Enumerable.Repeat(",,\n", 200)));
        File.WriteAllBytes(path, bytes);

        TryRun(Plain(bytes), path, 128).Taken.Should().BeFalse();
        CliRun.Of(["assign", path]).ExitCode.Should().Be(2);
    }

    [Fact]
    public void Only_large_csv_files_are_sliced_and_only_into_long_rows()
    {
        using var temp = new TempFolder();
        var small = temp.Write("small.csv", "unit,indicator,result_2023\nA,1,45\n");
        var large = temp.File("large.csv");
        File.WriteAllBytes(large, ValidFile(units: 12_000, "\n", bom: false));
        new FileInfo(large).Length.Should().BeGreaterThan(SlicedAssign.SliceBytes);

        SlicedAssign.CanTry(Request(Plain([]), large), InputSource.FromFile(large)).Should().Be(Environment.ProcessorCount > 1);
        SlicedAssign.CanTry(Request(Plain([]), small), InputSource.FromFile(small)).Should().BeFalse();
        SlicedAssign.CanTry(Request(Plain([]), large) with { Layout = TargetsLayoutKind.Wide }, InputSource.FromFile(large)).Should().BeFalse();
        SlicedAssign.CanTry(Request(Plain([]), large) with { Output = "targets.xlsx" }, InputSource.FromFile(large)).Should().BeFalse();
        SlicedAssign.CanTry(Request(Plain([]), large), InputSource.FromArgument("-", () => Stream.Null)).Should().BeFalse();
    }

    private static (int ExitCode, List<int> TakenAt) WriteAndCompare(ResultsFileCase file, string path)
    {
        File.WriteAllBytes(path, file.Bytes);
        return Compare(file, path);
    }

    // Runs the whole pipeline over standard input and the sliced one over the file at path, which holds the file's
    // bytes, at each slice size; fails when slicing answers where the whole run reports a problem, or answers with
    // other bytes. Gives the whole run's exit code and the slice sizes at which slicing answered.
    private static (int ExitCode, List<int> TakenAt) Compare(ResultsFileCase file, string path)
    {
        var whole = CliRun.Of(["assign", "-", .. file.Options], file.Bytes);
        var expected = Encoding.UTF8.GetBytes(whole.Output);
        var takenAt = new List<int>();
        foreach (var sliceBytes in SliceSizes)
        {
            var (taken, output) = TryRun(file, path, sliceBytes);
            if (!taken)
            {
                continue;
            }

            if (whole.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"With slices of {sliceBytes} bytes, TryRun returned true, but the whole run exits {whole.ExitCode}: {whole.Error}\n"
                    + $"input: {file}\nTryRun wrote: \"{ResultsFileCase.Escape(output)}\"");
            }

            if (!output.AsSpan().SequenceEqual(expected))
            {
                throw new InvalidOperationException(
                    $"With slices of {sliceBytes} bytes, TryRun wrote other bytes than the whole run, from byte {output.AsSpan().CommonPrefixLength(expected)} on.\n"
                    + $"input: {file}\nTryRun wrote: \"{ResultsFileCase.Escape(output)}\"\nthe whole run: \"{ResultsFileCase.Escape(expected)}\"");
            }

            takenAt.Add(sliceBytes);
        }

        return (whole.ExitCode, takenAt);
    }

    private static (bool Taken, byte[] Output) TryRun(ResultsFileCase file, string path, int sliceBytes)
    {
        using var destination = new MemoryStream();
        var taken = SlicedAssign.TryRun(Request(file, path), Catalog, path, destination, out _, sliceBytes);
        return (taken, destination.ToArray());
    }

    // The request assign makes of the file's options (AssignCommand), for the file at path.
    private static AssignRequest Request(ResultsFileCase file, string path) =>
        new(
            path,
            new InputOptions
            {
                Delimiter = file.Delimiter,
                Layout = file.LongInput ? InputLayout.Long : InputLayout.Auto,
                Messages = Messages.For(file.Language),
            },
            Output: null,
            file.Layout == "canonical" ? TargetsLayoutKind.Canonical : TargetsLayoutKind.Long,
            file.GuardFormulas,
            CatalogPath: null,
            ResultsFileCase.Policies[file.Policy].Policy);

    private static ResultsFileCase Plain(byte[] bytes) => new(bytes, "long", "en", GuardFormulas: true, Delimiter: null);

    // Ten rows a unit in catalog order, as a district exports them: every fifth unit's name has a comma and is quoted,
    // one result in twenty is empty, the others have up to two decimals.
    private static byte[] ValidFile(int units, string lineEnd, bool bom)
    {
        string[] codes = ["1", "2", "3", "4", "5", "6", "7", "8", "9.1", "9.2"];
        var text = new StringBuilder(bom ? "\uFEFF" : "").Append("unit,indicator,result_2023").Append(lineEnd);
        var row = 0;
        for (var unit = 0; unit < units; unit++)
        {
            var name = unit % 5 == 1 ? $"Phòng Tài chính, Kế hoạch {unit}" : $"UBND xã Bình Sơn {unit}";
            foreach (var code in codes)
            {
                var result = row++ % 20 == 7 ? "" : (row * 7919 % 10001 / 100m).ToString(CultureInfo.InvariantCulture);
                text.Append(ResultsFileGen.Field(name, ',')).Append(',').Append(code).Append(',').Append(result).Append(lineEnd);
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
