using IqChatGuide.Guidance.Faq;

namespace IqChatGuide.Guidance.Tests.Faq;

/// <summary>Facts read the way people of each language write money, numbers and dates.</summary>
[Collection(FaqCollection.Name)]
public class FactCatalogTests(FaqFixture faq)
{
    [Fact]
    public void German_money_has_the_euro_sign_after_the_amount()
    {
        Assert.Equal("200\u00a0€", faq.Facts.Fill("{fact:fee.zab.first}", "de"));
        Assert.Equal("45.934,20\u00a0€", faq.Facts.Fill("{fact:bluecard.salary.shortage}", "de"));
    }

    [Fact]
    public void English_money_has_the_euro_sign_first_and_comma_groups()
    {
        Assert.Equal("€200", faq.Facts.Fill("{fact:fee.zab.first}", "en"));
        Assert.Equal("€50,700", faq.Facts.Fill("{fact:bluecard.salary}", "en"));
    }

    [Fact]
    public void Dates_use_the_month_name_of_the_language_and_the_Gregorian_calendar()
    {
        Assert.Equal("30. Juni 2027", faq.Facts.Fill("{fact:funding.deadline}", "de"));
        Assert.Equal("30 June 2027", faq.Facts.Fill("{fact:funding.deadline}", "en"));
        Assert.Contains("2027", faq.Facts.Fill("{fact:funding.deadline}", "fa"));
        Assert.Contains("2027", faq.Facts.Fill("{fact:funding.deadline}", "ar"));
    }

    [Fact]
    public void Years_are_written_without_a_group_separator()
    {
        Assert.Equal("2026", faq.Facts.Fill("{fact:bluecard.year}", "de"));
        Assert.Equal("2026", faq.Facts.Fill("{fact:bluecard.year}", "en"));
        Assert.Equal("50.000", faq.Facts.Fill("{fact:westernbalkans.quota}", "de"));
    }

    [Fact]
    public void An_unknown_fact_shows_a_question_mark_instead_of_breaking_the_answer()
    {
        Assert.Equal("costs ? today", faq.Facts.Fill("costs {fact:no.such.fact} today", "en"));
    }

    [Fact]
    public void The_German_costs_answer_names_the_fee_range_in_euros()
    {
        var answer = faq.Answerer.Get("costs", "de")!.Answer!;
        Assert.Contains("100\u00a0€", answer);
        Assert.Contains("600\u00a0€", answer);
    }
}
