using Microsoft.Extensions.Options;

namespace IqChatGuide.Bot.Counsel;

/// <summary>Checks a counsellor's name and password against Counsel:Users.</summary>
public sealed class CounselSignIn(IOptionsMonitor<CounselOptions> options)
{
    // Unknown names cost as much as wrong passwords, so response times do not tell which names exist.
    private static readonly string DummyHash = PasswordHash.Create(Guid.NewGuid().ToString("N"), 100_000);

    /// <returns>The office of the counsellor, or null when name or password is wrong.</returns>
    public string? Check(string? userName, string? password)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password) || userName.Length > 200 || password.Length > 1000)
            return null;
        var found = options.CurrentValue.Users.TryGetValue(userName.Trim(), out var user);
        var ok = PasswordHash.Verify(password, found ? user!.PasswordHash : DummyHash);
        return found && ok ? user!.OfficeId : null;
    }
}
