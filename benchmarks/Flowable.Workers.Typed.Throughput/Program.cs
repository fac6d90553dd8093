using Flowable.Workers.Typed.Throughput;

return await ThroughputBenchmark.RunAsync(args, Console.Out);
