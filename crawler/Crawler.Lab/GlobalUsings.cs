// The ASP.NET Core namespaces every simulated portal host maps and answers with: the same set the Web SDK
// imports implicitly. Crawler.Lab's own namespaces stay explicit in each file.
global using Microsoft.AspNetCore.Builder;
global using Microsoft.AspNetCore.Http;
global using Microsoft.AspNetCore.Routing;
