using System.Net;
using System.Text;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IqChatGuide.Bot.Tests.Infrastructure;

/// <summary>One person talking to the bot over POST /api/messages with deliveryMode expectReplies.</summary>
public sealed class ConversationClient(HttpClient http, string conversationId, string locale)
{
    public string ConversationId { get; } = conversationId;
    public string UserId { get; } = "user-" + conversationId;
    public HttpClient Http { get; } = http;

    public sealed record Turn(HttpStatusCode Status, IReadOnlyList<Activity> Replies, string Body)
    {
        public string Text => string.Join("\n", Replies.Where(r => r.Type == ActivityTypes.Message).Select(r => r.Text));
        public string? Error => Replies.Select(r => (r.ChannelData as JObject)?["error"]?.ToString()).FirstOrDefault(e => e is not null);
        public string? Hint(string name) => Replies.Select(r => (r.ChannelData as JObject)?[name]?.ToString()).LastOrDefault(e => e is not null);
        public string? Slot => Replies.Select(r => (r.ChannelData as JObject)?["slot"]?.ToString()).LastOrDefault(e => e is not null);
        public int? TurnCount => Replies.Select(r => (int?)(r.ChannelData as JObject)?["turn"]).LastOrDefault(e => e is not null);
        public IReadOnlyList<string> Choices => Replies.LastOrDefault(r => r.SuggestedActions?.Actions?.Count > 0)?.SuggestedActions.Actions.Select(a => a.Value?.ToString() ?? a.Title).ToList() ?? [];
    }

    public Activity NewActivity(string type = ActivityTypes.Message, string? text = null) => new()
    {
        Type = type,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "test",
        ServiceUrl = "http://localhost/",
        Conversation = new ConversationAccount(id: ConversationId),
        From = new ChannelAccount(UserId, "Test person"),
        Recipient = new ChannelAccount("bot", "IQ Chat Guide"),
        Locale = locale,
        Text = text,
        Timestamp = DateTimeOffset.UtcNow,
        DeliveryMode = DeliveryModes.ExpectReplies,
    };

    public Task<Turn> StartAsync() => SendAsync(new Func<Activity>(() =>
    {
        var a = NewActivity(ActivityTypes.ConversationUpdate);
        a.MembersAdded = [new ChannelAccount(UserId, "Test person")];
        return a;
    })());

    public Task<Turn> SayAsync(string text) => SendAsync(NewActivity(text: text));

    public Task<Turn> SendAsync(Activity activity) =>
        PostRawAsync(JsonConvert.SerializeObject(activity, HttpHelper.BotMessageSerializerSettings));

    public async Task<Turn> PostRawAsync(string json, HttpClient? via = null)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await (via ?? Http).PostAsync("/api/messages", content);
        var body = await response.Content.ReadAsStringAsync();
        IReadOnlyList<Activity> replies = [];
        if (response.IsSuccessStatusCode && body.Length > 0)
            replies = JsonConvert.DeserializeObject<ExpectedReplies>(body, HttpHelper.BotMessageSerializerSettings)?.Activities?.ToList() ?? [];
        return new Turn(response.StatusCode, replies, body);
    }

    /// <summary>The same person, through another host (another instance behind the load balancer).</summary>
    public ConversationClient Via(HttpClient other) => new(other, ConversationId, locale);
}
