package dev.storybrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Attribution patterns and quote-mark handling of {@link QuoteExtractor}; the article text is made up. */
class QuoteExtractorTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    private List<Quote> extract(String... sentences) {
        return extractor.extract(List.of(sentences));
    }

    @Test
    void aBodyOpeningTheSentenceIsTheSubjectThatCallsSomethingSo() {
        // the entity recognizer types "City Transit" a body; the fragment is what the body called the strike
        assertThat(extract("City Transit called the strike “irresponsible”."))
                .extracting(Quote::speaker).containsExactly("City Transit");
    }

    @Test
    void saidNameAfterTheQuote() {
        assertThat(extract("“The army has simply dissolved,” said regional expert Petra Lindqvist."))
                .extracting(Quote::text, Quote::speaker, Quote::sentenceIndex, Quote::partial)
                .containsExactly(tuple("The army has simply dissolved", "Petra Lindqvist", 0, false));
    }

    /** A spokesman, aide or lawyer of someone speaks; the one they speak for is named but says nothing. */
    @Test
    void aSpokesmanForSomeoneIsNotTheOneTheySpeakFor() {
        assertThat(extract("“We will not negotiate,” said a spokesman for Prime Minister Anna Berg.",
                "A spokeswoman for Mayor Ola Vik said, “The ferry will run on Friday.”",
                "“The crew must be freed,” Martin Lund, spokesman for Secretary General Eva Moen, told reporters.",
                "“We filed the appeal,” a lawyer for Erik Dahl said.",
                "“It is over,” Vik's spokesman said.",
                "“We are ready,” said Lars Holm, an aide to President Ola Vik.",
                "“They are well,” said the spokesman for the Foreign Ministry, Ali Hosseini."))
                .extracting(Quote::speaker).containsExactly("a spokesman for Prime Minister Anna Berg",
                        "A spokeswoman for Mayor Ola Vik", "Martin Lund", "a lawyer for Erik Dahl", "Vik's spokesman",
                        "Lars Holm", "Ali Hosseini");
    }

    /** Someone else's name near the verb: in a relative clause, owning the role, or an agency before a rank. */
    @Test
    void theSpeakerIsNotANameInARelativeClauseOrOwningTheRole() {
        assertThat(extract("Ali Reza, whose deputy Sara Noor joined the talks, said: “Much work remains.”",
                "“We will rebuild every house,” Brampton's mayor told reporters.",
                "“Conditions are extremely dangerous,” said Cal Fire battalion chief Rob Diaz."))
                .extracting(Quote::speaker).containsExactly("Ali Reza", "Brampton's mayor", "Rob Diaz");
    }

    @Test
    void aJobAtABodyBeforeANameIsTheNamedPersonsJobWhateverItIsCalled() {
        assertThat(extract("“The wall did exactly what it was built to do,” said Environment Agency engineer Sarah Holt.",
                "“We are still watching the river,” said AAIB chief inspector Mary Cole.",
                "“The talks have ended,” said Reuters on Monday."))
                .extracting(Quote::speaker).containsExactly("Sarah Holt", "Mary Cole", "Reuters");
    }

    /** A speech verb joined to an earlier verb by "but" or "and" shares that verb's subject. */
    @Test
    void aCoordinatedVerbSharesTheSubjectOfTheFirstVerb() {
        assertThat(extract("Minister Alun Okafor acknowledged that Petra Lind held a diplomatic passport, but said,"
                + " “That does not give her immunity.”")).extracting(Quote::speaker).containsExactly("Alun Okafor");
    }

    /** A name before a role noun qualifies the role: the person named after it speaks. */
    @Test
    void aNameQualifyingARoleIsNotTheSpeaker() {
        assertThat(extract("“There will not be two mayors,” said Anna Berg aide Peter Morgan, who was at the summit."))
                .extracting(Quote::speaker).containsExactly("Peter Morgan");
    }

    /** "X released a statement": the statement is X's, and the clause before the role noun names no speaker. */
    @Test
    void theOwnerOfAStatementSpeaksNotTheClauseThatReleasedIt() {
        assertThat(extract("Brightwater released a statement that said it respected the right of protesters"
                + " to an “exchange of views” about the mine.")).extracting(Quote::speaker)
                .containsExactly("Brightwater");
    }

    /** "It" names nobody: it takes the speaker of the quote just before, else the quote has none. */
    @Test
    void itTakesTheSpeakerOfTheQuoteJustBeforeElseNone() {
        assertThat(extract("“We will appeal,” the mining company Brightwater wrote in its statement.",
                "It added, “We want no part in this listing.”")).extracting(Quote::speaker)
                .containsExactly("Brightwater", "Brightwater");
        assertThat(extract("The mine opened in May.", "It said: “The region produces a tenth of the world's copper.”"))
                .extracting(Quote::speaker).containsOnlyNulls();
    }

    /** The words before "and" of a coordinated verb are a clause: "a man screamed and" describes nobody. */
    @Test
    void aClauseBeforeACoordinatedVerbIsNoDescription() {
        assertThat(extract("On the recording, a man screamed and repeated “I'm dead” many times."))
                .extracting(Quote::speaker).doesNotContain("a man screamed and");
    }

    @Test
    void nameSaidAfterTheQuote() {
        assertThat(extract("\"We will not leave yet,\" Okafor said.")).extracting(Quote::speaker)
                .containsExactly("Okafor");
    }

    @Test
    void nameSaidColonBeforeTheQuote() {
        assertThat(extract("Defense chief Marta Olsen said: “We will draw up a plan.”"))
                .extracting(Quote::text, Quote::speaker, Quote::partial)
                .containsExactly(tuple("We will draw up a plan.", "Marta Olsen", false));
    }

    @Test
    void appositiveBetweenNameAndVerb() {
        assertThat(extract("“The mandate is fulfilled,” Lena Varga, the alliance chief, said Friday."))
                .extracting(Quote::speaker).containsExactly("Lena Varga");
    }

    @Test
    void anyVerbAfterAQuoteCutByAComma() {
        assertThat(extract("“Go back to your seat,” Okafor barked at the reporter.")).extracting(Quote::speaker)
                .containsExactly("Okafor");
        // a name followed by no verb is not an attribution
        assertThat(extract("“Go back to your seat,” Okafor campaign staff wrote on a sign."))
                .extracting(Quote::speaker).doesNotContain("Okafor");
    }

    @Test
    void appositionWithDeterminerWhenTheNameIsUnknownToTheRecogniser() {
        assertThat(extract("“Very good reporter, this guy,” Okafor, the front-runner, said."))
                .extracting(Quote::speaker).containsExactly("Okafor");
    }

    @Test
    void introducerEndingTheSentenceBefore() {
        assertThat(extract("Governor Lena Varga spoke first.", "In a 1963 speech, she declared:",
                "“We stand here today and we will not move.”"))
                .extracting(Quote::text, Quote::speaker)
                .containsExactly(tuple("We stand here today and we will not move.", "Lena Varga"));
    }

    @Test
    void quoteAfterTheSentenceThatCreditedThePreviousOne() {
        assertThat(extract("“Is that all there is?”", "Okafor said.", "“We need a new mayor.”"))
                .extracting(Quote::speaker).containsExactly("Okafor", "Okafor");
    }

    @Test
    void sentenceOpeningWithAPronounCreditsItsFragment() {
        assertThat(extract("Mayor Tomas Ferreira answered the critics.",
                "He has coined a new phrase, “budget pirates,” for his opponents."))
                .extracting(Quote::text, Quote::speaker).containsExactly(tuple("budget pirates", "Tomas Ferreira"));
    }

    @Test
    void saidNameWithAppositiveRole() {
        assertThat(extract("“Borders first,” said Tomas Ferreira, a senior analyst at Halden Insight in Oslo."))
                .extracting(Quote::speaker).containsExactly("Tomas Ferreira");
    }

    @Test
    void pronounResolvesToTheMostRecentNamedSpeaker() {
        List<Quote> quotes = extract(
                "“Security comes first,” said analyst Ruth Abara.",
                "The mandate ends this month, Abara said.",
                "Alliance chief Jonas Pell, meanwhile, called the mission a success.",
                "“We saved lives,” he told CNN.",
                "“It was worth it,” he said.");
        assertThat(quotes).extracting(Quote::speaker).containsExactly("Ruth Abara", "Jonas Pell", "Jonas Pell");
    }

    @Test
    void namesInsideQuotesOrMerelyMentionedAreNotSpeakers() {
        List<Quote> quotes = extract(
                "Commander Elise Fournier said rebels toppled Gadhafi last week.",
                "“Nobody will miss Gadhafi,” she told reporters.");
        assertThat(quotes).extracting(Quote::speaker).containsExactly("Elise Fournier");
    }

    @Test
    void toldCnnKeepsTheSubjectAsSpeaker() {
        assertThat(extract("“It is too soon,” a military spokesman for the council told CNN."))
                .extracting(Quote::speaker).containsExactly("a military spokesman for the council");
    }

    @Test
    void accordingTo() {
        assertThat(extract("“Talks have stalled,” according to Reuters.")).extracting(Quote::speaker)
                .containsExactly("Reuters");
    }

    @Test
    void quotedAsSaying() {
        assertThat(extract("``Calm must return,'' the Kestrel Press Agency quoted Anna Reiter as saying."))
                .extracting(Quote::text, Quote::speaker).containsExactly(tuple("Calm must return", "Anna Reiter"));
    }

    @Test
    void organisationsAndRolePhrasesCanSpeak() {
        assertThat(extract("“It caused rifts,” Reuters reports.")).extracting(Quote::speaker)
                .containsExactly("Reuters");
        assertThat(extract("“There is no evidence,” Western diplomats said.")).extracting(Quote::speaker)
                .containsExactly("Western diplomats");
    }

    @Test
    void quoteSpanningSentencesIsOneQuote() {
        List<Quote> quotes = extract(
                "“We prevented a massacre.",
                "We saved lives.",
                "That was our mission,” Pell said.");
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("We prevented a massacre. We saved lives. That was our mission");
            assertThat(q.speaker()).isEqualTo("Pell");
            assertThat(q.sentenceIndex()).isZero();
        });
    }

    @Test
    void unclosedParagraphQuoteReopensInTheNextSentence() {
        List<Quote> quotes = extract(
                "``If we win, it helps,'' union head Bo Lind said.",
                "``But it will not end the dispute.",
                "``It only means they pay,'' Lind said.");
        assertThat(quotes).extracting(Quote::text, Quote::speaker, Quote::sentenceIndex).containsExactly(
                tuple("If we win, it helps", "Bo Lind", 0),
                tuple("But it will not end the dispute.", "Bo Lind", 1),
                tuple("It only means they pay", "Lind", 2));
    }

    @Test
    void unattributedQuoteAfterAQuoteContinuesItsSpeaker() {
        List<Quote> quotes = extract(
                "\"We are concerned about the transition,\" Ibsen said.",
                "\"This closes a proud chapter.\"");
        assertThat(quotes).extracting(Quote::speaker).containsExactly("Ibsen", "Ibsen");
    }

    @Test
    void partialQuotesInsideTheReportersSentence() {
        List<Quote> quotes = extract("However, Hamilton said the alliance is “very ready” to help.",
                "Analysts called it an \"international\" intervention.");
        assertThat(quotes).extracting(Quote::text, Quote::speaker, Quote::partial).containsExactly(
                tuple("very ready", "Hamilton", true), tuple("international", null, true));
    }

    @Test
    void fragmentCreditedAtTheEndOfALongSentence() {
        assertThat(extract("The king is now ``strongly interested'' in hosting a meeting of the three party leaders "
                + "in the capital, Okada said.")).extracting(Quote::speaker).containsExactly("Okada");
    }

    @Test
    void twoQuotesInOneSentence() {
        List<Quote> quotes = extract("“NATO may have a role,” he said, “but not a large one.”");
        assertThat(quotes).extracting(Quote::text).containsExactly("NATO may have a role", "but not a large one.");
        assertThat(quotes).extracting(Quote::partial).containsExactly(false, true);
    }

    @Test
    void apostrophesAreNotQuotes() {
        assertThat(extract("The alliance's members didn't agree on the 'made in Washington' plan.")).isEmpty();
    }

    @Test
    void noQuotesNoResult() {
        assertThat(extract("Nothing was said.", "Nobody spoke.")).isEmpty();
        assertThat(extract()).isEmpty();
    }

    @Test
    void describedSpeakerBeforeTheVerb() {
        assertThat(extract("“It was very nice,” the gambling tycoon told reporters in a rare interview."))
                .extracting(Quote::speaker).containsExactly("the gambling tycoon");
    }

    @Test
    void describedSpeakerAfterTheVerb() {
        assertThat(extract("“They will find a way,” wrote one commenter."))
                .extracting(Quote::speaker).containsExactly("one commenter");
        assertThat(extract("“It is hard enough,” said the designer, who works for another brand."))
                .extracting(Quote::speaker).containsExactly("the designer");
    }

    @Test
    void capitalisedWordsTheRecogniserMissedBeforeOrAfterTheVerb() {
        assertThat(extract("“Why would you try that?” Lichtman asked about the strategy."))
                .extracting(Quote::speaker).containsExactly("Lichtman");
        assertThat(extract("“It's too early to tell,” said Cuban, who hosts a show."))
                .extracting(Quote::speaker).containsExactly("Cuban");
    }

    @Test
    void participleCreditsTheClauseSubject() {
        List<Quote> quotes = extract("Senator Dana Whitlow spoke on Friday.",
                "She thanked the crowd, saying, “I'm not sure I deserve it.”");
        assertThat(quotes).extracting(Quote::speaker).containsExactly("Dana Whitlow");
    }

    @Test
    void theNextSentenceCreditsAQuoteThatEndsItsOwn() {
        List<Quote> quotes = extract("The rally went on for hours.", "“I hope you find the missing files.”",
                "Okafor said.");
        assertThat(quotes).extracting(Quote::speaker).containsExactly("Okafor");
    }

    @Test
    void theNextSentenceDoesNotCreditAContinuedQuote() {
        List<Quote> quotes = extract("“We will build it,” Okafor said.", "“It will not even be difficult.”",
                "Mensah said the plan was costly.");
        assertThat(quotes).extracting(Quote::speaker).containsExactly("Okafor", "Okafor");
    }

    @Test
    void participleCreditsTheSubjectNotTheLastNameBeforeIt() {
        assertThat(extract("At the debate, Dana Whitlow compared herself to Tomas Ferreira, saying, “I take no fees.”"))
                .extracting(Quote::speaker).containsExactly("Dana Whitlow");
    }

    @Test
    void aLaterQuoteOfTheSentenceOrAfterAConjunctionContinuesTheSpeaker() {
        assertThat(extract("“It is not do or die,” Okafor said, but “it helps.”"))
                .extracting(Quote::speaker).containsExactly("Okafor", "Okafor");
        assertThat(extract("“It is not do or die,” Okafor said outside.", "But “an endorsement helps.”"))
                .extracting(Quote::speaker).containsExactly("Okafor", "Okafor");
    }

    /**
     * Two people of one surname stay two: a bare surname after both are named goes to the one just put forward as
     * speaker ("Her brother, Tobias Marlowe, said ..."), not to the first of the name.
     */
    @Test
    void aSurnameSharedByTwoPeopleGoesToTheOneJustPutForward() {
        List<Quote> quotes = extract(
                "Dr. Lucia Marlowe, the clinic's director, defended the plan.",
                "Her brother, councillor Tobias Marlowe, said he would appeal.",
                "“My sister is doing her job, and I will do mine,” Marlowe said.",
                "Lucia Marlowe later met the staff.",
                "“We have no other choice,” Marlowe said.");
        assertThat(quotes).extracting(Quote::speaker).containsExactly("Tobias Marlowe", "Lucia Marlowe");
        // a verb of saying the recogniser took into a name ("Said Marlowe, “...”") is no second bearer of it
        assertThat(extract("Tobias Marlowe said he would appeal.", "Said Marlowe, “We will win.”",
                "“It is only a matter of time,” Marlowe said.")).extracting(Quote::speaker).last()
                .isEqualTo("Marlowe");
    }

    /**
     * "Hanna Brecht, a driver for Oskar Lind, said ...": a name after a preposition is the object of that
     * preposition, never the subject of the verb of saying, so a later "she said" is Hanna Brecht's.
     */
    @Test
    void aNameAfterAPrepositionInAnAppositionIsNotTheOneAPronounStandsFor() {
        List<Quote> quotes = extract(
                "Hanna Brecht, a driver for Oskar Lind, said the road had been closed since dawn.",
                "“Nobody warned us,” she said.");
        assertThat(quotes).extracting(Quote::speaker).containsExactly("Hanna Brecht");
        // "... and said she was relieved": the pronoun after a connective and the verb opens the reported clause
        assertThat(extract("Judge Mara Ellis called Tomas Brandt “a dangerous man” and said she was relieved."))
                .extracting(Quote::speaker).containsExactly("Mara Ellis");
    }

    /**
     * News style runs a quote over two paragraphs with no closing mark after the first and an opening mark before
     * the second, and credits it once, after its last part: the first part is the same speaker's.
     */
    @Test
    void theFirstParagraphOfAQuoteRunningOverTwoTakesTheCreditOfTheSecond() {
        List<Quote> quotes = extract(
                "Harbour master Ines Kolbe defended the closure.",
                "“We cannot keep the channel open at night.",
                "We have tried for a year to hire pilots.",
                "“Closing it is the hardest thing I have done,” Kolbe said.");
        assertThat(quotes).extracting(Quote::text, Quote::speaker).containsExactly(
                tuple("We cannot keep the channel open at night. We have tried for a year to hire pilots.", "Kolbe"),
                tuple("Closing it is the hardest thing I have done", "Kolbe"));
    }
}
