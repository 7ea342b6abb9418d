using KpiTargets.Files.Tables;

namespace KpiTargets.Files.Jobs;

/// <summary>A <c>rates</c> run, typed: which counts file to read and how, and where the results go.</summary>
/// <param name="Input">A counts file path, or <c>-</c> for standard input.</param>
/// <param name="InputOptions">How to read it, with the decimals a rate keeps.</param>
/// <param name="Output">Where the results go (a workbook when it ends in <c>.xlsx</c>); standard output when <see langword="null"/>.</param>
/// <param name="CatalogPath">A catalog file; the built-in 2024 catalog when <see langword="null"/>.</param>
internal sealed record RatesRequest(string Input, InputOptions InputOptions, string? Output, string? CatalogPath);
