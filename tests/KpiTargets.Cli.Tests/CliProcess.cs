using System.Diagnostics;

namespace KpiTargets.Cli.Tests;

/// <summary>
/// The built CLI run as a real process, for what an in-process run cannot show: signals, and standard streams closed
/// by the shell. The build copies <c>kpi-targets.dll</c> beside the tests; <c>dotnet</c> runs it. Every wait is
/// bounded, so a test that goes wrong fails instead of hanging.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    /// <summary>Longer than any run here takes on a loaded machine, short enough to fail a stuck test.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly Task<string> _output;
    private readonly Task<string> _error;

    private CliProcess(Process process)
    {
        _process = process;
        _output = process.StandardOutput.ReadToEndAsync();
        _error = process.StandardError.ReadToEndAsync();
    }

    /// <summary>The process id, for <see cref="Send"/>.</summary>
    public int Id => _process.Id;

    /// <summary>Standard input, kept open until the test closes it: a run reading <c>-</c> waits for more.</summary>
    public StreamWriter Input => _process.StandardInput;

    /// <summary>
    /// Starts <c>kpi-targets</c> with <paramref name="args"/>. With <paramref name="redirections"/> (for example
    /// <c>&gt;&amp;-</c>) a shell applies them and then becomes the CLI (<c>exec</c>), so the process id stays the CLI's.
    /// </summary>
    public static CliProcess Start(IEnumerable<string> args, string? redirections = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "kpi-targets.dll");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (redirections is null)
        {
            start.FileName = dotnet;
            start.ArgumentList.Add(dll);
        }
        else
        {
            start.FileName = "/bin/sh";
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add($"exec \"$0\" \"$@\" {redirections}");
            start.ArgumentList.Add(dotnet);
            start.ArgumentList.Add(dll);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return new CliProcess(Process.Start(start)!);
    }

    /// <summary>Runs <c>kpi-targets</c> to its end with <paramref name="stdin"/> as standard input.</summary>
    public static CliRun Run(IEnumerable<string> args, string? redirections = null, string stdin = "")
    {
        using var process = Start(args, redirections);
        process.Input.Write(stdin);
        process.Input.Close();
        return process.WaitForExit();
    }

    /// <summary>Sends a signal by name (<c>INT</c>, <c>TERM</c>, <c>HUP</c>, <c>KILL</c>) with the system's <c>kill</c>.</summary>
    public void Send(string signal)
    {
        using var kill = Process.Start("kill", ["-s", signal, Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit((int)Timeout.TotalMilliseconds).Should().BeTrue("kill returns at once");
        kill.ExitCode.Should().Be(0);
    }

    /// <summary>Waits for the end of the run and returns what it printed; fails the test after <see cref="Timeout"/>.</summary>
    public CliRun WaitForExit()
    {
        _process.WaitForExit((int)Timeout.TotalMilliseconds).Should().BeTrue($"the run ends within {Timeout}");
        _process.WaitForExit();
        return new CliRun(_process.ExitCode, _output.Result, _error.Result);
    }

    /// <summary>Polls <paramref name="condition"/> until it holds; fails the test after <see cref="Timeout"/>.</summary>
    public static void WaitUntil(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            clock.Elapsed.Should().BeLessThan(Timeout, $"{what} within {Timeout}");
            Thread.Sleep(20);
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        _process.Dispose();
    }
}
