namespace Crawler.Lab.Alibaba;

/// <summary>A campus batch as <c>/searchCondition/listBatch</c> lists it.</summary>
/// <param name="Id">The batch id the search body carries as <c>batchId</c>.</param>
/// <param name="Name">Display name, e.g. <c>2027届实习生</c>.</param>
/// <param name="Group"><c>graduate</c>, <c>internship</c> or <c>topTalentPlan</c>: the list it appears in.</param>
/// <param name="CategoryType">What its postings carry: <c>freshman</c> or <c>internship</c>.</param>
internal sealed record AlibabaBatch(long Id, string Name, string Group, string CategoryType);
