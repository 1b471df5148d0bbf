package dev.storybrief.group.stories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestSeed;
import dev.storybrief.ingest.RawDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestSeed.class)
class StoryClustererTest {
    private static final long SEED = TestSeed.value();
    private static final LocalDate DAY = LocalDate.of(2024, 3, 4);

    /** {@code perTopic} articles for each of the 8 topics, dated within a week, shuffled; id "t<topic>-<n>". */
    static List<RawDocument> shuffledTopics(int perTopic, Random random) {
        List<RawDocument> docs = new ArrayList<>();
        for (int topic = 0; topic < SyntheticNews.TOPICS.size(); topic++) {
            for (int n = 0; n < perTopic; n++) {
                docs.add(SyntheticNews.doc("t" + topic + "-" + n, SyntheticNews.text(topic, 150, random),
                        DAY.plusDays(random.nextInt(7)), "Outlet " + n));
            }
        }
        Collections.shuffle(docs, random);
        return docs;
    }

    static Map<String, String> storyOf(List<StoryGroup> stories) {
        Map<String, String> storyOf = new HashMap<>();
        stories.forEach(s -> s.allIds().forEach(id -> storyOf.put(id, s.id())));
        return storyOf;
    }

    @Test
    void groupsAShuffledStreamByTopic() {
        List<RawDocument> docs = shuffledTopics(6, new Random(SEED));
        List<StoryGroup> stories = new StoryClusterer().addAll(docs).stories();
        assertThat(stories).hasSize(8);
        for (StoryGroup story : stories) {
            Set<String> topics = new HashSet<>();
            story.allIds().forEach(id -> topics.add(id.substring(0, id.indexOf('-'))));
            assertThat(topics).as(story.id()).hasSize(1);
            assertThat(story.size()).isEqualTo(6);
        }
    }

    @Test
    void collapsesWireCopiesIntoOneArticleWithAllOutletsAndIds() {
        Random random = new Random(SEED);
        String wire = SyntheticNews.text(2, 250, random);
        List<RawDocument> docs = List.of(
                SyntheticNews.doc("ap", wire, DAY, "AP"),
                SyntheticNews.doc("local-paper", SyntheticNews.edited(wire, 40), DAY.plusDays(1), "Coast Gazette"),
                SyntheticNews.doc("own-report", SyntheticNews.text(2, 250, random), DAY, "Daily Star"),
                SyntheticNews.doc("tv-site", "STORM UPDATE: " + wire, DAY, "Channel 9"));
        List<StoryGroup> stories = new StoryClusterer().addAll(docs).stories();
        assertThat(stories).hasSize(1);
        StoryGroup story = stories.get(0);
        assertThat(story.articles()).extracting(RawDocument::id).containsExactly("ap", "own-report");
        assertThat(story.duplicateIds()).containsExactly(List.of("ap", "local-paper", "tv-site"), List.of("own-report"));
        assertThat(story.outlets()).containsExactly(List.of("AP", "Coast Gazette", "Channel 9"), List.of("Daily Star"));
        assertThat(story.articlesRead()).isEqualTo(4);
        assertThat(story.copies()).as("the two reprints of the wire report").isEqualTo(2);
    }

    @Test
    void aReprintCutFromTheBottomIsACopyButAShortOverlapIsNot() {
        Random random = new Random(SEED);
        String wire = SyntheticNews.text(3, 300, random);
        String[] words = wire.split(" ");
        String firstTwoThirds = String.join(" ", java.util.Arrays.copyOf(words, 200));
        String quotesTwoSentences = String.join(" ", java.util.Arrays.copyOf(words, 20)) + " "
                + SyntheticNews.text(3, 280, random);
        List<StoryGroup> stories = new StoryClusterer().addAll(List.of(
                SyntheticNews.doc("wire", wire, DAY, "AP"),
                SyntheticNews.doc("cut", firstTwoThirds, DAY, "Small Paper"),
                SyntheticNews.doc("own", quotesTwoSentences, DAY, "Big Paper"))).stories();
        List<List<String>> copies = stories.stream().flatMap(s -> s.duplicateIds().stream()).toList();
        assertThat(copies).contains(List.of("wire", "cut"), List.of("own"));
    }

