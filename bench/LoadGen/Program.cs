using System.Diagnostics;
using Activity = Microsoft.Bot.Schema.Activity;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

// Drives a bot at /api/messages with N concurrent conversations. Each conversation joins, then walks the
// interview (answering the question each reply asks, by channelData.slot; a fixed script where a bot asks
// nothing, like the echo bot), never with two turns of one conversation in flight, and starts over with a
// new conversation when it is done. Prints one result line:
//   RESULT <label> turns=<n> seconds=<s> turns_per_s=<x> p50_ms=<x> p99_ms=<x> errors=<n> cases=<n>
var options = Options.Parse(args);
using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 1024, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
using var http = new HttpClient(handler) { BaseAddress = new Uri(options.Url), Timeout = TimeSpan.FromSeconds(30) };

var stats = new Stats();
using var stop = new CancellationTokenSource();
var measuring = false;
var workers = Enumerable.Range(0, options.Conversations).Select(i => Task.Run(() => Conversation.RunAsync(http, i, options, stats, () => measuring, stop.Token))).ToArray();

await Task.Delay(TimeSpan.FromSeconds(options.WarmupSeconds));
stats.Reset();
var cpuBefore = Cpu.Milliseconds(options.Pids);
measuring = true;
var clock = Stopwatch.StartNew();
await Task.Delay(TimeSpan.FromSeconds(options.Seconds));
measuring = false;
var elapsed = clock.Elapsed.TotalSeconds;
var cpuMs = Cpu.Milliseconds(options.Pids) - cpuBefore;
stop.Cancel();
try { await Task.WhenAll(workers); } catch (OperationCanceledException) { }

var latencies = stats.Latencies();
if (Environment.GetEnvironmentVariable("LOADGEN_BY_SLOT") == "1")
    foreach (var (slot, list) in stats.BySlot().OrderByDescending(kv => kv.Value.Average()))
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  slot {slot,-28} n={list.Count,6} mean_ms={list.Average():F2}"));
if (options.Out is not null)
    await File.AppendAllLinesAsync(options.Out, latencies.Select(l => options.Label + " " + l.ToString("F3", CultureInfo.InvariantCulture)));
Array.Sort(latencies);
double Percentile(double p) => latencies.Length == 0 ? double.NaN : latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(p * latencies.Length) - 1)];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"RESULT {options.Label} turns={latencies.Length} seconds={elapsed:F1} turns_per_s={latencies.Length / elapsed:F1} p50_ms={Percentile(0.50):F2} p99_ms={Percentile(0.99):F2} errors={stats.Errors} cases={stats.Cases} cpu_ms={cpuMs:F0}"));
return stats.Errors > 0 && latencies.Length == 0 ? 1 : 0;

/// <summary>CPU time (user + system) the server processes used, from /proc: a cost per turn that depends far less on other load on the machine than wall-clock throughput.</summary>
internal static class Cpu
{
    public static double Milliseconds(IReadOnlyList<int> pids)
    {
        double total = 0;
        foreach (var pid in pids)
        {
            try
            {
                var stat = File.ReadAllText($"/proc/{pid}/stat");
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                // fields[11] = utime, fields[12] = stime, in clock ticks (100 per second on Linux)
                total += (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) * 10.0;
            }
            catch (IOException) { }
        }
        return total;
    }
}

