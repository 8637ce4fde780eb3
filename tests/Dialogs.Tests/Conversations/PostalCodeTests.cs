using IqChatGuide.Dialogs.Interview.Slots;
using IqChatGuide.Dialogs.Tests.Infrastructure;
using IqChatGuide.Guidance.Routing;

namespace IqChatGuide.Dialogs.Tests.Conversations;

public class PostalCodeTests
{
    [Fact]
    public async Task A_postal_code_in_two_states_is_resolved_by_asking_for_the_state()
    {
        var harness = new GuideHarness();
        var routing = harness.Router.RouteInGermany("21039");
        Assert.Equal(RoutingStatus.Ambiguous, routing.Status);

        var chat = harness.Start(locale: "en");
        var atPostalCode = await chat.AnswerUntilAsync(await chat.JoinAsync(), SlotIds.PostalCode, Answers.Nurse());
        var state = (await chat.SendAsync("21039")).Asks(SlotIds.State).Says("21039");
        Assert.Equal(routing.States.Select(s => s.Code).Order(), state.ButtonValues.Order());
        Assert.Contains("DE-HH", state.ButtonValues);
        Assert.Contains("DE-SH", state.ButtonValues);
        Assert.Contains("Schleswig-Holstein", state.ButtonTitles);

        var next = (await chat.SendAsync("DE-SH")).Asks(SlotIds.ResidenceStatus);
        var review = await chat.AnswerUntilAsync(next, SlotIds.Review, Answers.Nurse());
        review.Says("Schleswig-Holstein").Says("21039");
        var handoff = await chat.SendAsync("confirm");

        var expected = harness.Router.RouteToState("DE-SH", "21039").Office!;
        Assert.Equal(expected.Id, handoff.Hint("office"));
        var stored = (await harness.Cases.GetAsync(handoff.Hint("caseReference")!, TestContext.Current.CancellationToken))!;
        Assert.Equal("DE-SH", stored.Answers.StateCode);
        Assert.Equal("21039", stored.Answers.PostalCode);
        Assert.Equal(expected.Id, stored.OfficeId);
    }

    [Fact]
    public async Task An_unknown_postal_code_asks_for_the_state_among_all_sixteen_and_a_malformed_one_is_asked_again_with_an_example()
    {
        var harness = new GuideHarness();
        var unknown = Enumerable.Range(0, 100_000).Select(n => n.ToString("00000"))
            .First(code => harness.Router.RouteInGermany(code).Status == RoutingStatus.Unknown);

        var chat = harness.Start(locale: "en");
        await chat.AnswerUntilAsync(await chat.JoinAsync(), SlotIds.PostalCode, Answers.Nurse());

        (await chat.SendAsync("123")).Asks(SlotIds.PostalCode).Says("5 digits").Says("10115");
        var state = (await chat.SendAsync(unknown)).Asks(SlotIds.State).Says(unknown).Says("do not know");
        Assert.Equal(16, state.ButtonValues.Count);

        (await chat.SendAsync("Bayern")).Asks(SlotIds.ResidenceStatus);
        var review = await chat.AnswerUntilAsync(chat.Turns[^1], SlotIds.Review, Answers.Nurse());
        review.Says("Bayern");
        var handoff = await chat.SendAsync("confirm");
        var stored = (await harness.Cases.GetAsync(handoff.Hint("caseReference")!, TestContext.Current.CancellationToken))!;
        Assert.Equal("DE-BY", stored.Answers.StateCode);
        Assert.Equal(unknown, stored.Answers.PostalCode);
        Assert.Equal(harness.Router.RouteToState("DE-BY").Office!.Id, stored.OfficeId);
    }
}
