using System.Buffers;

namespace KpiTargets.Files.Csv;

/// <summary>
/// Cuts the data of a UTF-8 CSV file into slices of about <c>sliceBytes</c> that start and end at record boundaries:
/// after a line feed that is outside quotes. A line feed is never part of another UTF-8 character, so every slice is
/// text on its own, and each can go through the same reader as the whole file.
/// </summary>
internal static class CsvSlices
{
    /// <summary>
    /// The slices of the file from <paramref name="offset"/> to its end, in order. A <see langword="null"/> slice
    /// means the rest cannot be cut: a record is longer than a slice, or lines do not end in line feeds. The first slice
    /// starts on <paramref name="line"/>; each after it a line feed count later.
    /// </summary>
    public static IEnumerable<CsvSlice?> Read(string path, long offset, long line, int sliceBytes)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);
        file.Position = offset;
        var carry = Array.Empty<byte>();
        var carried = 0;
        while (true)
        {
            var buffer = ArrayPool<byte>.Shared.Rent(sliceBytes);
            carry.AsSpan(0, carried).CopyTo(buffer);
            var wanted = sliceBytes - carried;
            var length = carried + file.ReadAtLeast(buffer.AsSpan(carried, wanted), wanted, throwOnEndOfStream: false);
            var isLast = length < sliceBytes;
            var end = isLast ? length : EndOfLastRecord(buffer.AsSpan(0, length));
            if (end == 0 && length > 0)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                yield return null;
                yield break;
            }

            carried = length - end;
            if (carry.Length < carried)
            {
                carry = new byte[Math.Max(carried, 4096)];
            }

            buffer.AsSpan(end, carried).CopyTo(carry);
            if (end > 0)
            {
                yield return new CsvSlice(buffer, end, line, isLast);
                line += buffer.AsSpan(0, end).Count((byte)'\n');
            }
            else
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }

            if (isLast)
            {
                yield break;
            }
        }
    }

    /// <summary>The length of the records in <paramref name="bytes"/> up to its last line feed outside quotes; 0 when it has none.</summary>
    public static int EndOfLastRecord(ReadOnlySpan<byte> bytes)
    {
        // Most files quote nothing: then the last line feed ends the last whole record.
        if (!bytes.Contains((byte)'"'))
        {
            return bytes.LastIndexOf((byte)'\n') + 1;
        }

        // The slice starts outside quotes; every quote toggles that, an escaped quote ("") twice.
        var end = 0;
        var inQuotes = false;
        for (var at = 0; at < bytes.Length;)
        {
            var next = bytes[at..].IndexOfAny((byte)'"', (byte)'\n');
            if (next < 0)
            {
                break;
            }

            at += next;
            if (bytes[at] == (byte)'"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes)
            {
                end = at + 1;
            }

            at++;
        }

        return end;
    }
}
