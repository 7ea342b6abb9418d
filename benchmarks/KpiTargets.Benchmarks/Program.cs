using System.Globalization;
using BenchmarkDotNet.Running;
using KpiTargets.Benchmarks;

// Tools for benchmarks/run.sh, then BenchmarkDotNet for everything else:
//   generate ROWS FILE        a deterministic results CSV
//   duckdb INPUT OUTPUT [N]   the reference job in DuckDB with N threads (2 by default)
//   compare OURS REFERENCE    the six canonical columns, row for row (exit 1 on any difference)
switch (args.FirstOrDefault())
{
    case "generate":
        InputGenerator.Write(long.Parse(args[1], CultureInfo.InvariantCulture), args[2]);
        return 0;
    case "duckdb":
        DuckDbReference.Run(args[1], args[2], args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 2);
        return 0;
    case "compare":
        return CanonicalComparer.Compare(args[1], args[2], Console.Out) == 0 ? 0 : 1;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(RuleBenchmarks).Assembly).Run(args);
        return 0;
}
