using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Flowable.Workers.Typed.Generators.Infrastructure;
using Flowable.Workers.Typed.Generators.Models;
using Microsoft.CodeAnalysis;

namespace Flowable.Workers.Typed.Generators.Parsing;

/// <summary>
/// Turns a class marked <c>[ExternalWorker]</c> into a <see cref="WorkerModel"/>, or into the
/// <see cref="WorkerProblem"/>s that make it invalid. Shared by the generator (which drops invalid workers silently)
/// and the analyzers (which report the problems).
/// </summary>
internal static partial class Parser
{
    private static readonly SymbolDisplayFormat TypeNameFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>The generator's entry point: the model of a valid worker, or null.</summary>
    public static WorkerModel? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol worker || context.Attributes.Length != 1)
        {
            return null;
        }

        var problems = new List<WorkerProblem>();
        return ParseWorker(worker, context.Attributes[0], context.SemanticModel.Compilation.Assembly, problems, cancellationToken);
    }

    /// <summary>Parses <paramref name="worker"/>, adding every problem found; returns null when there is any.</summary>
    public static WorkerModel? ParseWorker(
        INamedTypeSymbol worker,
        AttributeData attribute,
        IAssemblySymbol assembly,
        ICollection<WorkerProblem> problems,
        CancellationToken cancellationToken)
    {
        if (IsUnnamed(worker) || IsUnbound(attribute))
        {
            return null;
        }

        var problemsBefore = problems.Count;
        CheckDeclaration(worker, problems);
        var options = ParseOptions(worker, attribute, problems);
        var jsonContext = ParseJsonContext(worker, attribute, assembly, problems);
        cancellationToken.ThrowIfCancellationRequested();
        var constructorParameters = ParseConstructor(worker, problems);
        var handler = ParseHandler(worker, problems, cancellationToken);

        if (problems.Count != problemsBefore || options is null || constructorParameters is null || handler is null)
        {
            return null;
        }

        return new WorkerModel(
            worker.ContainingNamespace.IsGlobalNamespace ? null : worker.ContainingNamespace.ToDisplayString(),
            ContainingTypes(worker),
            worker.IsRecord ? "record" : "class",
            worker.Name,
            worker.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            options,
            jsonContext,
            constructorParameters,
            handler);
    }

    private static void CheckDeclaration(INamedTypeSymbol worker, ICollection<WorkerProblem> problems)
    {
        if (!IsPartial(worker))
        {
            problems.Add(new WorkerProblem(WorkerProblemKind.NotPartial, worker));
        }

        if (worker.IsStatic || worker.IsAbstract)
        {
            problems.Add(new WorkerProblem(WorkerProblemKind.NotInstantiable, worker));
        }

        for (var type = worker; type is not null; type = type.ContainingType)
        {
            if (type.IsGenericType)
            {
                problems.Add(new WorkerProblem(WorkerProblemKind.Generic, type));
            }

            if (type.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal))
            {
                problems.Add(new WorkerProblem(WorkerProblemKind.Inaccessible, type));
            }

            if (!ReferenceEquals(type, worker) && !IsPartial(type))
            {
                problems.Add(new WorkerProblem(WorkerProblemKind.ContainingTypeNotPartial, type));
            }
        }
    }

    private static bool IsPartial(INamedTypeSymbol type) =>
        type.DeclaringSyntaxReferences.All(reference =>
            reference.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax declaration
            && declaration.Modifiers.Any(Microsoft.CodeAnalysis.CSharp.SyntaxKind.PartialKeyword));

    private static ImmutableEquatableArray<ContainingTypeModel> ContainingTypes(INamedTypeSymbol worker)
    {
        var containing = new List<ContainingTypeModel>();
        for (var type = worker.ContainingType; type is not null; type = type.ContainingType)
        {
            containing.Insert(0, new ContainingTypeModel(Keyword(type), type.Name));
        }

        return containing.ToImmutableEquatableArray();
    }

    private static string Keyword(INamedTypeSymbol type) => type switch
    {
        { TypeKind: TypeKind.Interface } => "interface",
        { IsRecord: true, IsValueType: true } => "record struct",
        { IsRecord: true } => "record",
        { IsValueType: true } => "struct",
        _ => "class",
    };

    private static string TypeName(ITypeSymbol type) => type.ToDisplayString(TypeNameFormat);
}
