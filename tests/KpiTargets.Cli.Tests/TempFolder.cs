namespace KpiTargets.Cli.Tests;

/// <summary>A fresh folder for one test's files, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("kpi-targets-tests-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string content)
    {
        var path = File(name);
        System.IO.File.WriteAllText(path, content, new System.Text.UTF8Encoding(false));
        return path;
    }

    /// <summary>Every file in the folder with its bytes, to prove a failed run changed nothing.</summary>
    public IReadOnlyDictionary<string, byte[]> Snapshot() =>
        Directory.GetFiles(Path).ToDictionary(f => System.IO.Path.GetFileName(f), System.IO.File.ReadAllBytes);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
