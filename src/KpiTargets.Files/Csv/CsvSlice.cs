namespace KpiTargets.Files.Csv;

/// <summary>Whole records of a CSV file, cut by <see cref="CsvSlices"/>.</summary>
/// <param name="Buffer">A pooled buffer holding the bytes; give it back to <see cref="System.Buffers.ArrayPool{T}.Shared"/> when done.</param>
/// <param name="Length">How many bytes of the buffer are the slice's.</param>
/// <param name="FirstLine">The line the slice starts on, counting line feeds from the top of the file.</param>
/// <param name="IsLast">Whether the file ends with this slice (a slice that ends where the file does may not know it).</param>
internal sealed record CsvSlice(byte[] Buffer, int Length, long FirstLine, bool IsLast = false)
{
    /// <summary>The slice's bytes.</summary>
    public ReadOnlyMemory<byte> Bytes => Buffer.AsMemory(0, Length);
}
