using MongoDB.Bson;

namespace Crawler.MongoWire.Commands;

/// <summary>Per-statement errors of a write command, reported as <c>writeErrors</c> with <c>ok: 1</c>.</summary>
public sealed class WriteErrors
{
    private readonly BsonArray _errors = [];

    public void Add(int index, WireCommandException ex)
    {
        var error = new BsonDocument { { "index", index }, { "code", ex.Code }, { "errmsg", ex.Message } };
        error.Merge(ex.Details);
        _errors.Add(error);
    }

    public BsonDocument AppendTo(BsonDocument reply)
    {
        if (_errors.Count > 0)
        {
            reply["writeErrors"] = _errors;
        }

        return reply;
    }
}
