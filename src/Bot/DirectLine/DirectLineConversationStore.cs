using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace IqChatGuide.Bot.DirectLine;

/// <summary>Thrown when a conversation cannot take more activities.</summary>
public sealed class DirectLineConversationFullException : Exception
{
    public DirectLineConversationFullException() : base("The conversation has reached its activity limit.") { }
}

/// <summary>
/// Widget conversations in the configured <see cref="IStorage"/>, so every instance behind a load
/// balancer sees the same transcript. Appends use the storage's ETag check and retry on a conflict,
/// so two instances appending at once never lose an activity.
/// </summary>
public sealed class DirectLineConversationStore(IStorage storage, IOptions<DirectLineOptions> options, TimeProvider clock)
{
    private const int MaxAttempts = 8;

    internal static readonly JsonSerializerSettings ActivityJson = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.None,
        MaxDepth = 32,
    };

    private readonly DirectLineOptions _options = options.Value;

    private static string Key(string conversationId) => "directline/conversations/" + conversationId;

    public async Task<DirectLineConversation?> GetAsync(string conversationId, CancellationToken ct)
    {
        var items = await storage.ReadAsync<DirectLineConversation>([Key(conversationId)], ct);
        return items.TryGetValue(Key(conversationId), out var item) ? item : null;
    }

    /// <summary>Creates the conversation of a grant; false when it exists already.</summary>
    public async Task<bool> CreateAsync(DirectLineGrant grant, CancellationToken ct)
    {
        if (await GetAsync(grant.ConversationId, ct) is not null) return false;
        var now = clock.GetUtcNow();
        var conversation = new DirectLineConversation
        {
            ConversationId = grant.ConversationId,
            UserId = grant.UserId,
            Locale = grant.Locale,
            CreatedUtc = now,
            UpdatedUtc = now,
        };
        try
        {
            // No ETag on a new item: stores with optimistic concurrency refuse it when the key exists.
            await storage.WriteAsync(new Dictionary<string, object> { [Key(grant.ConversationId)] = conversation }, ct);
            return true;
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            // Another instance started it a moment earlier, or the store failed (then this throws again).
            if (await GetAsync(grant.ConversationId, ct) is not null) return false;
            throw;
        }
    }

    /// <summary>
    /// Appends activities, giving each its id (<c>conversationId|0000007</c>) and timestamp.
    /// Returns the ids in order.
    /// </summary>
    public async Task<IReadOnlyList<string>> AppendAsync(string conversationId, IReadOnlyList<Activity> activities, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var conversation = await GetAsync(conversationId, ct)
                ?? throw new InvalidOperationException("The conversation does not exist.");
            if (conversation.Activities.Count + activities.Count > _options.MaxActivitiesPerConversation)
                throw new DirectLineConversationFullException();

            var now = clock.GetUtcNow();
            var ids = new List<string>(activities.Count);
            foreach (var activity in activities)
            {
                var id = $"{conversationId}|{conversation.Activities.Count:D7}";
                activity.Id = id;
                activity.Timestamp = now;
                activity.Conversation ??= new ConversationAccount(id: conversationId);
                conversation.Activities.Add(JsonConvert.SerializeObject(activity, ActivityJson));
                ids.Add(id);
            }
            conversation.UpdatedUtc = now;

            try
            {
                await storage.WriteAsync(new Dictionary<string, object> { [Key(conversationId)] = conversation }, ct);
                return ids;
            }
            catch (Exception) when (attempt < MaxAttempts && !ct.IsCancellationRequested)
            {
                // ETag conflict: another instance appended first. Read again and retry after a short,
                // jittered pause so two writers do not collide in lock step.
                await Task.Delay(Random.Shared.Next(5, 20 * attempt), ct);
            }
        }
    }

    /// <summary>
    /// Erases what was said before index <paramref name="keepFrom"/>: each activity becomes an empty
    /// placeholder with the same id, so the watermarks clients hold stay valid but no text remains.
    /// </summary>
    public async Task EraseBeforeAsync(string conversationId, int keepFrom, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var conversation = await GetAsync(conversationId, ct);
            if (conversation is null) return;
            var end = Math.Min(keepFrom, conversation.Activities.Count);
            for (var i = 0; i < end; i++)
            {
                var erased = new Activity { Type = ActivityTypes.Trace, Id = $"{conversationId}|{i:D7}", Name = "erased", Conversation = new ConversationAccount(id: conversationId) };
                conversation.Activities[i] = JsonConvert.SerializeObject(erased, ActivityJson);
            }
            conversation.UpdatedUtc = clock.GetUtcNow();
            try
            {
                await storage.WriteAsync(new Dictionary<string, object> { [Key(conversationId)] = conversation }, ct);
                return;
            }
            catch (Exception) when (attempt < MaxAttempts && !ct.IsCancellationRequested)
            {
                await Task.Delay(Random.Shared.Next(5, 20 * attempt), ct);
            }
        }
    }

    /// <summary>Activities from a watermark on, at most one page, and the watermark to ask for next.</summary>
    public static (IReadOnlyList<Activity> Activities, int Watermark) Page(DirectLineConversation conversation, int watermark, int pageSize)
    {
        var start = Math.Min(watermark, conversation.Activities.Count);
        var slice = conversation.Activities.Skip(start).Take(pageSize)
            .Select(json => JsonConvert.DeserializeObject<Activity>(json, ActivityJson)!)
            .ToList();
        return (slice, start + slice.Count);
    }
}
