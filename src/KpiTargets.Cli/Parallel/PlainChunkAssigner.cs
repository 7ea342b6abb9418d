using System.Buffers;
using System.IO.Hashing;
using System.Text;
using System.Text.Unicode;
using KpiTargets.Cli.Input;
using KpiTargets.Cli.Output;

namespace KpiTargets.Cli.Parallel;

/// <summary>
/// Checks, decides and writes the rows of one chunk, so that chunks can be assigned side by side. A row is taken only
/// when the full reader would take it unchanged: the same text for the unit, an indicator code spelled exactly, a
/// result the full reader parses the same way and within bounds, no second result for a unit's indicator within a run
/// of its rows. Any other row refuses the whole chunk, leaving the full reader to report it or read it.
/// </summary>
/// <remarks>
/// Rows come out through <see cref="PlainRowWriter"/>, which encodes cells as the full path's writer does. Duplicates
/// across runs and chunks are left to <see cref="UnitIndicatorSets"/>, which sees the chunks in order.
/// </remarks>
internal sealed class PlainChunkAssigner(PlainCsvStart start, IndicatorCatalog catalog, AssignmentPolicy policy, OutputText text, bool canonicalOnly, bool guardFormulas)
{
    /// <summary>The most indicators a catalog may have: one bit each in <see cref="UnitRun.Indicators"/>.</summary>
    public const int MaxIndicators = 64;

    /// <summary>The most columns a file may have here: a row's fields are placed on the stack of a pool thread.</summary>
    public const int MaxColumns = 256;

    // The full reader's limit on a record. It stops at any longer line (its carriage return counted), wherever its
    // buffer ends; LineChunks stops only at a line that fills a buffer larger than the limit, so lines of up to twice
    // the limit, and any line within a chunk of more than the limit, reach this class.
    private const int MaxLineBytes = CsvRecords.MaxRecordMiB << 20;

    // A unit's name is decoded on the stack up to this length, which any name fits.
    private const int MaxStackChars = 512;

    // Whether a canonical row can start with the input line as it is: the file's columns are the output's first three,
    // separated by commas. It can when, besides, the codes are written as they are read, the line has no quote, the
    // unit's name is verbatim and the result is empty or in shortest form; the line is then copied at once.
    private readonly bool _linesAreRowStarts = canonicalOnly && start is { Width: 3, Unit: 0, Indicator: 1, Result: 2, Separator: (byte)',' };

    // The columns besides the unit, the indicator and the result: none in the usual file of three.
    private readonly int[] _otherColumns = [.. Enumerable.Range(0, start.Width).Where(column => column != start.Unit && column != start.Indicator && column != start.Result)];

    /// <summary>A workspace for <see cref="Assign"/>; one serves one chunk at a time.</summary>
    public ChunkWorkspace CreateWorkspace() => new(catalog, new PlainRowWriter(catalog, policy, text, canonicalOnly, guardFormulas));

    /// <summary>Assigns every row of <paramref name="chunk"/> into <paramref name="workspace"/>, or refuses the chunk.</summary>
    public ChunkResult Assign(ReadOnlySpan<byte> chunk, ChunkWorkspace workspace)
    {
        workspace.Clear();
        var (codes, runs, writer) = (workspace.Codes, workspace.Runs, workspace.Writer);
        var rows = 0L;
        Span<PlainField> fields = stackalloc PlainField[start.Width];
        var lines = new PlainCsvRows(chunk, start.Separator);
        ReadOnlySpan<byte> runBytes = default;
        var unitIsVerbatim = false;
        var unitHash = 0UL;
        var seen = 0UL;
        while (!lines.IsAtEnd)
        {
            if (!lines.TryRead(fields, out var count, out var rowStart, out var rowLength, out var endsWithCarriageReturn)
                || rowLength + (endsWithCarriageReturn ? 1 : 0) > MaxLineBytes)
            {
                return ChunkResult.NotPlain;
            }

            var line = chunk.Slice(rowStart, rowLength);
            if (IsEmpty(fields[..count]))
            {
                continue;
            }

            if (count != start.Width || !OtherFieldsAreText(line, fields))
            {
                return ChunkResult.NotPlain;
            }

            var unitBytes = line.Slice(fields[start.Unit].Start, fields[start.Unit].Length);
            if (rows == 0 || !unitBytes.SequenceEqual(runBytes))
            {
                if (rows > 0)
                {
                    runs.Add(new UnitRun(unitHash, seen));
                }

                unitIsVerbatim = !fields[start.Unit].HasEscapedQuotes && VerbatimName.IsVerbatim(unitBytes);
                if (unitIsVerbatim)
                {
                    unitHash = XxHash3.HashToUInt64(unitBytes);
                    writer.StartVerbatimUnit(unitBytes);
                }
                else if (TryReadUnit(unitBytes, fields[start.Unit].HasEscapedQuotes, out var unit, out unitHash))
                {
                    writer.StartUnit(unit);
                }
                else
                {
                    return ChunkResult.NotPlain;
                }

                runBytes = unitBytes;
                seen = 0;
            }

            var code = fields[start.Indicator];
            if (code.HasEscapedQuotes || !codes.TryFind(line.Slice(code.Start, code.Length), out var indicator, out var index))
            {
                return ChunkResult.NotPlain;
            }

            var bit = 1UL << index;
            var resultField = fields[start.Result];
            if ((seen & bit) != 0
                || resultField.HasEscapedQuotes
                || !TryReadResult(line.Slice(resultField.Start, resultField.Length), out var result, out var isShortest)
                || !TargetRule.TryDecide(indicator, result, policy, out var decision))
            {
                // A result out of the indicator's bounds is a problem, which the full reader reports.
                return ChunkResult.NotPlain;
            }

            seen |= bit;
            rows++;
            if (_linesAreRowStarts && writer.CodesAreVerbatim && unitIsVerbatim && (isShortest || resultField.Length == 0) && IsUnquoted(line, fields))
            {
                writer.WriteAfterLine(line, index, decision);
                continue;
            }

            var shortest = isShortest ? line.Slice(resultField.Start, resultField.Length) : default;
            writer.Write(index, indicator, result, shortest, decision);
        }

        if (rows > 0)
        {
            runs.Add(new UnitRun(unitHash, seen));
        }

        return new ChunkResult(workspace, rows);
    }

