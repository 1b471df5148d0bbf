package dev.storybrief.group.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.storybrief.analyze.AnnotatorChain;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Article;
import dev.storybrief.model.DateProvenance;
import dev.storybrief.model.DateSource;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class PublicationDateInferenceTest {
    private final AnnotatorChain chain = AnnotatorChain.standard();
    private final UnaryOperator<AnalyzedArticle> retime = a -> chain.annotate(a.article());

    private AnalyzedArticle article(String id, LocalDate date, LocalDate notAfter, String... paragraphs) {
        Article a = new Article(id, null, null, null, null, date, date == null ? null : "text: dated", List.of(paragraphs),
                List.of(), date == null ? DateProvenance.UNDATED.withNotAfter(notAfter, DateSource.TEXT) : null);
        return chain.annotate(a);
    }

    @Test
    void anArticleOnlyAStampDatesSaysWhetherThePageOrTheTextGaveIt() {
        Article fromPage = new Article("page", null, null, null, null, null, null,
                List.of("The harbour council voted to close the old ferry terminal."), List.of(),
                DateProvenance.UNDATED.withNotAfter(LocalDate.of(2026, 3, 20), DateSource.PAGE));
        Article fromText = new Article("text", null, null, null, null, null, null,
                List.of("Residents said they would appeal the council's vote."), List.of(),
                DateProvenance.UNDATED.withNotAfter(LocalDate.of(2026, 3, 21), DateSource.TEXT));
        List<AnalyzedArticle> out = new PublicationDateInference()
                .infer(List.of(chain.annotate(fromPage), chain.annotate(fromText)), retime);
        assertThat(out).extracting(a -> a.article().published(), a -> a.article().dating().source())
                .containsExactly(tuple(LocalDate.of(2026, 3, 20), DateSource.PAGE),
                        tuple(LocalDate.of(2026, 3, 21), DateSource.TEXT));
        assertThat(out.get(0).article().dateOrigin()).startsWith("page: modification date");
        assertThat(out.get(1).article().dateOrigin()).startsWith("text: update stamp");
        assertThat(out.get(0).article().dating().confidence()).isEqualTo(PublicationDateInference.STAMP_CONFIDENCE);
    }

    @Test
    void datesAnArticleWhoseRelativeDatesMeetADatedArticlesEvents() {
        // 2026-03-12 is a Thursday: the dated article puts the council vote on the Tuesday before, 2026-03-10.
        AnalyzedArticle dated = article("dated", LocalDate.of(2026, 3, 12), null,
                "The harbour council voted on Tuesday to close the old ferry terminal at Kestrel Point.",
                "Engineers said the pier was unsafe after the winter storms.");
        AnalyzedArticle undated = article("undated", null, LocalDate.of(2026, 3, 20),
                "The harbour council voted today to close the old ferry terminal at Kestrel Point.",
                "Residents said they would appeal.");
        List<AnalyzedArticle> out = new PublicationDateInference().infer(List.of(dated, undated), retime);
        Article inferred = out.get(1).article();
        assertThat(inferred.published()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(inferred.dating().source()).isEqualTo(DateSource.INFERRED);
        assertThat(inferred.dating().basis()).containsExactly("dated");
        assertThat(inferred.dating().notAfter()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(out.get(1).timexes()).as("its dates resolve against the new date")
                .anyMatch(t -> "2026-03-10".equals(t.value()));
        assertThat(out.get(0)).isSameAs(dated);
    }

    /**
     * QA21: a writer who says "yesterday" does not name the article's own day or the day before by its weekday, so
     * "a fire destroyed the pier on Saturday night" beside "the owners said yesterday" is no Saturday's or Sunday's
     * report (2026-11-14 is a Saturday). Wire copy that names every day by its weekday keeps the freshest day.
     */
    @Test
    void aWriterWhoSaysYesterdayNamesNoNearDayByItsWeekday() {
        AnalyzedArticle dated = article("dated", LocalDate.of(2026, 11, 15), null,
                "A fire broke out on Seagate's Victorian pier late on Saturday, destroying part of the deck.",
                "About 70 firefighters fought the blaze for six hours.");
        AnalyzedArticle british = article("british", null, null,
                "Police have not ruled out arson after a fire destroyed part of Seagate's Victorian pier on Saturday"
                        + " night.",
                "The pier's owners said yesterday they would rebuild the deck.");
        AnalyzedArticle wire = article("wire", null, null,
                "Police have not ruled out arson after a fire destroyed part of Seagate's Victorian pier on Saturday"
                        + " night.",
                "The pier's owners said they would rebuild the deck.");
        assertThat(new PublicationDateInference().infer(List.of(dated, british), retime).get(1).article().published())
                .isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(new PublicationDateInference().infer(List.of(dated, wire), retime).get(1).article().published())
                .isEqualTo(LocalDate.of(2026, 11, 14));
    }

    /**
     * "SOUTHPORT, Oct. 6 -" with no year: the text's own day, in the year the story's dated reports give it, rather
     * than a day inferred from what it shares with them; a late-December dateline in a January story is last year's.
     */
    /**
     * A Spanish or Portuguese undated article is read by its language's own date rules: "ayer", "el martes", "ontem"
     * place it as "yesterday" and "on Tuesday" place an English one (2026-11-19 is a Thursday).
     */
    @Test
    void anUndatedArticleInAnotherLanguageIsDatedByItsOwnDateWords() {
        AnalyzedArticle dated = article("dated", LocalDate.of(2026, 11, 19), null,
                "Los concejales del Partido Rojo y de la Unión Verde se reunieron el martes en el ayuntamiento de"
                        + " Almira para negociar el nuevo gobierno municipal tras las elecciones.",
                "La reunión duró cuatro horas y terminó sin acuerdo entre los dos partidos.");
        AnalyzedArticle undated = article("undated", null, null,
                "Los concejales del Partido Rojo y de la Unión Verde se reunieron ayer en el ayuntamiento de Almira"
                        + " para negociar el nuevo gobierno municipal tras las elecciones.",
                "La reunión terminó sin acuerdo, según fuentes de los dos partidos.");
        assertThat(undated.language()).isEqualTo("es");
        List<AnalyzedArticle> out = new PublicationDateInference().infer(List.of(dated, undated), retime);
        assertThat(out.get(1).article().published()).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(out.get(1).article().dating().source()).isEqualTo(DateSource.INFERRED);
    }

    @Test
    void aDatelinesDayWithoutAYearTakesTheStorysYear() {
        AnalyzedArticle dated = article("dated", LocalDate.of(2026, 10, 8), null,
                "Four dock workers were hurt when a crane collapsed at the harbour on Monday afternoon.");
        Article filed = new Article("filed", null, null, null, null, null, null,
                List.of("Four dock workers were injured when a container crane collapsed at the harbour on Monday."),
                List.of(), DateProvenance.UNDATED.withDayFiled(java.time.MonthDay.of(10, 6)));
        List<AnalyzedArticle> out = new PublicationDateInference().infer(List.of(dated, chain.annotate(filed)), retime);
        assertThat(out.get(1).article().published()).isEqualTo(LocalDate.of(2026, 10, 6));
        assertThat(out.get(1).article().dating().source()).isEqualTo(DateSource.TEXT);
        assertThat(out.get(1).article().dateOrigin()).contains("Oct 6");
        assertThat(DatelineYear.of(java.time.MonthDay.of(12, 30), List.of(LocalDate.of(2027, 1, 3)), null))
                .contains(LocalDate.of(2026, 12, 30));
        assertThat(DatelineYear.of(java.time.MonthDay.of(1, 2), List.of(LocalDate.of(2026, 12, 30)), null))
                .as("a few days after the latest report").contains(LocalDate.of(2027, 1, 2));
        assertThat(DatelineYear.of(java.time.MonthDay.of(1, 2), List.of(), null)).isEmpty();
    }

    /** Agreement with a report of the same day is a retelling; two days away it rests on a past day told alike. */
    @Test
    void aDateFarFromEveryArticleItAgreesWithIsLessSure() {
        String told = "The harbour council voted %s to close the old ferry terminal at Kestrel Point.";
        AnalyzedArticle sameDay = article("same-day", LocalDate.of(2026, 3, 10), null, told.formatted("today"));
        AnalyzedArticle twoDaysOn = article("two-days-on", LocalDate.of(2026, 3, 12), null, told.formatted("on Tuesday"));
        double near = inferredConfidence(sameDay, told.formatted("today"));
        double far = inferredConfidence(twoDaysOn, told.formatted("today"));
        assertThat(far).isLessThan(near).isCloseTo(near * PublicationDateInference.FAR_FACTOR, within(0.011));
    }

    private double inferredConfidence(AnalyzedArticle dated, String undatedText) {
        AnalyzedArticle undated = article("undated", null, LocalDate.of(2026, 3, 20), undatedText);
        Article inferred = new PublicationDateInference().infer(List.of(dated, undated), retime).get(1).article();
        assertThat(inferred.published()).isEqualTo(LocalDate.of(2026, 3, 10));
        return inferred.dating().confidence();
    }

    @Test
    void anArticleNothingDatesKeepsOnlyItsUpdateStampAsALowConfidenceDate() {
        AnalyzedArticle dated = article("dated", LocalDate.of(2026, 3, 12), null,
                "The harbour council voted on Tuesday to close the old ferry terminal at Kestrel Point.");
        AnalyzedArticle unrelated = article("other", null, LocalDate.of(2026, 4, 30),
                "A bakery in the old town won a prize on Friday for its rye bread.");
        AnalyzedArticle bare = article("bare", null, null, "A bakery in the old town won a prize on Friday.");
        List<AnalyzedArticle> out = new PublicationDateInference().infer(List.of(dated, unrelated, bare), retime);
        Article other = out.get(1).article();
        assertThat(other.published()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(other.dating().source()).isEqualTo(DateSource.TEXT);
        assertThat(other.dating().confidence()).isLessThan(0.5);
        assertThat(other.dateOrigin()).contains("may be older");
        assertThat(out.get(2).article().published()).as("nothing supports a date").isNull();
    }

    @Test
    void manyUndatedArticlesAreDatedInRoundsNotOneByOne() {
        List<AnalyzedArticle> articles = new java.util.ArrayList<>();
        articles.add(article("dated", LocalDate.of(2026, 3, 12), null,
                "The harbour council voted on Tuesday to close the old ferry terminal at Kestrel Point."));
        int undated = PublicationDateInference.BEST_FIRST_LIMIT + 5;
        for (int i = 0; i < undated; i++) {
            articles.add(article("u" + i, null, LocalDate.of(2026, 3, 20),
                    "The harbour council voted today to close the old ferry terminal at Kestrel Point, resident " + i
                            + " said."));
        }
        List<AnalyzedArticle> out = new PublicationDateInference().infer(articles, retime);
        assertThat(out.subList(1, out.size())).allSatisfy(a -> {
            assertThat(a.article().published()).isEqualTo(LocalDate.of(2026, 3, 10));
            assertThat(a.article().dating().source()).isEqualTo(DateSource.INFERRED);
        });
    }

    @Test
    void anArticleWithoutBoundsIsLookedForWhileTheStoryRan() {
        AnalyzedArticle dated = article("dated", LocalDate.of(2026, 3, 12), null,
                "The harbour council voted on Tuesday to close the old ferry terminal at Kestrel Point.");
        AnalyzedArticle unbounded = article("unbounded", null, null,
                "The harbour council voted today to close the old ferry terminal at Kestrel Point.",
                "Residents said they would appeal.");
        AnalyzedArticle unrelated = article("unrelated", null, null,
                "A bakery in the old town won a prize today for its rye bread.");
        List<AnalyzedArticle> out = new PublicationDateInference().infer(List.of(dated, unbounded, unrelated), retime);
        assertThat(out.get(1).article().published()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(out.get(1).article().dating().basis()).containsExactly("dated");
        assertThat(out.get(2).article().published()).as("no event of the story meets it").isNull();
    }

    /**
     * An article with no bound of its own whose days meet two dated articles' events only loosely (the closing told
     * in other words) is dated when both back the same day; one loose match alone dates nothing.
     */
    @Test
    void looseRetellingsBackedByTwoDatedArticlesDateAnArticleWithoutBounds() {
        // 2026-03-12 is a Thursday; both dated articles expect the closing on Monday 2026-03-16.
        AnalyzedArticle first = article("first", LocalDate.of(2026, 3, 12), null,
                "The old ferry terminal at Kestrel Point will close on Monday after eighty years of crossings.",
                "Engineers said the pier was unsafe after the winter storms.");
        AnalyzedArticle second = article("second", LocalDate.of(2026, 3, 13), null,
                "Harbour staff will lock the gates on Monday, the council said.",
                "Season tickets will be refunded.");
        String[] unbounded = {
                "Crowds waved as the final ferry left on Monday.",
                "The gates were shut on Monday as crowds went home to their towns.",
                "A choir sang on the quay."};
        List<AnalyzedArticle> backed = new PublicationDateInference()
                .infer(List.of(first, second, article("unbounded", null, null, unbounded)), retime);
        assertThat(backed.get(2).article().published()).as("%s", backed.get(2).article().dating())
                .isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(backed.get(2).article().dating().basis()).containsExactly("first", "second");
        List<AnalyzedArticle> alone = new PublicationDateInference()
                .infer(List.of(first, article("unbounded", null, null, unbounded)), retime);
        assertThat(alone.get(1).article().published()).as("one loose match is no support").isNull();
    }

    @Test
    void anArticleWithoutBoundsIsNotLookedForMonthsAway() {
        AnalyzedArticle dated = article("dated", LocalDate.of(2026, 3, 12), null,
                "The harbour council voted on Tuesday to close the old ferry terminal at Kestrel Point.",
                "The council will vote again on 14 September on the new terminal.");
        AnalyzedArticle later = article("later", null, null,
                "The harbour council voted today on the new terminal at Kestrel Point.");
        List<AnalyzedArticle> out = new PublicationDateInference().infer(List.of(dated, later), retime);
        assertThat(out.get(1).article().published()).as("September is far beyond the story's dated days").isNull();
    }

    @Test
    void neverDatesWithoutABoundOrWhenNoArticleIsDated() {
        AnalyzedArticle a = article("a", null, null, "The harbour council voted today to close the terminal.");
        AnalyzedArticle b = article("b", null, null, "The harbour council voted on Tuesday to close the terminal.");
        List<AnalyzedArticle> out = new PublicationDateInference().infer(List.of(a, b), retime);
        assertThat(out).allMatch(x -> x.article().published() == null);
    }

    @Test
    void aPlanToldInTheMorningCanBeDoneTheSameDay() {
        AnalyzedArticle dated = article("dated", LocalDate.of(2026, 3, 12), null,
                "The harbour council will vote today on closing the old ferry terminal at Kestrel Point.");
        AnalyzedArticle undated = article("undated", null, LocalDate.of(2026, 3, 20),
                "The harbour council voted today to close the old ferry terminal at Kestrel Point.");
        List<AnalyzedArticle> out = new PublicationDateInference().infer(List.of(dated, undated), retime);
        assertThat(out.get(1).article().published()).as("not the day after the plan: %s", out.get(1).article().dating()).isEqualTo(LocalDate.of(2026, 3, 12));
    }

    @Test
    void agreementThatContradictionsOutweighDatesNothing() {
        // The undated article tells as done on Tuesday (2026-03-10) an inspection the dated article of 2026-03-12
        // still expects: its one weak match with the council's Tuesday meeting is no support.
        AnalyzedArticle dated = article("dated", LocalDate.of(2026, 3, 12), null,
                "Engineers will inspect the roof of the Kestrel Point ferry terminal.",
                "The harbour council met on Tuesday.");
        AnalyzedArticle undated = article("undated", null, LocalDate.of(2026, 3, 14),
                "On March 11, 2026 the harbour board published its accounts.",
                "Engineers inspected the roof of the Kestrel Point ferry terminal on Tuesday, the harbour council said.");
        List<AnalyzedArticle> out = new PublicationDateInference().infer(List.of(dated, undated), retime);
        assertThat(out.get(1).article().dating().source()).as("dated %s", out.get(1).article().published())
                .isNotEqualTo(DateSource.INFERRED);
    }
    /**
     * 2026-03-13 is a Friday. The undated report tells the Friday vote as done; the tagger reads its "on Friday" as the
     * Friday to come (an infinitive after it; the day after a Thursday), so every day of the week before scored as well
     * as the Friday and the earliest won: a report of a Friday event dated before that Friday.
     */
    @Test
    void aWeekdayToldAsDoneIsNotAfterTheInferredDay() {
        AnalyzedArticle dated = article("dated", LocalDate.of(2026, 3, 13), null,
                "The harbour council voted on Friday to close the old ferry terminal at Kestrel Point.");
        AnalyzedArticle infinitive = article("infinitive", null, null,
                "The harbour council's decision on Friday to close the old ferry terminal at Kestrel Point angered"
                        + " residents.");
        AnalyzedArticle tomorrow = article("tomorrow", null, null,
                "The harbour council's vote on Friday closes the old ferry terminal at Kestrel Point, the mayor said.");
        List<AnalyzedArticle> out = new PublicationDateInference().infer(List.of(dated, infinitive, tomorrow), retime);
        assertThat(out.subList(1, 3)).extracting(a -> a.article().published())
                .containsExactly(LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 13));
    }

    /**
     * 2026-03-09 is a Monday. The dated report tells a Sunday evacuation with an infinitive before the day, which the
     * tagger reads as the coming Sunday; a report tells a weekday event as done in the week before it appeared, so
     * the event is the 8th, and an undated report of it is not put a week later.
     */
    @Test
    void aDatedReportsWeekdayToldAsDoneIsInTheWeekBeforeIt() {
        AnalyzedArticle dated = article("dated", LocalDate.of(2026, 3, 9), null,
                "The rising river forced more than 300 people to leave Elmbridge on Sunday, officials said.");
        AnalyzedArticle undated = article("undated", null, null,
                "The rising river drove about 300 people from Elmbridge on Sunday, officials said.");
        LocalDate inferred = new PublicationDateInference().infer(List.of(dated, undated), retime).get(1).article()
                .published();
        assertThat(inferred).isBetween(LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 14));
    }

    /**
     * An undated report of a Sunday event that also tells "by Monday morning" fits a Sunday and a Monday date alike;
     * written on the Sunday, its Monday would be six days back, so the Monday after the event wins.
     */
    @Test
    void amongEqualDaysTheOneSoonAfterAllThatIsToldWins() {
        AnalyzedArticle dated = article("dated", LocalDate.of(2026, 3, 9), null,
                "The rising river drove about 300 people from Elmbridge on Sunday, officials said.");
        AnalyzedArticle undated = article("undated", null, null,
                "The rising river drove about 300 people from Elmbridge on Sunday, officials said.",
                "The water had covered the old mill road by Monday morning.");
        assertThat(new PublicationDateInference().infer(List.of(dated, undated), retime).get(1).article().published())
                .isEqualTo(LocalDate.of(2026, 3, 9));
    }

    /**
     * A live page carried over: the report of 20 March repeats, word for word, the expectation a report of 2 March
     * made. The copy is no new expectation, so an undated report of it done is not bounded by 20 March; before, the
     * search began on the 20th and its "today" met the 20th's copy.
     */
    @Test
    void aCopiedExpectationIsNoNewBound() {
        String plan = "The harbour council will vote on closing the old ferry terminal at Kestrel Point.";
        AnalyzedArticle first = article("first", LocalDate.of(2026, 3, 2), null, plan);
        AnalyzedArticle vote = article("vote", LocalDate.of(2026, 3, 4), null,
                "The harbour council voted today on closing the old ferry terminal at Kestrel Point.");
        AnalyzedArticle copy = article("copy", LocalDate.of(2026, 3, 20), null, plan,
                "Ferry passengers were told to use the new pier on Friday.");
        AnalyzedArticle undated = article("undated", null, null,
                "The harbour council voted yesterday on closing the old ferry terminal at Kestrel Point.");
        List<AnalyzedArticle> out = new PublicationDateInference().infer(List.of(first, vote, copy, undated), retime);
        assertThat(out.get(3).article().published()).isEqualTo(LocalDate.of(2026, 3, 5));
    }

    /**
     * 2026-03-10 is a Tuesday. Two dated reports put the bacteria found on Monday the 9th and the order on Tuesday the
     * 10th; a report a week later tells the order lifted "on Monday" (the 16th). The undated report tells the finding
     * "on Monday" and the order "until Tuesday afternoon": dated on the 16th, its Monday met the lifting (alike in
     * words: order, board, Monday) and its Tuesday fell six days before its Monday. Its weekdays resolve where its
     * events agree with the dated reports, in the week of the 9th.
     */
    @Test
    void weekdaysOfOneSentenceResolveWhereItsEventsAgreeNotAWeekLater() {
        AnalyzedArticle first = article("first", LocalDate.of(2026, 3, 10), null,
                "The Ashby water board ordered 40,000 residents to boil tap water on Tuesday after bacteria were found"
                        + " in samples taken the day before at the Ridge reservoir.");
        AnalyzedArticle second = article("second", LocalDate.of(2026, 3, 11), null,
                "Residents of Ashby have boiled their water since Tuesday, when the water board found bacteria in the"
                        + " Ridge reservoir.",
                "\"The samples from Monday were the first to fail,\" said the board's director.");
        AnalyzedArticle lifted = article("lifted", LocalDate.of(2026, 3, 17), null,
                "The boil-water order covering Ashby was lifted on Monday after a week of clean samples, the water"
                        + " board said.");
        AnalyzedArticle undated = article("undated", null, null,
                "Residents of Ashby said this week that they heard about the boil-water order from neighbours before"
                        + " the water board sent text alerts.",
                "The water board found bacteria at the Ridge reservoir on Monday but did not issue the order until"
                        + " Tuesday afternoon.");
        LocalDate inferred = new PublicationDateInference().infer(List.of(first, second, lifted, undated), retime)
                .get(3).article().published();
        assertThat(inferred).isBetween(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 15));
    }

    /**
     * QA22: a Polish copy that tells the tram strike suspended "yesterday evening" shares the strike, the town and
     * "yesterday" with the dated report of the strike's start, but not the act: it is no retelling of that day. A
     * copy that tells the start in another form of the same verb is still dated by it.
     */
    @Test
    void aSentenceOfAnotherActDatesNothingWhereTheLanguageMarksItsVerbs() {
        LocalDate tuesday = LocalDate.of(2026, 12, 1);
        AnalyzedArticle dated = article("dated", tuesday, null,
                "Wczoraj rano motorniczowie miejskiej spółki tramwajowej w Zalesiu rozpoczęli strajk płacowy.",
                "Na ulice miasta nie wyjechał żaden tramwaj, a miasto uruchomiło autobusy zastępcze.");
        AnalyzedArticle suspended = article("suspended", null, null,
                "Motorniczowie miejskiej spółki tramwajowej w Zalesiu zawiesili wczoraj wieczorem strajk płacowy.",
                "Pracownicy dostaną podwyżkę od stycznia, podał rzecznik związku zawodowego.");
        AnalyzedArticle retold = article("retold", null, null,
                "Motorniczowie miejskiej spółki tramwajowej w Zalesiu rozpoczęli wczoraj rano strajk płacowy.",
                "Pracownicy żądają podwyżki od stycznia, podał rzecznik związku zawodowego.");
        assertThat(suspended.language()).isEqualTo("pl");
        List<AnalyzedArticle> out = new PublicationDateInference().infer(List.of(dated, suspended), retime);
        assertThat(out.get(1).article().published()).as("another act: undated").isNull();
        out = new PublicationDateInference().infer(List.of(dated, retold), retime);
        assertThat(out.get(1).article().published()).isEqualTo(tuesday);
    }

    /**
     * A lone article whose dateline has no year ("Praha 4. prosince (ČTK) -") takes the year of a day it gives itself
     * a few days before the dateline's, said as inferred; a day far from the dateline's (background) dates nothing.
     */
    @Test
    void aLoneDatelineWithoutAYearTakesTheYearOfTheArticlesOwnRecentDay() {
        java.time.MonthDay fourthOfDecember = java.time.MonthDay.of(12, 4);
        Article recent = new Article("recent", null, null, null, null, null, null,
                List.of("Řeka Sázava zaplavila obec Dolní Lhota ve čtvrtek 3. prosince 2026 v noci.",
                        "Podle hejtmanky bylo evakuováno zhruba 1 200 lidí."), List.of(),
                DateProvenance.UNDATED.withDayFiled(fourthOfDecember));
        Article background = new Article("background", null, null, null, null, null, null,
                List.of("Řeka Sázava zaplavila obec Dolní Lhota, naposledy se tak stalo 12. srpna 2002.",
                        "Podle hejtmanky bylo evakuováno zhruba 1 200 lidí."), List.of(),
                DateProvenance.UNDATED.withDayFiled(fourthOfDecember));
        AnalyzedArticle dated = new PublicationDateInference().infer(List.of(chain.annotate(recent)), retime).get(0);
        assertThat(dated.article().published()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(dated.article().dating().source()).isEqualTo(DateSource.INFERRED);
        assertThat(dated.article().dateOrigin()).startsWith("inferred: dateline");
        assertThat(new PublicationDateInference().infer(List.of(chain.annotate(background)), retime).get(0)
                .article().published()).isNull();
    }
}
