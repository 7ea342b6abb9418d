namespace KpiTargets.Cli.Output;

/// <summary>Thrown by <see cref="ClosedStandardOutput"/>: the process was started with standard output closed.</summary>
internal sealed class StandardOutputClosedException() : IOException("Standard output is closed.");
