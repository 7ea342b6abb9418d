using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace KpiTargets.Cli.Input;

/// <summary>
/// Finds a catalog indicator by the exact bytes of its code, as nearly every row spells it, without making a string.
/// A code spelled otherwise (other case, spaces, a heading's code) is left to <see cref="IndicatorCatalog.TryFind"/>.
/// </summary>
/// <remarks>
/// Codes are few and results files list each unit's indicators in catalog order, so the search starts after the
/// indicator found last and usually ends at its first comparison.
/// </remarks>
internal sealed class IndicatorCodeBytes(IndicatorCatalog catalog)
{
    private readonly byte[][] _codes = [.. catalog.Indicators.Select(indicator => Encoding.UTF8.GetBytes(indicator.Code))];
    private readonly Indicator[] _indicators = [.. catalog.Indicators];
    private int _last = -1;

    /// <summary>The indicator whose code is exactly <paramref name="code"/>, byte for byte.</summary>
    public bool TryFind(ReadOnlySpan<byte> code, [NotNullWhen(true)] out Indicator? indicator) => TryFind(code, out indicator, out _);

    /// <summary>The indicator whose code is exactly <paramref name="code"/>, and its 0-based place in the catalog.</summary>
    public bool TryFind(ReadOnlySpan<byte> code, [NotNullWhen(true)] out Indicator? indicator, out int index)
    {
        for (var tried = 0; tried < _codes.Length; tried++)
        {
            index = _last + 1 + tried;
            index = index < _codes.Length ? index : index - _codes.Length;
            if (code.SequenceEqual(_codes[index]))
            {
                _last = index;
                indicator = _indicators[index];
                return true;
            }
        }

        indicator = null;
        index = -1;
        return false;
    }
}
