using System.Globalization;
using System.Text;
using KpiTargets.Cli;
using KpiTargets.Cli.Desktop;
using KpiTargets.Cli.Output;

// First, before any file is opened: a standard stream the shell closed gets /dev/null on its number, so no file
// opened later takes that number and receives the stream's text.
var streams = StandardStreams.Claim();
using var signals = TerminationSignals.Handle();

// UTF-8 without BOM on both streams whatever the console's code page, so Vietnamese names survive a pipe on Windows;
// a Windows console is switched to UTF-8 for the run, so they survive on screen too.
using var codePage = ConsoleWindow.ShowUtf8();
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
using TextWriter output = streams.OutputIsOpen ? new StreamWriter(Console.OpenStandardOutput(), utf8, bufferSize: 1 << 16) : new ClosedStandardOutput();
using TextWriter error = streams.ErrorIsOpen ? new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true } : TextWriter.Null;
var exitCode = KpiTargetsCli.Run(args, new CliConsole(output, error, Console.OpenStandardInput), CultureInfo.CurrentUICulture);

// A window Explorer opened for a dropped file or a double-click closes with the process: keep it until it is read.
if (ConsoleWindow.ShouldWaitForKey(ConsoleWindow.ProcessCount(), Console.IsInputRedirected))
{
    error.WriteLine(DesktopText.For(CultureInfo.CurrentUICulture).PressAnyKey);
    Console.ReadKey(intercept: true);
}

return exitCode;
