using System.Xml.Linq;

namespace Flowable.Workers.Typed.Packaging.Tests.Infrastructure;

/// <summary>The project's one URL: the MSBuild property <c>FlowableWorkersProjectUrl</c> of Directory.Build.props.</summary>
internal static class ProjectUrl
{
    public static string Value { get; } = Read();

    private static string Read()
    {
        var props = XDocument.Load(RepositoryPaths.Combine("Directory.Build.props"));
        var url = props.Descendants("FlowableWorkersProjectUrl").Single().Value.Trim();
        Assert.StartsWith("https://", url, StringComparison.Ordinal);
        return url;
    }
}
