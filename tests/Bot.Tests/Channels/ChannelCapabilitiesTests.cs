using IqChatGuide.Bot.Channels;

namespace IqChatGuide.Bot.Tests.Channels;

public sealed class ChannelCapabilitiesTests
{
    [Theory]
    [InlineData("webchat")]
    [InlineData("directline")]
    [InlineData("msteams")]
    [InlineData("facebook")]
    [InlineData("telegram")]
    [InlineData("Telegram")]
    [InlineData("line")]
    public void Messenger_and_web_channels_show_buttons(string channel) =>
        Assert.True(ChannelCapabilities.For(channel).ShowsButtons);

    [Theory]
    [InlineData("sms")]
    [InlineData("email")]
    [InlineData("slack")]
    [InlineData("groupme")]
    [InlineData("skype")]
    [InlineData("kik")]
    [InlineData("some-new-channel")]
    [InlineData("")]
    [InlineData(null)]
    public void Text_only_and_unknown_channels_get_numbered_text(string? channel) =>
        Assert.False(ChannelCapabilities.For(channel).ShowsButtons);

    [Fact]
    public void Button_limits_follow_the_channels()
    {
        Assert.True(ChannelCapabilities.For("facebook").CanShowButtons(10));
        Assert.False(ChannelCapabilities.For("facebook").CanShowButtons(12));
        Assert.False(ChannelCapabilities.For("msteams").CanShowButtons(12));
        Assert.True(ChannelCapabilities.For("webchat").CanShowButtons(12));
        Assert.True(ChannelCapabilities.For("line").CanShowButtons(13));
        Assert.False(ChannelCapabilities.For("line").CanShowButtons(14));
        Assert.True(ChannelCapabilities.For("msteams").CanShowButtons(6));
        Assert.False(ChannelCapabilities.For("msteams").CanShowButtons(7));
    }

    [Theory]
    [InlineData("sms", 1600)]
    [InlineData("facebook", 2000)]
    [InlineData("telegram", 4096)]
    public void Length_limits_are_the_channels_own(string channel, int limit) =>
        Assert.Equal(limit, ChannelCapabilities.For(channel).MaxMessageLength);

    [Theory]
    [InlineData("webchat", true)]
    [InlineData("directline", true)]
    [InlineData("msteams", true)]
    [InlineData("omnichannel", true)]
    [InlineData("sms", false)]
    [InlineData("email", false)]
    [InlineData("telegram", false)]
    [InlineData("facebook", false)]
    public void Only_channels_that_route_to_a_contact_centre_take_events(string channel, bool accepts) =>
        Assert.Equal(accepts, ChannelCapabilities.For(channel).AcceptsEvents);
}
