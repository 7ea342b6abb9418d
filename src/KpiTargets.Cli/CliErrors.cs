using KpiTargets.Cli.Output;
using KpiTargets.Files.Text;

namespace KpiTargets.Cli;

/// <summary>
/// Turns operating-system failures during a job (a file that cannot be read, a disk that fills up) into one
/// plain message and <see cref="ExitCodes.IoError"/>: users get the reason, not a stack trace.
/// </summary>
internal static class CliErrors
{
    public static int Guard(CliConsole console, Messages messages, Func<int> job)
    {
        try
        {
            return job();
        }
        catch (StandardOutputClosedException)
        {
            console.Error.WriteLine(messages.StandardOutputClosed);
            return ExitCodes.IoError;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine(messages.IoError(exception.Message));
            return ExitCodes.IoError;
        }
    }
}
