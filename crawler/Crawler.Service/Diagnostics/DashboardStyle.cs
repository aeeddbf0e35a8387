namespace Crawler.Diagnostics;

/// <summary>The dashboard's one stylesheet, inline (the page loads nothing from anywhere).</summary>
internal static class DashboardStyle
{
    public const string Css = """
        body{font:14px/1.4 system-ui,sans-serif;margin:0 16px 24px;color:#1d2330;background:#f6f7f9}
        header{display:flex;flex-wrap:wrap;align-items:baseline;gap:12px;padding:10px 0;border-bottom:1px solid #d8dce3}
        h1{font-size:18px;margin:0}h2{font-size:15px;margin:18px 0 6px}
        a{color:#1f5fbf}.muted{color:#667085;font-size:12px}
        table{border-collapse:collapse;width:100%;background:#fff;border:1px solid #d8dce3}
        th,td{padding:4px 8px;text-align:left;border-bottom:1px solid #eceef2;vertical-align:top}
        th{background:#eef1f5;font-weight:600;font-size:12px}
        .state{display:inline-block;padding:0 6px;border-radius:8px;font-size:12px;background:#e7ecf3}
        .state.running{background:#d9ecff}.state.quarantined{background:#ffd6d6}.state.failing{background:#ffe9c7}.state.due{background:#e3f5e1}
        tr.quarantined{background:#fff1f1}tr.suspect{background:#fff8e6}
        .bar{display:inline-block;width:120px;height:8px;background:#e4e7ec;border-radius:4px;vertical-align:middle;margin-right:6px}
        .bar>span{display:block;height:8px;background:#3b82f6;border-radius:4px}
        .flag{color:#b42318;font-weight:600}.ok{color:#067647}
        form.filters{display:flex;flex-wrap:wrap;gap:8px;margin:6px 0}
        form.filters input,form.filters select{padding:3px 6px}
        .kind{font-size:12px;font-weight:600;text-transform:uppercase}
        .del{background:#ffecec;color:#8a1f11}.ins{background:#eaffea;color:#135c1b}
        pre.linediff span{display:block;white-space:pre-wrap}
        .grid{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:16px}
        @media (max-width:1100px){.grid{grid-template-columns:1fr}}
        ul.feed{list-style:none;margin:0;padding:0;background:#fff;border:1px solid #d8dce3}
        ul.feed li{padding:6px 8px;border-bottom:1px solid #eceef2}
        iframe{width:100%;height:420px;border:1px solid #d8dce3;background:#fff}
        """;
}