    // Whether the line is its three fields and the two separators between them: a quoted field adds its two quotes.
    private static bool IsUnquoted(ReadOnlySpan<byte> line, ReadOnlySpan<PlainField> fields) =>
        line.Length == fields[0].Length + fields[1].Length + fields[2].Length + 2;

    // A row of empty fields is what Excel leaves below the data; the full reader skips it too.
    private static bool IsEmpty(ReadOnlySpan<PlainField> fields)
    {
        foreach (var field in fields)
        {
            if (field.Length > 0)
            {
                return false;
            }
        }

        return true;
    }

    // Columns besides the three are not read, but the full reader refuses a file whose text is not valid anywhere.
    private bool OtherFieldsAreText(ReadOnlySpan<byte> line, ReadOnlySpan<PlainField> fields)
    {
        foreach (var column in _otherColumns)
        {
            var bytes = line.Slice(fields[column].Start, fields[column].Length);
            if (!Utf8.IsValid(bytes) || bytes.Contains((byte)0))
            {
                return false;
            }
        }

        return true;
    }

    // The full reader's text for the unit (NFC; an apostrophe in front may be our formula guard, so such a name is
    // left to it), and the hash of the name as units are compared: its UTF-8 bytes once trimmed, which are a verbatim
    // name's bytes as they stand.
    private static bool TryReadUnit(ReadOnlySpan<byte> bytes, bool hasEscapedQuotes, out string unit, out ulong hash)
    {
        unit = "";
        hash = 0;
        if (bytes.Contains((byte)0) || (!bytes.IsEmpty && bytes[0] == (byte)'\''))
        {
            return false;
        }

        // Validated while decoded: a byte that is not UTF-8 would become U+FFFD, which the full reader reports.
        var chars = bytes.Length <= MaxStackChars ? stackalloc char[bytes.Length] : new char[bytes.Length];
        if (Utf8.ToUtf16(bytes, chars, out _, out var length, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            return false;
        }

        var decoded = new string(chars[..length]);
        unit = TextCleaning.Nfc(hasEscapedQuotes ? decoded.Replace("\"\"", "\"", StringComparison.Ordinal) : decoded);
        var key = unit.AsSpan().Trim();
        var maxBytes = Encoding.UTF8.GetMaxByteCount(key.Length);
        var utf8 = key.Length <= MaxStackChars ? stackalloc byte[maxBytes] : new byte[maxBytes];
        hash = XxHash3.HashToUInt64(utf8[..Encoding.UTF8.GetBytes(key, utf8)]);
        return !key.IsEmpty;
    }

    // The full reader's reading of a result (ResultChecker), for results it reads from plain ASCII. Plain digits already
    // in their shortest form are copied to the output as they are. NUL is ASCII, and .NET reads "5\0" as 5, but the
    // full reader refuses a line with NUL.
    private static bool TryReadResult(ReadOnlySpan<byte> bytes, out decimal? result, out bool isShortest)
    {
        result = null;
        isShortest = false;
        if (bytes.IsEmpty)
        {
            return true;
        }

        if (DecimalInput.TryParsePlain(bytes, out var plain, out isShortest))
        {
            result = plain;
            return true;
        }

        return Ascii.IsValid(bytes) && bytes[0] != (byte)'\'' && !bytes.Contains((byte)0)
            && ResultChecker.TryReadText(Encoding.ASCII.GetString(bytes), out result);
    }
}
