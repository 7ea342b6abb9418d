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

    // Codes of up to seven bytes (every code of the appendix) packed into a number each, compared in one instruction;
    // a longer code is compared byte by byte.
    private const ulong NotPacked = ulong.MaxValue;

    private readonly ulong[] _packed = [.. catalog.Indicators.Select(indicator => Pack(Encoding.UTF8.GetBytes(indicator.Code)))];
    private readonly Indicator[] _indicators = [.. catalog.Indicators];
    private int _last = -1;

    /// <summary>The indicator whose code is exactly <paramref name="code"/>, byte for byte.</summary>
    public bool TryFind(ReadOnlySpan<byte> code, [NotNullWhen(true)] out Indicator? indicator) => TryFind(code, out indicator, out _);

    /// <summary>The indicator whose code is exactly <paramref name="code"/>, and its 0-based place in the catalog.</summary>
    public bool TryFind(ReadOnlySpan<byte> code, [NotNullWhen(true)] out Indicator? indicator, out int index)
    {
        var packed = Pack(code);
        for (var tried = 0; tried < _codes.Length; tried++)
        {
            index = _last + 1 + tried;
            index = index < _codes.Length ? index : index - _codes.Length;
            if (packed == NotPacked ? code.SequenceEqual(_codes[index]) : packed == _packed[index])
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

    // The bytes in the low seven bytes and the length in the high one, so that codes differing in length differ.
    private static ulong Pack(ReadOnlySpan<byte> code)
    {
        if (code.Length > 7)
        {
            return NotPacked;
        }

        var packed = (ulong)code.Length << 56;
        for (var i = 0; i < code.Length; i++)
        {
            packed |= (ulong)code[i] << (8 * i);
        }

        return packed;
    }
}
