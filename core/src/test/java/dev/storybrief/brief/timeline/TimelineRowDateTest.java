package dev.storybrief.brief.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.TimelineEvent;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a timeline row shows is told at the row's own date, and its clause keeps its first word. */
class TimelineRowDateTest {

    private static AnalyzedArticle article(String id, LocalDate published, String text) {
        return TestArticle.of(id, text).published(published).analyzed();
    }

    /**
     * A clause dated only to the year joins a more precise event of that year it resembles, but the row keeps
     * showing a clause that carries the row's date: "the earthquake of 2005" under 2005-12 would date the
     * earthquake to a month no report gives it.
     */
    @Test
    void aRowShowsAClauseCarryingItsOwnDate() {
        AnalyzedArticle first = article("first", LocalDate.of(2010, 1, 20),
                "In December 2005, a woman was found alive in the ruins of her mountain kitchen after the earthquake. "
                        + "Rescue teams searched the collapsed hillside villages for survivors of the earthquake.");
        AnalyzedArticle second = article("second", LocalDate.of(2010, 1, 21),
                "The rescue teams have experience of the mountain earthquake of 2005 and its collapsed villages. "
                        + "Rescue teams searched the hillside villages for survivors of the new earthquake.");
        List<TimelineEvent> timeline = new TimelineBuilder(10).build(
                new StoryGrouper().group("s", List.of(first, second)));
        assertThat(timeline).isNotEmpty().allSatisfy(row -> {
            String year = row.date().substring(0, 4);
            assertThat(row.text()).contains(year);
            if (row.date().equals("2005-12")) {
                assertThat(row.text()).contains("December 2005");
            }
        });
    }

    /**
     * "The fire that had burned since Monday was declared under control on Wednesday": a date after "since" (or
     * "desde", "depuis", "seit") starts a state; the clause's event is the other date's.
     */
    @Test
    void aStatesStartGivesWayToTheEventsDate() {
        AnalyzedArticle english = article("en", LocalDate.of(2026, 11, 12),
                "The wildfire that had burned near the coast since Monday was declared under control on Wednesday by"
                        + " the fire service.");
        assertThat(new TimelineBuilder(10).build(new StoryGrouper().group("s", List.of(english))))
                .extracting(TimelineEvent::date).containsExactly("2026-11-11");
        AnalyzedArticle portuguese = article("pt", LocalDate.of(2026, 11, 12),
                "O incêndio que lavrava desde 9 de novembro de 2026 no concelho de Odemira foi dado como dominado"
                        + " na quarta-feira pelos bombeiros da região.");
        assertThat(new TimelineBuilder(10).build(new StoryGrouper().group("s", List.of(portuguese))))
                .extracting(TimelineEvent::date).containsExactly("2026-11-11");
    }

    /**
     * QA21: "The Environment Agency has charged Brightwater over Monday's leak" (a Friday article) was a row on the
     * leak's Monday: the day named by a possessive after "over", "from", "after" is an earlier event's, and the
     * charge is not dated by it. A possessive that opens the clause is its event's day.
     */
    @Test
    void aDayNamingAnEarlierEventDatesNoOtherEvent() {
        AnalyzedArticle charged = article("charged", LocalDate.of(2026, 11, 13),
                "The Environment Agency has charged Brightwater Water over Monday's leak into the River Wend.");
        assertThat(new TimelineBuilder(10).build(new StoryGrouper().group("s", List.of(charged))))
                .extracting(TimelineEvent::date).doesNotContain("2026-11-09");
        AnalyzedArticle killed = article("killed", LocalDate.of(2026, 11, 13),
                "Monday's leak into the River Wend killed thousands of fish near the Brightwater works.");
        assertThat(new TimelineBuilder(10).build(new StoryGrouper().group("s", List.of(killed))))
                .extracting(TimelineEvent::date).containsExactly("2026-11-09");
    }

