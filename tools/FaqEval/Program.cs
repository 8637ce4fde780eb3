// Measures the FAQ answerer on a labelled question file (default: ../shared/eval/faq-dev.jsonl):
// top-1 accuracy per language for in-scope lines, the share of out-of-scope lines rejected, and the
// latency per query in process. With --self it runs leave-one-out over the FAQ's own question variants.
//
//   dotnet run --project tools/FaqEval -c Release [-- [path.jsonl] [--self [--first N]] [--errors] [--dump] [--detect] [--repeats N] [th.Decision=0.6] [GramBoost=0.5]]
//   --ask "question" lang   shows how one question is read and ranked.
// --self --first 12 leaves out only the first 12 variants of each topic, so the same questions are measured
// before and after variants are added (adding content must raise it, not just add easy cases).
using System.Diagnostics;
using System.Text.Json;
using IqChatGuide.Guidance;
using IqChatGuide.Guidance.Faq;
using IqChatGuide.Guidance.Languages;

var root = FindRepositoryRoot();
var argList = args.ToList();
var showErrors = argList.Remove("--errors");
var dump = argList.Remove("--dump");
var self = argList.Remove("--self");
var detect = argList.Remove("--detect");
// --first N: leave out only the first N variants of each topic (the same questions before and after content is added).
var firstAt = argList.IndexOf("--first");
var first = int.MaxValue;
if (firstAt >= 0) { first = int.Parse(argList[firstAt + 1]); argList.RemoveRange(firstAt, 2); }
var repeatsAt = argList.IndexOf("--repeats");
var repeats = 5;
if (repeatsAt >= 0) { repeats = int.Parse(argList[repeatsAt + 1]); argList.RemoveRange(repeatsAt, 2); }
// "th.Confident=0.35" sets a decision limit, "GramBoost=0.5" a retrieval weight.
var thresholds = new FaqThresholds();
foreach (var a in argList.Where(a => a.StartsWith("th.", StringComparison.Ordinal)).ToList())
{
    var (name, value) = (a[3..].Split('=')[0], a.Split('=')[1]);
    var prop = typeof(FaqThresholds).GetProperty(name) ?? throw new ArgumentException($"unknown threshold {name}");
    prop.SetValue(thresholds, Convert.ChangeType(value, prop.PropertyType, System.Globalization.CultureInfo.InvariantCulture));
    argList.Remove(a);
}
foreach (var a in argList.Where(a => a.Contains('=')).ToList()) { FaqTuning.Set(a); argList.Remove(a); }
var path = argList.FirstOrDefault() ?? Path.Combine(root, "..", "shared", "eval", "faq-dev.jsonl");

var paths = new ContentPaths(Path.Combine(root, "locales"), Path.Combine(root, "data"));
var build = Stopwatch.StartNew();
var answerer = new FaqAnswerer(FaqContent.Load(paths), FactCatalog.Load(Path.Combine(paths.Data, "facts.json")), new LanguageDetector(paths), thresholds);
build.Stop();
Console.WriteLine($"index: {answerer.Index.DocumentCount} documents, languages {string.Join(' ', answerer.Languages.Order())}, built in {build.ElapsedMilliseconds} ms");

var askAt = argList.IndexOf("--ask");
if (askAt >= 0)
{
    var (q, l) = (argList[askAt + 1], argList[askAt + 2]);
    var found = answerer.Index.Search(q, l);
    Console.WriteLine($"keys: {string.Join(' ', answerer.Index.QueryKeys(q, l))}");
    foreach (var h in found.Topics) Console.WriteLine($"  {h.Topic,-28} {h.Score:0.00} coverage {h.Coverage:0.00} typical {h.Typical:0.00} rank {h.Rank:0.000}");
    Console.WriteLine($"  out-of-scope {found.OutOfScope.Score:0.00} coverage {found.OutOfScope.Coverage:0.00}");
    var r = answerer.Ask(q, l);
    Console.WriteLine($"→ {r.Topic ?? "(none)"} {r.Score} [{string.Join(", ", r.Suggestions.Select(s => s.Topic))}]");
    return;
}

