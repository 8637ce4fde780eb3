using IqChatGuide.Bot.Tests.Infrastructure;

namespace IqChatGuide.Bot.Tests.Delivery;

/// <summary>Several instances behind a load balancer share Redis: each case still reaches its office once.</summary>
public sealed class ScaleOutDeliveryTests(RedisServerFixture redis)
{
    [Fact]
    public async Task Three_instances_polling_one_redis_outbox_send_every_case_exactly_once()
    {
        var server = redis.Require();
        var prefix = redis.NewPrefix();
        await using var office = await WebhookReceiver.StartAsync();
        office.Answer = n => n % 3 == 0 ? 500 : 200; // some calls fail and are retried
        Dictionary<string, string?> Settings()
        {
            var s = DeliveryHosts.FastDelivery("Redis").WithWebhook(DeliveryHosts.BerlinOffice, office.Url);
            s["ConnectionStrings:Redis"] = server.ConnectionString;
            s["Storage:RedisKeyPrefix"] = prefix;
            s["Delivery:PollSeconds"] = "0.05";
            return s;
        }
        await using var a = DeliveryHosts.Start(Settings());
        await using var b = DeliveryHosts.Start(Settings());
        await using var c = DeliveryHosts.Start(Settings());
        b.CreateClient();
        c.CreateClient();

        var references = new List<string>();
        for (var i = 0; i < 12; i++) references.Add(await DeliveryTests.CreateCaseAsync(a, DeliveryHosts.BerlinOffice));
        foreach (var reference in references) await DeliveryTests.WaitDeliveredAsync(b, reference);
        await Task.Delay(1500);

        var accepted = office.Accepted.Select(call => call.IdempotencyKey).ToList();
        Assert.Equal(references.Order(), accepted.Order());
    }
}
