namespace IqChatGuide.Guidance.Faq;

/// <summary>Weights of the retrieval, measured with leave-one-out runs over the FAQ's own question variants (tools/FaqEval --self).</summary>
internal static class FaqTuning
{
    public static float TopicWeight = 1.0f, TitleWeight = 0.9f, AnswerWeight = 0.5f, GlossaryWeight = 0.8f;
    public static float GramBoost = 0.5f, FuzzyBoost = 0.6f, GermanBoost = 1.3f;
    public static int GramMinLength = 5;
    public static int Candidates = 16;
    public static int MaxFuzzyTerms = 3, TwoEditsLength = 99;
    public static float OtherLanguageFactor = 0.75f, GermanTermsFactor = 0.95f;
    public static float K1 = 1.2f, B = 0.4f;
    public static double SecondDocShare = 0.8;
    public static int UnknownDf = 1;
    public static double RerankCoverage = 0.5;
    public static bool PersianStem = true, Decompound = true, Synonyms = true;
    public static int SlavicMinStem = 3;
    public static float SynonymBoost = 2.0f;
    public static double SynonymCredit = 0.9, PartCredit = 0.5, AllPartsCredit = 1.0;
    public static bool SituationWords = true, StoryWords = true;
    public static bool OutOfScopeGrams = true, SplitHyphens = true, KeepNegations = true;
    public static double ModelShare = 0.1, ModelSmoothing = 0.1, ModelTemperature = 3;
    public static float ModelTitleWeight = 1, ModelAnswerWeight = 0.3f;
    public static double TopicSpread = 0.4, TopicSpreadFloor = 0.1;
    public static int GermanMinLength = 5;
    public static double VariantShare = 0.05;
    public static double GramShareMin = 0.6, GramCredit = 0.5;

    /// <summary>Sets a weight by name ("GramBoost=0.5"), for experiments from the evaluation tool.</summary>
    public static void Set(string assignment)
    {
        var (name, value) = (assignment.Split('=')[0], assignment.Split('=')[1]);
        var field = typeof(FaqTuning).GetField(name) ?? throw new ArgumentException($"unknown weight {name}");
        field.SetValue(null, Convert.ChangeType(value, field.FieldType, System.Globalization.CultureInfo.InvariantCulture));
    }
}
