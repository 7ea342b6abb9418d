namespace KpiTargets.Cli.Output;

/// <summary>Arranges assignments into rows of a table (long or wide); the table writer decides the file format.</summary>
internal interface ITargetsLayout : IDisposable
{
    /// <summary>Takes one assignment, in input order.</summary>
    void Add(Assignment assignment);

    /// <summary>Writes whatever is still held, once every assignment was added.</summary>
    void Complete();
}
