using System.Text;
using KpiTargets.Cli;

// UTF-8 without BOM on both streams whatever the console's code page, so Vietnamese names survive a pipe on Windows.
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
using var output = new StreamWriter(Console.OpenStandardOutput(), utf8, bufferSize: 1 << 16);
using var error = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };
return KpiTargetsCli.Run(args, new CliConsole(output, error, Console.OpenStandardInput));
