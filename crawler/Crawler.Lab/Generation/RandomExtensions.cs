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
}
