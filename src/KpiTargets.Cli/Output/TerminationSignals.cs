using System.Runtime.InteropServices;
using KpiTargets.Files.Output;

namespace KpiTargets.Cli.Output;

/// <summary>
/// Ctrl+C (SIGINT), <c>kill</c>'s SIGTERM and a closed terminal's SIGHUP end a run after its temporary files are deleted,
/// with the exit code shells give a process ended by the signal (128 + its number). Left to the runtime, they end the
/// process at once and the hidden temporary file stays beside the output.
/// </summary>
internal static class TerminationSignals
{
    /// <summary>Handles the three signals until the returned object is disposed. Once per process, in <c>Main</c>.</summary>
    public static IDisposable Handle() => new Registrations(
    [
        Register(PosixSignal.SIGINT, ExitCodes.Interrupted),
        Register(PosixSignal.SIGTERM, ExitCodes.Terminated),
        Register(PosixSignal.SIGHUP, ExitCodes.HungUp),
    ]);

    private static PosixSignalRegistration Register(PosixSignal signal, int exitCode) =>
        PosixSignalRegistration.Create(signal, context =>
        {
            context.Cancel = true; // the runtime's own handling would end the process before the clean-up
            TemporaryFiles.DeleteAllAndExit(exitCode);
        });

    private sealed class Registrations(PosixSignalRegistration[] registrations) : IDisposable
    {
        public void Dispose()
        {
            foreach (var registration in registrations)
            {
                registration.Dispose();
            }
        }
    }
}
