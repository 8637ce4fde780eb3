using IqChatGuide.Guidance.Input;
using IqChatGuide.Guidance.Languages;
using IqChatGuide.Guidance.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace IqChatGuide.Guidance.Tests.Localization;

public sealed class LanguageServicesTests
{
    [Fact]
    public void Registration_gives_one_shared_localizer_detector_and_reader()
    {
        using var provider = new ServiceCollection().AddGuideLanguages(ContentPaths.NextToBinaries()).BuildServiceProvider();
        Assert.Same(provider.GetRequiredService<ILocalizerProvider>(), provider.GetRequiredService<ILocalizerProvider>());
        Assert.Equal("tr", provider.GetRequiredService<ILanguageDetector>().Detect("Merhaba, diplomamı nasıl tanıtabilirim?")?.Language);
        Assert.True(provider.GetRequiredService<IInputReader>().ReadYesNo("evet", "tr"));
        Assert.Equal("Türkçe", provider.GetRequiredService<LanguageCatalog>().NameOf("tr-TR"));
        Assert.True(provider.GetRequiredService<ILocalizerProvider>().ForCulture("xx")["no.such.key"].ResourceNotFound);
    }
}
