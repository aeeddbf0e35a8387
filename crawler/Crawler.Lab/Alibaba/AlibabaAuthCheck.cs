namespace Crawler.Lab.Alibaba;

internal enum AlibabaAuthCheck
{
    Valid,
    Invalid,
    Expired,
}