    /**
     * QA22: "Residents evacuated from Tarnby yesterday may be able to return home on Saturday" was a row on the day
     * of the evacuation: a participle right after the subject opens a reduced relative clause that describes whom
     * the sentence is about, and its date gives way to the main clause's. A finite past verb with an object stays
     * its clause's event.
     */
    @Test
    void aDateInAReducedRelativeClauseOfTheSubjectGivesWay() {
        AnalyzedArticle reduced = article("reduced", LocalDate.of(2026, 12, 3),
                "Families evacuated from Kelby yesterday may be able to go back to their homes on Saturday, the"
                        + " council said today.");
        assertThat(new TimelineBuilder(10).build(new StoryGrouper().group("s", List.of(reduced))))
                .extracting(TimelineEvent::date).contains("2026-12-05").doesNotContain("2026-12-02");
        AnalyzedArticle finite = article("finite", LocalDate.of(2026, 12, 3),
                "Engineers inspected the Kelby dam wall yesterday for the second time since the leak was found.");
        assertThat(new TimelineBuilder(10).build(new StoryGrouper().group("s", List.of(finite))))
                .extracting(TimelineEvent::date).containsExactly("2026-12-02");
    }

    @Test
    void theAsOfAComparisonStaysWithItsClause() {
        String s = "As many as 200,000 people died in the earthquake on 12 January, while many more lost homes.";
        int start = s.indexOf("12 January");
        assertThat(EventClauses.around(s, start, start + "12 January".length()))
                .isEqualTo("As many as 200,000 people died in the earthquake on 12 January");
        String t = "Rescuers kept digging on Friday, as aftershocks shook the city.";
        int friday = t.indexOf("Friday");
        assertThat(EventClauses.around(t, friday, friday + "Friday".length()))
                .as("a linking 'as' still bounds the clause").isEqualTo("Rescuers kept digging on Friday");
    }

    /**
     * "Police detained the captain of the ferry that sank ... on Sunday" (a Thursday article): Sunday may be the
     * sinking's day or the arrest's, so its row keeps the sentence the outlet wrote, never "The ferry sank ..." made
     * up from the relative clause; and a press release's clause keeps its "19:30" and is dated
     * by its event, not by the dateline above it.
     */
    @Test
    void aRowIsDatedByItsOwnClauseNotARelativeClauseOrADateline() {
        AnalyzedArticle arrest = article("arrest", LocalDate.of(2026, 6, 18),
                "Police detained the captain of the ferry that sank off Orlan Island on Sunday, as divers searched"
                        + " the wreck.");
        assertThat(new TimelineBuilder(10).build(new StoryGrouper().group("s", List.of(arrest))))
                .extracting(TimelineEvent::date, TimelineEvent::text)
                .containsExactly(org.assertj.core.api.Assertions.tuple("2026-06-14",
                        "Police detained the captain of the ferry that sank off Orlan Island on Sunday, as divers"
                                + " searched the wreck."));
        AnalyzedArticle release = article("release", LocalDate.of(2026, 12, 29),
                "HARBOUR TOWN, 29 December 2026 - The harbour authority confirms that a section of the north pier"
                        + " collapsed at approximately 19:30 on 28 December 2026.");
        assertThat(new TimelineBuilder(10).build(new StoryGrouper().group("s", List.of(release))))
                .extracting(TimelineEvent::date, TimelineEvent::text)
                .containsExactly(org.assertj.core.api.Assertions.tuple("2026-12-28", "The harbour authority confirms"
                        + " that a section of the north pier collapsed at approximately 19:30 on 28 December 2026."));
    }

    /**
     * Another date of the clause tells its event better than an event named by its day ("Sunday's sinking") or a date
     * in a relative clause inside the subject ("the captain of a ferry that sank ... on Sunday was detained on
     * Wednesday").
     */
    @Test
    void aDateNamingAnEarlierEventGivesWayToTheClausesOwn() {
        AnalyzedArticle article = article("toll", LocalDate.of(2026, 6, 18),
                "The captain of a ferry that sank off Orlan Island on Sunday was detained on Wednesday by the coast"
                        + " guard. The death toll from Sunday's sinking off Orlan Island rose to 17 on Monday.");
        assertThat(new TimelineBuilder(10).build(new StoryGrouper().group("s", List.of(article))))
                .extracting(TimelineEvent::date).containsExactlyInAnyOrder("2026-06-15", "2026-06-17");
    }

