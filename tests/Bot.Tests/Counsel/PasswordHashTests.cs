using IqChatGuide.Bot.Counsel;

namespace IqChatGuide.Bot.Tests.Counsel;

public sealed class PasswordHashTests
{
    /// <summary>Made with the Python command of docs/delivery.md for the password "test-pass".</summary>
    private const string HashFromDocumentedCommand = "pbkdf2-sha256$600000$Ce1r2WOa3sE1qrUsw3AFRw==$tzroWzU3ivY0zgvU+spXPINs2n5kvs2iKrFZqoVhro8=";

    [Fact]
    public void A_hash_made_with_the_documented_command_signs_in_with_its_password_only()
    {
        Assert.True(PasswordHash.Verify("test-pass", HashFromDocumentedCommand));
        Assert.False(PasswordHash.Verify("test-pasS", HashFromDocumentedCommand));
        Assert.False(PasswordHash.Verify("", HashFromDocumentedCommand));
    }

    [Theory]
    [InlineData("test-pass")]
    [InlineData("pbkdf2-sha256$1000$Ce1r2WOa3sE1qrUsw3AFRw==$tzroWzU3ivY0zgvU+spXPINs2n5kvs2iKrFZqoVhro8=")]
    [InlineData("pbkdf2-sha256$600000$not base64$tzroWzU3ivY0zgvU+spXPINs2n5kvs2iKrFZqoVhro8=")]
    [InlineData("sha1$600000$Ce1r2WOa3sE1qrUsw3AFRw==$tzroWzU3ivY0zgvU+spXPINs2n5kvs2iKrFZqoVhro8=")]
    public void Plain_passwords_weak_or_broken_hashes_are_not_accepted_as_hashes(string stored)
    {
        Assert.False(PasswordHash.IsWellFormed(stored));
        Assert.False(PasswordHash.Verify("test-pass", stored));
    }
}
