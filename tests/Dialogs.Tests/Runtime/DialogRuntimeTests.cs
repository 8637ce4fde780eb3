using IqChatGuide.Dialogs.Runtime;
using Microsoft.Bot.Schema;

namespace IqChatGuide.Dialogs.Tests.Runtime;

public class DialogRuntimeTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Waterfall_asks_one_question_per_turn_and_a_finished_child_resumes_its_parent(bool restartEveryTurn)
    {
        var harness = new RuntimeHarness(() => new RootDialog(), restartEveryTurn);
        await harness.Flow()
            .Send("hi").AssertReply("What is your name?")
            .Send("Anna").AssertReply("How old are you?")
            .Send("34").AssertReply(a =>
            {
                Assert.Equal("Which colour?", a.AsMessageActivity().Text);
                Assert.Equal(["red", "green", "blue"], a.Buttons().Select(b => (string)b.Value));
                Assert.Equal(["Red", "Green", "Blue"], a.Buttons().Select(b => b.Title));
            })
            .Send("navy").AssertReply("Is that right?")
            .Send("yes")
            .AssertReply("Anna|34|0.5|blue|confirmed")
            .AssertReply("Profile finished: done")
            .StartTestAsync();
        Assert.Equal(DialogTurnStatus.Complete, harness.Results[^1].Status);
    }

    [Fact]
    public async Task Number_prompt_asks_again_with_the_retry_text_and_gives_up_after_the_limit()
    {
        var harness = new RuntimeHarness(() => new RootDialog());
        await harness.Flow()
            .Send("hi").AssertReply("What is your name?")
            .Send("Anna").AssertReply("How old are you?")
            .Send("old").AssertReply("Please type your age as a number, for example 34.")
            .Send("500").AssertReply("Please type your age as a number, for example 34.")
            .Send("never").AssertReply("Which colour?")
            .Send("1").AssertReply("Is that right?")
            .Send("no")
            .AssertReply("Anna|open|0.5|red|not confirmed")
            .AssertReply("Profile finished: done")
            .StartTestAsync();
    }

    [Fact]
    public async Task Choice_prompt_as_numbered_list_takes_the_number_and_asks_again_on_an_unknown_answer()
    {
        var harness = new RuntimeHarness(() => new RootDialog(ListStyle.List));
        await harness.Flow("sms")
            .Send("hi").AssertReply("What is your name?")
            .Send("Anna").AssertReply("How old are you?")
            .Send("34").AssertReply(a =>
            {
                Assert.Equal("Which colour?\n1. Red\n2. Green\n3. Blue", a.AsMessageActivity().Text);
                Assert.Empty(a.Buttons());
            })
            .Send("purple").AssertReply(a => Assert.StartsWith("Which colour?\n1. Red", a.AsMessageActivity().Text))
            .Send("2").AssertReply("Is that right?")
            .Send("1")
            .AssertReply("Anna|34|0.5|green|confirmed")
            .AssertReply("Profile finished: done")
            .StartTestAsync();
    }

    [Fact]
    public async Task Interruption_hook_answers_help_and_asks_the_same_question_again_keeping_answers()
    {
        var harness = new RuntimeHarness(() => new RootDialog());
        await harness.Flow()
            .Send("hi").AssertReply("What is your name?")
            .Send("Anna").AssertReply("How old are you?")
            .Send("help").AssertReply("Answer the question or write cancel.").AssertReply("How old are you?")
            .Send("34").AssertReply("Which colour?")
            .Send("green").AssertReply("Is that right?")
            .Send("yes").AssertReply("Anna|34|0.5|green|confirmed")
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancel_all_empties_the_stack_and_the_next_message_begins_the_root_again()
    {
        var harness = new RuntimeHarness(() => new RootDialog());
        await harness.Flow()
            .Send("hi").AssertReply("What is your name?")
            .Send("Anna").AssertReply("How old are you?")
            .Send("cancel").AssertReply("Cancelled.")
            .Send("hello again").AssertReply("What is your name?")
            .StartTestAsync();
        Assert.NotEqual(DialogTurnStatus.Waiting, harness.Results[2].Status);
        Assert.Equal(DialogTurnStatus.Waiting, harness.Results[3].Status);
    }

    [Fact]
    public async Task Replace_dialog_loops_and_carries_typed_options_across_restarts()
    {
        var harness = new RuntimeHarness(() => new CollectDialog());
        await harness.Flow()
            .Send("go").AssertReply("Word 1?")
            .Send("a").AssertReply("Word 2?")
            .Send("b").AssertReply("Word 3?")
            .Send("stop").AssertReply("a,b")
            .StartTestAsync();
        var last = harness.Results[^1];
        Assert.Equal(DialogTurnStatus.Complete, last.Status);
        Assert.Equal(2, last.Result);
    }

    [Fact]
    public async Task Stored_state_is_plain_json_with_the_waiting_prompt_on_top()
    {
        var harness = new RuntimeHarness(() => new RootDialog());
        await harness.Flow()
            .Send("hi").AssertReply("What is your name?")
            .Send("Anna").AssertReply("How old are you?")
            .StartTestAsync();
        Assert.DoesNotContain("$type", harness.StoredJson);
        // The waiting prompt is on top of the waterfall inside the profile inside the root.
        Assert.Contains("\"Id\":\"NumberPrompt\"", harness.StoredJson.Replace("NumberPrompt`1", "NumberPrompt"));
    }

    [Fact]
    public void Instance_values_come_back_in_their_declared_types_through_system_text_json_too()
    {
        var instance = new DialogInstance { Id = "x" };
        instance.Set("count", 3);
        instance.Set("years", 2.5);
        instance.Set("when", new DateOnly(2015, 6, 1));
        var json = System.Text.Json.JsonSerializer.Serialize(new DialogState { DialogStack = [instance] });
        var back = System.Text.Json.JsonSerializer.Deserialize<DialogState>(json)!.DialogStack[0];
        Assert.Equal(3, back.Get<int>("count"));
        Assert.Equal(2.5, back.Get<double>("years"));
        Assert.Equal(new DateOnly(2015, 6, 1), back.Get<DateOnly>("when"));
        Assert.Equal(0, back.Get<int>("missing"));
    }
}
