using System.Text;
using KpiTargets.Cli;
using KpiTargets.Cli.Output;

// First, before any file is opened: a standard stream the shell closed gets /dev/null on its number, so no file
// opened later takes that number and receives the stream's text.
var streams = StandardStreams.Claim();
using var signals = TerminationSignals.Handle();

// UTF-8 without BOM on both streams whatever the console's code page, so Vietnamese names survive a pipe on Windows.
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
using TextWriter output = streams.OutputIsOpen ? new StreamWriter(Console.OpenStandardOutput(), utf8, bufferSize: 1 << 16) : new ClosedStandardOutput();
using TextWriter error = streams.ErrorIsOpen ? new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true } : TextWriter.Null;
return KpiTargetsCli.Run(args, new CliConsole(output, error, Console.OpenStandardInput));
