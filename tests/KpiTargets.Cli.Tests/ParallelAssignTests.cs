using System.Globalization;
using System.IO.Pipes;
using System.Text;
using CsCheck;
using KpiTargets.Cli.Input;
using KpiTargets.Cli.Jobs;
using KpiTargets.Cli.Output;
using KpiTargets.Cli.Parallel;
using KpiTargets.Cli.Text;

namespace KpiTargets.Cli.Tests;

/// <summary>
/// The parallel path of <c>assign</c> (<see cref="ParallelAssign"/>) against the full path, its reference: when
/// <see cref="ParallelAssign.TryRun"/> returns <see langword="true"/>, the full path accepts the same bytes and writes
/// exactly the same output; whenever the full path reports a problem, it returns <see langword="false"/>. The full path
/// alone is the run over standard input, which the parallel path never takes.
/// </summary>
public sealed class ParallelAssignTests
{
    // Fixed, so every run checks the same files; a failure names the seed that reproduces it.
    private const ulong Seed = 20240105;
    private const int Samples = 500;

    private static readonly IndicatorCatalog Catalog = IndicatorCatalog.BinhSon2024;

    // Chunks of a few bytes put a boundary after nearly every line (a chunk of 1 byte gets the pool's smallest array, 16).
    private static readonly int[] PropertyChunkSizes = [1, 7, 64, ParallelAssign.DefaultChunkBytes];
    private static readonly int[] AcceptanceChunkSizes = [1, 64, 4096, ParallelAssign.DefaultChunkBytes];

