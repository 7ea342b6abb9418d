namespace KpiTargets.Files.Results;

/// <summary>
/// Compares unit names as one unit, whatever their letter case and runs of spaces: <c>Phòng Tư pháp</c>,
/// <c>Phòng Tư Pháp</c> and <c>PHÒNG  TƯ PHÁP</c> are one unit spelled three ways. Names come in Unicode NFC from every
/// reader, so a letter with its marks is one character here. Surrounding white space does not count either.
/// </summary>
internal sealed class UnitNameComparer : IEqualityComparer<string>
{
    /// <summary>The one instance.</summary>
    public static UnitNameComparer Instance { get; } = new();

    private UnitNameComparer()
    {
    }

    /// <inheritdoc/>
    public bool Equals(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null)
        {
            return false;
        }

        var left = new FoldedChars(x);
        var right = new FoldedChars(y);
        while (true)
        {
            var hasLeft = left.TryNext(out var a);
            var hasRight = right.TryNext(out var b);
            if (!hasLeft || !hasRight)
            {
                return hasLeft == hasRight;
            }

            if (a != b)
            {
                return false;
            }
        }
    }

    /// <inheritdoc/>
    public int GetHashCode(string name)
    {
        var hash = default(HashCode);
        var chars = new FoldedChars(name);
        while (chars.TryNext(out var c))
        {
            hash.Add(c);
        }

        return hash.ToHashCode();
    }

    // The characters of a name as compared: lower case, trimmed, every run of white space one space.
    private ref struct FoldedChars(string name)
    {
        private readonly ReadOnlySpan<char> _name = name.AsSpan().Trim();
        private int _at;

        public bool TryNext(out char c)
        {
            if (_at >= _name.Length)
            {
                c = default;
                return false;
            }

            c = _name[_at++];
            if (char.IsWhiteSpace(c))
            {
                while (_at < _name.Length && char.IsWhiteSpace(_name[_at]))
                {
                    _at++;
                }

                c = ' ';
                return true;
            }

            c = char.ToLowerInvariant(c);
            return true;
        }
    }
}
