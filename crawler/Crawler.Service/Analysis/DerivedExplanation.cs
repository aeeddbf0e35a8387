using Crawler.Model;
using Crawler.Storage;

namespace Crawler.Analysis;

/// <summary>A posting's derived fields and the experience reading behind its minimum years.</summary>
/// <param name="Fields">What is stored on the posting.</param>
/// <param name="Experience">Why <see cref="DerivedFields.MinYearsExperience"/> has its value.</param>
public sealed record DerivedExplanation(DerivedFields Fields, ExperienceReading Experience);
