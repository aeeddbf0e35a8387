namespace Crawler.Configuration;

/// <summary>Configuration of one or more sources is invalid; the message names each source and field.</summary>
public sealed class SourceValidationException : Exception
{
    public SourceValidationException(IReadOnlyList<string> problems)
        : base("Invalid sources configuration:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
    {
        Problems = problems;
    }

    public SourceValidationException() : this([]) { }
    public SourceValidationException(string message) : base(message) => Problems = [message];
    public SourceValidationException(string message, Exception inner) : base(message, inner) => Problems = [message];

    public IReadOnlyList<string> Problems { get; } = [];
}
