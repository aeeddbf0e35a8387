namespace Crawler.Model;

public enum ChangeKind
{
    Appeared = 0,
    Changed = 1,
    Disappeared = 2,
    Reappeared = 3,
}
