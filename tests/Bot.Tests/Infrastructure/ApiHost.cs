using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace IqChatGuide.Bot.Tests.Infrastructure;

/// <summary>The real host with its default settings, on a SQLite file of its own: what the tests store (FAQ counts,
/// state) must not end up in the store a developer's bot reads (src/Bot/data-store).</summary>
public class ApiHost : WebApplicationFactory<Program>
{
    private readonly string _directory = Directory.CreateTempSubdirectory("iq-api-host-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={Path.Combine(_directory, "guide.db")}");

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        try { Directory.Delete(_directory, recursive: true); }
        catch (IOException) { /* a file still held open: the system cleans its temporary folder */ }
    }
}
