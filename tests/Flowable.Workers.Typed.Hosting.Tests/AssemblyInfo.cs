// The SDK's ActivitySource and Meter are process-wide: telemetry tests must not see other tests' jobs.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
