using Spectre.Console;

namespace KnowledgeGraph.Seed.Cli;

/// <summary>Spectre consoles over the command's writers: live widgets only on a real terminal, plain text otherwise (CI has no TTY).</summary>
internal static class Terminal
{
    /// <summary>True when the writer is the process console and that console is a terminal.</summary>
    public static bool IsInteractive(TextWriter output) =>
        ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && !Console.IsErrorRedirected;

    public static IAnsiConsole For(TextWriter output)
    {
        var interactive = IsInteractive(output);
        return AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
    }
}
