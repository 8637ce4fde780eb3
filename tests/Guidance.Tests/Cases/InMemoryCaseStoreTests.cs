using IqChatGuide.Guidance.Cases;

namespace IqChatGuide.Guidance.Tests.Cases;

public class InMemoryCaseStoreTests
{
    private static GuidanceCase NewCase() => new()
    {
        Reference = CaseReference.New(),
        CreatedAt = DateTimeOffset.UtcNow,
        Language = "en",
        OfficeId = "be-counselling",
        Answers = new CaseAnswers { QualificationName = "Nurse" },
    };

    [Fact]
    public async Task Stored_case_can_be_read_and_deleted()
    {
        var store = new InMemoryCaseStore();
        var guidanceCase = NewCase();
        var ct = TestContext.Current.CancellationToken;

        await store.CreateAsync(guidanceCase, ct);

        Assert.Same(guidanceCase, await store.GetAsync(guidanceCase.Reference, ct));
        Assert.True(await store.DeleteAsync(guidanceCase.Reference, ct));
        Assert.Null(await store.GetAsync(guidanceCase.Reference, ct));
        Assert.False(await store.DeleteAsync(guidanceCase.Reference, ct));
    }

    [Fact]
    public async Task A_reference_is_never_overwritten()
    {
        var store = new InMemoryCaseStore();
        var first = NewCase();
        var ct = TestContext.Current.CancellationToken;
        await store.CreateAsync(first, ct);

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.CreateAsync(first with { Language = "de" }, ct));
        Assert.Equal("en", (await store.GetAsync(first.Reference, ct))!.Language);
    }

    [Fact]
    public async Task Parallel_writers_lose_no_case()
    {
        var store = new InMemoryCaseStore();
        var cases = Enumerable.Range(0, 2000).Select(_ => NewCase()).ToList();

        await Parallel.ForEachAsync(cases, TestContext.Current.CancellationToken, async (c, ct) => await store.CreateAsync(c, ct));

        Assert.Equal(cases.Count, store.Count);
        foreach (var c in cases) Assert.NotNull(await store.GetAsync(c.Reference, TestContext.Current.CancellationToken));
    }
}
