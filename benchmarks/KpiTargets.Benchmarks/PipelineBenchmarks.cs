using BenchmarkDotNet.Attributes;
using KpiTargets.Files.Jobs;
using KpiTargets.Files.Problems;
using KpiTargets.Files.Results;
using KpiTargets.Files.Tables;
using KpiTargets.Files.Targets;

namespace KpiTargets.Benchmarks;

/// <summary>
/// The pipeline of <c>assign</c> in process, per row, on a generated file of <see cref="Rows"/> rows written to the
/// canonical layout in memory: the whole file through reader, checks, rule and writer on one thread, and the same
/// pipeline over slices of the file on every core (<see cref="SlicedAssign"/>).
/// </summary>
[MemoryDiagnoser]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet calls GlobalCleanup, which disposes them, and needs the class unsealed.")]
public class PipelineBenchmarks
{
    private const int Rows = 200_000;

    private readonly IndicatorCatalog _catalog = IndicatorCatalog.BinhSon2024;
    private string _path = "";
    private AssignRequest _request = null!;
    private MemoryStream _output = new();

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"kpi-targets-pipeline-{Guid.NewGuid():N}.csv");
        InputGenerator.Write(Rows, _path);
        _request = new AssignRequest(_path, InputOptions.Default, Output: null, TargetsLayoutKind.Canonical, GuardFormulas: true, CatalogPath: null, AssignmentPolicy.Default);
        _output = new MemoryStream(Rows * 64);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _output.Dispose();
        File.Delete(_path);
    }

    [Benchmark(Description = "whole file on one thread, per row", OperationsPerInvoke = Rows)]
    public long WholeFile()
    {
        _output.SetLength(0);
        var problems = new ProblemLog();
        using (var layout = _request.Targets.CreateLayout(_catalog, _output, writeHeader: true))
        {
            var checker = new ResultChecker(_catalog, _path, problems, InputOptions.Default.Messages);
            AssignPipeline.Assign(checker.Check(ResultsTable.Read(InputSource.FromFile(_path), InputOptions.Default, _catalog, problems)), layout, AssignmentPolicy.Default, problems);
        }

        return problems.HasProblems ? throw new InvalidOperationException("The generated file has problems.") : _output.Length;
    }

    [Benchmark(Description = "slices on every core, per row", OperationsPerInvoke = Rows)]
    public long Sliced()
    {
        _output.SetLength(0);
        return SlicedAssign.TryRun(_request, _catalog, _path, _output, out _) ? _output.Length : throw new InvalidOperationException("The file could not be sliced.");
    }
}
