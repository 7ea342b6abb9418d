namespace KpiTargets;

// The one place that throws for caller bugs (bad arguments), so messages stay consistent and tests can pin them.
// Bad input data is never reported through here: adapters turn it into problems before it reaches the domain.
internal static class Guard
{
    public static string NotBlank(string? value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("Value must not be empty or white space.", paramName);
        }

        return value;
    }

    // Returns value in Unicode NFC, the one form names are compared and written in.
    public static string Nfc(string value) =>
        value.IsNormalized(System.Text.NormalizationForm.FormC) ? value : value.Normalize(System.Text.NormalizationForm.FormC);

    public static decimal InRange(decimal value, decimal minimum, decimal maximum, string paramName)
    {
        if (value < minimum || value > maximum)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                $"Value must be between {DecimalText.Shortest(minimum)} and {DecimalText.Shortest(maximum)}.");
        }

        return value;
    }

    public static int InRange(int value, int minimum, int maximum, string paramName)
    {
        if (value < minimum || value > maximum)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"Value must be between {minimum} and {maximum}.");
        }

        return value;
    }

    public static TEnum Defined<TEnum>(TEnum value, string paramName)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"Value is not a defined {typeof(TEnum).Name}.");
        }

        return value;
    }
}
