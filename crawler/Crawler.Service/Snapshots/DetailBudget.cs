namespace Crawler.Snapshots;

/// <summary>
/// The run's failure budget for detail pages: after <see cref="DetailOptions.MaxConsecutiveFailures"/> failures
/// in a row, or a failure share above <see cref="DetailOptions.MaxFailureShare"/>, rendering stops. A portal whose
/// details all fail then costs a handful of pages, not every posting's timeout. Thread-safe.
/// </summary>
internal sealed class DetailBudget(DetailOptions options)
{
    private readonly Lock _gate = new();
    private int _tried;
    private int _failed;
    private int _inARow;

    /// <summary>Why rendering stopped, or null while the budget holds.</summary>
    public string? StoppedReason { get; private set; }

    public void Record(bool succeeded, string? error)
    {
        lock (_gate)
        {
            _tried++;
            if (succeeded)
            {
                _inARow = 0;
                return;
            }

            _failed++;
            _inARow++;
            if (StoppedReason is not null) return;
            if (_inARow >= options.MaxConsecutiveFailures)
            {
                StoppedReason = $"detail rendering stopped after {_inARow} failures in a row (Crawler:Details:MaxConsecutiveFailures = {options.MaxConsecutiveFailures}); last: {error}";
            }
            else if (_tried >= options.MinAttemptsForShare && (double)_failed / _tried > options.MaxFailureShare)
            {
                StoppedReason = $"detail rendering stopped: {_failed} of {_tried} details failed, above the share {options.MaxFailureShare:0.##} (Crawler:Details:MaxFailureShare); last: {error}";
            }
        }
    }
}
