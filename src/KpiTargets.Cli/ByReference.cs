using System.Runtime.CompilerServices;

namespace KpiTargets.Cli;

/// <summary>
/// Compares by identity. Catalog indicators are records with value equality, whose hash reads every field; a lookup
/// keyed by the catalog's own instances needs only the reference.
/// </summary>
internal sealed class ByReference<T> : IEqualityComparer<T>
    where T : class
{
    /// <summary>The one instance.</summary>
    public static ByReference<T> Instance { get; } = new();

    public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

    public int GetHashCode(T obj) => RuntimeHelpers.GetHashCode(obj);
}
