using System.Text.RegularExpressions;

namespace KpiTargets.Cli.Tests;

/// <summary>
/// The shape the README's Architecture section describes, read from the sources: namespaces that depend one way only,
/// one pipeline, and no hand-written vector code.
/// </summary>
public sealed partial class ArchitectureTests
{
    private static readonly string CliFolder = Path.Combine(Repository.Root, "src", "KpiTargets.Cli");

    // Each namespace of the CLI, with the CLI namespaces its files name; the order of the README's chain.
    private static readonly string[] Layers = ["Commands", "Desktop", "Jobs", "Results", "Catalogs", "Targets", "Output", "Formats", "Csv", "Xlsx", "Tables", "Problems", "Text"];

    [Fact]
    public void The_cli_namespaces_have_no_cycle()
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

        Dependencies().Keys.Where(name => name.Length > 0).Should().BeSubsetOf(Layers);
        wrongWay.Should().BeEmpty();
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

    // The CLI namespace of every folder (the root's is ""), with the CLI namespaces its files use.
    private static Dictionary<string, HashSet<string>> Dependencies()
    {
        var graph = new Dictionary<string, HashSet<string>>();
        foreach (var path in Directory.EnumerateFiles(CliFolder, "*.cs", SearchOption.AllDirectories).Where(path => !IsBuildOutput(path)))
        {
            var text = File.ReadAllText(path);
            var own = NamespaceDeclaration().Match(text).Groups["name"].Value;
            var uses = graph.TryGetValue(own, out var found) ? found : graph[own] = [];
            foreach (Match use in CliNamespaceUse().Matches(text))
            {
                if (use.Groups["name"].Value != own)
                {
                    uses.Add(use.Groups["name"].Value);
                }
            }
        }

        // The root holds the entry point and the console: it may use every namespace, and none uses it back but Commands and Jobs.
        graph.Remove("");
        foreach (var uses in graph.Values)
        {
            uses.Remove("");
        }

        return graph;
    }

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

    [GeneratedRegex(@"^namespace KpiTargets\.Cli(\.(?<name>\w+))?;", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();

    [GeneratedRegex(@"\bKpiTargets\.Cli\.(?<name>[A-Z]\w*)\b")]
    private static partial Regex CliNamespaceUse();

    [GeneratedRegex(@"System\.Runtime\.Intrinsics|\bVector(128|256|512)\b")]
    private static partial Regex IntrinsicsOrVectors();
}