List<Case> cases;
if (self)
{
    cases = answerer.Index.QuestionDocuments().Where(d => d.Variant < first).Select(d => new Case(d.Lang, d.Topic.Length == 0 ? null : d.Topic, d.Text, d.Doc)).ToList();
    Console.WriteLine($"leave-one-out over {cases.Count} own question variants");
}
else
{
    cases = File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(l =>
    {
        using var doc = JsonDocument.Parse(l);
        var r = doc.RootElement;
        var topic = r.TryGetProperty("topic", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        if (topic is "none" or "out-of-scope" or "") topic = null;
        return new Case(r.GetProperty("lang").GetString()!, topic, r.GetProperty("q").GetString()!, -1);
    }).ToList();
    Console.WriteLine($"{cases.Count} questions from {Path.GetFullPath(path)}");
}

FaqResult Run(Case c) => answerer.Ask(c.Question, detect ? null : c.Lang, c.ExcludeDoc);

// Warm up (JIT, caches), then time every question several times.
foreach (var c in cases) Run(c);
var Repeats = repeats;
var timings = new List<double>(cases.Count * Repeats);
var bestOf = Enumerable.Repeat(double.MaxValue, cases.Count).ToArray();
var results = new FaqResult[cases.Count];
var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
var collectionsBefore = GC.CollectionCount(0);
for (var rep = 0; rep < Repeats; rep++)
{
    for (var i = 0; i < cases.Count; i++)
    {
        var sw = Stopwatch.GetTimestamp();
        results[i] = Run(cases[i]);
        var ms = Stopwatch.GetElapsedTime(sw).TotalMilliseconds;
        timings.Add(ms);
        bestOf[i] = Math.Min(bestOf[i], ms);
    }
}

var allocatedPerQuery = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / Math.Max(1, timings.Count);
var collections = GC.CollectionCount(0) - collectionsBefore;

var perLang = new SortedDictionary<string, (int Right, int Unsure, int Total)>(StringComparer.Ordinal);
var rankedPerLang = new Dictionary<string, int>(StringComparer.Ordinal);
int oosTotal = 0, oosRejected = 0, inRight = 0, inTotal = 0, wrongConfident = 0, langRight = 0, rankedRight = 0;
for (var i = 0; i < cases.Count; i++)
{
    var c = cases[i];
    var r = results[i];
    if (r.Lang == c.Lang) langRight++;
    if (c.Topic is null)
    {
        var rk = answerer.Index.Search(c.Question, c.Lang, c.ExcludeDoc);
        if (dump && rk.Topics.Count > 0)
            Console.WriteLine($"DUMP {c.Lang} oos {Features(rk)}");
        oosTotal++;
        if (r.Topic is null && r.Suggestions.Count == 0) oosRejected++;
        else if (showErrors) Console.WriteLine($"  OOS not rejected [{c.Lang}] {c.Question} → {r.Topic ?? "suggest " + string.Join(",", r.Suggestions.Select(s => s.Topic))} {r.Score}");
        continue;
    }
    var (right, unsure, total) = perLang.GetValueOrDefault(c.Lang);
    var ok = r.Topic == c.Topic;
    if (r.Topic is not null && !ok) wrongConfident++;
    perLang[c.Lang] = (right + (ok ? 1 : 0), unsure + (r.Topic is null && r.Suggestions.Any(s => s.Topic == c.Topic) ? 1 : 0), total + 1);
    inTotal++;
    if (ok) inRight++;
    var ranked = answerer.Index.Search(c.Question, c.Lang, c.ExcludeDoc);
    if (dump && ranked.Topics.Count > 0)
        Console.WriteLine($"DUMP {c.Lang} {(ranked.Topics[0].Topic == c.Topic ? "right" : "wrong")} {Features(ranked)}");
    if (showErrors && (ranked.Topics.Count == 0 || ranked.Topics[0].Topic != c.Topic))
        Console.WriteLine($"  ranked wrong [{c.Lang}] {c.Topic} → {string.Join(", ", ranked.Topics.Take(3).Select(t => $"{t.Topic} {t.Coverage:0.00}"))}: {c.Question}");
    if (ranked.Topics.Count > 0 && ranked.Topics[0].Topic == c.Topic)
    {
        rankedRight++;
        rankedPerLang[c.Lang] = rankedPerLang.GetValueOrDefault(c.Lang) + 1;
        if (showErrors && !ok) Console.WriteLine($"  unsure [{c.Lang}] {c.Topic}: {c.Question} → {r.Score} [{string.Join(",", r.Suggestions.Select(s => s.Topic))}]");
    }
    else if (showErrors) Console.WriteLine($"  miss [{c.Lang}] {c.Topic}: {c.Question} → {r.Topic ?? "(none)"} {r.Score} [{string.Join(",", r.Suggestions.Select(s => s.Topic))}]");
}

Console.WriteLine();
Console.WriteLine("lang  top-1                unsure, right one offered   ranked first");
foreach (var (lang, v) in perLang)
    Console.WriteLine($"{lang,-4}  {Pct(v.Right, v.Total),6}  ({v.Right}/{v.Total})  {v.Unsure,4}   {Pct(rankedPerLang.GetValueOrDefault(lang), v.Total),6}");
Console.WriteLine($"all   {Pct(inRight, inTotal),6}  ({inRight}/{inTotal})   confident but wrong: {wrongConfident}");
Console.WriteLine($"ranked first (before the confidence threshold): {Pct(rankedRight, inTotal)}");
Console.WriteLine($"out-of-scope rejected: {Pct(oosRejected, oosTotal)} ({oosRejected}/{oosTotal})");
if (detect) Console.WriteLine($"language detected right: {Pct(langRight, cases.Count)}");
timings.Sort();
Console.WriteLine($"latency per query: p50 {Percentile(timings, 0.50):0.000} ms, p99 {Percentile(timings, 0.99):0.000} ms, max {timings[^1]:0.000} ms ({timings.Count} runs, wall clock)");
// On a busy machine the wall clock includes time the thread waited for a core; the best of the
// repeats per question shows what the search itself costs.
var best = bestOf.Order().ToList();
Console.WriteLine($"latency per question, best of {Repeats}: p50 {Percentile(best, 0.50):0.000} ms, p99 {Percentile(best, 0.99):0.000} ms, max {best[^1]:0.000} ms");
Console.WriteLine($"allocated per query: {allocatedPerQuery / 1024.0:0} KB, gen-0 collections while timing: {collections}");
Console.WriteLine($"machine load (1 min average): {LoadAverage()}, cores: {Environment.ProcessorCount}");

// For calibrating the decision limits: coverage, runner-up rank share, runner-up coverage, out-of-scope score share and coverage, words.
static string Features(FaqSearchResult r)
{
    var (a, b) = (r.Topics[0], r.Topics.Count > 1 ? r.Topics[1] : default);
    var inv = System.Globalization.CultureInfo.InvariantCulture;
    return string.Format(inv, "{0:0.000} {1:0.000} {2:0.000} {3:0.000} {4:0.000} {5}", a.Coverage, b.Topic is null ? 0 : b.Rank / a.Rank, b.Coverage, r.OutOfScope.Score / a.Score, r.OutOfScope.Coverage, r.ContentWords);
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

static string Pct(int a, int b) => b == 0 ? "n/a" : $"{100.0 * a / b:0.0}%";

static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

static string FindRepositoryRoot()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "IqChatGuide.sln"))) return dir.FullName;
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "IqChatGuide.sln"))) return dir.FullName;
    throw new InvalidOperationException("Run FaqEval inside the repository (IqChatGuide.sln not found).");
}

internal sealed record Case(string Lang, string? Topic, string Question, int ExcludeDoc);
