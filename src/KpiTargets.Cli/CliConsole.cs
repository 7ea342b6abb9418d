namespace KpiTargets.Cli;

/// <summary>The process's standard streams, passed in so tests can run the CLI in-process and capture them.</summary>
/// <param name="Output">Standard output: results, help, version.</param>
/// <param name="Error">Standard error: problems and error messages.</param>
/// <param name="OpenStandardInput">Opens standard input, read when the user gives <c>-</c> as INPUT.</param>
internal sealed record CliConsole(TextWriter Output, TextWriter Error, Func<Stream> OpenStandardInput);
