using System.Diagnostics.CodeAnalysis;

namespace KpiTargets.Files.Csv;

/// <summary>
/// Hands out the previous row's string when a column repeats its bytes, as a results file repeats each unit's name
/// on every indicator row: the text is decoded, checked and normalised once per run of repeats instead of once per
/// row, and later stages can recognise the repeat by reference.
/// </summary>
internal sealed class RepeatedFields
{
    private byte[][] _bytes = [];
    private int[] _lengths = [];
    private string?[] _texts = [];

    /// <summary>The string remembered for <paramref name="column"/> when it came from the same bytes.</summary>
    public bool TryGet(int column, ReadOnlySpan<byte> bytes, [NotNullWhen(true)] out string? text)
    {
        text = Matches(column, bytes) ? _texts[column] : null;
        return text is not null;
    }

    /// <summary>Whether <paramref name="bytes"/> are those remembered for <paramref name="column"/>, so valid text.</summary>
    public bool Matches(int column, ReadOnlySpan<byte> bytes) =>
        column < _texts.Length && _lengths[column] == bytes.Length && _texts[column] is not null
        && bytes.SequenceEqual(_bytes[column].AsSpan(0, bytes.Length));

    /// <summary>Remembers that <paramref name="bytes"/> in <paramref name="column"/> read as <paramref name="text"/>.</summary>
    public void Remember(int column, ReadOnlySpan<byte> bytes, string text)
    {
        if (column >= _texts.Length)
        {
            // Doubled, not grown by one: a header of many thousand columns is remembered column by column.
            var size = Math.Max(column + 1, 2 * _texts.Length);
            Array.Resize(ref _bytes, size);
            Array.Resize(ref _lengths, size);
            Array.Resize(ref _texts, size);
        }

        if (_bytes[column] is not { } buffer || buffer.Length < bytes.Length)
        {
            _bytes[column] = buffer = new byte[Math.Max(bytes.Length, 64)];
        }

        bytes.CopyTo(buffer);
        _lengths[column] = bytes.Length;
        _texts[column] = text;
    }
}
