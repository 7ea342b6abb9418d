using System.Text;

namespace KpiTargets.Files.Csv;

/// <summary>
/// Turns a delimited file into the UTF-8 bytes the reader reads: as it is when it is UTF-8, else decoded from the
/// encoding asked for with <c>--encoding</c>. A byte order mark decides over the option: a file that starts with
/// UTF-8's is UTF-8 and one that starts with UTF-16's is UTF-16, whatever was asked (a file saved as "CSV UTF-8" read
/// with <c>--encoding windows-1258</c> would otherwise turn every diacritic into two wrong letters). Bytes that
/// are not text in that encoding (half of a UTF-16 surrogate pair) decode to U+FFFF, a noncharacter the reader reports
/// with its line (<see cref="CsvRecordFields.Flaw.Noncharacter"/>), where the system's decoders put U+FFFD, which is
/// text and would pass into a unit's name unseen.
/// </summary>
internal static class CsvEncoding
{
    private static readonly DecoderFallback NotText = new DecoderReplacementFallback("\uFFFF");

    /// <summary>The file's text as UTF-8 bytes; the file's first bytes are looked at to find a byte order mark.</summary>
    public static Stream Utf8(Stream file, Encoding? asked)
    {
        Span<byte> start = stackalloc byte[3];
        var read = file.ReadAtLeast(start, 3, throwOnEndOfStream: false);
        var whole = new ReplayedStream(start[..read].ToArray(), file);
        start = start[..read];
        return start.StartsWith("\uFEFF"u8) ? whole
            : start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? Decoded(whole, Encoding.Unicode)
            : start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? Decoded(whole, Encoding.BigEndianUnicode)
            : asked is not null ? Decoded(whole, asked)
            : whole;
    }

    private static Stream Decoded(Stream file, Encoding encoding) =>
        Encoding.CreateTranscodingStream(
            file,
            Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ReplacementFallback, NotText),
            new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            leaveOpen: false);
}
