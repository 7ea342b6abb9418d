using System.Text.RegularExpressions;

namespace KpiTargets.Cli.Tests;

/// <summary>
/// The shape the README's Architecture section describes, read from the sources: namespaces that depend one way only,
/// one pipeline, and no hand-written vector code.
/// </summary>
public sealed partial class ArchitectureTests
{
    private static readonly string[] Projects = ["Cli", "Files"];

    // Each namespace of the CLI and of the files package ("Files" alone is the package's public facade), in the order
    // of the README's chain: each uses only those after it. The CLI's root (the entry point and the console) is left out.
    private static readonly string[] Layers =
    [
        "Cli.Commands", "Cli.Desktop", "Cli.Jobs", "Cli.Output",
        "Files", "Files.Jobs", "Files.Tracking", "Files.Reports", "Files.Targets", "Files.Results", "Files.Catalogs", "Files.Output", "Files.Formats", "Files.Csv", "Files.Xlsx",
        "Files.Tables", "Files.Problems", "Files.Text",
    ];

    [Fact]
    public void The_namespaces_of_the_cli_and_the_files_package_have_no_cycle()
    {
        var graph = Dependencies();
        var cycles = new List<string>();
        foreach (var start in graph.Keys)
        {
            FindCycle(graph, start, [start], cycles);
        }

        cycles.Should().BeEmpty();
    }

    [Fact]
    public void Every_namespace_depends_only_on_the_ones_after_it_in_the_readme_chain()
    {
        var wrongWay = Dependencies()
            .SelectMany(pair => pair.Value.Select(used => (From: pair.Key, To: used)))
            .Where(edge => Array.IndexOf(Layers, edge.From) >= Array.IndexOf(Layers, edge.To))
            .Select(edge => $"{edge.From} -> {edge.To}");

        Dependencies().Keys.Should().BeSubsetOf(Layers);
        wrongWay.Should().BeEmpty();
    }

    [Fact]
    public void The_files_package_knows_no_console_and_no_command_line()
    {
        var offenders = SourceFiles("Files")
            .Where(path => ConsoleOrCommandLine().IsMatch(File.ReadAllText(path)))
            .Select(path => Path.GetRelativePath(Repository.Root, path));

        offenders.Should().BeEmpty();
    }

    [Fact]
    public void No_source_file_uses_hardware_intrinsics_or_explicit_vectors()
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(Repository.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(path))
            .Where(path => IntrinsicsOrVectors().IsMatch(File.ReadAllText(path)));

        offenders.Should().BeEmpty();
    }

    [Fact]
    public void The_domain_library_reads_as_the_rule_with_no_bit_level_arithmetic_or_inlining_hints()
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(Repository.Root, "src", "KpiTargets"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(path))
            .Where(path => File.ReadAllText(path) is var text && (text.Contains("GetBits", StringComparison.Ordinal) || text.Contains("AggressiveInlining", StringComparison.Ordinal)));

        offenders.Should().BeEmpty();
    }

    // Every namespace of the two projects ("Cli.Jobs", "Files.Output", "Files" for the package's root), with the
    // namespaces of the two its files use. A folder sees its project root's types without naming the namespace, so a
    // use of the package's root is found by the names of the types declared there.
    private static Dictionary<string, HashSet<string>> Dependencies()
    {
        var graph = new Dictionary<string, HashSet<string>>();
        var facadeTypes = SourceFiles("Files")
            .Where(path => Path.GetDirectoryName(path) == ProjectFolder("Files"))
            .Select(Path.GetFileNameWithoutExtension)
            .ToArray();
        foreach (var (project, path) in Projects.SelectMany(project => SourceFiles(project).Select(path => (project, path))))
        {
            // A file without a namespace (the CLI's top-level Program) belongs to its project's root.
            var text = File.ReadAllText(path);
            var own = NamespaceDeclaration().Match(text) is { Success: true } declaration ? declaration.Groups["name"].Value : project;
            var uses = graph.TryGetValue(own, out var found) ? found : graph[own] = [];
            var used = NamespaceUse().Matches(text).Select(use => use.Groups["name"].Value);
            if (own.StartsWith("Files.", StringComparison.Ordinal) && facadeTypes.Any(type => Regex.IsMatch(text, $@"\b{type}\b")))
            {
                used = used.Append("Files");
            }

            uses.UnionWith(used.Where(name => name != own));
        }

        // The CLI's root holds the entry point and the console: it may use every namespace, and none uses it back but
        // Commands and Jobs.
        graph.Remove("Cli");
        foreach (var uses in graph.Values)
        {
            uses.Remove("Cli");
        }

        return graph;
    }

    private static string ProjectFolder(string project) => Path.Combine(Repository.Root, "src", $"KpiTargets.{project}");

    private static IEnumerable<string> SourceFiles(string project) =>
        Directory.EnumerateFiles(ProjectFolder(project), "*.cs", SearchOption.AllDirectories).Where(path => !IsBuildOutput(path));

    private static void FindCycle(Dictionary<string, HashSet<string>> graph, string node, List<string> path, List<string> cycles)
    {
        foreach (var next in graph.GetValueOrDefault(node, []))
        {
            if (next == path[0])
            {
                cycles.Add(string.Join(" -> ", path.Append(next)));
            }
            else if (!path.Contains(next))
            {
                FindCycle(graph, next, [.. path, next], cycles);
            }
        }
    }

    private static bool IsBuildOutput(string path) =>
        path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        || path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    [GeneratedRegex(@"^namespace KpiTargets\.(?<name>(Cli|Files)(\.\w+)?);", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();

    [GeneratedRegex(@"\bKpiTargets\.(?<name>(Cli|Files)(\.[A-Z]\w*)?)\b")]
    private static partial Regex NamespaceUse();

    [GeneratedRegex(@"\bSystem\.CommandLine\b|\bConsole\.|\bCliConsole\b|\bExitCodes\b|\bKpiTargets\.Cli\b")]
    private static partial Regex ConsoleOrCommandLine();

    [GeneratedRegex(@"System\.Runtime\.Intrinsics|\bVector(128|256|512)\b")]
    private static partial Regex IntrinsicsOrVectors();
}
