namespace Crawler.Lab.Generation;

/// <summary>The roles postings are drawn from, weighted towards engineering as on the real portals.</summary>
internal static class RoleCatalog
{
    public static IReadOnlyList<RoleTemplate> Roles { get; } =
    [
        new("后端开发工程师", "Backend Engineer", "研发", "后端", "none", true, "高并发服务端架构设计与开发", "design and build high-throughput backend services"),
        new("前端开发工程师", "Frontend Engineer", "研发", "前端", "none", true, "Web 前端业务与工程化体系建设", "build web front ends and front-end tooling"),
        new("客户端开发工程师", "Mobile Client Engineer", "研发", "客户端", "none", true, "iOS/Android 客户端功能与性能优化", "develop and optimise iOS and Android clients"),
        new("大模型算法工程师", "LLM Research Engineer", "研发", "算法", "none", true, "大模型预训练、后训练与评测", "pre-train, post-train and evaluate large language models"),
        new("机器学习工程师", "Machine Learning Engineer", "研发", "机器学习", "none", true, "推荐与搜索场景的机器学习建模", "build machine learning models for ranking and retrieval"),
        new("自然语言处理算法工程师", "NLP Research Scientist", "研发", "自然语言处理", "none", true, "文本理解、信息抽取与对话系统研究", "research text understanding and dialogue systems"),
        new("计算机视觉算法工程师", "Computer Vision Engineer", "研发", "计算机视觉", "none", true, "图像理解、检测与分割算法研发", "develop image understanding, detection and segmentation"),
        new("测试开发工程师", "QA Engineer", "研发", "测试", "none", true, "自动化测试平台与质量保障体系建设", "build automated testing platforms and quality processes"),
        new("基础架构工程师", "Infrastructure Engineer", "研发", "基础架构", "none", true, "大规模训练集群与存储系统研发", "build large-scale training clusters and storage systems"),
        new("数据挖掘工程师", "Data Mining Engineer", "研发", "数据挖掘", "none", true, "用户行为数据挖掘与特征工程", "mine user behaviour data and engineer features"),
        new("安全工程师", "Security Engineer", "研发", "安全", "none", true, "业务安全攻防与风控策略", "own application security and risk controls"),
        new("大数据开发工程师", "Big Data Engineer", "研发", "大数据", "none", true, "离线与实时数仓建设", "build batch and streaming data warehouses"),
        new("SRE工程师", "Site Reliability Engineer", "研发", "运维", "none", true, "线上服务稳定性与容量规划", "keep production services reliable and plan capacity"),
        new("产品经理", "Product Manager", "产品", "产品经理", "none", true, "产品规划、需求分析与迭代管理", "own product planning, requirements and iterations"),
        new("数据分析师", "Data Analyst", "产品", "数据分析", "none", false, "业务指标体系搭建与专题分析", "build metrics and run deep-dive analyses"),
        new("用户运营", "User Operations Specialist", "运营", "用户运营", "none", false, "用户增长与社区运营策略", "run user growth and community programmes"),
        new("内容运营", "Content Operations Specialist", "运营", "内容运营", "none", false, "优质内容引入与生态建设", "source quality content and grow the creator ecosystem"),
        new("项目经理", "Program Manager", "运营", "项目管理", "none", false, "跨团队项目推进与风险管理", "drive cross-team programmes and manage risk"),
        new("交互设计师", "Interaction Designer", "设计", "交互设计", "none", false, "产品交互方案设计与体验优化", "design interactions and improve user experience"),
        new("视觉设计师", "Visual Designer", "设计", "视觉设计", "none", false, "品牌视觉与界面视觉设计", "create brand and interface visuals"),
        new("法务专员", "Legal Counsel", "职能 / 支持", "法务", "none", false, "合同审核与合规支持", "review contracts and support compliance"),
        new("HRBP", "HR Business Partner", "职能 / 支持", "人力", "none", false, "组织发展与人才招聘", "drive organisation development and hiring"),
        new("财务分析师", "Financial Analyst", "职能 / 支持", "财务", "none", false, "经营分析与预算管理", "run business analysis and budgeting"),
        new("大客户销售", "Enterprise Account Executive", "销售", "销售", "b2b-sales", false, "重点行业大客户拓展与签约", "win and grow key enterprise accounts"),
        new("解决方案架构师（B2B）", "Solutions Architect (B2B)", "销售", "销售支持", "other-gtm", false, "面向企业客户的售前方案设计与交付", "design pre-sales solutions for enterprise customers"),
        new("销售经理", "Sales Manager", "销售", "销售管理", "b2b-sales", false, "区域销售团队管理与业绩达成", "lead a regional enterprise sales team to its targets"),
        new("品牌市场经理", "Brand Marketing Manager", "市场", "品牌", "marketing", false, "品牌策略制定与整合营销传播", "own brand strategy and integrated marketing campaigns"),
        new("增长营销经理", "Growth Marketing Manager", "市场", "营销策划", "marketing", false, "用户增长营销活动策划与投放", "plan and run growth marketing campaigns"),
        new("广告投放优化师", "Performance Marketing Specialist", "市场", "广告投放", "marketing", false, "效果广告投放与 ROI 优化", "run paid acquisition and optimise ROI"),
        new("公关经理", "PR Manager", "市场", "PR", "marketing", false, "媒体关系维护与舆情管理", "manage media relations and communications"),
        new("商务拓展经理", "Business Development Manager", "市场", "商务拓展BD", "b2b-sales", false, "生态合作伙伴拓展与商务谈判", "build partnerships and negotiate deals"),
        new("政府关系经理", "Government Relations Manager", "市场", "政府关系", "other-gtm", false, "政府事务沟通与政策研究", "manage government affairs and policy research"),
        new("销售运营", "Sales Operations Analyst", "运营", "销售运营", "other-gtm", false, "销售流程、数据与激励体系运营", "run sales processes, data and incentive plans"),
        new("游戏系统策划", "Game Systems Designer", "游戏策划", "游戏系统策划", "none", false, "游戏核心玩法与系统设计", "design core gameplay systems"),
        new("教研老师", "Curriculum Researcher", "教研教学", "教研", "none", false, "课程体系研发与教学质量提升", "develop curricula and improve teaching quality"),
    ];
}
