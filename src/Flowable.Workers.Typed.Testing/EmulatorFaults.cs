namespace Flowable.Workers.Typed.Testing;

/// <summary>
/// Faults the emulator injects into its answers, to test clients against a flaky or absent server: random ones (errors,
/// drops, lost answers, latency, an acquire outage) and scripted ones for the Nth call of an endpoint. All switches are
/// thread-safe and take effect on the next request; random choices come from a seeded generator.
/// </summary>
public sealed partial class EmulatorFaults
{
    private readonly object _gate = new();
    private Random _random = new(0);
    private double _errorRate;
    private int _errorStatusCode = 503;
    private double _dropRate;
    private TimeSpan _latency;
    private bool _acquireOutage;
    private int _acquireOutageStatusCode = 503;

    /// <summary>Delay added before every answer (zero by default).</summary>
    public TimeSpan Latency
    {
        get { lock (_gate) { return _latency; } }
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
            lock (_gate) { _latency = value; }
        }
    }

    /// <summary>Whether acquire requests currently fail (with <see cref="AcquireOutageStatusCode"/>, empty body).</summary>
    public bool AcquireOutage
    {
        get { lock (_gate) { return _acquireOutage; } }
        set { lock (_gate) { _acquireOutage = value; } }
    }

    /// <summary>The status acquire requests get during an <see cref="AcquireOutage"/>; 503 by default.</summary>
    public int AcquireOutageStatusCode
    {
        get { lock (_gate) { return _acquireOutageStatusCode; } }
        set { lock (_gate) { _acquireOutageStatusCode = value; } }
    }

    /// <summary>Answers this fraction of requests with <paramref name="statusCode"/> and an empty body instead of serving them.</summary>
    /// <param name="rate">From 0 (never) to 1 (always).</param>
    /// <param name="statusCode">The status to answer with.</param>
    /// <param name="seed">The seed of the generator that picks the requests.</param>
    public void FailRequests(double rate, int statusCode = 503, int seed = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rate, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rate, 1);
        lock (_gate)
        {
            _errorRate = rate;
            _errorStatusCode = statusCode;
            _random = new Random(seed);
        }
    }

    /// <summary>Aborts the connection of this fraction of requests without answering.</summary>
    /// <param name="rate">From 0 (never) to 1 (always).</param>
    /// <param name="seed">The seed of the generator that picks the requests.</param>
    public void DropConnections(double rate, int seed = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rate, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rate, 1);
        lock (_gate)
        {
            _dropRate = rate;
            _random = new Random(seed);
        }
    }

    /// <summary>Switches every fault off.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _errorRate = 0;
            _errorStatusCode = 503;
            _dropRate = 0;
            _latency = TimeSpan.Zero;
            _acquireOutage = false;
            _acquireOutageStatusCode = 503;
            ResetScript();
        }
    }

    internal FaultDecision Decide(EmulatorEndpoint endpoint)
    {
        lock (_gate)
        {
            if (Scripted(endpoint) is { } scripted)
            {
                return scripted;
            }

            if (_dropRate > 0 && _random.NextDouble() < _dropRate)
            {
                return new FaultDecision(_latency, Drop: true, StatusCode: null);
            }

            if (_errorRate > 0 && _random.NextDouble() < _errorRate)
            {
                return new FaultDecision(_latency, Drop: false, _errorStatusCode);
            }

            if (endpoint == EmulatorEndpoint.Acquire && _acquireOutage)
            {
                return new FaultDecision(_latency, Drop: false, _acquireOutageStatusCode);
            }

            var dropAnswer = _dropAnswerRate > 0 && _random.NextDouble() < _dropAnswerRate;
            return new FaultDecision(_latency, Drop: false, StatusCode: null) { DropAnswer = dropAnswer };
        }
    }

    /// <summary>What happens to one request: a delay, then a drop, an injected status, or serving it (and maybe losing the answer).</summary>
    internal readonly record struct FaultDecision(TimeSpan Latency, bool Drop, int? StatusCode)
    {
        /// <summary>Serve the request, then abort the connection after <see cref="AnswerHold"/> instead of answering.</summary>
        public bool DropAnswer { get; init; }

        public TimeSpan AnswerHold { get; init; }
    }
}
