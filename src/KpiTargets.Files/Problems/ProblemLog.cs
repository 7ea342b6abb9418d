using KpiTargets.Files.Text;

namespace KpiTargets.Files.Problems;

/// <summary>
/// Collects the problems of one run while rows stream past. Keeps the first <see cref="Limit"/> in order and only
/// counts the rest, so a file with a million bad rows costs bounded memory and still says how many there were.
/// </summary>
/// <param name="found">Told of every problem as it is found, kept or not; for a caller that keeps them its own way.</param>
internal sealed class ProblemLog(Action<InputProblem>? found = null)
{
    /// <summary>How many problems are kept for printing; the rest are counted.</summary>
    public const int Limit = 100;

    private readonly List<InputProblem> _kept = [];

    /// <summary>The problems kept for printing, in the order they were found.</summary>
    public IReadOnlyList<InputProblem> Kept => _kept;

    /// <summary>Every problem found, kept or not.</summary>
    public long Count { get; private set; }

    /// <summary>Whether any problem was found.</summary>
    public bool HasProblems => Count > 0;

    /// <summary>Records a problem at <paramref name="line"/> of <paramref name="file"/>.</summary>
    public void Add(string file, long line, string message)
    {
        Count++;
        var keep = _kept.Count < Limit;
        if (keep || found is not null)
        {
            // Past the limit, with nobody to tell, a problem is only counted: a million bad rows make no million records.
            var problem = new InputProblem(file, line, message);
            if (keep)
            {
                _kept.Add(problem);
            }

            found?.Invoke(problem);
        }
    }

    /// <summary>Writes every kept problem, one per line, and a closing line with the total.</summary>
    /// <param name="error">Where to write: standard error.</param>
    /// <param name="messages">The language.</param>
    /// <param name="nothingWritten">Whether the run was to write an output, and the closing line says it wrote none.</param>
    public void WriteTo(TextWriter error, Messages messages, bool nothingWritten = true)
    {
        foreach (var problem in _kept)
        {
            error.WriteLine(problem);
        }

        var omitted = Count - _kept.Count;
        error.WriteLine(omitted > 0 ? messages.ProblemCountTruncated(Count, _kept.Count, omitted, nothingWritten) : messages.ProblemCount(Count, nothingWritten));
    }
}
