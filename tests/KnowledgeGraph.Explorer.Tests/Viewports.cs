using Microsoft.Playwright;

namespace KnowledgeGraph.Explorer.Tests;

/// <summary>The two screens the issue names: a 1280×800 desktop and a phone.</summary>
internal static class Viewports
{
    public static ViewportSize Desktop => new() { Width = 1280, Height = 800 };

    public static ViewportSize Phone => new() { Width = 390, Height = 844 };
}
