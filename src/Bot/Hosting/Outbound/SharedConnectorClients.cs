using System.Collections.Concurrent;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace IqChatGuide.Bot.Hosting.Outbound;

/// <summary>
/// Connector clients kept for reuse, one per bot, channel endpoint and audience. A connector client is safe to
/// share (one HttpClient; its credentials refresh their own token). The number kept is bounded: with
/// authentication off anybody can name any service URL, and those beyond the bound get a client of their own
/// that is disposed with their turn, as CloudAdapter does by itself.
/// </summary>
internal sealed class SharedConnectorClients : IDisposable
{
    internal const int MaxShared = 256;

    private readonly ConcurrentDictionary<string, Lazy<Task<IConnectorClient>>> _clients = new(StringComparer.Ordinal);

    public int Count => _clients.Count;

    public async Task<IConnectorClient> GetAsync(string key, Func<Task<IConnectorClient>> create)
    {
        if (!_clients.TryGetValue(key, out var shared))
        {
            if (_clients.Count >= MaxShared) return await create().ConfigureAwait(false);
            shared = _clients.GetOrAdd(key, _ => new Lazy<Task<IConnectorClient>>(create));
        }
        try
        {
            return new Borrowed(await shared.Value.ConfigureAwait(false));
        }
        catch
        {
            _clients.TryRemove(new KeyValuePair<string, Lazy<Task<IConnectorClient>>>(key, shared)); // the next turn tries again
            throw;
        }
    }

    public void Dispose()
    {
        foreach (var shared in _clients.Values)
            if (shared.IsValueCreated && shared.Value.IsCompletedSuccessfully) shared.Value.Result.Dispose();
        _clients.Clear();
    }

    /// <summary>The shared client as a turn sees it: the adapter disposes it at the end of the turn, which must not close it for the next.</summary>
    private sealed class Borrowed(IConnectorClient client) : IConnectorClient
    {
        public Uri BaseUri { get => client.BaseUri; set => client.BaseUri = value; }
        public JsonSerializerSettings SerializationSettings => client.SerializationSettings;
        public JsonSerializerSettings DeserializationSettings => client.DeserializationSettings;
        public ServiceClientCredentials Credentials => client.Credentials;
        public IAttachments Attachments => client.Attachments;
        public IConversations Conversations => client.Conversations;
        public void Dispose() { }
    }
}
