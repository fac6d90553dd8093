using Flowable.Workers.Typed.EmulatorHost;

return await HostSession.RunAsync(Console.In, Console.Out);
