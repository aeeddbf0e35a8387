using Crawler.Analysis;

namespace Crawler.Tests.Analysis;

public sealed class AreaTaggerTests
{
    private static readonly AreaTagger Tagger = new(AreaRulesLoader.LoadDefault());

    [Theory]
    [InlineData("Coding Agent 研发工程师", "coding-agents")]
    [InlineData("代码智能体算法研究员", "coding-agents")]
    [InlineData("SWE-agent infrastructure engineer", "coding-agents")]
    [InlineData("AI Agent开发工程师", "coding-agents")]
    [InlineData("Claude Code-like developer tools", "coding-agents")]
    [InlineData("角色扮演大模型算法工程师", "roleplay-companion")]
    [InlineData("AI companion product manager", "roleplay-companion")]
    [InlineData("具身智能算法工程师", "robotics-embodied")]
    [InlineData("Robotics Research Scientist", "robotics-embodied")]
    [InlineData("AI for Science 研究员（蛋白质结构）", "ai-for-science")]
    [InlineData("AI4S算法工程师", "ai-for-science")]
    [InlineData("智能座舱大模型产品经理", "automotive-cockpit")]
    [InlineData("车载语音助手", "automotive-cockpit")]
    [InlineData("视频生成算法工程师", "multimodal-generation")]
    [InlineData("Diffusion model researcher", "multimodal-generation")]
    [InlineData("语音合成（TTS）算法工程师", "voice-speech")]
    [InlineData("ASR Engineer", "voice-speech")]
    [InlineData("AI眼镜硬件产品经理", "ai-hardware")]
    [InlineData("Wearable devices engineer", "ai-hardware")]
    public void Tag_TitleWithAreaKeyword_TaggedWithArea(string title, string expected)
    {
        Assert.Contains(expected, Tagger.Tag(title, null, null));
    }

    [Theory]
    [InlineData("She said the pastry was good")]
    [InlineData("Backend engineer for the payments platform")]
    [InlineData("客服Agent，负责用户咨询")]
    [InlineData("准备宣传材料和申请材料")]
    [InlineData("Career development and discarded carts")]
    public void Tag_NoAreaKeywordAsWord_NoTags(string text)
    {
        Assert.Empty(Tagger.Tag(text, null, null));
    }

    [Fact]
    public void Tag_KeywordInRequirement_CaseInsensitive()
    {
        var tags = Tagger.Tag("算法工程师", "负责模型训练", "熟悉 tts 与 asr 技术，有 EMBODIED AI 经验");

        Assert.Equal(["robotics-embodied", "voice-speech"], tags);
    }

    [Fact]
    public void Tag_AllOfKeyword_NeedsEveryPart()
    {
        var rules = new AreaRules(7, [new AreaRule("x", "X", ["agent&IDE"])]);
        var tagger = new AreaTagger(rules);

        Assert.Empty(tagger.Tag("Agent engineer", null, null));
        Assert.Equal(["x"], tagger.Tag("Agent engineer", "build IDE plugins", null));
    }
}
