using System.Reflection;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Crawler.Storage.Sqlite;

/// <summary>
/// A record stored in a table with one column per property, named in snake_case (<c>FirstFailedAt</c> is
/// <c>first_failed_at</c>): its statement parameters and its row reader, written once from the record's properties
/// in the store's column forms (<see cref="SqliteValues"/>: times as ISO-8601 text, enums as lower-case words, bools
/// and numbers as they are, lists and nested records as JSON). The SQL still names every column.
/// </summary>
internal static class SqliteRecordColumns<T>
    where T : class
{
    private static readonly (PropertyInfo Property, string Column)[] Columns =
    [
        .. typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite)
            .Select(p => (p, JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name))),
    ];

    /// <summary>One <c>@column</c> parameter per property; a statement uses the ones it names.</summary>
    public static (string Name, object? Value)[] Parameters(T record) =>
        [.. Columns.Select(c => ("@" + c.Column, ToColumn(c.Property.GetValue(record))))];

    public static T Read(SqliteDataReader reader)
    {
        var record = Activator.CreateInstance<T>();
        foreach (var (property, column) in Columns)
        {
            var ordinal = reader.GetOrdinal(column);
            property.SetValue(record, reader.IsDBNull(ordinal) ? null : FromColumn(reader, ordinal, property.PropertyType));
        }

        return record;
    }

    private static object? ToColumn(object? value) => value switch
    {
        null or string or int or long or bool or double => value,
        DateTimeOffset time => SqliteValues.Time(time),
        Enum word => word.ToString().ToLowerInvariant(),
        _ => SqliteValues.ToJson(value),
    };

    private static object FromColumn(SqliteDataReader reader, int ordinal, Type type)
    {
        var value = Nullable.GetUnderlyingType(type) ?? type;
        return value == typeof(string) ? reader.GetString(ordinal)
            : value == typeof(int) ? (int)reader.GetInt64(ordinal)
            : value == typeof(long) ? reader.GetInt64(ordinal)
            : value == typeof(bool) ? reader.GetInt64(ordinal) != 0
            : value == typeof(double) ? reader.GetDouble(ordinal)
            : value == typeof(DateTimeOffset) ? SqliteValues.ParseTime(reader.GetString(ordinal))
            : value.IsEnum ? Enum.Parse(value, reader.GetString(ordinal), ignoreCase: true)
            : SqliteValues.FromJson(reader.GetString(ordinal), type);
    }
}
