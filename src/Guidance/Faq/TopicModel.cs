namespace IqChatGuide.Guidance.Faq;

/// <summary>
/// How typical the words of a question are for each topic, learned from the FAQ's own texts per language
/// (a naive Bayes model over stems and synonym groups). The search finds texts that share words with the
/// question; this tells which topic those words belong to: "Anerkennung" and "arbeiten" appear in every
/// topic, but together with "brauche" they are typical of one.
/// </summary>
internal sealed class TopicModel
{
    // Per language: how many texts of each topic use a key, and how many keys each topic's texts hold.
    private readonly Dictionary<string, Dictionary<string, float[]>> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, float[]> _totals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _vocabularySize = new(StringComparer.Ordinal);
    private readonly double _smoothing;

    /// <param name="texts">the training texts: topic number, language, distinct keys, weight.</param>
    public TopicModel(int topics, IEnumerable<(int Topic, string Lang, string[] Keys, float Weight)> texts, double smoothing)
    {
        _smoothing = smoothing;
        foreach (var (topic, lang, keys, weight) in texts)
        {
            if (!_counts.TryGetValue(lang, out var counts)) _counts[lang] = counts = new Dictionary<string, float[]>(StringComparer.Ordinal);
            if (!_totals.TryGetValue(lang, out var totals)) _totals[lang] = totals = new float[topics];
            foreach (var k in keys)
            {
                if (!counts.TryGetValue(k, out var perTopic)) counts[k] = perTopic = new float[topics];
                perTopic[topic] += weight;
                totals[topic] += weight;
            }
        }
        foreach (var (lang, counts) in _counts) _vocabularySize[lang] = counts.Count;
    }

    /// <summary>
    /// The share of belief in each candidate topic (they sum to 1) given the question's words; each word is
    /// the set of keys it can match and counts by the best of them. Words the language never uses say nothing.
    /// </summary>
    /// <param name="leftOut">a training text to leave out (leave-one-out evaluation): its topic and keys.</param>
    public double[] Posterior(string lang, IReadOnlyList<string[]> words, IReadOnlyList<int> candidates, double temperature,
        (int Topic, string[] Keys, float Weight)? leftOut = null)
    {
        var result = new double[candidates.Count];
        if (candidates.Count == 0) return result;
        if (!_counts.TryGetValue(lang, out var counts)) return Uniform(result);
        var totals = _totals[lang];
        var v = _smoothing * _vocabularySize[lang];
        // The left-out text's keys are taken off its topic's counts; its topic's total shrinks by all of them.
        var (outTopic, outKeys, outWeight) = leftOut ?? (-1, [], 0);
        var known = 0;
        foreach (var keys in words)
        {
            if (!keys.Any(counts.ContainsKey)) continue;
            known++;
            for (var c = 0; c < candidates.Count; c++)
            {
                var t = candidates[c];
                var total = totals[t] - (t == outTopic ? outWeight * outKeys.Length : 0);
                double best = 0;
                foreach (var k in keys)
                {
                    if (!counts.TryGetValue(k, out var perTopic)) continue;
                    var n = perTopic[t] - (t == outTopic && Array.IndexOf(outKeys, k) >= 0 ? outWeight : 0);
                    best = Math.Max(best, (n + _smoothing) / (total + v));
                }
                result[c] += Math.Log(best);
            }
        }
        if (known == 0) return Uniform(result);
        // Softmax with a temperature: many words multiply into near-certainty; the temperature keeps it a signal.
        var max = result.Max();
        double sum = 0;
        for (var c = 0; c < result.Length; c++) sum += result[c] = Math.Exp((result[c] - max) / temperature);
        for (var c = 0; c < result.Length; c++) result[c] /= sum;
        return result;
    }

    private static double[] Uniform(double[] into)
    {
        Array.Fill(into, 1.0 / into.Length);
        return into;
    }
}
