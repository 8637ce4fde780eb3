using IqChatGuide.Guidance.Routing;
using Microsoft.Extensions.Options;

namespace IqChatGuide.Bot.Counsel;

/// <summary>Counsellor sign-in (section "Counsel"). Each user belongs to one office and sees only its cases.</summary>
public sealed class CounselOptions
{
    public const string Section = "Counsel";

    /// <summary>By sign-in name.</summary>
    public Dictionary<string, CounselUser> Users { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How long a sign-in lasts without activity.</summary>
    public double SessionMinutes { get; set; } = 60;
}

public sealed class CounselUser
{
    public string? OfficeId { get; set; }
    /// <summary>PBKDF2 hash made by the command in docs/delivery.md; never the password itself.</summary>
    public string? PasswordHash { get; set; }
}

internal sealed class CounselOptionsValidator(OfficeDirectory offices) : IValidateOptions<CounselOptions>
{
    public ValidateOptionsResult Validate(string? name, CounselOptions o)
    {
        var errors = new List<string>();
        if (!(o.SessionMinutes >= 1 && o.SessionMinutes <= 24 * 60))
            errors.Add($"Counsel:SessionMinutes must be between 1 and 1440; it is {o.SessionMinutes}.");
        foreach (var (user, entry) in o.Users)
        {
            if (string.IsNullOrWhiteSpace(entry.OfficeId) || offices.Find(entry.OfficeId) is null)
                errors.Add($"Counsel:Users:{user}:OfficeId must be an office id of data/offices.json; it is '{entry.OfficeId}'.");
            if (!PasswordHash.IsWellFormed(entry.PasswordHash))
                errors.Add($"Counsel:Users:{user}:PasswordHash must be a hash in the form {PasswordHash.Format} (see docs/delivery.md), never a password.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
