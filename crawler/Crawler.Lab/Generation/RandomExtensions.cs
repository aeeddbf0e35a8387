namespace Crawler.Lab.Generation;

internal static class RandomExtensions
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>Index drawn with the given relative weights.</summary>
    public static int Weighted(this Random random, IReadOnlyList<int> weights)
    {
        var roll = random.Next(weights.Sum());
        for (var i = 0; i < weights.Count; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }

    /// <summary>Removes up to <paramref name="count"/> random items from <paramref name="pool"/> and returns them.</summary>
    public static List<T> TakeFrom<T>(this Random random, List<T> pool, int count)
    {
        var taken = new List<T>(Math.Min(count, pool.Count));
        while (taken.Count < count && pool.Count > 0)
        {
            var at = random.Next(pool.Count);
            taken.Add(pool[at]);
            pool.RemoveAt(at);
        }

        return taken;
    }

    /// <summary>
    /// Up to <paramref name="count"/> distinct indexes drawn with the given relative weights (a drawn index is not drawn
    /// again; the draw stops early when no weight is left), each passed to <paramref name="pick"/> as soon as it is drawn,
    /// so a pick that draws from <paramref name="random"/> itself keeps its place in the sequence.
    /// </summary>
    public static List<T> WeightedDistinct<T>(this Random random, IReadOnlyList<int> weights, int count, Func<int, T> pick)
    {
        var left = weights.ToArray();
        var picked = new List<T>(count);
        while (picked.Count < count && left.Any(w => w > 0))
        {
            var index = random.Weighted(left);
            left[index] = 0;
            picked.Add(pick(index));
        }

        return picked;
    }

    /// <summary>
    /// Draws until <paramref name="differs"/> accepts the value, at most ten times so that an edit always ends;
    /// false when every draw matched what there was (the caller then edits something else).
    /// </summary>
    public static bool TryRedraw<T>(this Random random, Func<Random, T> draw, Func<T, bool> differs, out T value)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            value = draw(random);
            if (differs(value))
            {
                return true;
            }
        }

        value = default!;
        return false;
    }
}
