using Flowable.Workers.Typed.Engine;

namespace Flowable.Workers.Typed.Tests.Engine;

public sealed class HandlerSlotsTests
{
    [Fact]
    public async Task Take_returns_as_many_slots_as_are_free_up_to_the_maximum()
    {
        var slots = new HandlerSlots(3);

        Assert.Equal(2, await slots.TakeAsync(2, CancellationToken.None));
        Assert.Equal(1, await slots.TakeAsync(5, CancellationToken.None));
        Assert.Equal(0, slots.Free);
    }

    [Fact]
    public async Task Take_waits_until_a_slot_is_released()
    {
        var slots = new HandlerSlots(1);
        await slots.TakeAsync(1, CancellationToken.None);

        var waiting = slots.TakeAsync(4, CancellationToken.None).AsTask();
        Assert.False(waiting.IsCompleted);

        slots.Release();

        Assert.Equal(1, await waiting.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Take_is_cancelled_by_its_token()
    {
        var slots = new HandlerSlots(1);
        await slots.TakeAsync(1, CancellationToken.None);
        using var cts = new CancellationTokenSource();

        var waiting = slots.TakeAsync(1, cts.Token).AsTask();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        slots.Release();
        Assert.Equal(1, await slots.TakeAsync(1, CancellationToken.None));
    }

    [Fact]
    public async Task Slots_released_while_the_loop_waits_go_to_it_and_the_next_wait_is_served_too()
    {
        var slots = new HandlerSlots(3);
        Assert.Equal(3, await slots.TakeAsync(3, CancellationToken.None));

        for (var round = 0; round < 3; round++)
        {
            var waiting = slots.TakeAsync(2, CancellationToken.None);
            Assert.False(waiting.IsCompleted);
            slots.Release(3);
            Assert.Equal(2, await waiting);
            Assert.Equal(1, slots.Free);
            Assert.Equal(1, await slots.TakeAsync(2, CancellationToken.None));
        }
    }

    [Fact]
    public async Task A_second_waiter_is_refused_while_one_waits()
    {
        var slots = new HandlerSlots(1);
        await slots.TakeAsync(1, CancellationToken.None);
        var waiting = slots.TakeAsync(1, CancellationToken.None).AsTask();

        var refused = Assert.Throws<InvalidOperationException>(() => slots.TakeAsync(1, CancellationToken.None));

        Assert.Equal("Only one caller may wait for handler slots at a time.", refused.Message);
        slots.Release();
        Assert.Equal(1, await waiting);
    }

    [Fact]
    public async Task Releasing_unused_slots_makes_them_free_again()
    {
        var slots = new HandlerSlots(4);
        var taken = await slots.TakeAsync(4, CancellationToken.None);

        slots.Release(taken - 1);

        Assert.Equal(3, slots.Free);
    }
}