internal sealed record Options(string Url, string Label, int Conversations, double Seconds, double WarmupSeconds, int MaxTurns, string? Out, IReadOnlyList<int> Pids)
{
    public static Options Parse(string[] args)
    {
        string Get(string name, string fallback)
        {
            var i = Array.IndexOf(args, "--" + name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }
        return new Options(
            Get("url", "http://127.0.0.1:3978"),
            Get("label", "bot"),
            int.Parse(Get("conversations", "32"), CultureInfo.InvariantCulture),
            double.Parse(Get("seconds", "15"), CultureInfo.InvariantCulture),
            double.Parse(Get("warmup", "5"), CultureInfo.InvariantCulture),
            int.Parse(Get("max-turns", "30"), CultureInfo.InvariantCulture),
            Get("out", "") is { Length: > 0 } o ? o : null,
            Get("pids", "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToList());
    }
}

internal sealed class Stats
{
    private readonly object _gate = new();
    private List<double> _latencies = new(100_000);
    public int Errors;
    public int Cases;

    private readonly Dictionary<string, List<double>> _bySlot = new();
    public void Add(double ms, string? slot = null)
    {
        lock (_gate)
        {
            _latencies.Add(ms);
            var key = slot ?? "(none)";
            if (!_bySlot.TryGetValue(key, out var l)) _bySlot[key] = l = [];
            l.Add(ms);
        }
    }
    public Dictionary<string, List<double>> BySlot() { lock (_gate) return new(_bySlot); }
    public double[] Latencies() { lock (_gate) return _latencies.ToArray(); }
    public void Reset()
    {
        lock (_gate) { _latencies = new List<double>(100_000); _bySlot.Clear(); }
        Interlocked.Exchange(ref Errors, 0);
        Interlocked.Exchange(ref Cases, 0);
    }
}

internal static class Conversation
{
    // The answers of a nurse from the Philippines living in Berlin, by the slot the bot asks for.
    private static readonly Dictionary<string, string> Answers = new(StringComparer.Ordinal)
    {
        ["language"] = "en",
        ["consent"] = "yes",
        ["qualification.name"] = "Nurse",
        ["qualification.type"] = "vocational",
        ["qualification.duration"] = "three years",
        ["qualification.country"] = "Philippines",
        ["qualification.year"] = "since 2016",
        ["qualification.experience"] = "5 years",
        ["qualification.documents"] = "1, 2",
        ["residence.inGermany"] = "yes",
        ["residence.postalCode"] = "10115",
        ["residence.country"] = "Philippines",
        ["residence.status"] = "work-visa",
        ["german.level"] = "B1",
        ["goal"] = "work",
        ["contact.channel"] = "email",
        ["contact.details"] = "maria.santos@example.com",
        ["contact.consent"] = "yes",
        ["review"] = "confirm",
    };

    // Where a bot asks nothing (the echo bot), the same answers in interview order.
    private static readonly string[] Script = Answers.Values.ToArray();

    private static readonly JsonSerializerSettings Settings = HttpHelper.BotMessageSerializerSettings;

    public static async Task RunAsync(HttpClient http, int worker, Options options, Stats stats, Func<bool> measuring, CancellationToken stop)
    {
        var run = 0;
        while (!stop.IsCancellationRequested)
        {
            var id = $"bench-{worker}-{run++}-{Guid.NewGuid():N}";
            var reply = await SendAsync(http, NewActivity(id, ActivityTypes.ConversationUpdate, null), stats, measuring, stop);
            for (var turn = 0; turn < options.MaxTurns && reply is not null && !stop.IsCancellationRequested; turn++)
            {
                if (Hint(reply, "caseReference") is not null)
                {
                    if (measuring()) Interlocked.Increment(ref stats.Cases);
                    break; // the interview is done: the next conversation begins
                }
                var slot = Hint(reply, "slot");
                string text;
                if (slot is null) text = Script[turn % Script.Length];
                else if (!Answers.TryGetValue(slot, out text!)) text = FirstChoice(reply) ?? "yes";
                reply = await SendAsync(http, NewActivity(id, ActivityTypes.Message, text), stats, measuring, stop, slot);
            }
        }
    }

    private static Activity NewActivity(string conversationId, string type, string? text)
    {
        var activity = new Activity
        {
            Type = type,
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = "bench",
            ServiceUrl = "http://localhost/",
            Conversation = new ConversationAccount(id: conversationId),
            From = new ChannelAccount("user-" + conversationId, "Maria"),
            Recipient = new ChannelAccount("bot", "bot"),
            Locale = "en",
            Text = text,
            DeliveryMode = DeliveryModes.ExpectReplies,
            Timestamp = DateTimeOffset.UtcNow,
        };
        if (type == ActivityTypes.ConversationUpdate) activity.MembersAdded = [new ChannelAccount("user-" + conversationId, "Maria")];
        return activity;
    }

    private static async Task<IList<Activity>?> SendAsync(HttpClient http, Activity activity, Stats stats, Func<bool> measuring, CancellationToken stop, string? slot = null)
    {
        var json = JsonConvert.SerializeObject(activity, Settings);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var content = new StringContent(json, Encoding.UTF8, "application/json");
            using var response = await http.PostAsync("/api/messages", content, stop);
            var body = await response.Content.ReadAsStringAsync(stop);
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (response.StatusCode != HttpStatusCode.OK)
            {
                if (measuring()) Interlocked.Increment(ref stats.Errors);
                return null;
            }
            var replies = JsonConvert.DeserializeObject<ExpectedReplies>(body, Settings)?.Activities ?? [];
            if (replies.Any(r => Hint(r, "error") is not null))
            {
                if (measuring()) Interlocked.Increment(ref stats.Errors);
            }
            else if (measuring() && activity.Type == ActivityTypes.Message)
            {
                stats.Add(ms, slot);
            }
            return replies;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return null;
        }
        catch (HttpRequestException)
        {
            if (measuring()) Interlocked.Increment(ref stats.Errors);
            await Task.Delay(100, CancellationToken.None);
            return null;
        }
    }

    private static string? Hint(IList<Activity> replies, string name) =>
        replies.Select(r => Hint(r, name)).LastOrDefault(v => v is not null);

    private static string? Hint(Activity reply, string name) => (reply.ChannelData as JObject)?[name]?.ToString();

    private static string? FirstChoice(IList<Activity> replies) =>
        replies.LastOrDefault(r => r.SuggestedActions?.Actions?.Count > 0)?.SuggestedActions.Actions[0].Value?.ToString();
}
