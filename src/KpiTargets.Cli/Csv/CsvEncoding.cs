using System.Text;

namespace KpiTargets.Cli.Csv;

/// <summary>
/// Turns a delimited file into the UTF-8 bytes the reader reads: as it is when it is UTF-8, else decoded from the
/// encoding asked for with <c>--encoding</c>, or from UTF-16 when the file starts with its byte order mark. Bytes that
/// are not text in that encoding (half of a UTF-16 surrogate pair) decode to U+FFFF, a noncharacter the reader reports
/// with its line (<see cref="CsvRecordFields.Flaw.Noncharacter"/>), where the system's decoders put U+FFFD, which is
/// text and would pass into a unit's name unseen.
/// </summary>
internal static class CsvEncoding
{
    private static readonly DecoderFallback NotText = new DecoderReplacementFallback("\uFFFF");

    /// <summary>The file's text as UTF-8 bytes; the file's first bytes are looked at to find a UTF-16 byte order mark.</summary>
    public static Stream Utf8(Stream file, Encoding? asked)
    {
        if (asked is not null)
        {
            return Decoded(file, asked);
        }

        Span<byte> start = stackalloc byte[2];
        var read = file.ReadAtLeast(start, 2, throwOnEndOfStream: false);
        var whole = new ReplayedStream(start[..read].ToArray(), file);
        return read < 2 ? whole
            : start[0] == 0xFF && start[1] == 0xFE ? Decoded(whole, Encoding.Unicode)
            : start[0] == 0xFE && start[1] == 0xFF ? Decoded(whole, Encoding.BigEndianUnicode)
            : whole;
    }

    private static Stream Decoded(Stream file, Encoding encoding) =>
        Encoding.CreateTranscodingStream(
            file,
            Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ReplacementFallback, NotText),
            new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            leaveOpen: false);
}
