using BenchmarkDotNet.Attributes;
using KpiTargets.Cli.Input;
using KpiTargets.Cli.Jobs;
using KpiTargets.Cli.Output;
using KpiTargets.Cli.Parallel;
using KpiTargets.Cli.Problems;

namespace KpiTargets.Benchmarks;

/// <summary>
/// The CSV pipeline of <c>assign</c> in process, per row, on a generated file of <see cref="Rows"/> rows written to
/// the canonical layout in memory: one chunk through the parallel path's worker on one core, the whole parallel path
/// on every core, and the full path (CsvHelper, every check, the rule and the writer) on one thread.
/// </summary>
[MemoryDiagnoser]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet calls GlobalCleanup, which disposes them, and needs the class unsealed.")]
public class PipelineBenchmarks
{
    private const int Rows = 200_000;

    private readonly IndicatorCatalog _catalog = IndicatorCatalog.BinhSon2024;
    private string _path = "";
    private byte[] _data = [];
    private AssignRequest _request = null!;
    private PlainChunkAssigner _assigner = null!;
    private ChunkWorkspace _workspace = null!;
    private MemoryStream _output = new();

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"kpi-targets-pipeline-{Guid.NewGuid():N}.csv");
        InputGenerator.Write(Rows, _path);
        _request = new AssignRequest(_path, InputOptions.Default, Output: null, TargetsLayoutKind.Canonical, GuardFormulas: true, CatalogPath: null, AssignmentPolicy.Default);
        var start = PlainCsvStart.Read(_path, InputOptions.Default, _catalog) ?? throw new InvalidOperationException("The generated file is not plain.");
        _data = File.ReadAllBytes(_path)[(int)start.DataOffset..];
        _assigner = new PlainChunkAssigner(start, _catalog, AssignmentPolicy.Default, OutputText.English, canonicalOnly: true, guardFormulas: true);
        _workspace = _assigner.CreateWorkspace();
        _output = new MemoryStream(Rows * 64);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _workspace.Dispose();
        _output.Dispose();
        File.Delete(_path);
    }

    [Benchmark(Description = "parallel path: one chunk on one core, per row", OperationsPerInvoke = Rows)]
    public long OneChunk() => _assigner.Assign(_data, _workspace).Rows;

    [Benchmark(Description = "parallel path: the whole file on every core, per row", OperationsPerInvoke = Rows)]
    public long ParallelPath()
    {
        _output.SetLength(0);
        return ParallelAssign.TryRun(_request, _catalog, _output) ? _output.Length : throw new InvalidOperationException("The parallel path gave up.");
    }

    [Benchmark(Description = "full path: the whole file on one thread, per row", OperationsPerInvoke = Rows)]
    public long FullPath()
    {
        _output.SetLength(0);
        var problems = new ProblemLog();
        using (var layout = TargetsOutput.Create(_request, _catalog, _output))
        {
            foreach (var result in CheckedResults.Read(InputSource.FromFile(_path), InputOptions.Default, _catalog, problems))
            {
                layout.Add(new TargetRow(result.Unit, result.Indicator, result.Result2023, TargetRule.Decide(result.Indicator, result.Result2023, AssignmentPolicy.Default)));
            }

            layout.Complete();
        }

        return problems.HasProblems ? throw new InvalidOperationException("The generated file has problems.") : _output.Length;
    }
}
