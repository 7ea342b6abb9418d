namespace KpiTargets.Files.Output;

/// <summary>
/// Writing the output failed at the operating system: the message names the output the user asked for and the reason,
/// never the hidden temporary file the bytes were going to (<c>'/proc/.kpi-targets-….tmp'</c> told nobody anything).
/// </summary>
internal sealed class OutputWriteException : IOException
{
    /// <summary>The failure of writing <paramref name="output"/> through <paramref name="temporary"/>.</summary>
    public OutputWriteException(string output, string? temporary, Exception failure)
        : base($"could not write the output '{output}': {Reason(output, temporary, failure)}", failure)
    {
    }

    private static string Reason(string output, string? temporary, Exception failure)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(output));
        return failure switch
        {
            UnauthorizedAccessException => $"permission denied in '{folder}'",
            FileNotFoundException or DirectoryNotFoundException => $"the folder '{folder}' does not take new files",
            _ when temporary is not null => failure.Message.Replace(temporary, output, StringComparison.Ordinal),
            _ => failure.Message,
        };
    }
}
