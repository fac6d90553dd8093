using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Flowable.Workers.Typed.Analyzers;

namespace Flowable.Workers.Typed.CodeFixes;

/// <summary>Removes a second <c>CancellationToken</c> or <c>ExternalWorkerJob</c> parameter (FLW0024).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveParameterCodeFix)), Shared]
public sealed class RemoveParameterCodeFix : NodeCodeFix<ParameterSyntax>
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.DuplicateSpecialParameter.Id);

    /// <inheritdoc />
    protected override string? Title(ParameterSyntax parameter) =>
        parameter.Parent is ParameterListSyntax ? $"Remove parameter '{parameter.Identifier.ValueText}'" : null;

    /// <inheritdoc />
    protected override Task<Document> FixAsync(Document document, ParameterSyntax parameter, CancellationToken cancellationToken)
    {
        var list = (ParameterListSyntax)parameter.Parent!;
        return SyntaxFixes.ReplaceAsync(document, list, list.WithParameters(list.Parameters.Remove(parameter)), cancellationToken);
    }
}