    [Fact]
    public void Whenever_the_parallel_path_answers_it_answers_with_the_bytes_of_the_full_path_which_accepts_the_file()
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
                var (exitCode, takenAt) = WriteAndCompare(file, path, PropertyChunkSizes);
                taken += takenAt.Contains(ParallelAssign.DefaultChunkBytes) ? 1 : 0;
                rejected += exitCode == 0 ? 0 : 1;
            }
            catch (Exception)
            {
                // CsCheck starts from the failing seed and looks for a smaller file that fails too, and reports it.
                ResultsFileGen.Cases.Sample(smaller => WriteAndCompare(smaller, path, PropertyChunkSizes), seed: pcg.ToString(state), iter: 1000, threads: 1);
                throw;
            }
        }

        // Neither side of the property may be empty: the generator must reach both plain files and broken ones.
        taken.Should().BeGreaterThan(Samples / 4, "a good share of generated files is plain enough for the parallel path");
        rejected.Should().BeGreaterThan(Samples / 5, "a fair share of generated files has a problem the full path reports");
    }

    [Theory]
    [InlineData("binh-son-2023")]
    [InlineData("binh-son-2023-excel")]
    public void A_sample_takes_the_parallel_path_at_every_chunk_size(string sample)
    {
        var path = Path.Combine(Repository.SamplesFolder, sample, "results.csv");

        var (exitCode, takenAt) = Compare(Plain(File.ReadAllBytes(path)), path, AcceptanceChunkSizes);

        exitCode.Should().Be(0);
        takenAt.Should().Equal(AcceptanceChunkSizes);
    }

    [Theory]
    [InlineData("\n", false, "long", "en")]
    [InlineData("\r\n", false, "long", "en")]
    [InlineData("\n", true, "long", "en")]
    [InlineData("\r\n", true, "canonical", "vi")]
    public void A_plain_file_of_thousands_of_rows_takes_the_parallel_path_at_every_chunk_size(string lineEnd, bool bom, string layout, string language)
    {
        using var temp = new TempFolder();
        var file = new ResultsFileCase(PlainFile(units: 300, lineEnd, bom), layout, language, GuardFormulas: true, Delimiter: null);

        var (exitCode, takenAt) = WriteAndCompare(file, temp.File("results.csv"), AcceptanceChunkSizes);

        exitCode.Should().Be(0);
        takenAt.Should().Equal(AcceptanceChunkSizes);
    }

    [Fact]
    public void A_duplicate_in_another_chunk_is_refused_and_assign_reports_it_as_the_full_path_does()
    {
        using var temp = new TempFolder();
        var path = temp.File("results.csv");
        var bytes = WithDuplicateOfTheFirstRowAtTheEnd(PlainFile(units: 1800, "\n", bom: false));
        File.WriteAllBytes(path, bytes);

        var (viaFile, viaStandardInput) = ReportedAlike(path, bytes);

        bytes.Length.Should().BeGreaterThan(ParallelAssign.DefaultChunkBytes, "the two rows must fall in different chunks");
        TryRun(Plain(bytes), path, 64).Taken.Should().BeFalse();
        TryRun(Plain(bytes), path, ParallelAssign.DefaultChunkBytes).Taken.Should().BeFalse();
        viaStandardInput.ErrorLines[0].Should().Be("<stdin>:18002: duplicate row: unit 'UBND xã Bình Sơn 0' already has a result for indicator 1 at line 2");
        viaFile.Output.Should().BeEmpty();
    }

    // The unit of the first row, "UBND xã Bình Sơn 0", spelled so that it is not a verbatim name: both ways of reading
    // a name must know it for the same unit.
    [Theory]
    [InlineData(" UBND xã Bình Sơn 0")]
    [InlineData("UBND xã Bình Sơn 0 ")]
    [InlineData("UBND xa\u0303 Bình Sơn 0")]
    [InlineData("\"UBND xã Bình Sơn 0\"")]
    public void A_duplicate_spelled_another_way_in_another_chunk_is_refused(string unit)
    {
        using var temp = new TempFolder();
        var path = temp.File("results.csv");
        var withoutDuplicate = PlainFile(units: 1800, "\n", bom: false);
        var bytes = (byte[])[.. withoutDuplicate, .. Encoding.UTF8.GetBytes($"{unit},1,50\n")];
        File.WriteAllBytes(path, bytes);

        withoutDuplicate.Length.Should().BeGreaterThan(ParallelAssign.DefaultChunkBytes, "the two rows must fall in different chunks");
        CliRun.Of(["assign", "-"], bytes).ErrorLines[0].Should().StartWith("<stdin>:18002: duplicate row");
        TryRun(Plain(bytes), path, 64).Taken.Should().BeFalse();
        TryRun(Plain(bytes), path, ParallelAssign.DefaultChunkBytes).Taken.Should().BeFalse();

        File.WriteAllBytes(path, withoutDuplicate);
        TryRun(Plain(withoutDuplicate), path, 64).Taken.Should().BeTrue("only the duplicate is refused");
    }

    [Theory]
    [InlineData(1, "\n")]
    [InlineData(1, "\r\n")]
    [InlineData(100, "\n")]
    [InlineData(512 << 10, "\n")]
    [InlineData(3 << 20, "\n")]
    public void A_line_longer_than_the_full_readers_limit_is_refused(int bytesOver, string lineEnd)
    {
        using var temp = new TempFolder();
        var path = temp.File("results.csv");
        var bytes = WithLineOf((CsvRecords.MaxRecordMiB << 20) + bytesOver, lineEnd);
        File.WriteAllBytes(path, bytes);

        foreach (var chunkBytes in new[] { 64, ParallelAssign.DefaultChunkBytes, 4 << 20 })
        {
            TryRun(Plain(bytes), path, chunkBytes).Taken.Should().BeFalse($"the full reader may stop at that line (chunks of {chunkBytes} bytes)");
        }
    }

    [Theory]
    [InlineData(-1, "\n")]
    [InlineData(0, "\n")]
    [InlineData(0, "\r\n")]
    public void A_line_at_the_full_readers_limit_is_read_alike_by_both_paths(int bytesOver, string lineEnd)
    {
        using var temp = new TempFolder();
        var bytes = WithLineOf((CsvRecords.MaxRecordMiB << 20) + bytesOver, lineEnd);

        var (exitCode, _) = WriteAndCompare(Plain(bytes), temp.File("results.csv"), [64, ParallelAssign.DefaultChunkBytes]);

        exitCode.Should().Be(0);
    }

    [Theory]
    [InlineData("unit,indicator,result_2023")]
    [InlineData("unit,indicator,result_2023\n")]
    [InlineData("unit,indicator,result_2023\r\n")]
    [InlineData("\uFEFFunit,indicator,result_2023\n")]
    [InlineData("unit,indicator,result_2023\n\n,,\n , , \n")]
    public void A_file_without_data_rows_is_refused(string text)
    {
        using var temp = new TempFolder();
        var path = temp.File("results.csv");
        var bytes = Encoding.UTF8.GetBytes(text);
        File.WriteAllBytes(path, bytes);

        foreach (var chunkBytes in PropertyChunkSizes)
        {
            TryRun(Plain(bytes), path, chunkBytes).Taken.Should().BeFalse();
        }

        CliRun.Of(["assign", path]).ExitCode.Should().Be(2);
    }

    [Fact]
    public void An_existing_output_file_is_untouched_when_the_parallel_path_gives_up_late_and_the_full_path_fails()
    {
        using var temp = new TempFolder();
        var input = temp.File("results.csv");
        var bytes = WithDuplicateOfTheFirstRowAtTheEnd(PlainFile(units: 1800, "\r\n", bom: false));
        bytes.Length.Should().BeGreaterThan(ParallelAssign.DefaultChunkBytes, "the parallel path must give up after its first chunk");
        File.WriteAllBytes(input, bytes);
        temp.Write("targets.csv", "unit,indicator\nold,1\n");
        var before = temp.Snapshot();

        var run = CliRun.Of(["assign", input, "-o", temp.File("targets.csv")]);

        run.ExitCode.Should().Be(2);
        temp.Snapshot().Should().BeEquivalentTo(before, "the output is replaced only by a run that succeeds, and no temporary file is left");
    }

    [Fact]
    public void A_nul_after_a_result_is_refused_and_assign_reports_it_as_the_full_path_does()
    {
        using var temp = new TempFolder();
        var path = temp.File("results.csv");
        var bytes = "unit,indicator,result_2023\nA,1,5\0\n"u8.ToArray();
        File.WriteAllBytes(path, bytes);

        var (viaFile, _) = ReportedAlike(path, bytes);

        TryRun(Plain(bytes), path, ParallelAssign.DefaultChunkBytes).Taken.Should().BeFalse(".NET parses \"5\\0\" as 5, but the full reader refuses a line with NUL");
        viaFile.Output.Should().BeEmpty();
    }

    [Theory]
    [InlineData("unit,indicator,result_2023,note{0}\nA,1,5,x\n")]
    [InlineData("{0}\nunit,indicator,result_2023\nA,1,5\n")]
    public void A_header_or_a_line_before_it_longer_than_the_full_readers_limit_is_reported_as_the_full_path_does(string template)
    {
        using var temp = new TempFolder();
        var path = temp.File("results.csv");
        var bytes = Encoding.UTF8.GetBytes(string.Format(CultureInfo.InvariantCulture, template, new string(' ', 2 << 20)));
        File.WriteAllBytes(path, bytes);

        ReportedAlike(path, bytes);

        TryRun(Plain(bytes), path, ParallelAssign.DefaultChunkBytes).Taken.Should().BeFalse();
    }

    [Theory]
    [InlineData("long")]
    [InlineData("canonical")]
    public void Negative_numbers_of_a_custom_catalog_get_the_formula_guard_as_in_the_full_path(string layout)
    {
        using var temp = new TempFolder();
        var catalogPath = temp.Write("catalog.csv", "code,name_vi,central_target,minimum,maximum\nN1,Chênh lệch,-2,-10,10\nP1,Tỷ lệ,45,0,100\n");
        const string results = "unit,indicator,result_2023\nA,N1,-5\nA,P1,50\nB,N1,3.5\nB,P1,\n";
        var path = temp.Write("results.csv", results);
        var catalog = CatalogSource.Load(catalogPath, Messages.English, new Problems.ProblemLog())!;
        var request = new AssignRequest(
            path, InputOptions.Default, Output: null, layout == "canonical" ? TargetsLayoutKind.Canonical : TargetsLayoutKind.Long, GuardFormulas: true, catalogPath, AssignmentPolicy.Default);
        using var destination = new MemoryStream();

        var taken = ParallelAssign.TryRun(request, catalog, destination);
        var full = CliRun.Of(["assign", "-", "--catalog", catalogPath, "--output-layout", layout], results);

        taken.Should().BeTrue();
        full.ExitCode.Should().Be(0);
        Encoding.UTF8.GetString(destination.ToArray()).Should().Be(full.Output);
        full.Output.Should().Contain("A,N1,\"'-5\",\"'-2\",\"'-2\",a", "a negative number starts like a formula");
    }

    [Fact]
    public void A_code_that_gets_the_formula_guard_is_written_as_the_full_path_writes_it_not_as_read()
    {
        using var temp = new TempFolder();
        var catalogPath = temp.Write("catalog.csv", "code,name_vi,central_target,minimum,maximum\n@1,Tỷ lệ,45,0,100\n");
        const string results = "unit,indicator,result_2023\nA,@1,50\nB,@1,\n";
        var path = temp.Write("results.csv", results);
        var catalog = CatalogSource.Load(catalogPath, Messages.English, new Problems.ProblemLog())!;
        var request = new AssignRequest(
            path, InputOptions.Default, Output: null, TargetsLayoutKind.Canonical, GuardFormulas: true, catalogPath, AssignmentPolicy.Default);
        using var destination = new MemoryStream();

        var taken = ParallelAssign.TryRun(request, catalog, destination);
        var full = CliRun.Of(["assign", "-", "--catalog", catalogPath, "--output-layout", "canonical"], results);

        taken.Should().BeTrue();
        full.ExitCode.Should().Be(0, full.Error);
        Encoding.UTF8.GetString(destination.ToArray()).Should().Be(full.Output);
        full.Output.Should().Contain("A,\"'@1\",50,", "a code that starts like a formula gets the guard");
    }

    [Fact]
    public async Task A_pipe_named_as_the_input_file_is_left_unread_to_the_full_path()
    {
        // Only Linux names a pipe by a path this process can open (`assign <(…)` in a shell gives such a path).
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var path = Path.Combine(Repository.SamplesFolder, "binh-son-2023", "results.csv");
        var bytes = await File.ReadAllBytesAsync(path);
        using var pipe = new AnonymousPipeServerStream(PipeDirection.Out);
        var writing = Task.Run(async () =>
        {
            await pipe.WriteAsync(bytes);
            pipe.Dispose();
        });

        var run = CliRun.Of(["assign", $"/proc/self/fd/{pipe.GetClientHandleAsString()}"]);
        await writing;

        run.Should().Be(CliRun.Of(["assign", path]));
    }

    [Fact]
    public void A_file_wider_than_the_parallel_paths_limit_is_left_to_the_full_path()
    {
        using var temp = new TempFolder();
        var extra = string.Concat(Enumerable.Range(0, PlainChunkAssigner.MaxColumns).Select(column => $",note {column}"));
        var blanks = new string(',', PlainChunkAssigner.MaxColumns);
        var bytes = Encoding.UTF8.GetBytes($"unit,indicator,result_2023{extra}\nA,1,50{blanks}\n");
        var path = temp.File("results.csv");
        File.WriteAllBytes(path, bytes);

        var (exitCode, takenAt) = Compare(Plain(bytes), path, [ParallelAssign.DefaultChunkBytes]);

        exitCode.Should().Be(0, "the full path reads it");
        takenAt.Should().BeEmpty();
    }

    // Runs assign on the file at path (parallel path first) and on the same bytes over standard input (full path):
    // both must fail with the same problems, the file's named by its path.
    [Fact]
    public async Task A_failure_to_write_the_output_is_thrown_once_every_worker_has_stopped()
    {
        using var temp = new TempFolder();
        var path = temp.File("results.csv");
        var bytes = PlainFile(units: 900, "\n", bom: false);
        File.WriteAllBytes(path, bytes);
        using var destination = new FailingStream(failAfterBytes: 100_000);

        var run = Task.Run(() => ParallelAssign.TryRun(Request(Plain(bytes), path), Catalog, destination, chunkBytes: 4096));

        await FluentActions.Awaiting(() => run.WaitAsync(TimeSpan.FromMinutes(1))).Should()
            .ThrowAsync<IOException>("the failure reaches the caller, and no worker is left waiting for it");
    }

    private static (CliRun ViaFile, CliRun ViaStandardInput) ReportedAlike(string path, byte[] bytes)
    {
        var viaFile = CliRun.Of(["assign", path]);
        var viaStandardInput = CliRun.Of(["assign", "-"], bytes);
        viaStandardInput.ExitCode.Should().Be(2);
        viaFile.ExitCode.Should().Be(2, viaFile.Error);
        viaFile.ErrorLines.Should().Equal(viaStandardInput.ErrorLines.Select(line => line.Replace("<stdin>", path, StringComparison.Ordinal)));
        return (viaFile, viaStandardInput);
    }

    private static (int ExitCode, List<int> TakenAt) WriteAndCompare(ResultsFileCase file, string path, int[] chunkSizes)
    {
        File.WriteAllBytes(path, file.Bytes);
        return Compare(file, path, chunkSizes);
    }

    // Runs the full path over standard input and the parallel path over the file at path, which holds the file's
    // bytes, at each chunk size; fails when the parallel path answers where the full path reports a problem, or
    // answers with other bytes. Gives the full path's exit code and the chunk sizes at which the parallel path answered.
    private static (int ExitCode, List<int> TakenAt) Compare(ResultsFileCase file, string path, int[] chunkSizes)
    {
        var full = CliRun.Of(["assign", "-", .. file.Options], file.Bytes);
        var expected = Encoding.UTF8.GetBytes(full.Output);
        var takenAt = new List<int>();
        foreach (var chunkBytes in chunkSizes)
        {
            var (taken, output) = TryRun(file, path, chunkBytes);
            if (!taken)
            {
                continue;
            }

            if (full.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"With chunks of {chunkBytes} bytes, TryRun returned true, but the full path exits {full.ExitCode}: {full.Error}\n"
                    + $"input: {file}\nTryRun wrote: \"{ResultsFileCase.Escape(output)}\"");
            }

            if (!output.AsSpan().SequenceEqual(expected))
            {
                throw new InvalidOperationException(
                    $"With chunks of {chunkBytes} bytes, TryRun wrote other bytes than the full path, from byte {output.AsSpan().CommonPrefixLength(expected)} on.\n"
                    + $"input: {file}\nTryRun wrote: \"{ResultsFileCase.Escape(output)}\"\nthe full path: \"{ResultsFileCase.Escape(expected)}\"");
            }

            takenAt.Add(chunkBytes);
        }

        return (full.ExitCode, takenAt);
    }

    // Runs the parallel path over the file at path with the file's options.
    private static (bool Taken, byte[] Output) TryRun(ResultsFileCase file, string path, int chunkBytes)
    {
        var request = Request(file, path);
        ParallelAssign.CanTry(request, Catalog).Should().BeTrue();
        using var destination = new MemoryStream();
        var taken = ParallelAssign.TryRun(request, Catalog, destination, chunkBytes);
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
    private static byte[] PlainFile(int units, string lineEnd, bool bom)
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

    private static byte[] WithDuplicateOfTheFirstRowAtTheEnd(byte[] file) => [.. file, .. "UBND xã Bình Sơn 0,1,50\n"u8];

    // A file whose third line has exactly lineBytes bytes before its line end (the carriage return of CRLF counted).
    private static byte[] WithLineOf(int lineBytes, string lineEnd)
    {
        const string Tail = ",2,45";
        var name = new string('x', lineBytes - Tail.Length - (lineEnd == "\r\n" ? 1 : 0));
        return Encoding.UTF8.GetBytes($"unit,indicator,result_2023{lineEnd}A,1,45{lineEnd}{name}{Tail}{lineEnd}B,1,45{lineEnd}");
    }
}
