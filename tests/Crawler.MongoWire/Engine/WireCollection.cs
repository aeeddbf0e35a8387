using MongoDB.Bson;

namespace Crawler.MongoWire.Engine;

/// <summary>
/// One in-memory collection: documents in natural (insertion) order and its indexes. Unique indexes are
/// enforced with MongoDB's own duplicate-key error. Callers hold <see cref="WireStorage.Gate"/>.
/// </summary>
public sealed class WireCollection(string database, string name)
{
    private readonly List<BsonDocument> _documents = [];
    private readonly List<IndexSpec> _indexes = [IndexSpec.Id];

    public string Name { get; } = name;

    public string Namespace { get; } = $"{database}.{name}";

    public IReadOnlyList<BsonDocument> Documents => _documents;

    public IReadOnlyList<IndexSpec> Indexes => _indexes;

    public IEnumerable<BsonDocument> Find(BsonDocument? filter) =>
        filter is null ? _documents : _documents.Where(document => FilterMatcher.Matches(document, filter));

    /// <summary>Stores a copy of the document, giving it an ObjectId <c>_id</c> (first field) when it has none.</summary>
    public BsonDocument Insert(BsonDocument document)
    {
        var stored = document.DeepClone().AsBsonDocument;
        if (!stored.Contains("_id"))
        {
            stored.InsertAt(0, new BsonElement("_id", ObjectId.GenerateNewId()));
        }

        EnsureUnique(stored, except: null);
        _documents.Add(stored);
        return stored;
    }

    /// <summary>Replaces a stored document with its updated copy, keeping its place in natural order.</summary>
    public void Replace(BsonDocument existing, BsonDocument updated)
    {
        EnsureUnique(updated, except: existing);
        _documents[_documents.IndexOf(existing)] = updated;
    }

    public void Remove(BsonDocument document) => _documents.Remove(document);

    /// <summary>Adds an index; false when an identical one exists. Fails on conflicting options or duplicates.</summary>
    public bool AddIndex(IndexSpec index)
    {
        var sameName = _indexes.FirstOrDefault(existing => existing.Name == index.Name);
        if (sameName is not null)
        {
            if (sameName.Key.Equals(index.Key) && sameName.Unique == index.Unique)
            {
                return false;
            }

            throw new WireCommandException(86, "IndexKeySpecsConflict", $"An existing index has the same name as the requested index: {index.Name}");
        }

        if (_indexes.Any(existing => existing.Key.Equals(index.Key)))
        {
            throw new WireCommandException(85, "IndexOptionsConflict", $"Index already exists with a different name or options: {index.Name}");
        }

        if (index.Unique)
        {
            for (var i = 0; i < _documents.Count; i++)
            {
                var key = index.KeyOf(_documents[i]);
                if (_documents.Take(i).Any(other => BsonValueComparer.AreEqual(index.KeyOf(other), key)))
                {
                    throw DuplicateKey(index, key);
                }
            }
        }

        _indexes.Add(index);
        return true;
    }

    private void EnsureUnique(BsonDocument candidate, BsonDocument? except)
    {
        foreach (var index in _indexes.Where(index => index.Unique))
        {
            var key = index.KeyOf(candidate);
            if (_documents.Any(other => !ReferenceEquals(other, except) && BsonValueComparer.AreEqual(index.KeyOf(other), key)))
            {
                throw DuplicateKey(index, key);
            }
        }
    }

    private WireCommandException DuplicateKey(IndexSpec index, BsonArray key)
    {
        var keyValue = new BsonDocument();
        var names = index.Key.Names.ToList();
        for (var i = 0; i < names.Count; i++)
        {
            keyValue[names[i]] = key[i];
        }

        var shown = string.Join(", ", keyValue.Select(e => $"{e.Name}: {e.Value.ToJson()}"));
        return new WireCommandException(
            11000,
            "DuplicateKey",
            $"E11000 duplicate key error collection: {Namespace} index: {index.Name} dup key: {{ {shown} }}")
        {
            Details = new BsonDocument { { "keyPattern", index.Key }, { "keyValue", keyValue } },
        };
    }
}
