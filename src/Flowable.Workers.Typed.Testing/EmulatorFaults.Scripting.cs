namespace Flowable.Workers.Typed.Testing;

/// <summary>Faults for chosen requests: the Nth call of an endpoint, and lost answers of applied requests.</summary>
public sealed partial class EmulatorFaults
{
    private readonly Dictionary<(EmulatorEndpoint Endpoint, int Call), EmulatorFault> _script = [];
    private readonly int[] _calls = new int[Enum.GetValues<EmulatorEndpoint>().Length];
    private double _dropAnswerRate;

    /// <summary>
    /// Serves this fraction of requests (the change is applied) and then aborts the connection instead of answering:
    /// the client cannot tell whether its request took effect.
    /// </summary>
    /// <param name="rate">From 0 (never) to 1 (always).</param>
    /// <param name="seed">The seed of the generator that picks the requests.</param>
    public void DropAnswers(double rate, int seed = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rate, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rate, 1);
        lock (_gate)
        {
            _dropAnswerRate = rate;
            _random = new Random(seed);
        }
    }

    /// <summary>Applies <paramref name="fault"/> to the <paramref name="call"/>-th request (counted from 1) to <paramref name="endpoint"/>.</summary>
    /// <remarks>Calls are counted from the emulator's creation; a scripted fault wins over the random ones.</remarks>
    public void Script(EmulatorEndpoint endpoint, int call, EmulatorFault fault)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(call, 1);
        ArgumentNullException.ThrowIfNull(fault);
        lock (_gate)
        {
            _script[(endpoint, call)] = fault;
        }
    }

    /// <summary>Applies <paramref name="fault"/> to the calls <paramref name="first"/> to <paramref name="last"/> (inclusive) of <paramref name="endpoint"/>.</summary>
    public void Script(EmulatorEndpoint endpoint, int first, int last, EmulatorFault fault)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(last, first);
        for (var call = first; call <= last; call++)
        {
            Script(endpoint, call, fault);
        }
    }

    /// <summary>How many requests <paramref name="endpoint"/> has received so far.</summary>
    public int CallsTo(EmulatorEndpoint endpoint)
    {
        lock (_gate)
        {
            return _calls[(int)endpoint];
        }
    }

    private FaultDecision? Scripted(EmulatorEndpoint endpoint)
    {
        var call = ++_calls[(int)endpoint];
        if (!_script.Remove((endpoint, call), out var fault))
        {
            return null;
        }

        return fault.Kind switch
        {
            EmulatorFaultKind.Status => new FaultDecision(_latency + fault.Hold, Drop: false, fault.StatusCode),
            EmulatorFaultKind.Drop => new FaultDecision(_latency + fault.Hold, Drop: true, StatusCode: null),
            _ => new FaultDecision(_latency, Drop: false, StatusCode: null) { DropAnswer = true, AnswerHold = fault.Hold },
        };
    }

    private void ResetScript()
    {
        _script.Clear();
        _dropAnswerRate = 0;
    }
}
