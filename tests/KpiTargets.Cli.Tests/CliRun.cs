using System.Text;

namespace KpiTargets.Cli.Tests;

/// <summary>What one in-process run of the CLI printed and returned.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>Runs <c>kpi-targets</c> in-process with captured streams; <paramref name="stdin"/> feeds <c>-</c>.</summary>
    public static CliRun Of(string[] args, string? stdin = null) => Of(args, Encoding.UTF8.GetBytes(stdin ?? ""));

    /// <summary>Runs <c>kpi-targets</c> in-process with raw bytes on standard input.</summary>
    public static CliRun Of(string[] args, byte[] stdin)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = KpiTargetsCli.Run(args, new CliConsole(output, error, () => new MemoryStream(stdin)));
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The lines written to standard error.</summary>
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
