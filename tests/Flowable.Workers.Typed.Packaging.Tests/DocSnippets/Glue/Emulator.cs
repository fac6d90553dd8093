// Glue for fragments of a test on the emulator: `flowable` is a running FlowableEmulator.
using Flowable.Workers.Typed.Testing;

await using var flowable = await FlowableEmulator.StartNewAsync();
/* fragment */
