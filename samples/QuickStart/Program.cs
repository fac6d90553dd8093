// QuickStart: an external worker that approves orders (the client API) and a typed worker that reserves stock.
//
//   dotnet run --project samples/QuickStart
//       starts an embedded Flowable emulator, creates a few jobs, processes them, prints each outcome, and exits
//       (0 when every job ended as expected).
//   dotnet run --project samples/QuickStart -- --flowable-url http://localhost:8090/flowable-work --user admin --password test
//       works on a real Flowable (or --token <personal access token>; --topic <topic>, default approveOrder)
//       until Ctrl+C.
using QuickStart;

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

return await QuickStartProgram.RunAsync(args, Console.Out, stop.Token);
