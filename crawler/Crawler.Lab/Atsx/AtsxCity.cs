using Crawler.Lab.Hosting;

namespace Crawler.Lab.Atsx;

/// <summary>A city as ATSX names it (<c>city_list[]</c>).</summary>
internal sealed record AtsxCity(string Code, string Name, string EnName, string PinYin, string MdmCode)
{
    /// <summary>The codes observed on the real portals (portals.md §1.3), as data in <c>Atsx/Static/atsx-cities.json</c>.</summary>
    public static IReadOnlyList<AtsxCity> All { get; } = LabResources.ReadJson<AtsxCity[]>("Atsx.Static.atsx-cities.json");

    private static readonly Dictionary<string, AtsxCity> ByCode = All.ToDictionary(c => c.Code);

    public static AtsxCity Get(string code) => ByCode[code];
}
