using Microsoft.Extensions.Options;

namespace Crawler.Storage.Mongo;

/// <summary>The DataAnnotations rules of <see cref="MongoStoreOptions"/>, checked by source-generated code at start-up.</summary>
[OptionsValidator]
public sealed partial class MongoStoreOptionsValidator : IValidateOptions<MongoStoreOptions>
{
}
