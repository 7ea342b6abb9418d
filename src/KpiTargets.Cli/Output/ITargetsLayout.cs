namespace KpiTargets.Cli.Output;

/// <summary>Arranges decided results into rows of a table (long or wide); the table writer decides the file format.</summary>
internal interface ITargetsLayout : IDisposable
{
    /// <summary>Takes one decided result, in input order.</summary>
    void Add(in TargetRow row);

    /// <summary>Writes whatever is still held, once every assignment was added.</summary>
    void Complete();
}
