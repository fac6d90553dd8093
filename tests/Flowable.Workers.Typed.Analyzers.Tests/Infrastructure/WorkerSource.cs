using System.Text.RegularExpressions;

namespace Flowable.Workers.Typed.Analyzers.Tests.Infrastructure;

/// <summary>The usings every test case starts with, and the case without its <c>{|#n:…|}</c> location markup.</summary>
internal static partial class WorkerSource
{
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Flowable.Workers.Typed;

        """;

    public static string WithUsings(string source) => Usings + source;

    public static string WithoutMarkup(string source) => Markup().Replace(source, string.Empty);

    [GeneratedRegex(@"\{\|#\d+:|\|\}")]
    private static partial Regex Markup();
}