    @Test
    void pagesOfDifferentStoriesThatCarryOnlyTheSameNoticeAreNotOneStory() {
        // a crawler that found no article on three pages kept the site's notice instead: copies of one another, but
        // of three different stories, so none may take the others in (nor, being alike, through the join model)
        List<StoryGroup> stories = new StoryClusterer().addAll(List.of(
                SyntheticNews.doc("page-1", NearDuplicatesTest.NOTICE, DAY, "Site A"),
                SyntheticNews.doc("page-2", NearDuplicatesTest.NOTICE, DAY, "Site B"),
                SyntheticNews.doc("page-3", NearDuplicatesTest.NOTICE, DAY.plusDays(1), "Site C"))).stories();
        assertThat(stories).hasSize(3);
    }

    @Test
    void aShortReportResentUnderItsHeadlineIsACopyInAnyLanguage() {
        // an Italian and a Portuguese brief, each sent twice by one outlet a day apart under the same headline: the
        // English cue rules read no place or day in them ("sabato", "no domingo"), yet each pair is one report
        String[][] briefs = {
            {"Frana sulla strada per Borgo Lieto, chiusi due chilometri", "Una frana caduta sabato sulla strada "
                    + "provinciale per Borgo Lieto ha costretto i tecnici a chiudere due chilometri di carreggiata.\n\n"
                    + "\"Riapriremo solo dopo le verifiche sul versante\", ha detto l'assessora ai lavori pubblici, "
                    + "Carla Benedetti.\n\nLe auto sono deviate lungo la valle, secondo la polizia locale."},
            {"Cheia do rio Tavoril obriga a retirar 80 famílias", "A cheia do rio Tavoril obrigou no domingo a "
                    + "retirar de casa cerca de 80 famílias na vila de Pedra Alva.\n\n\"A água subiu mais depressa do "
                    + "que esperávamos\", disse o comandante dos bombeiros, Rui Amaral.\n\nAs escolas da vila ficam "
                    + "fechadas até quarta-feira, segundo a câmara."}};
        for (String[] brief : briefs) {
            List<StoryGroup> stories = new StoryClusterer().addAll(List.of(
                    titled("sent", brief[0], brief[1], DAY, "Gazzetta Locale"),
                    titled("again", brief[0], brief[1], DAY.plusDays(1), "Gazzetta Locale"))).stories();
            assertThat(stories).as(brief[0]).hasSize(1);
            assertThat(stories.get(0).duplicateIds()).containsExactly(List.of("sent", "again"));
        }
    }

    @Test
    void noticesUnderTheirOwnStoriesHeadlinesStayApart() {
        // the notice a crawler kept in place of three different stories' articles, each page under its story's title
        List<StoryGroup> stories = new StoryClusterer().addAll(List.of(
                titled("page-1", "Dock strike halts Lisbon port", NearDuplicatesTest.NOTICE, DAY, "Site A"),
                titled("page-2", "Ferry runs aground off Hollin Sound", NearDuplicatesTest.NOTICE, DAY, "Site A"),
                titled("page-3", "Council votes on new budget", NearDuplicatesTest.NOTICE, DAY.plusDays(1),
                        "Site A"))).stories();
        assertThat(stories).hasSize(3);
    }

    private static RawDocument titled(String id, String title, String text, LocalDate day, String outlet) {
        RawDocument doc = SyntheticNews.doc(id, text, day, outlet);
        Map<dev.storybrief.ingest.MetaKey, String> meta = new java.util.EnumMap<>(doc.meta());
        meta.put(dev.storybrief.ingest.MetaKey.TITLE, title);
        return new RawDocument(id, doc.path(), doc.format(), text, meta);
    }

    @Test
    void aShortWireBriefResentWordForWordIsStillACopy() {
        String brief = "LISBON (Reuters) - Dock workers walked out on Tuesday over pay, halting container traffic at "
                + "the port for the second time this month, their union said. The port authority said talks would "
                + "resume on Thursday.";
        List<StoryGroup> stories = new StoryClusterer().addAll(List.of(
                SyntheticNews.doc("wire", brief, DAY, "Reuters"),
                SyntheticNews.doc("resent", brief, DAY, "Reuters"))).stories();
        assertThat(stories).hasSize(1);
        assertThat(stories.get(0).duplicateIds()).containsExactly(List.of("wire", "resent"));
    }

    @Test
    void copiesFarApartInTimeAreNotCollapsed() {
        Random random = new Random(SEED);
        String text = SyntheticNews.text(4, 200, random);
        List<StoryGroup> stories = new StoryClusterer().addAll(List.of(
                SyntheticNews.doc("then", text, DAY, null),
                SyntheticNews.doc("year-later", text, DAY.plusDays(365), null))).stories();
        assertThat(stories).hasSize(2);
    }

