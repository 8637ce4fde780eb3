// Measures language detection on a JSON-lines file of questions ({"lang": "tr", "q": "…"}) and
// prints accuracy per language and overall. Exit code 1 when below target (95% overall, 85% each).
//
//   dotnet run --project tools/LanguageEval -- [--dev ../shared/eval/faq-dev.jsonl] [--locales locales] [--misses]
using System.Globalization;
using System.Text.Json;
using IqChatGuide.Guidance;
using IqChatGuide.Guidance.Languages;

var devPath = Option("--dev") ?? Path.Combine(RepositoryRoot(), "..", "shared", "eval", "faq-dev.jsonl");
var locales = Option("--locales") ?? Path.Combine(RepositoryRoot(), "locales");
var showMisses = args.Contains("--misses");
const double OverallTarget = 0.95, LanguageTarget = 0.85;

if (!File.Exists(devPath)) { Console.Error.WriteLine($"No question file at {devPath}"); return 2; }
var detector = new LanguageDetector(new ContentPaths(locales, Path.Combine(locales, "..", "data")));

var perLanguage = new SortedDictionary<string, (int Total, int Right, int None)>(StringComparer.Ordinal);
var misses = new List<string>();
foreach (var line in File.ReadLines(devPath))
{
    if (string.IsNullOrWhiteSpace(line)) continue;
    using var doc = JsonDocument.Parse(line);
    var expected = doc.RootElement.GetProperty("lang").GetString()!;
    var question = doc.RootElement.GetProperty("q").GetString()!;
    var detected = detector.Detect(question);
    var (total, right, none) = perLanguage.GetValueOrDefault(expected);
    var ok = detected?.Language == expected;
    perLanguage[expected] = (total + 1, right + (ok ? 1 : 0), none + (detected is null ? 1 : 0));
    if (!ok) misses.Add($"{expected} → {detected?.Culture ?? "none"}: {question}");
}

var inv = CultureInfo.InvariantCulture;
Console.WriteLine("lang  questions  correct  undecided  accuracy");
var failed = false;
foreach (var (lang, (total, right, none)) in perLanguage)
{
    var accuracy = (double)right / total;
    failed |= accuracy < LanguageTarget;
    Console.WriteLine(string.Format(inv, "{0,-4}  {1,9}  {2,7}  {3,9}  {4,7:P1}", lang, total, right, none, accuracy));
}
var all = perLanguage.Values.Sum(v => v.Total);
var allRight = perLanguage.Values.Sum(v => v.Right);
var overall = all == 0 ? 0 : (double)allRight / all;
failed |= overall < OverallTarget;
Console.WriteLine(string.Format(inv, "all   {0,9}  {1,7}  {2,9}  {3,7:P1}", all, allRight, perLanguage.Values.Sum(v => v.None), overall));
// Macro average: every language counts the same, however many questions it has.
Console.WriteLine(string.Format(inv, "macro average over languages: {0:P1}", perLanguage.Values.Average(v => (double)v.Right / v.Total)));
if (showMisses) foreach (var miss in misses) Console.WriteLine(miss);
Console.WriteLine(failed ? $"below target ({OverallTarget:P0} overall, {LanguageTarget:P0} per language)" : "target met");
return failed ? 1 : 0;

string? Option(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static string RepositoryRoot()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "IqChatGuide.sln"))) return dir.FullName;
    return Directory.GetCurrentDirectory();
}
