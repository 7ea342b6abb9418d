namespace KpiTargets.Files.Problems;

/// <summary>A problem found in an input file, at a physical line (1-based; the line a record starts on).</summary>
/// <param name="File">The file as the user named it, or <c>&lt;stdin&gt;</c>.</param>
/// <param name="Line">The physical line in the file.</param>
/// <param name="Message">What is wrong and, where it helps, how to fix it.</param>
internal sealed record InputProblem(string File, long Line, string Message)
{
    /// <summary>Formats as <c>file:line: message</c>, which editors and CI logs can jump to.</summary>
    public override string ToString() => $"{File}:{Line}: {Message}";
}
