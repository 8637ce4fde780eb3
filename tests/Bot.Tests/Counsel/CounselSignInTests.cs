using IqChatGuide.Bot.Counsel;
using IqChatGuide.Bot.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace IqChatGuide.Bot.Tests.Counsel;

public sealed class CounselSignInTests
{
    private const string Password = "correct horse battery staple";

    private static (CounselSignIn SignIn, ManualClock Clock) Create()
    {
        var options = new CounselOptions();
        options.Users["berlin"] = new CounselUser { OfficeId = "be-office", PasswordHash = PasswordHash.Create(Password, 100_000) };
        var clock = new ManualClock(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
        return (new CounselSignIn(new StaticOptions(options), clock), clock);
    }

    [Fact]
    public void A_locked_name_opens_again_after_the_lockout_and_a_good_sign_in_clears_earlier_mistakes()
    {
        var (signIn, clock) = Create();
        for (var i = 0; i < CounselSignIn.MaxFailures - 1; i++) Assert.Null(signIn.Check("berlin", "wrong " + i));
        Assert.Equal("be-office", signIn.Check("Berlin ", Password)); // four mistakes, then the right password
        for (var i = 0; i < CounselSignIn.MaxFailures - 1; i++) Assert.Null(signIn.Check("berlin", "wrong " + i));
        Assert.Equal("be-office", signIn.Check("berlin", Password)); // the count started again

        for (var i = 0; i < CounselSignIn.MaxFailures; i++) Assert.Null(signIn.Check("berlin", "wrong " + i));
        Assert.Null(signIn.Check("berlin", Password));
        clock.Advance(CounselSignIn.Lockout - TimeSpan.FromSeconds(1));
        Assert.Null(signIn.Check("berlin", Password));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("be-office", signIn.Check("berlin", Password));
    }

    private sealed class StaticOptions(CounselOptions value) : IOptionsMonitor<CounselOptions>
    {
        public CounselOptions CurrentValue => value;
        public CounselOptions Get(string? name) => value;
        public IDisposable? OnChange(Action<CounselOptions, string?> listener) => null;
    }
}
