// Third-party namespaces that every portal family, the browsing layer and the crawl stages use alike.
// Crawler's own namespaces stay explicit in each file, so `using Crawler.X` lines keep showing folder dependencies.
global using Microsoft.Extensions.Logging;
global using Microsoft.Playwright;
global using Polly;
