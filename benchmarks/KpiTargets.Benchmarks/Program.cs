using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(KpiTargets.Benchmarks.RuleBenchmarks).Assembly).Run(args);
