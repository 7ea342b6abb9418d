namespace KpiTargets.Cli.Jobs;

/// <summary>What <c>kpi-targets assign</c> was asked to do, parsed and typed.</summary>
/// <param name="Input">A results CSV path, or <c>-</c> for standard input.</param>
/// <param name="Output">Where the targets CSV goes; standard output when <see langword="null"/>.</param>
/// <param name="CatalogPath">A catalog CSV; the built-in 2024 catalog when <see langword="null"/>.</param>
/// <param name="Policy">The rule's open choices.</param>
internal sealed record AssignRequest(string Input, string? Output, string? CatalogPath, AssignmentPolicy Policy);
