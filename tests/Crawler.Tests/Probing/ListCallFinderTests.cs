using System.Text.Json;
using Crawler.Portals.Declarative;
using Crawler.Probing;

namespace Crawler.Tests.Probing;

/// <summary>Finding the list call among a page's JSON answers without knowing the portal.</summary>
public sealed class ListCallFinderTests
{
    private static JsonAnswer Answer(int sequence, string url, string json) => new(sequence, url, "POST", 200, null, JsonDocument.Parse(json));

    [Fact]
    public void Find_AnswersOfAPage_PicksTheArrayWithIdsAndTitlesAndItsTotal()
    {
        var config = Answer(0, "https://x.example/api/config", """{"code":0,"data":{"cities":[{"id":1,"name":"北京"},{"id":2,"name":"上海"}]}}""");
        var list = Answer(1, "https://x.example/api/search", """
            {"code":0,"data":{"pagination":{"totalCount":57},"rows":[
              {"positionId":"p1","categoryId":"c","positionName":"算法工程师","workCities":"北京/上海","jobType":"校招","jobDuty":"负责大模型训练与推理的工程化工作"},
              {"positionId":"p2","categoryId":"c","positionName":"前端工程师","workCities":"杭州","jobType":"实习","jobDuty":"负责招聘网站的前端开发与维护工作"},
              {"positionId":"p3","categoryId":"c","positionName":"销售经理","workCities":"深圳","jobType":"社招","jobDuty":"负责企业客户的销售与长期关系维护"}]}}
            """);

        var found = ListCallFinder.Find([config, list]);

        Assert.NotNull(found);
        Assert.Same(list, found.Answer);
        Assert.Equal(("data.rows[]", "positionId", "positionName"), (found.ItemsPath, found.IdKey, found.TitleKey));
        Assert.Equal(("data.pagination.totalCount", 57), (found.TotalPath, found.Total));
        Assert.Equal(("code", "0"), (found.OkPath, found.OkValue));
        var fields = ItemFieldGuesser.Guess(found.Items);
        Assert.Equal("workCities", fields[DeclarativeFields.Cities]);
        Assert.Equal("jobType", fields[DeclarativeFields.RecruitType]);
        Assert.Equal("jobDuty", fields[DeclarativeFields.Description]);
    }

    [Fact]
    public void Find_NoArrayWithIdsAndTitles_FindsNothing()
    {
        var answer = Answer(0, "https://x.example/api/stats", """{"data":{"count":3,"tags":["a","b"],"items":[{"label":"x"},{"label":"y"}]}}""");

        Assert.Null(ListCallFinder.Find([answer]));
    }
}
