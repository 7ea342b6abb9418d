using System.Text;

namespace KpiTargets.Files.Results;

/// <summary>
/// Compares unit names as one unit, whatever their letter case and runs of spaces: <c>Phòng Tư pháp</c>,
/// <c>Phòng Tư Pháp</c> and <c>PHÒNG  TƯ PHÁP</c> are one unit spelled three ways. Names come in Unicode NFC from every
/// reader, so a letter with its marks is one character here. Surrounding white space does not count either.
/// </summary>
internal sealed class UnitNameComparer : IEqualityComparer<string>
{
    private UnitNameComparer()
    {
    }

    /// <summary>The one instance.</summary>
    public static UnitNameComparer Instance { get; } = new();

    /// <inheritdoc/>
    public bool Equals(string? x, string? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && Folded(x).Equals(Folded(y), StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc/>
    public int GetHashCode(string name) => string.GetHashCode(Folded(name), StringComparison.OrdinalIgnoreCase);

    // The name as compared, case aside: trimmed, every run of white space one space. Nearly every name is that already,
    // and is compared in place; the system's case-insensitive comparison and hash do the rest in vector instructions.
    private static ReadOnlySpan<char> Folded(string name)
    {
        var trimmed = name.AsSpan().Trim();
        if (!MayHoldOtherWhiteSpace(trimmed) && !trimmed.Contains("  ", StringComparison.Ordinal))
        {
            return trimmed;
        }

        var folded = new StringBuilder(trimmed.Length);
        foreach (var c in trimmed)
        {
            if (!char.IsWhiteSpace(c))
            {
                folded.Append(c);
            }
            else if (folded[^1] != ' ')
            {
                folded.Append(' ');
            }
        }

        return folded.ToString();
    }

    // Whether the name may hold white space other than a plain space: tab to carriage return, U+0085, U+00A0, U+1680,
    // U+2000 to U+205F (a few dashes and quotes there too, which only cost the slow way) or U+3000. Each test runs in
    // vector instructions, where one set of all of them would be searched bit by bit.
    private static bool MayHoldOtherWhiteSpace(ReadOnlySpan<char> name) =>
        name.ContainsAnyInRange('\t', '\r') || name.ContainsAny('\u0085', '\u00A0', '\u1680')
        || name.ContainsAnyInRange('\u2000', '\u205F') || name.Contains('\u3000');
}
