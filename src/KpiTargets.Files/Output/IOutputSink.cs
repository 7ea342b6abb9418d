namespace KpiTargets.Files.Output;

/// <summary>
/// Where a result is written while it is produced, and made visible only by <see cref="Commit"/>: until then the
/// bytes sit in a temporary file, so a failed run leaves no half-written output and clobbers no existing file.
/// Disposing without committing throws the temporary file away.
/// </summary>
internal interface IOutputSink : IDisposable
{
    /// <summary>The stream to write the whole result into.</summary>
    Stream Stream { get; }

    /// <summary>Makes the written bytes the output, all at once.</summary>
    void Commit();
}
