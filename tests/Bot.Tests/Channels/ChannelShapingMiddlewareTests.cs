using IqChatGuide.Bot.Channels;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace IqChatGuide.Bot.Tests.Channels;

/// <summary>The middleware in a real Bot Framework pipeline (TestAdapter), per channel id.</summary>
public sealed class ChannelShapingMiddlewareTests
{
    private static async Task<List<IActivity>> RepliesOnAsync(string channelId, Func<ITurnContext, Task> bot)
    {
        var adapter = new TestAdapter(new ConversationReference
        {
            ChannelId = channelId,
            ServiceUrl = "https://example.org/",
            User = new ChannelAccount("user"),
            Bot = new ChannelAccount("bot"),
            Conversation = new ConversationAccount(id: "c1"),
        }).Use(new ChannelShapingMiddleware());
        await adapter.ProcessActivityAsync(MessageFactory.Text("hi"), (ctx, _) => bot(ctx), TestContext.Current.CancellationToken);
        var replies = new List<IActivity>();
        while (adapter.GetNextReply() is { } reply) replies.Add(reply);
        return replies;
    }

    private static Activity Question() =>
        (Activity)MessageFactory.SuggestedActions(
            [new CardAction(ActionTypes.ImBack, "Ja", value: "yes"), new CardAction(ActionTypes.ImBack, "Nein", value: "no")],
            "Haben Sie Ihre Zeugnisse?", null, null);

    [Fact]
    public async Task Webchat_keeps_the_buttons()
    {
        var replies = await RepliesOnAsync("webchat", ctx => ctx.SendActivityAsync(Question()));

        var reply = Assert.Single(replies).AsMessageActivity();
        Assert.Equal(["yes", "no"], reply.SuggestedActions.Actions.Select(a => a.Value));
        Assert.Equal("Haben Sie Ihre Zeugnisse?", reply.Text);
    }

    [Fact]
    public async Task In_webchat_a_pick_shows_its_title_while_the_bot_gets_the_value()
    {
        var replies = await RepliesOnAsync("webchat", ctx => ctx.SendActivityAsync(Question()));

        var yes = Assert.Single(replies).AsMessageActivity().SuggestedActions.Actions[0];
        Assert.Equal(ActionTypes.MessageBack, yes.Type);
        Assert.Equal("yes", yes.Text);
        Assert.Equal("Ja", yes.DisplayText);
        Assert.Equal("yes", yes.Value);
    }

    [Fact]
    public async Task Telegram_keeps_plain_imBack_buttons()
    {
        var replies = await RepliesOnAsync("telegram", ctx => ctx.SendActivityAsync(Question()));

        Assert.All(Assert.Single(replies).AsMessageActivity().SuggestedActions.Actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
    }

    [Fact]
    public async Task Sms_gets_numbered_choices_in_the_text()
    {
        var replies = await RepliesOnAsync("sms", ctx => ctx.SendActivityAsync(Question()));

        var reply = Assert.Single(replies).AsMessageActivity();
        Assert.Null(reply.SuggestedActions);
        Assert.Equal("Haben Sie Ihre Zeugnisse?\n\n1. Ja\n2. Nein", reply.Text);
    }

    [Fact]
    public async Task More_buttons_than_teams_shows_become_numbered_text()
    {
        var many = (Activity)MessageFactory.SuggestedActions(
            Enumerable.Range(1, 12).Select(i => new CardAction(ActionTypes.ImBack, "Land " + i, value: "c" + i)).ToList(), "Wo?", null, null);
        var replies = await RepliesOnAsync("msteams", ctx => ctx.SendActivityAsync(many));

        var reply = Assert.Single(replies).AsMessageActivity();
        Assert.Null(reply.SuggestedActions);
        Assert.Contains("12. Land 12", reply.Text);
    }

    [Fact]
    public async Task A_long_answer_on_facebook_is_split_with_the_buttons_and_slot_on_the_last_part()
    {
        var text = string.Join(' ', Enumerable.Range(0, 60).Select(i => $"Satz {i} über die Anerkennung von Berufsabschlüssen."));
        var question = Question();
        question.Text = text;
        question.ChannelData = new { slot = "qualification.documents" };

        var replies = await RepliesOnAsync("facebook", ctx => ctx.SendActivityAsync(question));

        Assert.True(replies.Count >= 2);
        Assert.All(replies, r => Assert.True(r.AsMessageActivity().Text.Length <= 2000));
        Assert.All(replies.Take(replies.Count - 1), r => Assert.Null(r.AsMessageActivity().SuggestedActions));
        Assert.All(replies.Take(replies.Count - 1), r => Assert.Null(((Activity)r).ChannelData));
        Assert.Equal(["yes", "no"], replies[^1].AsMessageActivity().SuggestedActions.Actions.Select(a => a.Value));
        Assert.NotNull(((Activity)replies[^1]).ChannelData);
        Assert.Equal(text, string.Join(' ', replies.Select(r => r.AsMessageActivity().Text)));
    }

    [Fact]
    public async Task Webchat_sends_long_answers_whole()
    {
        var text = new string('x', 5000);
        var replies = await RepliesOnAsync("webchat", ctx => ctx.SendActivityAsync(MessageFactory.Text(text)));

        Assert.Equal(text, Assert.Single(replies).AsMessageActivity().Text);
    }

    [Theory]
    [InlineData("sms")]
    [InlineData("email")]
    [InlineData("telegram")]
    [InlineData("facebook")]
    public async Task The_handoff_event_is_dropped_where_no_contact_centre_receives_it(string channel)
    {
        var replies = await RepliesOnAsync(channel, async ctx =>
        {
            await ctx.SendActivityAsync(MessageFactory.Text("Ihre Nummer ist IQ-7K3P."));
            await ctx.SendActivityAsync(new Activity(ActivityTypes.Event) { Name = ChannelShapingMiddleware.HandoffEventName, Value = new { reference = "IQ-7K3P" } });
        });

        Assert.Equal("Ihre Nummer ist IQ-7K3P.", Assert.Single(replies).AsMessageActivity().Text);
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("directline")]
    [InlineData("msteams")]
    [InlineData("omnichannel")]
    public async Task The_handoff_event_reaches_channels_that_route_to_a_contact_centre(string channel)
    {
        var replies = await RepliesOnAsync(channel, ctx =>
            ctx.SendActivityAsync(new Activity(ActivityTypes.Event) { Name = ChannelShapingMiddleware.HandoffEventName, Value = new { reference = "IQ-7K3P" } }));

        var handoff = Assert.Single(replies).AsEventActivity();
        Assert.Equal("handoff.initiate", handoff.Name);
    }

    [Fact]
    public async Task Other_events_are_left_alone()
    {
        var replies = await RepliesOnAsync("sms", ctx => ctx.SendActivityAsync(new Activity(ActivityTypes.Event) { Name = "something.else" }));

        Assert.Equal("something.else", Assert.Single(replies).AsEventActivity().Name);
    }
}
