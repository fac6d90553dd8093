using Flowable.Workers.Typed.Shared;

namespace Flowable.Workers.Typed.Analyzers.Tests.ProcessModels;

/// <summary>The one rule the model checks and the emulator read model values by.</summary>
public sealed class ModelExpressionsTests
{
    [Theory]
    [InlineData("${amount}", "amount")]
    [InlineData("  ${ order_id2 }  ", "order_id2")]
    [InlineData("${_private}", "_private")]
    [InlineData("${amount * 2}", null)]
    [InlineData("${order.id}", null)]
    [InlineData("${2fast}", null)]
    [InlineData("${}", null)]
    [InlineData("#{amount}", null)]
    [InlineData("prefix ${amount}", null)]
    [InlineData("amount", null)]
    [InlineData(null, null)]
    public void Only_a_plain_dollar_expression_names_one_variable(string? value, string? variable) =>
        Assert.Equal(variable, ModelExpressions.PlainVariable(value));

    [Theory]
    [InlineData("${amount}", true)]
    [InlineData("#{amount}", true)]
    [InlineData("order-${id}", true)]
    [InlineData("orders", false)]
    [InlineData("$amount", false)]
    public void Values_with_a_dollar_or_hash_brace_are_expressions_anything_else_is_literal(string value, bool expression) =>
        Assert.Equal(expression, ModelExpressions.IsExpression(value));
}