    @Test
    void aStoryStopsAcceptingArticlesBeyondTheWindow() {
        Random random = new Random(SEED);
        List<RawDocument> docs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            docs.add(SyntheticNews.doc("early-" + i, SyntheticNews.text(1, 150, random), DAY.plusDays(i), null));
        }
        // the same topic again 60 days after the last article: past the 30-day window, a new story, and still
        // 35 days after the follow-up below, so the second chance for small stories does not take it in either
        docs.add(SyntheticNews.doc("late", SyntheticNews.text(1, 150, random), DAY.plusDays(3 + 60), null));
        // within the window after the last one: joins
        docs.add(SyntheticNews.doc("follow-up", SyntheticNews.text(1, 150, random), DAY.plusDays(3 + 25), null));
        Map<String, String> storyOf = storyOf(new StoryClusterer().addAll(docs).stories());
        assertThat(storyOf.get("follow-up")).isEqualTo(storyOf.get("early-0"));
        assertThat(storyOf.get("late")).isNotEqualTo(storyOf.get("early-0"));
        // a longer window takes the late article in
        Map<String, String> wide = storyOf(new StoryClusterer(StoryOptions.defaults().withWindowDays(60))
                .addAll(docs).stories());
        assertThat(wide.get("late")).isEqualTo(wide.get("early-0"));
    }

    @Test
    void undatedArticlesGroupAmongThemselvesAndWithAnyDate() {
        Random random = new Random(SEED);
        List<RawDocument> docs = List.of(
                SyntheticNews.doc("u1", SyntheticNews.text(5, 150, random), null, null),
                SyntheticNews.doc("u2", SyntheticNews.text(5, 150, random), null, null),
                SyntheticNews.doc("dated", SyntheticNews.text(5, 150, random), DAY, null));
        assertThat(new StoryClusterer().addAll(docs).stories()).hasSize(1);
    }

    @Test
    void anUndatedArticleThatTellsOfLaterDaysStaysOutOfAnOlderStory() {
        Random random = new Random(SEED);
        List<RawDocument> docs = new ArrayList<>();
        // it comes first, so its story is the one dated reports could join, and it is placed again after them
        docs.add(SyntheticNews.doc("told-later", "The first findings were published in March 2031. "
                + SyntheticNews.text(5, 150, random), null, null));
        for (int i = 0; i < 3; i++) {
            docs.add(SyntheticNews.doc("dated-" + i, SyntheticNews.text(5, 150, random), DAY.plusDays(i), null));
        }
        docs.add(SyntheticNews.doc("undated", SyntheticNews.text(5, 150, random), null, null));
        Map<String, String> storyOf = storyOf(new StoryClusterer().addAll(docs).stories());
        // written after March 2031, it tells no event of reports from 2024 (undated, it would join them, as in
        // undatedArticlesGroupAmongThemselvesAndWithAnyDate); an undated one telling nothing may join either
        assertThat(storyOf.get("told-later")).isNotEqualTo(storyOf.get("dated-0"));
        assertThat(storyOf.get("dated-1")).isEqualTo(storyOf.get("dated-0"));
        assertThat(storyOf.get("dated-2")).isEqualTo(storyOf.get("dated-0"));
        assertThat(new HashSet<>(storyOf.values())).hasSize(2);
    }

    @Test
    void sameInputOrderGivesTheSameStories() {
        List<RawDocument> docs = shuffledTopics(5, new Random(SEED));
        List<StoryGroup> first = new StoryClusterer().addAll(docs).stories();
        List<StoryGroup> second = new StoryClusterer().addAll(docs).stories();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void comparesEachArticleWithFewStoriesNotAllPairs() {
        // 40 topics' worth of stories: 8 topics, each recurring every 60 days over 5 periods, 10 articles each
        Random random = new Random(SEED);
        List<RawDocument> docs = new ArrayList<>();
        for (int period = 0; period < 5; period++) {
            for (int topic = 0; topic < 8; topic++) {
                for (int n = 0; n < 10; n++) {
                    docs.add(SyntheticNews.doc("p" + period + "t" + topic + "-" + n,
                            SyntheticNews.text(topic, 150, random), DAY.plusDays(period * 60L + random.nextInt(5)),
                            null));
                }
            }
        }
        Collections.shuffle(docs, random);
        StoryClusterer clusterer = new StoryClusterer().addAll(docs);
        List<StoryGroup> stories = clusterer.stories();
        assertThat(stories).hasSize(40);
        long allPairs = (long) docs.size() * (docs.size() - 1) / 2;
        assertThat(clusterer.comparisons()).as("comparisons for %d articles", docs.size()).isLessThan(allPairs / 20);
        stories.forEach(s -> assertThat(s.allIds().stream().map(id -> id.substring(0, id.indexOf('-'))).distinct())
                .as(s.id()).hasSize(1));
    }

    @Test
    void idsFollowThePrefixAndHeadlinesNameTheStory() {
        List<RawDocument> docs = List.of(
                SyntheticNews.doc("a", "MILLBROOK (AP) _ The bridge over the river closed on Monday after engineers"
                        + " found cracked steel. Traffic was sent on a detour.", DAY, null),
                SyntheticNews.doc("b", "Engineers closed the Millbrook bridge over the river on Monday; traffic"
                        + " detour in place while steel girder repairs begin. Inspection continues.", DAY, null));
        List<StoryGroup> stories = new StoryClusterer(StoryOptions.defaults(), "2024-03#").addAll(docs).stories();
        assertThat(stories).extracting(StoryGroup::id).containsExactly("2024-03#1");
        assertThat(stories.get(0).headline()).isEqualTo("The bridge over the river closed on Monday after engineers"
                + " found cracked steel.");
    }

    @Test
    void anArticlePlacedBeforeItsOwnStoryExistedMovesThereWhenTheStoriesAreRead() {
        // a report of the recount that also tells of the bridge collapse arrives when only the bridge story exists,
        // and joins it; the recount's own reports come after it and make a story of their own
        List<RawDocument> docs = new ArrayList<>();
        String[][] texts = {
            {"bridge-1", "The Millbrook bridge over the river collapsed on Monday morning. Engineers said corroded"
                    + " steel cables and a cracked girder gave way. Traffic was sent on a long detour while"
                    + " inspection crews searched the river."},
            {"bridge-2", "Inspection crews blamed corroded steel cables for the collapse of the Millbrook bridge. The"
                    + " cracked girder fell into the river, engineers said, and the detour will stay for weeks of"
                    + " repairs."},
            {"bridge-3", "Engineers began repairs after the bridge collapse. Corroded steel cables snapped, a girder"
                    + " cracked, and the river crossing is closed; drivers face a detour, inspection reports said."},
            {"bridge-4", "The collapsed bridge will need new steel cables and a new girder, engineers said. The river"
                    + " crossing stays closed and traffic uses the detour until repairs and inspection end."},
            {"recount-and-bridge", "Ballots in the mayoral race will be recounted after the bridge collapse, the"
                    + " election board said. Engineers had closed the river crossing over corroded steel cables and a"
                    + " cracked girder, and the detour kept voters from polling stations, so turnout fell and the"
                    + " trailing candidate asked for a recount of the ballots."},
            {"recount-1", "The election board began a recount of ballots in the mayoral race on Wednesday. The"
                    + " trailing candidate had asked for the recount after a low turnout at polling stations."},
            {"recount-2", "Officials counted the ballots again as the recount in the mayoral race went on. The"
                    + " candidate who trails by forty votes said turnout at polling stations was too low to trust."},
            {"recount-3", "The mayoral recount ended with the same winner: the election board said the ballots"
                    + " confirmed the result, and the trailing candidate conceded despite the low turnout."},
            {"recount-4", "A second day of the ballot recount in the mayoral race left the margin unchanged. Voters and"
                    + " the candidate watched as the election board reviewed polling station tallies and turnout."},
            {"recount-5", "After the recount, the election board certified the mayoral race. The candidate who asked"
                    + " for the recount of ballots blamed turnout at the polling stations."}};
        for (String[] text : texts) {
            docs.add(SyntheticNews.doc(text[0], text[1], DAY, null));
        }
        Map<String, String> placedOnce = storyOf(new StoryClusterer(StoryOptions.defaults().withRefinement(0, 0.1))
                .addAll(docs).stories());
        assertThat(placedOnce.get("recount-and-bridge")).isEqualTo(placedOnce.get("bridge-1"));
        Map<String, String> refined = storyOf(new StoryClusterer().addAll(docs).stories());
        assertThat(refined.get("recount-and-bridge")).isEqualTo(refined.get("recount-1"));
        assertThat(refined.get("bridge-4")).isEqualTo(refined.get("bridge-1")).isNotEqualTo(refined.get("recount-1"));
        assertThat(refined.values().stream().distinct()).hasSize(2);
    }

    @Test
    void aSmallStoryThatFitsTwoStoriesAlikeJoinsNeither() {
        // two strikes of one kind in one week, each report in its trade's own words beside the words of any strike;
        // a lone report has only the words of any strike, so it fits the two stories alike: the second chance must
        // not pick one of them by chance
        List<RawDocument> docs = twoStrikesAndALoneReport();
        // a stream this small keeps the sparse second chance unless told it is large
        StoryOptions ties = StoryOptions.defaults().withLargeStream(0).withSmallStories(3, -1.25, 0);
        Map<String, String> anyLead = storyOf(new StoryClusterer(ties).addAll(docs).stories());
        assertThat(anyLead.get("lone")).isIn(anyLead.get("ferry-0"), anyLead.get("bus-0"));
        StoryOptions lead = StoryOptions.defaults().withLargeStream(0).withSmallStories(3, -1.25, 0.25);
        Map<String, String> clearLead = storyOf(new StoryClusterer(lead).addAll(docs).stories());
        assertThat(clearLead.get("ferry-3")).isEqualTo(clearLead.get("ferry-0")).isNotEqualTo(clearLead.get("bus-0"));
        assertThat(clearLead.get("lone")).isNotIn(clearLead.get("ferry-0"), clearLead.get("bus-0"));
    }

    /** A reader's few articles are too small a stream for the lower second-chance bar: the lone report stays alone. */
    @Test
    void aSmallStreamKeepsTheSparseSecondChance() {
        List<RawDocument> docs = twoStrikesAndALoneReport();
        StoryOptions lowBar = StoryOptions.defaults().withSmallStories(3, -1.25, 0);
        Map<String, String> small = storyOf(new StoryClusterer(lowBar).addAll(docs).stories());
        assertThat(small.get("lone")).isNotIn(small.get("ferry-0"), small.get("bus-0"));
        Map<String, String> large = storyOf(new StoryClusterer(lowBar.withLargeStream(docs.size())).addAll(docs)
                .stories());
        assertThat(large.get("lone")).isIn(large.get("ferry-0"), large.get("bus-0"));
    }

    /** After a small story joins a larger one, each article's story id is the one the story list gives it. */
    @Test
    void anArticlesStoryIdFollowsItsStoryIntoTheOneThatTookItIn() {
        List<RawDocument> docs = twoStrikesAndALoneReport();
        StoryClusterer clusterer = new StoryClusterer(StoryOptions.defaults().withLargeStream(0).withSmallStories(3, -1.25,
                0)).addAll(docs);
        Map<String, String> listed = storyOf(clusterer.stories());
        assertThat(listed.get("lone")).as("the lone report joined a strike story").isNotNull()
                .isIn(listed.get("ferry-0"), listed.get("bus-0"));
        for (int i = 0; i < docs.size(); i++) {
            assertThat(clusterer.storyIdOf(i)).as(docs.get(i).id()).contains(listed.get(docs.get(i).id()));
        }
    }

    /** Four reports each of a ferry strike and a bus strike in one week, then a report with only the words of any strike. */
    private static List<RawDocument> twoStrikesAndALoneReport() {
        String[] ferry = {"ferry", "harbour", "deckhands", "pilots", "piers", "hulls", "gangways", "moorings"};
        String[] bus = {"coach", "depot", "conductors", "mechanics", "garages", "timetables", "shelters", "terminus"};
        List<RawDocument> docs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            docs.add(SyntheticNews.doc("ferry-" + i, report(ferry, i), DAY, null));
            docs.add(SyntheticNews.doc("bus-" + i, report(bus, i), DAY, null));
        }
        docs.add(SyntheticNews.doc("lone", "Union pickets strike over wages for commuters.", DAY, null));
        return docs;
    }

    /** A strike report: the words of any strike and six of its trade's eight words, from the {@code n}-th on. */
    private static String report(String[] trade, int n) {
        StringBuilder text = new StringBuilder("Strike over wages: union pickets at the");
        for (int i = 0; i < 6; i++) {
            text.append(' ').append(trade[(n + i) % trade.length]);
        }
        return text.append('.').toString();
    }

    /** The stories as sets of their distinct articles' ids (copies left out), in no order. */
    private static Set<Set<String>> partition(List<StoryGroup> stories, Set<String> leaveOut) {
        Set<Set<String>> partition = new HashSet<>();
        for (StoryGroup story : stories) {
            Set<String> ids = new HashSet<>(story.allIds());
            ids.removeAll(leaveOut);
            if (!ids.isEmpty()) {
                partition.add(ids);
            }
        }
        return partition;
    }

    @Test
    void copiesArrivingChangeNoStoryOfTheArticlesTheyCopy() {
        // a wire text resent word for word, resent without a date (a feed that gave none) or touched up by another
        // outlet the same day is the same report: it joins its original and moves no article from one story to
        // another, whether it arrives during the warm-up (48 articles) or after it (64)
        for (int perTopic : new int[] {6, 8}) {
            Random random = new Random(SEED + perTopic);
            List<RawDocument> docs = new ArrayList<>();
            for (int topic = 0; topic < SyntheticNews.TOPICS.size(); topic++) {
                for (int n = 0; n < perTopic; n++) {
                    docs.add(SyntheticNews.doc("t" + topic + "-" + n, SyntheticNews.text(topic, 250, random),
                            DAY.plusDays(random.nextInt(7)), "Outlet " + n));
                }
            }
            Collections.shuffle(docs, random);
            Set<Set<String>> alone = partition(new StoryClusterer().addAll(docs).stories(), Set.of());

            List<RawDocument> withCopies = new ArrayList<>(docs);
            Map<String, String> originalOf = new HashMap<>();
            for (int c = 0; c < 12; c++) {
                RawDocument original = docs.get(random.nextInt(docs.size()));
                String id = "copy-" + c;
                LocalDate day = LocalDate.parse(original.meta(dev.storybrief.ingest.MetaKey.PUBLISHED));
                RawDocument copy = switch (c % 3) {
                    case 0 -> SyntheticNews.doc(id, original.text(), null, "Feed");
                    case 1 -> SyntheticNews.doc(id, original.text(), day, "Wire");
                    default -> SyntheticNews.doc(id, SyntheticNews.edited(original.text(), 40), day, "Reprinter");
                };
                int after = withCopies.indexOf(original) + 1;
                withCopies.add(after + random.nextInt(withCopies.size() - after + 1), copy);
                originalOf.put(id, original.id());
            }
            List<StoryGroup> stories = new StoryClusterer().addAll(withCopies).stories();
            assertThat(partition(stories, originalOf.keySet())).as("per topic " + perTopic).isEqualTo(alone);
            for (StoryGroup story : stories) {
                for (List<String> ids : story.duplicateIds()) {
                    for (String id : ids) {
                        if (originalOf.containsKey(id)) {
                            assertThat(ids).as(id).contains(originalOf.get(id));
                        }
                    }
                }
            }
        }
    }

    @Test
    void anUndatedWordForWordCopyOfAShortReportJoinsItsOriginal() {
        // a short report (under the length of a page template) resent with no date: its "on Wednesday" names a day
        // once it takes its original's place in time, so it is a copy, not a notice kept apart
        String salvage = "Salvage crews reached the grounded ferry Aster Bell near Hollin Sound on Wednesday and began "
                + "pumping fuel from its tanks, the coastguard said. The ferry has been stuck on the sandbank since "
                + "Monday night.";
        List<RawDocument> docs = List.of(
                SyntheticNews.doc("grounding", "The ferry Aster Bell ran aground on a sandbank near Hollin Sound late on "
                        + "Monday with 310 passengers on board. The coastguard said all passengers were taken off by "
                        + "lifeboats and no one was hurt.", DAY, "Coast Herald"),
                SyntheticNews.doc("passengers", "Passengers of the ferry Aster Bell, aground near Hollin Sound, "
                        + "described a loud bang and a sudden stop on Monday night. Lifeboats took all 310 of them "
                        + "ashore, the coastguard said.", DAY.plusDays(1), "Sound Daily"),
                SyntheticNews.doc("salvage", salvage, DAY.plusDays(2), "Sea Wire"),
                SyntheticNews.doc("resent", salvage, null, "Sea Wire"));
        List<StoryGroup> withCopy = new StoryClusterer().addAll(docs).stories();
        List<StoryGroup> without = new StoryClusterer().addAll(docs.subList(0, 3)).stories();
        assertThat(withCopy.stream().flatMap(s -> s.duplicateIds().stream())).contains(List.of("salvage", "resent"));
        assertThat(partition(withCopy, Set.of("resent"))).isEqualTo(partition(without, Set.of()));
    }
}