    /**
     * A dateline left in a text given as is ("Madrid, 15 de agosto de 2026 - ...") dates the writing: a row showing
     * only the place and date tells no event. The event of the same paragraph keeps its own row.
     */
    @Test
    void aDatelineAloneIsNoRow() {
        AnalyzedArticle spanish = TestArticle.of("es", "Villaseca, 15 de agosto de 2026",
                "El incendio forestal de la sierra ha quemado ya más de 4.000 hectáreas, según el Gobierno regional. "
                        + "Los vecinos fueron evacuados el viernes por la noche.").published(LocalDate.of(2026, 8, 15)).analyzed();
        List<TimelineEvent> timeline = new TimelineBuilder(10).build(new StoryGrouper().group("s", List.of(spanish)));
        assertThat(timeline).noneMatch(row -> dev.storybrief.model.Words.count(
                row.text().replace("15 de agosto de 2026", " ")) <= 3);
        assertThat(timeline).anyMatch(row -> row.date().equals("2026-08-14") && row.text().contains("evacuados"));
        assertThat(EventClauses.isDatelineAlone("Villaseca, 15 de agosto de 2026", 11, 31)).isTrue();
        assertThat(EventClauses.isDatelineAlone("Villaseca, 15 de agosto de 2026 (Agencia Sur) -", 11, 31)).isTrue();
        assertThat(EventClauses.isDatelineAlone("Villaseca, 15 de agosto de 2026 - Arde el monte.", 11, 31)).isFalse();
    }

    /**
     * Three outlets tell one explosion on one day; one gives another toll. The event is one row, of the toll most
     * outlets give, credited to them and not to the one whose clause contradicts it: its toll is a disagreement (QA
     * tour 21 #11), where it is shown with its outlet, not a second explosion (QA tour 17 #15 made it a row of its own).
     */
    @Test
    void aRowDoesNotCreditAnOutletGivingAnotherFigure() {
        LocalDate may = LocalDate.of(2026, 5, 6);
        AnalyzedArticle high = article("high", may,
                "At least 41 people were killed in an explosion at the fish market in Korvel on Tuesday, hospital"
                        + " officials said.");
        AnalyzedArticle same = article("same", may,
                "An explosion at the fish market in Korvel on Tuesday killed at least 41 people, hospital officials"
                        + " said.");
        AnalyzedArticle low = article("low", may,
                "A bomb exploded at the crowded fish market in Korvel on Tuesday, killing 23 people and wounding more"
                        + " than 60, officials said.");
        var story = new StoryGrouper().group("s", List.of(high, same, low));
        List<TimelineEvent> timeline = new TimelineBuilder(10).build(story);
        assertThat(timeline).filteredOn(row -> row.date().equals("2026-05-05")).singleElement().satisfies(row -> {
            assertThat(row.text()).contains("41");
            assertThat(row.sources()).containsExactlyInAnyOrder("high", "same");
        });
        assertThat(new dev.storybrief.brief.disagreement.NumberDisagreements().find(story))
                .flatExtracting(d -> d.claims()).extracting(c -> c.source()).contains("low", "high");
    }

