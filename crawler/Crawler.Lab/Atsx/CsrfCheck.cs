namespace Crawler.Lab.Atsx;

internal enum CsrfCheck
{
    Valid,
    Invalid,
    Expired,
}
