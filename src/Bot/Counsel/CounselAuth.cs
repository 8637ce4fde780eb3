using System.Security.Claims;

namespace IqChatGuide.Bot.Counsel;

/// <summary>
/// Who a counsellor is: a name and the office they work for. The inbox reads only the <see cref="OfficeClaim"/>,
/// so any authentication scheme that issues it (this cookie sign-in, or an OpenID Connect provider mapping a
/// group to an office id) can sign counsellors in.
/// </summary>
public static class CounselAuth
{
    public const string Scheme = "Counsel";
    public const string Policy = "Counsel";
    public const string OfficeClaim = "iq:office";
    public const string CookieName = "iqcg-counsel";

    public static string? OfficeId(this ClaimsPrincipal user) => user.FindFirstValue(OfficeClaim);

    public static string UserName(this ClaimsPrincipal user) => user.Identity?.Name ?? "";

    public static ClaimsPrincipal Principal(string userName, string officeId) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, userName), new Claim(OfficeClaim, officeId)],
        Scheme));
}