    /**
     * "cancelled all crossings until Thursday after its ferry ran aground on Tuesday morning", in a Tuesday article:
     * the row is dated by the grounding, not by the end of the cancellation; a state's end still to come is no row.
     */
    @Test
    void aRowIsDatedByItsEventNotByTheEndOfAState() {
        LocalDate tuesday = LocalDate.of(2026, 9, 15);
        AnalyzedArticle act = article("act", tuesday, "The operator cancelled all crossings to Holm Island until"
                + " Thursday after its ferry ran aground on Tuesday morning.");
        assertThat(new TimelineBuilder(10).build(new StoryGrouper().group("s", List.of(act))))
                .extracting(TimelineEvent::date).containsExactly("2026-09-15");
        AnalyzedArticle state = article("state", tuesday, "All crossings to Holm Island are cancelled until Thursday,"
                + " the operator said in a statement.");
        assertThat(new TimelineBuilder(10).build(new StoryGrouper().group("s", List.of(state)))).isEmpty();
    }
    /**
     * "We want a deal before Christmas," told on December 4: the deadline still to come is no row on Christmas Day
     * (QA20 feed-odd); "shortly before midnight on Saturday" still dates its event, as does the meeting's own day.
     */
    @Test
    void aDeadlineStillToComeIsNoRow() {
        LocalDate friday = LocalDate.of(2026, 12, 4);
        AnalyzedArticle talks = article("talks", friday, "City Transit and the drivers' union have agreed to meet at"
                + " the labour court on Monday, a court clerk said. \"We want a deal before Christmas,\" union leader"
                + " Nora Blix said. The depot must be repaired before December 20, the council said.");
        assertThat(new TimelineBuilder(10).build(new StoryGrouper().group("s", List.of(talks))))
                .extracting(TimelineEvent::date).contains("2026-12-07").doesNotContain("2026-12-25", "2026-12-20");
        AnalyzedArticle fire = article("fire", friday, "A fire broke out at the bus depot shortly before midnight on"
                + " Saturday, November 28, the fire service said.");
        assertThat(new TimelineBuilder(10).build(new StoryGrouper().group("s", List.of(fire))))
                .extracting(TimelineEvent::date).containsExactly("2026-11-28");
    }

    /**
     * "The highest level since records began in 1931" compares with 1931 and "should have been replaced in 2024"
     * tells what did not happen: neither year is a row; the article's own dated event still is.
     */
    @Test
    void aComparisonsBaselineAndAnUnrealisedActAreNoRows() {
        AnalyzedArticle flood = article("flood", LocalDate.of(2026, 11, 16),
                "The river peaked at 5.8 metres on Saturday, the highest level since records began in 1931, the"
                        + " environment agency said. Residents said the flood defences should have been raised in 2019."
                        + " It was the worst flooding in the valley since 1987, according to the council."
                        + " The old bridge closed to traffic on Sunday.");
        List<TimelineEvent> timeline = new TimelineBuilder(10).build(new StoryGrouper().group("s", List.of(flood)));
        assertThat(timeline).extracting(TimelineEvent::date)
                .contains("2026-11-14")
                .doesNotContain("1931", "2019", "1987");
    }
    /**
     * "Bernard Quilliec, maire depuis 2008, a évoqué ..." (QA 26 #13): a year in an aside after a name dates the office
     * held or the firm's founding, not what the sentence tells, in every language the timeline reads; the same year
     * told as the event ("was first elected mayor in 2008") still makes a row.
     */
    @Test
    void aYearInAnAsideAfterANameDatesNoRow() {
        List<String> asides = List.of(
                "Henri Morvel, maire depuis 2008, a évoqué une page qui se tourne devant ses électeurs.",
                "Hannes Kerber, seit 2008 Bürgermeister der Stadt, sprach von einem bitteren Abend für seine Partei.",
                "Ramón Ortal, alcalde desde 2008, habló de una página que se cierra para el pueblo.",
                "Piero Lanza, sindaco dal 2008, ha parlato di una pagina che si chiude per la città.",
                "Tom Ayrling, the mayor since 2008, spoke of a page being turned for the town.",
                "Tom Ayrling, in office since 2008, spoke of a page being turned for the town.",
                "Kelby Marine, founded in 1990, told its staff that the yard would stay open.");
        for (String aside : asides) {
            AnalyzedArticle article = article("a", LocalDate.of(2026, 3, 23), aside);
            assertThat(new TimelineBuilder(10).build(new StoryGrouper().group("s", List.of(article))))
                    .as(aside).extracting(TimelineEvent::date).doesNotContain("2008", "1990");
        }
        AnalyzedArticle told = article("t", LocalDate.of(2026, 3, 23),
                "Tom Ayrling was first elected mayor of the town in 2008 after a close race.");
        assertThat(new TimelineBuilder(10).build(new StoryGrouper().group("s", List.of(told))))
                .extracting(TimelineEvent::date).contains("2008");
    }

