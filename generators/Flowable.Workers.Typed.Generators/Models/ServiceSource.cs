namespace Flowable.Workers.Typed.Generators.Models;

/// <summary>How the generated factory supplies one constructor argument.</summary>
internal enum ServiceSource
{
    /// <summary>A registered service; construction fails when it is missing.</summary>
    Required,

    /// <summary>A registered service, or null (a nullable parameter) or the parameter's default value.</summary>
    Optional,

    /// <summary>The <c>IServiceProvider</c> itself.</summary>
    ServiceProvider,

    /// <summary>The parameter's default value (a value type the container cannot supply).</summary>
    DefaultValue,
}
