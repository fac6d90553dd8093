// The fault tests stop and restart emulators on their ports, and the soak and benchmark check load the machine:
// run the classes one after another so that no test takes another's port while it is free or starves it of CPU.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
