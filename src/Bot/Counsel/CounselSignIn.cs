using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace IqChatGuide.Bot.Counsel;

/// <summary>
/// Checks a counsellor's name and password against Counsel:Users. After <see cref="MaxFailures"/> wrong
/// passwords for one name, that name is locked for <see cref="Lockout"/> (per instance), so passwords cannot
/// be guessed by trying.
/// </summary>
public sealed class CounselSignIn(IOptionsMonitor<CounselOptions> options, TimeProvider clock)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);

    // Unknown names cost as much as wrong passwords, so response times do not tell which names exist.
    private static readonly string DummyHash = PasswordHash.Create(Guid.NewGuid().ToString("N"), 100_000);

    private readonly ConcurrentDictionary<string, (int Count, DateTimeOffset Since)> _failures = new(StringComparer.OrdinalIgnoreCase);

    /// <returns>The office of the counsellor, or null when name or password is wrong or the name is locked.</returns>
    public string? Check(string? userName, string? password)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password) || userName.Length > 200 || password.Length > 1000)
            return null;
        var name = userName.Trim();
        var now = clock.GetUtcNow();
        if (_failures.TryGetValue(name, out var failed) && failed.Since + Lockout <= now)
        {
            _failures.TryRemove(name, out _);
            failed = default;
        }
        var found = options.CurrentValue.Users.TryGetValue(name, out var user);
        var ok = PasswordHash.Verify(password, found ? user!.PasswordHash : DummyHash);
        if (failed.Count >= MaxFailures) return null;
        if (found && ok)
        {
            _failures.TryRemove(name, out _);
            return user!.OfficeId;
        }
        // Only names that exist are counted: the list stays as short as the list of counsellors.
        if (found) _failures.AddOrUpdate(name, _ => (1, now), (_, f) => (f.Count + 1, f.Since));
        return null;
    }
}
