// The benchmark's reference crawl: Crawlee's PlaywrightCrawler, default concurrency, on Debian's Chromium, doing
// the job the crawler's first crawl does on a lab job board (nimbus-board): open the listing, click through the
// "下一页" pager, open each posting's hash-routed detail page (#/job/{id}) and save its rendered HTML.
// The cards carry no id and no link, so the ids are read from the board's own search answers, as a Crawlee user
// would for such an SPA. Usage: node crawl.mjs ENTRY_URL  (CRAWLEE_STORAGE_DIR says where the HTML goes).
// Prints one JSON line: {"listed":N,"saved":N,"failed":N,"pages":N}.
import { PlaywrightCrawler, KeyValueStore } from 'crawlee';
import { chromium } from 'playwright-core';

const entry = process.argv[2];
if (!entry) {
  console.error('usage: node crawl.mjs ENTRY_URL');
  process.exit(2);
}

const details = await KeyValueStore.open('details');
const stats = { listed: 0, saved: 0, failed: 0, pages: 0 };
const pending = new Map(); // listing request -> promises of its search answers being read and enqueued

// The first search answer arrives while the listing page loads, before its handler runs: listen from before
// the navigation. The ids of every answer become detail requests as soon as they arrive.
function listenToSearch(page, request) {
  const reads = [];
  pending.set(request.uniqueKey, reads);
  page.on('response', (response) => {
    if (!response.url().includes('/search') || response.request().method() !== 'POST') return;
    reads.push(response.json().then((json) => {
      const jobs = json?.data?.list ?? [];
      stats.listed += jobs.length;
      return crawler.addRequests(jobs.map((job) => ({
        url: new URL(`#/job/${encodeURIComponent(job.jobId)}`, request.url).href,
        uniqueKey: `job:${job.jobId}`, // Crawlee drops the #fragment from its default unique key
        label: 'DETAIL',
        userData: { id: String(job.jobId) },
      })));
    }).catch((error) => console.error(`search answer unreadable: ${error.message}`)));
  });
}

const crawler = new PlaywrightCrawler({
  launchContext: {
    launcher: chromium,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true },
  },
  // The listing is one page whose handler clicks through every pager page: Crawlee's 60 s default is too short
  // for a long listing. Everything else (concurrency, retries, browser and page recycling) stays at its default.
  requestHandlerTimeoutSecs: 1800,
  preNavigationHooks: [({ request, page }) => { if (request.label === 'LIST') listenToSearch(page, request); }],
  async requestHandler({ request, page }) {
    if (request.label === 'DETAIL') {
      const id = request.userData.id;
      await page.waitForSelector(`section.nb-detail[data-job-id=${JSON.stringify(id)}]`);
      await details.setValue(`job-${id.replace(/[^a-zA-Z0-9_.-]/g, '_')}`, await page.content(), { contentType: 'text/html' });
      stats.saved++;
      return;
    }

    for (let n = 1; ; n++) {
      await page.waitForFunction((want) => /第 (\d+) \//.exec(document.querySelector('.nb-page')?.textContent ?? '')?.[1] === String(want), n);
      stats.pages = n;
      if (await page.locator('button.nb-next').isDisabled()) break;
      await page.click('button.nb-next');
    }
    await Promise.all(pending.get(request.uniqueKey) ?? []);
  },
  failedRequestHandler({ request, log }) {
    stats.failed++;
    log.error(`gave up on ${request.url}`);
  },
});

await crawler.run([{ url: entry, label: 'LIST' }]);
console.log(JSON.stringify(stats));
