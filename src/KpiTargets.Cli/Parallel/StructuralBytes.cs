using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace KpiTargets.Cli.Parallel;

/// <summary>
/// Finds, in order, the bytes that shape delimited text: the separator, the quote, the carriage return and the line
/// feed. Text is classified 64 bytes at a time with vector comparisons into one bit per byte, and each search reads the
/// next set bit, so every byte is compared once however many searches there are.
/// </summary>
/// <remarks>
/// A row of a results file is about 45 bytes with three fields. A span search per field (<c>IndexOfAny</c>) sets up
/// and tears down its vectors for a handful of bytes each time, which cost about a sixth of the parallel path.
/// </remarks>
internal ref struct StructuralBytes
{
    private const int BlockBytes = 64;

    private readonly ReadOnlySpan<byte> _text;
    private readonly byte _separator;
    private int _blockStart;
    private ulong _block;

    /// <summary>Classifies <paramref name="text"/> as it is searched.</summary>
    public StructuralBytes(ReadOnlySpan<byte> text, byte separator)
    {
        _text = text;
        _separator = separator;
        _blockStart = -BlockBytes;
    }

    /// <summary>The offset of the first separator, quote, carriage return or line feed at or after <paramref name="from"/>.</summary>
    /// <returns>The text's length when there is none.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Next(int from)
    {
        var blockStart = from & ~(BlockBytes - 1);
        if (blockStart != _blockStart)
        {
            if (blockStart >= _text.Length)
            {
                return _text.Length;
            }

            Load(blockStart);
        }

        var bits = _block & (ulong.MaxValue << (from & (BlockBytes - 1)));
        while (bits == 0)
        {
            if (_blockStart + BlockBytes >= _text.Length)
            {
                return _text.Length;
            }

            Load(_blockStart + BlockBytes);
            bits = _block;
        }

        return _blockStart + BitOperations.TrailingZeroCount(bits);
    }

    private void Load(int blockStart)
    {
        _blockStart = blockStart;
        var remaining = _text.Length - blockStart;
        if (remaining >= BlockBytes)
        {
            _block = Classify(ref MemoryMarshal.GetReference(_text[blockStart..]), _separator);
            return;
        }

        // The last, shorter block is classified from a copy padded with zeros, and its bits past the text are cleared.
        Span<byte> padded = stackalloc byte[BlockBytes];
        padded.Clear();
        _text[blockStart..].CopyTo(padded);
        _block = Classify(ref MemoryMarshal.GetReference(padded), _separator) & ((1UL << remaining) - 1);
    }

    // One bit per byte of the 64 at `start`, set for the bytes of interest, in 128-bit vectors: the native binary is
    // built for the x86-64 baseline, where they are the widest, so the tests run the code that ships. Built for AVX2,
    // the binary was no faster.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Classify(ref byte start, byte separator) =>
        Classify16(ref start, separator)
        | ((ulong)Classify16(ref Unsafe.Add(ref start, 16), separator) << 16)
        | ((ulong)Classify16(ref Unsafe.Add(ref start, 32), separator) << 32)
        | ((ulong)Classify16(ref Unsafe.Add(ref start, 48), separator) << 48);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Classify16(ref byte start, byte separator)
    {
        var bytes = Vector128.LoadUnsafe(ref start);
        return (Vector128.Equals(bytes, Vector128.Create(separator))
            | Vector128.Equals(bytes, Vector128.Create((byte)'"'))
            | Vector128.Equals(bytes, Vector128.Create((byte)'\r'))
            | Vector128.Equals(bytes, Vector128.Create((byte)'\n'))).ExtractMostSignificantBits();
    }
}
