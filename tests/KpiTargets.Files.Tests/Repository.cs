namespace KpiTargets.Files.Tests;

/// <summary>Paths inside the repository, found from the test assembly's folder.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Sample(string folder, string file) => Path.Combine(Root, "samples", folder, file);

    /// <summary>The CLI tests' input corpus: awkward but valid files, and broken ones with the problems the CLI prints.</summary>
    public static string Corpus(string file) => Path.Combine(Root, "tests", "KpiTargets.Cli.Tests", "Corpus", file);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "KpiTargets.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("KpiTargets.sln not found above " + AppContext.BaseDirectory);
    }
}
