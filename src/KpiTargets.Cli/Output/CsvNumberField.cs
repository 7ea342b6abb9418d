namespace KpiTargets.Cli.Output;

/// <summary>
/// A number as a CSV field: its invariant shortest form, written straight into the output, needing no quotes. A
/// negative number is refused: it starts with the formula character '-', so it is written like text, through
/// <see cref="CsvFieldEncoder.EncodeNow"/>, with the formula guard.
/// </summary>
internal static class CsvNumberField
{
    /// <summary>Writes <paramref name="value"/> into <paramref name="destination"/>, which holds <see cref="DecimalText.MaxLength"/> bytes.</summary>
    /// <returns><see langword="false"/>, with nothing written, when the number must be written as text.</returns>
    public static bool TryWrite(decimal value, Span<byte> destination, out int written)
    {
        if (DecimalText.TryWriteShortest(value, destination, out written) && destination[0] != (byte)'-')
        {
            return true;
        }

        written = 0;
        return false;
    }
}