    /**
     * "A ministra recebe os sindicatos na terça-feira, 24 de novembro": the weekday with its date beside it is one
     * date, so the sentence makes one row, on the 24th.
     */
    @Test
    void aWeekdayWithItsDateMakesOneRow() {
        AnalyzedArticle portuguese = article("pt", LocalDate.of(2026, 11, 20),
                "A ministra da Educação recebe os sindicatos dos professores na terça-feira, 24 de novembro, em Lisboa.");
        assertThat(new TimelineBuilder(10).build(new StoryGrouper().group("s", List.of(portuguese))))
                .extracting(TimelineEvent::date).containsExactly("2026-11-24");
    }

    /**
     * "... was found alive late last night, police said on Wednesday" in a Wednesday article (QA 18 #7): the telling
     * carries the article's day, so the find is the night before; "last night" with no telling of the article's day
     * still makes no row of its own.
     */
    @Test
    void lastNightBeforeATellingOfTheArticlesDayIsTheDayBefore() {
        AnalyzedArticle told = article("told", LocalDate.of(2026, 11, 25),
                "A 34-year-old nurse missing for three nights in the national park was found alive late last night,"
                        + " police said on Wednesday.");
        assertThat(new TimelineBuilder(10).build(new StoryGrouper().group("s", List.of(told))))
                .extracting(TimelineEvent::date).containsExactly("2026-11-24");
        AnalyzedArticle datelined = article("datelined", LocalDate.of(2026, 11, 25),
                "ASHBY (Regional Wire) - A 34-year-old nurse missing for three nights in the national park was found"
                        + " alive late last night, police said on Wednesday.");
        assertThat(new TimelineBuilder(10).build(new StoryGrouper().group("s", List.of(datelined))))
                .as("under a dateline").extracting(TimelineEvent::date).containsExactly("2026-11-24");
        AnalyzedArticle alone = article("alone", LocalDate.of(2026, 11, 25),
                "A 34-year-old nurse missing for three nights in the national park was found alive late last night"
                        + " by volunteers.");
        assertThat(new TimelineBuilder(10).build(new StoryGrouper().group("s", List.of(alone)))).isEmpty();
    }

    /**
     * "said yesterday that the council would meet the administrators on Friday": the day of the telling gives way to
     * the day of what was told (as precise), so the meeting's Friday is on the timeline, expected as of the article's
     * day; a coarser date told ("in 2019") leaves the row on the day of the telling.
     */
    @Test
    void theDayOfATellingGivesWayToTheDayOfWhatWasTold() {
        AnalyzedArticle told = article("told", LocalDate.of(2026, 11, 24),
                "Priya Lane, the council leader, said yesterday that the council would meet the administrators of the"
                        + " bus company on Friday.");
        assertThat(new TimelineBuilder(10).build(new StoryGrouper().group("s", List.of(told))))
                .singleElement().satisfies(row -> {
                    assertThat(row.date()).isEqualTo("2026-11-27");
                    assertThat(row.text()).contains("on Friday");
                    assertThat(row.expectedAsOf()).isEqualTo(LocalDate.of(2026, 11, 24));
                });
        AnalyzedArticle coarser = article("coarser", LocalDate.of(2026, 11, 24),
                "Priya Lane, the council leader, said yesterday that the bus company had run at a loss in 2019.");
        assertThat(new TimelineBuilder(10).build(new StoryGrouper().group("s", List.of(coarser))))
                .extracting(TimelineEvent::date).containsExactly("2026-11-23");
    }
}
