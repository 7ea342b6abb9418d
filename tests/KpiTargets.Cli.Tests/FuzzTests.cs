using CsCheck;

namespace KpiTargets.Cli.Tests;

/// <summary>
/// Random bytes and random mutations of valid files, fed to the reader: every run ends, and ends either with
/// targets (exit 0, perhaps with warnings) or with data problems (exit 2), never with an unhandled exception (which
/// would exit 1).
/// </summary>
public sealed class FuzzTests
{
    private static readonly byte[][] Seeds = [.. Directory.GetFiles(Path.Combine(Repository.Root, "tests", "KpiTargets.Cli.Tests", "Corpus", "valid"))
        .Where(path => !path.EndsWith(".args", StringComparison.Ordinal))
        .Select(File.ReadAllBytes)];

    // Bytes that matter to a CSV reader, more likely than chance would make them.
    private static readonly byte[] Interesting = [(byte)'"', (byte)',', (byte)';', (byte)'\t', (byte)'\n', (byte)'\r', 0, 0xFF, 0xC3, 0xE2, (byte)'%', (byte)'-', (byte)'='];

    private static readonly Gen<byte> InterestingByte = Gen.Int[0, Interesting.Length - 1].Select(i => Interesting[i]);

    private static readonly Gen<byte[]> RandomBytes = Gen.Frequency((3, Gen.Byte), (2, InterestingByte)).Array[0, 400];

    private static readonly Gen<byte[]> MutatedSeed =
        Gen.Select(Gen.Int[0, Seeds.Length - 1], Gen.Int[0, 10_000].Array[1, 6], RandomBytes, (seed, positions, insert) => Mutate(Seeds[seed], positions, insert));

    [Fact]
    public void Random_bytes_never_crash_the_reader() =>
        RandomBytes.Sample(bytes => EndsWithTargetsOrProblems(bytes), iter: 300);

    [Fact]
    public void Mutations_of_valid_files_never_crash_the_reader() =>
        MutatedSeed.Sample(bytes => EndsWithTargetsOrProblems(bytes), iter: 500);

    private static bool EndsWithTargetsOrProblems(byte[] input)
    {
        var run = CliRun.Of(["assign", "-"], input);
        return (run.ExitCode == 0 && run.ErrorLines.All(line => line.Contains(": warning: ", StringComparison.Ordinal) || line.StartsWith("warning: ", StringComparison.Ordinal)))
            || (run.ExitCode == 2 && run.Output.Length == 0 && run.Error.Contains("Nothing was written.", StringComparison.Ordinal));
    }

    // Each position picks an operation by its remainder: flip a byte, cut a range, or insert the random bytes.
    private static byte[] Mutate(byte[] seed, int[] positions, byte[] insert)
    {
        var bytes = seed.ToList();
        foreach (var position in positions)
        {
            if (bytes.Count == 0)
            {
                bytes.AddRange(insert);
                continue;
            }

            var at = position % bytes.Count;
            switch (position % 3)
            {
                case 0:
                    bytes[at] = insert.Length > 0 ? insert[position % insert.Length] : (byte)'"';
                    break;
                case 1:
                    bytes.RemoveRange(at, Math.Min(position % 7 + 1, bytes.Count - at));
                    break;
                default:
                    bytes.InsertRange(at, insert.Take(position % 16 + 1));
                    break;
            }
        }

        return [.. bytes];
    }
}
