using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Flowable.Workers.Typed.Analyzers;

namespace Flowable.Workers.Typed.CodeFixes;

/// <summary>Removes <c>[Variable]</c> from a parameter bound by its type (FLW0025).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveVariableAttributeCodeFix)), Shared]
public sealed class RemoveVariableAttributeCodeFix : NodeCodeFix<ParameterSyntax>
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.VariableOnSpecialParameter.Id);

    /// <inheritdoc />
    protected override string? Title(ParameterSyntax parameter) =>
        "Remove [Variable]";

    /// <inheritdoc />
    protected override Task<Document> FixAsync(Document document, ParameterSyntax parameter, CancellationToken cancellationToken) =>
        SyntaxFixes.ReplaceAsync(document, parameter, WithoutVariableAttribute(parameter), cancellationToken);

    private static ParameterSyntax WithoutVariableAttribute(ParameterSyntax parameter)
    {
        var lists = SyntaxFactory.List(parameter.AttributeLists
            .Select(list => list.WithAttributes(SyntaxFactory.SeparatedList(list.Attributes.Where(a => !IsVariable(a)))))
            .Where(list => list.Attributes.Count > 0));
        var leading = parameter.GetLeadingTrivia();
        return parameter.WithAttributeLists(lists).WithLeadingTrivia(leading);
    }

    private static bool IsVariable(AttributeSyntax attribute) =>
        attribute.Name.ToString().Split('.').Last() is "Variable" or "VariableAttribute";
}
