namespace Crawler.Lab.Generation;

/// <summary>How one research-area tag shows in the text: a short title suffix and a sentence fragment, in both languages.</summary>
internal sealed record AreaTagPhrase(string Tag, string ShortZh, string ShortEn, string PhraseZh, string PhraseEn)
{
    /// <summary>One phrasing per tag in <see cref="LabVocabulary.AreaTags"/>; no other generated text names these areas.</summary>
    public static IReadOnlyList<AreaTagPhrase> All { get; } =
    [
        new("coding-agents", "代码智能体", "Coding Agents", "代码智能体（Coding Agent）与AI编程助手", "coding agents and AI programming assistants"),
        new("roleplay-companion", "AI陪伴", "AI Companion", "AI角色扮演与情感陪伴产品", "AI companion and role-play products"),
        new("robotics-embodied", "具身智能", "Embodied AI", "具身智能与机器人操作策略学习", "embodied AI and robot manipulation policies"),
        new("ai-for-science", "AI for Science", "AI for Science", "AI for Science（蛋白质结构预测、分子模拟）", "AI for Science (protein structure prediction, molecular simulation)"),
        new("automotive-cockpit", "智能座舱", "Smart Cockpit", "智能座舱与车载智能助手", "smart cockpit and in-car assistants"),
        new("multimodal-generation", "视频生成", "Video Generation", "视频生成与文生图等多模态生成模型", "video and image generation models"),
        new("voice-speech", "语音", "Speech", "语音识别（ASR）与语音合成（TTS）", "speech recognition (ASR) and text-to-speech (TTS)"),
        new("ai-hardware", "AI硬件", "AI Hardware", "AI硬件与智能穿戴设备（AI眼镜、耳机）", "AI hardware and wearables (smart glasses, earbuds)"),
    ];

    /// <summary>
    /// The distinct tags of one generated posting, drawn from the firm's own areas: a technical role gets two
    /// with <see cref="FirmProfile.TwoAreas"/>, one with the rest of <see cref="FirmProfile.OneArea"/>; any other role one in ten.
    /// </summary>
    public static IReadOnlyList<AreaTagPhrase> Draw(Random random, RoleTemplate role, FirmProfile firm)
    {
        var roll = random.NextDouble();
        var allowed = firm.AreaPhrases;
        var count = role.Technical ? (roll < firm.TwoAreas ? 2 : roll < firm.OneArea ? 1 : 0) : (roll < 0.10 ? 1 : 0);
        count = Math.Min(count, allowed.Count);
        var tags = new List<AreaTagPhrase>(count);
        while (tags.Count < count)
        {
            var tag = random.Pick(allowed);
            if (!tags.Contains(tag))
            {
                tags.Add(tag);
            }
        }

        return tags;
    }
}
