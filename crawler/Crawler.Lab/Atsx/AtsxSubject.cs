namespace Crawler.Lab.Atsx;

/// <summary>A campus programme or batch (<c>job_subject</c>).</summary>
internal sealed record AtsxSubject(string Id, string NameZh, string NameEn, int LimitCount);
