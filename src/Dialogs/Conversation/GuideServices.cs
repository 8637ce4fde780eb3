using IqChatGuide.Dialogs.Interview;
using IqChatGuide.Guidance.Cases;
using IqChatGuide.Guidance.Faq;
using IqChatGuide.Guidance.Input;
using IqChatGuide.Guidance.Languages;
using IqChatGuide.Guidance.Localization;
using IqChatGuide.Guidance.Routing;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Localization;

namespace IqChatGuide.Dialogs.Conversation;

/// <summary>The domain services every dialog of the guide uses, handed over as one object.</summary>
public sealed class GuideServices(
    GuideStateAccessors state,
    ILocalizerProvider localizers,
    IInputReader reader,
    ILanguageDetector detector,
    IFaqAnswerer faq,
    IResidenceRouter router,
    ICaseStore cases,
    TimeProvider? time = null,
    CountryDisplayNames? countries = null,
    IFaqInsights? faqInsights = null)
{
    public GuideStateAccessors State { get; } = state;
    public ILocalizerProvider Localizers { get; } = localizers;
    public IInputReader Reader { get; } = reader;
    public ILanguageDetector Detector { get; } = detector;
    public IFaqAnswerer Faq { get; } = faq;
    public IResidenceRouter Router { get; } = router;
    public ICaseStore Cases { get; } = cases;
    public TimeProvider Time { get; } = time ?? TimeProvider.System;
    public CountryDisplayNames Countries { get; } = countries ?? new CountryDisplayNames();
    /// <summary>Counts FAQ outcomes for operators; null where nobody reads them.</summary>
    public IFaqInsights? FaqInsights { get; } = faqInsights;

    /// <summary>The texts in the language of this conversation (English until it is known).</summary>
    public IStringLocalizer Texts(ITurnContext turnContext) =>
        Localizers.ForCulture(GuideStateAccessors.Current(turnContext).Culture ?? SupportedLanguages.Default);
}
