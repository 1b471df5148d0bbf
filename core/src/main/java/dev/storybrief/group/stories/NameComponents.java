package dev.storybrief.group.stories;

import dev.storybrief.analyze.entity.CaselessPlaces;
import dev.storybrief.analyze.terms.ScriptFolding;
import dev.storybrief.model.EntitySpan;
import dev.storybrief.model.EntityType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Tells two events of one kind apart by who and where: reports of one event name its people and places, and reports of
 * two earthquakes, two rehab check-ins or two plane crashes, alike in every other word, name different ones. Articles
 * are linked when they share a name (a briefing's folder: its people and places) or a word of one (a stream's lead); a story whose articles fall into two or more linked groups of
 * {@link #MIN_PART} articles or more, with no name word in common between the groups, holds that many events. Weak
 * evidence is never enough: one shared name word keeps the groups one story, and an article that names nobody stays
 * where it is.
 *
 * <p>Needs no word weights, so it serves where an IDF has seen too few stories to tell two events of one kind apart: a
 * reader's folder and a young stream. Measured on single stories (DUC 2004 and Multi-News clusters, ECB+ events) and on
 * the ECB+ topics, which each hold two events of one kind (docs/BENCHMARKS.md, issue 17).
 */
public final class NameComponents {
    /** Articles a group needs to count as an event of its own: one article apart is an angle, not a story. */
    public static final int MIN_PART = 2;

    /**
     * Below this {@link TwoWayCut#ratio()}, a cut of the words whose two sides name no person in common parts two
     * events ({@link #partedByWords}). Looser than the bar for two unrelated stories ({@code FolderSplit.MAX_RATIO},
     * 0.30): two events of one kind share the words of their kind. Set above a QA folder of two strikes (0.37); the
     * tuning parts do not tell 0.35 from 0.50 ({@code NamedEventsEvaluation}: no right fire on ECB+'s topics, one
     * wrong in 38 DUC 2004 + Multi-News clusters at each).
     */
    public static final double PARTED_BY_WORDS = 0.45;

    private NameComponents() {
    }

    /** The people the mentions name, each by the fullest form its article uses, in lower case. */
    public static Set<String> people(Collection<EntitySpan> mentions) {
        Set<String> names = new TreeSet<>();
        for (EntitySpan mention : mentions) {
            if (mention.type() == EntityType.PERSON) {
                names.add(mention.name().toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    /**
     * Two events of one kind in one place and one week (two strikes of one town, called by one union): the town links
     * every article, so {@link #events} finds one group, but the words cut the articles in two (the bus drivers' pay,
     * the bin collectors' staffing) and each side quotes its own people. The cut of the words ({@link TwoWayCut}) when
     * it is below {@code maxRatio}, each side holds {@link #MIN_PART} articles or more, every article names somebody
     * and no person is named on both sides; empty otherwise. One story told by several outlets quotes different people
     * too, but its sides share the story's words, far above the bar.
     *
     * @param cosine   every two articles' word cosine
     * @param people   each article's people (or their surnames)
     * @param maxRatio the bar on the cut's ratio
     */
    public static java.util.Optional<TwoWayCut> partedByWords(double[][] cosine, List<? extends Collection<String>> people,
                                                              double maxRatio) {
        if (people.stream().anyMatch(Collection::isEmpty)) {
            return java.util.Optional.empty();
        }
        return TwoWayCut.of(cosine).filter(cut -> cut.smaller() >= MIN_PART && cut.ratio() < maxRatio
                && cut.first().size() + cut.second().size() == people.size()
                && Collections.disjoint(namedBy(cut.first(), people), namedBy(cut.second(), people)));
    }

    private static Set<String> namedBy(List<Integer> articles, List<? extends Collection<String>> people) {
        Set<String> named = new TreeSet<>();
        articles.forEach(article -> named.addAll(oneScript(people.get(article))));
        return named;
    }

    /**
     * The names with those written in Cyrillic in Latin letters ({@link ScriptFolding}): a Serbian story is told in
     * both scripts, and "милан ђорђевић" of one outlet is "milan đorđević" of another, not another event's man.
     */
    private static Set<String> oneScript(Collection<String> names) {
        Set<String> keys = new HashSet<>();
        for (String name : names) {
            keys.add(ScriptFolding.hasCyrillic(name) ? ScriptFolding.toLatin(name).toLowerCase(Locale.ROOT) : name);
        }
        return keys;
    }

    /**
     * The people and places the mentions name, each by the fullest form its article uses, in lower case. Organisations
     * are left out: two events of one kind are handled by the same institutions (the seismological institute, the
     * police, the health ministry), so they tell one event from the other less than who and where.
     */
    public static Set<String> peopleAndPlaces(Collection<EntitySpan> mentions) {
        Set<String> names = new TreeSet<>();
        for (EntitySpan mention : mentions) {
            // a place in a script without capitals is found only beside its noun or as a country or great city
            // (CaselessPlaces), so two reports of one story that name none in common are no sign of two events:
            // on MultiLing's Arabic topics they parted one story into eight
            boolean caselessPlace = mention.type() == EntityType.PLACE && CaselessPlaces.covers(mention.text());
            if (mention.type() != EntityType.ORGANIZATION && !caselessPlace) {
                names.add(mention.name().toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    /**
     * The groups of articles linked by shared names that hold {@link #MIN_PART} articles or more, largest first
     * (then by first position), each ascending; fewer than two such groups means one event.
     *
     * @param names each article's names (or name words)
     */
    public static List<List<Integer>> events(List<? extends Collection<String>> names) {
        int[] parent = new int[names.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        List<Set<String>> keys = names.stream().map(NameComponents::oneScript).toList();
        for (int a = 0; a < keys.size(); a++) {
            for (int b = a + 1; b < keys.size(); b++) {
                if (!Collections.disjoint(keys.get(a), keys.get(b))) {
                    parent[root(parent, a)] = root(parent, b);
                }
            }
        }
        TreeMap<Integer, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < parent.length; i++) {
            groups.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> events = new ArrayList<>(groups.values().stream().filter(g -> g.size() >= MIN_PART).toList());
        events.sort(Comparator.<List<Integer>>comparingInt(List::size).reversed().thenComparing(g -> g.get(0)));
        return events.size() < 2 ? List.of() : List.copyOf(events);
    }

    /**
     * The events with every article that names none of their people and places placed in the event whose articles its
     * words come closest to (highest mean cosine), so that a follow-up that names no one still goes with its event; the
     * events as given when there are no cosines.
     *
     * @param events the events {@link #events} found
     * @param cosine every two articles' word cosine, or null
     */
    public static List<List<Integer>> withTheRest(List<List<Integer>> events, double[][] cosine) {
        if (events.isEmpty() || cosine == null) {
            return events;
        }
        List<List<Integer>> placed = new ArrayList<>();
        events.forEach(event -> placed.add(new ArrayList<>(event)));
        for (int article = 0; article < cosine.length; article++) {
            int a = article;
            if (events.stream().noneMatch(event -> event.contains(a))) {
                // against the named articles only: two follow-ups that name no one are alike in words, not in event
                int closest = 0;
                for (int e = 1; e < events.size(); e++) {
                    closest = meanCosine(cosine, a, events.get(e)) > meanCosine(cosine, a, events.get(closest)) ? e : closest;
                }
                placed.get(closest).add(a);
            }
        }
        placed.forEach(Collections::sort);
        return placed.stream().map(List::copyOf).toList();
    }

    private static double meanCosine(double[][] cosine, int article, List<Integer> event) {
        return event.stream().mapToDouble(other -> cosine[article][other]).average().orElse(0);
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
