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
    public static Stream Utf8(Stream file, Encoding? asked) => Utf8(file, asked, out _);

    /// <summary>
    /// <see cref="Utf8(Stream, Encoding?)"/>, telling besides whether the bytes are the file's own (UTF-8, read as it is)
    /// or decoded from another encoding, where an offset in what is read is no offset in the file.
    /// </summary>
    public static Stream Utf8(Stream file, Encoding? asked, out bool isDecoded)
    {
        Span<byte> start = stackalloc byte[3];
        var read = file.ReadAtLeast(start, 3, throwOnEndOfStream: false);
        var whole = new ReplayedStream(start[..read].ToArray(), file);
        var encoding = EncodingOf(start[..read], asked);
        isDecoded = encoding is not null;
        return encoding is null ? whole : Decoded(whole, encoding);
    }

    // The encoding to decode from, or null for UTF-8: a byte order mark decides, then the option.
    private static Encoding? EncodingOf(ReadOnlySpan<byte> start, Encoding? asked) =>
        start.StartsWith("\uFEFF"u8) ? null
        : start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? Encoding.Unicode
        : start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? Encoding.BigEndianUnicode
        : asked;

    private static Stream Decoded(Stream file, Encoding encoding) =>
        Encoding.CreateTranscodingStream(
            file,
            Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ReplacementFallback, NotText),
            new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            leaveOpen: false);
}
