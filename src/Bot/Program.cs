using IqChatGuide.Bot.Counsel;
using IqChatGuide.Bot.DirectLine;
using IqChatGuide.Bot.Faq;
using IqChatGuide.Bot.Hosting;
using IqChatGuide.Bot.Offices;
using IqChatGuide.Bot.Widget;
using IqChatGuide.Dialogs;
using IqChatGuide.Guidance;
using IqChatGuide.Guidance.Faq;
using IqChatGuide.Guidance.Localization;
using IqChatGuide.Guidance.Routing;

var builder = WebApplication.CreateBuilder(args);
var content = ContentPaths.NextToBinaries();
builder.WebHost.UseGuideDefaultUrl(builder.Configuration);

builder.Services
    .AddGuideLanguages(content)
    .AddGuideRouting(content)
    .AddGuideFaq(content)
    .AddGuideDialogs()
    .AddGuideBot(builder.Configuration)
    .AddDirectLine(builder.Configuration)
    .AddCounsel(builder.Configuration);

var app = builder.Build();

app.MapGuideBot();
app.MapFaqApi();
app.MapOfficesApi();
app.MapDirectLine();
app.MapWidget();
app.MapCounsel();

app.Run();

/// <summary>Entry point; public so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
