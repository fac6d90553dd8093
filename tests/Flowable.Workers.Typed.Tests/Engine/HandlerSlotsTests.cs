using Flowable.Workers.Typed.Engine;

namespace Flowable.Workers.Typed.Tests.Engine;

public sealed class HandlerSlotsTests
{
    [Fact]
    public async Task Take_returns_as_many_slots_as_are_free_up_to_the_maximum()
    {
        using var slots = new HandlerSlots(3);

        Assert.Equal(2, await slots.TakeAsync(2, CancellationToken.None));
        Assert.Equal(1, await slots.TakeAsync(5, CancellationToken.None));
        Assert.Equal(0, slots.Free);
    }

    [Fact]
    public async Task Take_waits_until_a_slot_is_released()
    {
        using var slots = new HandlerSlots(1);
        await slots.TakeAsync(1, CancellationToken.None);

        var waiting = slots.TakeAsync(4, CancellationToken.None);
        Assert.False(waiting.IsCompleted);

        slots.Release();

        Assert.Equal(1, await waiting.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Take_is_cancelled_by_its_token()
    {
        using var slots = new HandlerSlots(1);
        await slots.TakeAsync(1, CancellationToken.None);
        using var cts = new CancellationTokenSource();

        var waiting = slots.TakeAsync(1, cts.Token);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }

    [Fact]
    public async Task Releasing_unused_slots_makes_them_free_again()
    {
        using var slots = new HandlerSlots(4);
        var taken = await slots.TakeAsync(4, CancellationToken.None);

        slots.Release(taken - 1);

        Assert.Equal(3, slots.Free);
    }
}
