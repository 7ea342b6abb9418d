using System.Runtime.CompilerServices;
using CsvHelper;
using KpiTargets.Files.Text;

namespace KpiTargets.Files.Csv;

/// <summary>
/// Turns one text field into its CSV bytes, with CsvHelper deciding the quoting and the formula guard, and remembers
/// the bytes of recent strings: a unit's name, an indicator's code and name, a rule letter or a flag word recur on
/// row after row as the same string instance, so each is encoded once.
/// </summary>
internal sealed class CsvFieldEncoder : IDisposable
{
    // Direct-mapped by identity: a lookup is one hash of the reference and one comparison; a clash costs a re-encode.
    private const int CacheSlots = 256;

    private readonly MemoryStream _scratch = new();
    private readonly CsvWriter _csv;
    private readonly (string? Text, byte[] Bytes)[] _cache = new (string?, byte[])[CacheSlots];

    public CsvFieldEncoder(bool guardFormulas, char separator)
    {
        _csv = CsvWriter.Create(
            _scratch,
            new CsvWriterOptions
            {
                Separator = separator,
                NewLine = "\n",
                Injection = guardFormulas ? CsvInjection.Escape : CsvInjection.None,
                InjectionCharacters = FormulaGuard.DangerousStarts,
                InjectionEscape = FormulaGuard.Escape,
            },
            leaveOpen: true);
    }

    /// <summary>The field's bytes as CsvHelper writes it inside a record (quoted and guarded where needed).</summary>
    public ReadOnlySpan<byte> Encode(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        ref var slot = ref _cache[RuntimeHelpers.GetHashCode(text) & (CacheSlots - 1)];
        if (!ReferenceEquals(slot.Text, text))
        {
            slot = (text, EncodeAfresh(text).ToArray());
        }

        return slot.Bytes;
    }

    // The field's bytes as CsvHelper writes them now.
    private ReadOnlySpan<byte> EncodeAfresh(string text)
    {
        _scratch.SetLength(0);
        _csv.WriteField(text);
        _csv.EndRecord();
        _csv.Flush();

        // A one-field record: the field, then the line end.
        return _scratch.GetBuffer().AsSpan(0, (int)_scratch.Length - 1);
    }

    public void Dispose()
    {
        _csv.Dispose();
        _scratch.Dispose();
    }
}
