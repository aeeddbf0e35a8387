using MongoDB.Bson;

namespace Crawler.MongoWire.Engine;

/// <summary>
/// Orders BSON values the way MongoDB does: first by type bracket (null &lt; numbers &lt; strings &lt;
/// documents &lt; arrays &lt; binary &lt; ObjectId &lt; booleans &lt; dates), then by value; numbers compare
/// across int32, int64, double and decimal.
/// </summary>
public sealed class BsonValueComparer : IComparer<BsonValue>
{
    public static readonly BsonValueComparer Instance = new();

    public static bool AreEqual(BsonValue a, BsonValue b) => Instance.Compare(a, b) == 0;

    /// <summary>Whether two values are in the same bracket, i.e. $gt/$lt may compare them.</summary>
    public static bool SameBracket(BsonValue a, BsonValue b) => Rank(a) == Rank(b);

    public int Compare(BsonValue? x, BsonValue? y)
    {
        x ??= BsonNull.Value;
        y ??= BsonNull.Value;
        var rank = Rank(x).CompareTo(Rank(y));
        if (rank != 0)
        {
            return rank;
        }

        return x.BsonType switch
        {
            BsonType.Null or BsonType.Undefined or BsonType.MinKey or BsonType.MaxKey => 0,
            BsonType.Int32 or BsonType.Int64 or BsonType.Double or BsonType.Decimal128 => CompareNumbers(x, y),
            BsonType.String or BsonType.Symbol => string.CompareOrdinal(x.ToString(), y.ToString()),
            BsonType.Document => CompareDocuments(x.AsBsonDocument, y.AsBsonDocument),
            BsonType.Array => CompareSequences(x.AsBsonArray, y.AsBsonArray),
            BsonType.Binary => CompareBinary(x.AsBsonBinaryData, y.AsBsonBinaryData),
            BsonType.ObjectId => x.AsObjectId.CompareTo(y.AsObjectId),
            BsonType.Boolean => x.AsBoolean.CompareTo(y.AsBoolean),
            BsonType.DateTime => x.AsBsonDateTime.MillisecondsSinceEpoch.CompareTo(y.AsBsonDateTime.MillisecondsSinceEpoch),
            BsonType.Timestamp => x.AsBsonTimestamp.Value.CompareTo(y.AsBsonTimestamp.Value),
            _ => throw WireCommandException.NotImplemented($"comparison of BSON type {x.BsonType}"),
        };
    }

    private static int Rank(BsonValue value) => value.BsonType switch
    {
        BsonType.MinKey => 0,
        BsonType.Null or BsonType.Undefined => 1,
        BsonType.Int32 or BsonType.Int64 or BsonType.Double or BsonType.Decimal128 => 2,
        BsonType.String or BsonType.Symbol => 3,
        BsonType.Document => 4,
        BsonType.Array => 5,
        BsonType.Binary => 6,
        BsonType.ObjectId => 7,
        BsonType.Boolean => 8,
        BsonType.DateTime => 9,
        BsonType.Timestamp => 10,
        BsonType.RegularExpression => 11,
        BsonType.MaxKey => 12,
        _ => 13,
    };

    private static int CompareNumbers(BsonValue x, BsonValue y)
    {
        if (x.IsDecimal128 || y.IsDecimal128)
        {
            return x.ToDecimal().CompareTo(y.ToDecimal());
        }

        if (x.IsDouble || y.IsDouble)
        {
            return x.ToDouble().CompareTo(y.ToDouble());
        }

        return x.ToInt64().CompareTo(y.ToInt64());
    }

    private static int CompareDocuments(BsonDocument x, BsonDocument y)
    {
        for (var i = 0; i < Math.Min(x.ElementCount, y.ElementCount); i++)
        {
            var a = x.GetElement(i);
            var b = y.GetElement(i);
            var byValueType = Rank(a.Value).CompareTo(Rank(b.Value));
            if (byValueType != 0)
            {
                return byValueType;
            }

            var byName = string.CompareOrdinal(a.Name, b.Name);
            if (byName != 0)
            {
                return byName;
            }

            var byValue = Instance.Compare(a.Value, b.Value);
            if (byValue != 0)
            {
                return byValue;
            }
        }

        return x.ElementCount.CompareTo(y.ElementCount);
    }

    private static int CompareSequences(BsonArray x, BsonArray y)
    {
        for (var i = 0; i < Math.Min(x.Count, y.Count); i++)
        {
            var c = Instance.Compare(x[i], y[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return x.Count.CompareTo(y.Count);
    }

    private static int CompareBinary(BsonBinaryData x, BsonBinaryData y)
    {
        var byLength = x.Bytes.Length.CompareTo(y.Bytes.Length);
        if (byLength != 0)
        {
            return byLength;
        }

        var bySubType = x.SubType.CompareTo(y.SubType);
        return bySubType != 0 ? bySubType : x.Bytes.AsSpan().SequenceCompareTo(y.Bytes);
    }
}
