[assembly: AssemblyFixture(typeof(IqChatGuide.Bot.Tests.Infrastructure.RedisServerFixture))]
