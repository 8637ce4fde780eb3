using Microsoft.Extensions.Options;

namespace IqChatGuide.Bot.Storage;

/// <summary>Where conversation state and cases live (section "Storage" and "ConnectionStrings").</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Sqlite (default, a file on this machine), Redis (shared by several instances) or Memory (tests).</summary>
    public string Provider { get; set; } = nameof(StorageProvider.Sqlite);

    /// <summary>Prefix of every Redis key, so several deployments can share one Redis.</summary>
    public string RedisKeyPrefix { get; set; } = "iqcg:";

    /// <summary>From ConnectionStrings:Sqlite; relative paths are under the content root.</summary>
    public string SqliteConnectionString { get; set; } = "Data Source=data-store/iqchatguide.db";

    /// <summary>From ConnectionStrings:Redis, StackExchange.Redis syntax ("localhost:6379").</summary>
    public string? RedisConnectionString { get; set; }

    public StorageProvider ParsedProvider =>
        Enum.TryParse<StorageProvider>(Provider, ignoreCase: true, out var p) ? p : throw new InvalidOperationException($"Storage:Provider '{Provider}' is not known.");
}

public enum StorageProvider { Sqlite, Redis, Memory }

/// <summary>How long data is kept (section "Retention").</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Conversation and user state expire this many days after the last turn.</summary>
    public double StateDays { get; set; } = 30;

    /// <summary>A case is removed this many days after it was delivered to its office; undelivered cases are kept.</summary>
    public double DeliveredCaseDays { get; set; } = 180;

    /// <summary>How often expired SQLite rows are removed (Redis expires keys by itself).</summary>
    public double CleanupIntervalMinutes { get; set; } = 60;

    public TimeSpan StateTtl => TimeSpan.FromDays(StateDays);
    public TimeSpan DeliveredCaseTtl => TimeSpan.FromDays(DeliveredCaseDays);
}

internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions o)
    {
        if (!Enum.TryParse<StorageProvider>(o.Provider, ignoreCase: true, out var provider) || int.TryParse(o.Provider, out _))
            return ValidateOptionsResult.Fail($"Storage:Provider (env Storage__Provider) must be Sqlite, Redis or Memory; it is '{o.Provider}'.");
        if (provider == StorageProvider.Redis && string.IsNullOrWhiteSpace(o.RedisConnectionString))
            return ValidateOptionsResult.Fail("ConnectionStrings:Redis (env ConnectionStrings__Redis) must be set when Storage:Provider is Redis, e.g. \"localhost:6379\".");
        if (provider == StorageProvider.Redis)
        {
            try { StackExchange.Redis.ConfigurationOptions.Parse(o.RedisConnectionString!); }
            catch (ArgumentException) { return ValidateOptionsResult.Fail("ConnectionStrings:Redis (env ConnectionStrings__Redis) is not a valid StackExchange.Redis connection string."); }
        }
        if (provider == StorageProvider.Sqlite)
        {
            try
            {
                var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(o.SqliteConnectionString);
                if (string.IsNullOrWhiteSpace(builder.DataSource))
                    return ValidateOptionsResult.Fail("ConnectionStrings:Sqlite (env ConnectionStrings__Sqlite) needs a Data Source, e.g. \"Data Source=data-store/iqchatguide.db\".");
            }
            catch (ArgumentException)
            {
                return ValidateOptionsResult.Fail("ConnectionStrings:Sqlite (env ConnectionStrings__Sqlite) is not a valid SQLite connection string.");
            }
        }
        if (string.IsNullOrEmpty(o.RedisKeyPrefix))
            return ValidateOptionsResult.Fail("Storage:RedisKeyPrefix must not be empty.");
        return ValidateOptionsResult.Success;
    }
}

internal sealed class RetentionOptionsValidator : IValidateOptions<RetentionOptions>
{
    public ValidateOptionsResult Validate(string? name, RetentionOptions o)
    {
        var errors = new List<string>();
        if (!(o.StateDays > 0 && o.StateDays <= 3650))
            errors.Add($"Retention:StateDays must be between 0 and 3650 days (exclusive of 0); it is {o.StateDays}.");
        if (!(o.DeliveredCaseDays > 0 && o.DeliveredCaseDays <= 3650))
            errors.Add($"Retention:DeliveredCaseDays must be between 0 and 3650 days (exclusive of 0); it is {o.DeliveredCaseDays}.");
        if (!(o.CleanupIntervalMinutes >= 1 && o.CleanupIntervalMinutes <= 1440))
            errors.Add($"Retention:CleanupIntervalMinutes must be between 1 and 1440; it is {o.CleanupIntervalMinutes}.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
