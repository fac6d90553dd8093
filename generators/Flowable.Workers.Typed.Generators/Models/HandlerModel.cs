using Flowable.Workers.Typed.Generators.Infrastructure;

namespace Flowable.Workers.Typed.Generators.Models;

/// <summary>The worker's <c>Handle</c>/<c>HandleAsync</c> method.</summary>
/// <param name="MethodName">The method's name.</param>
/// <param name="Awaitable">What the return value is wrapped in.</param>
/// <param name="ResultKind">How the return value becomes the outcome.</param>
/// <param name="Parameters">The parameters in order.</param>
/// <param name="Output">The return type's output variables, for <see cref="HandlerResultKind.Output"/>.</param>
/// <param name="NullReturn">What a null return value means.</param>
/// <param name="ReturnTypeName">The (awaited) return type as users write it, without <c>?</c>; empty when nothing is returned.</param>
internal sealed record HandlerModel(
    string MethodName,
    HandlerAwaitable Awaitable,
    HandlerResultKind ResultKind,
    ImmutableEquatableArray<ParameterModel> Parameters,
    OutputModel? Output,
    NullReturn NullReturn,
    string ReturnTypeName);
