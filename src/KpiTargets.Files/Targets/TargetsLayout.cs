using KpiTargets.Files.Tables;

namespace KpiTargets.Files.Targets;

/// <summary>
/// Arranges assignments into rows of a table (long or wide); the table writer it owns decides the file format, and
/// is finished when the layout is disposed.
/// </summary>
internal abstract class TargetsLayout(ITableWriter writer) : IDisposable
{
    /// <summary>The writer the rows go to.</summary>
    protected ITableWriter Writer { get; } = writer;

    /// <summary>Takes one assignment, in input order.</summary>
    public abstract void Add(Assignment assignment);

    /// <summary>
    /// Called once every assignment of a valid input was added: a layout that must see them all before writing (the
    /// wide one) writes its rows here. One that writes each row as it comes has nothing left to do.
    /// </summary>
    public virtual void Complete()
    {
    }

    /// <inheritdoc/>
    public void Dispose() => Writer.Dispose();
}
