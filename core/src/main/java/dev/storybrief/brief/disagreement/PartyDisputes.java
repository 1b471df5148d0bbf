package dev.storybrief.brief.disagreement;

import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Claim;
import dev.storybrief.model.Disagreement;
import dev.storybrief.model.DisagreementKind;
import dev.storybrief.model.QuantitySpan;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.Story;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures that the reports credit to parties of the story, in their own sentences: "28,500 according to the police"
 * and "31,000 according to the organisers", "laut Polizei 28.500", "selon les organisateurs, 31 000", the council's
 * £40m against its opponents' £55m. Each is the party's claim, not the outlet's: outlets that relay both figures, or
 * one relaying the police's and another the organisers', do not disagree with each other. The parties do, and the
 * reader is shown their claims as such: "people — police: 28,500; organisers: 31,000 (reported by A, B, C)", each
 * claim quoting its party.
 *
 * <p>Two parties' figures dispute one count when one sentence gives both (news sets a protest's two counts side by side,
 * the second often bare: "31,000 people, according to the organisers, and 28,500 according to the police"), or when
 * two reports give them and their sentences pass the tests two outlets' figures of one count pass
 * ({@link FigureConflict}): a cost the council puts at £40m and a sum its opponents give for another thing are two
 * facts, not a dispute.
 */
final class PartyDisputes {
    /**
     * A figure in digits in a party's clause, with thousands groups ("28,500", "28.500", "31 000") or of one to three
     * digits: a second side told without its noun. Four plain digits are most often a year.
     */
    private static final Pattern BARE = Pattern.compile("(?<![\\d.,\\p{L}\\p{Sc}])(?:\\d{1,3}(?:[.,\\u00a0\\u202f ]\\d{3})++"
            + "|\\d{1,3})(?![\\d\\p{L}]|[.,]\\d|\\s*(?:%|‰|\\p{Sc}))");

    /** A word glued to a figure by a hyphen ("16-hour"): the figure is part of a modifier, not a count given bare. */
    private static final Pattern GLUED_WORD = Pattern.compile("-\\p{L}");

    private final Story story;
    private final FigureConflict test;
    /** Every stated figure of every key, by its sentence: a bare number that is another figure is not bare. */
    private final Map<Sentence, List<StatedFigure>> bySentence = new java.util.HashMap<>();
    /** The disputes taken so far ({@link #consider}). */
    private final List<Dispute> disputes = new ArrayList<>();

    /** A figure credited to a party in its sentence. */
    record Credited(FigureSources.Party party, StatedFigure figure) {
    }

    PartyDisputes(Story story, FigureConflict test, Map<String, List<StatedFigure>> byKey) {
        this.story = story;
        this.test = test;
        byKey.values().forEach(l -> l.forEach(s -> bySentence.computeIfAbsent(s.sentence(), k -> new ArrayList<>()).add(s)));
    }

    /**
     * The figures of one key credited to parties: the stated ones, and the figures their sentences give bare for
     * another party ("and 28,500 according to the police"), read as figures of the key.
     */
    List<Credited> credited(List<StatedFigure> stated) {
        List<Credited> found = new ArrayList<>();
        for (StatedFigure s : stated) {
            FigureSources.Party party = FigureSources.party(s);
            if (party == null || place(party, s) || namesAFigure(party, s)) {
                continue;
            }
            found.add(new Credited(party, s));
            if (s.quantity().kind() == QuantitySpan.Kind.COUNT) {
                bareOthers(s, party).forEach(found::add);
            }
        }
        return found;
    }

    /**
     * The party is a place the article names ("Guatemala put its dead at 100"): a country or town giving a figure
     * counts what happened on its own ground, so two places' figures are two counts (each country's toll), never one
     * count disputed.
     */
    private boolean place(FigureSources.Party party, StatedFigure s) {
        String name = party.name().toLowerCase(java.util.Locale.ROOT);
        return story.articles().stream().filter(a -> a.id().equals(s.articleId())).flatMap(a -> a.entities().stream())
                .filter(e -> e.type() == dev.storybrief.model.EntityType.PLACE)
                .map(e -> e.text().toLowerCase(java.util.Locale.ROOT))
                .anyMatch(place -> place.equals(name) || place.endsWith(" " + name) || name.endsWith(" " + place));
    }

    /** The party's name holds a figure of its sentence ({@link FigureSources#namesAFigure}). */
    private boolean namesAFigure(FigureSources.Party party, StatedFigure s) {
        return FigureSources.namesAFigure(party, bySentence.getOrDefault(s.sentence(), List.of()));
    }

    /**
     * True when two outlets' figures of a key are parties' claims, not the outlets' own: both are credited to parties
     * that differ, or one is credited to a party and the other, credited to no one, gives the figure another party's
     * is ("31,000 marched" where other reports credit 31,000 to the organisers).
     */
    static boolean partiesClaims(StatedFigure a, StatedFigure b, List<Credited> credited) {
        FigureSources.Party pa = FigureSources.party(a);
        FigureSources.Party pb = FigureSources.party(b);
        if (pa != null && pb != null) {
            return !pa.same(pb);
        }
        if (pa == null && pb == null) {
            return false;
        }
        StatedFigure uncredited = pa == null ? a : b;
        FigureSources.Party other = pa == null ? pb : pa;
        return credited.stream().anyMatch(c -> !c.party().same(other) && c.figure().agreesWith(uncredited));
    }

    /**
     * Takes the dispute between the parties of a key's figures, when two parties' figures differ and are of one count
     * (told in one sentence, or passing the tests of two outlets' figures, {@code steps} among them); {@code groupSize},
     * {@code listed} and {@code oncePerReport} are as {@link FigureConflict#conflict} reads them. True when the key has
     * one.
     */
    boolean consider(String key, List<Credited> credited, int groupSize, Set<Sentence> listed, boolean oncePerReport,
                     CountSteps steps) {
        List<FigureSources.Party> parties = new ArrayList<>();
        // the figures of the pairs in dispute: a party's figure that is only an earlier step is no side
        Set<Credited> disputed = new LinkedHashSet<>();
        for (int i = 0; i < credited.size(); i++) {
            for (int j = i + 1; j < credited.size(); j++) {
                Credited x = credited.get(i);
                Credited y = credited.get(j);
                if (x.party().same(y.party()) || !differ(x.figure(), y.figure())) {
                    continue;
                }
                boolean oneSentence = x.figure().sentence().equals(y.figure().sentence())
                        && twoFigures(x.figure().sentence().text())
                        && FigureConflict.ratio(x.figure().quantity(), y.figure().quantity()) <= FigureConflict.MAX_RATIO;
                // two reports' figures that are steps of the count as it moved on are no dispute of the parties, as
                // they are none of the outlets
                if (oneSentence || !steps.steps(x.figure(), y.figure())
                        && test.conflict(x.figure(), y.figure(), groupSize, listed, oncePerReport)) {
                    addParty(parties, x.party());
                    addParty(parties, y.party());
                    disputed.add(x);
                    disputed.add(y);
                }
            }
        }
        if (parties.size() < 2) {
            return false;
        }
        List<Credited> theirs = credited.stream().filter(c -> disputed.contains(c)
                || disputed.stream().anyMatch(d -> d.party().same(c.party()) && d.figure().agreesWith(c.figure()))).toList();
        for (Dispute d : disputes) {
            // two outlets' nouns for one crowd ("personas", "manifestantes") key one dispute twice: the same parties
            // giving the same figures are one
            if (d.sameAs(parties, theirs)) {
                d.credited().addAll(theirs);
                return true;
            }
        }
        disputes.add(new Dispute(key, parties, new ArrayList<>(theirs)));
        return true;
    }

    /** The parties' disputes taken, each shown as the parties' claims. */
    List<Disagreement> disputes() {
        return disputes.stream().map(d -> disagreement(d.key(), d.credited(), d.parties())).toList();
    }

    /** One key's dispute: its parties, and their figures. */
    private record Dispute(String key, List<FigureSources.Party> parties, List<Credited> credited) {
        /** The same parties, each giving a figure here that it gives in {@code others} too. */
        boolean sameAs(List<FigureSources.Party> otherParties, List<Credited> others) {
            return otherParties.size() == parties.size() && otherParties.stream().allMatch(p -> parties.stream()
                    .anyMatch(p::same)) && otherParties.stream().allMatch(p -> credited.stream()
                    .filter(c -> c.party().same(p)).anyMatch(c -> others.stream()
                            .anyMatch(o -> o.party().same(p) && o.figure().quantity().agreesWith(c.figure().quantity()))));
        }
    }

    /**
     * Two parties' figures that differ: other values, not one rounded ("31,000" / "31,000"), within a measure's spread.
     * A qualifier allows no other party's figure: "about 28,500 according to the police" and "31,000 according to the
     * organisers" are two counts, however near.
     */
    private static boolean differ(StatedFigure a, StatedFigure b) {
        return a.quantity().value() != b.quantity().value() && !a.quantity().roundedAlike(b.quantity())
                && FigureConflict.ratio(a.quantity(), b.quantity()) <= FigureConflict.MAX_MEASURED_RATIO
                && FigureReadings.forecast(a.sentence().text(), a.startInSentence(), a.endInSentence())
                == FigureReadings.forecast(b.sentence().text(), b.startInSentence(), b.endInSentence());
    }

    private static void addParty(List<FigureSources.Party> parties, FigureSources.Party party) {
        if (parties.stream().noneMatch(party::same)) {
            parties.add(party);
        }
    }

    /**
     * The parties' claims, each report's claim once per party and figure; a side is one party's one figure (two
     * outlets giving the police two counts put them on two sides: one of them misreports the party).
     */
    private Disagreement disagreement(String key, List<Credited> credited, List<FigureSources.Party> parties) {
        List<Claim> claims = new ArrayList<>();
        Set<String> units = new LinkedHashSet<>();
        Set<String> seen = new java.util.HashSet<>();
        List<String> figures = new ArrayList<>();
        Set<String> outlets = new LinkedHashSet<>();
        List<StatedFigure> sides = new ArrayList<>();
        for (FigureSources.Party party : parties) {
            List<String> shown = new ArrayList<>();
            int partySides = sides.size();
            for (Credited c : credited) {
                StatedFigure s = c.figure();
                if (!c.party().same(party) || !seen.add(s.articleId() + "\t" + party.name() + "\t" + s.quantity().value())) {
                    continue;
                }
                int side = partySides;
                while (side < sides.size() && !sides.get(side).quantity().agreesWith(s.quantity())) {
                    side++;
                }
                if (side == sides.size()) {
                    sides.add(s);
                }
                claims.add(new Claim(s.sentence().text(), s.articleId(), s.quantity().text(), party.name(), side));
                // the topic names the count by the dispute's own key; a key merged into it may be a noun misread
                if (!s.quantity().unit().isBlank() && s.quantity().key().equals(key)) {
                    units.add(s.quantity().unit());
                }
                outlets.add(s.articleId());
                String digits = FigureSources.asWritten(s.quantity());
                if (shown.stream().noneMatch(digits::equals)) {
                    shown.add(digits);
                }
            }
            figures.add(party.name() + ": " + String.join(", ", shown));
        }
        List<String> ids = story.articles().stream().map(AnalyzedArticle::id).toList();
        String reported = outlets.stream().sorted(java.util.Comparator.comparingInt(ids::indexOf)).map(this::outlet)
                .distinct().collect(java.util.stream.Collectors.joining(", "));
        String topic = FigureTopics.topic(key, units) + " — " + String.join("; ", figures) + " (reported by "
                + reported + ")";
        return new Disagreement(topic, DisagreementKind.NUMBER, claims);
    }

    /**
     * The sentence gives two figures in digits at most: a party's and the other's count of one thing. A sentence of
     * more lists the figures of several places or things ("239 dead in Salvador, 100 in Guatemala and 194 in ..."),
     * each credited to whoever the sentence names nearest.
     */
    private static boolean twoFigures(String sentence) {
        return BARE.matcher(sentence).results().count() <= 2;
    }

    /** The figures a sentence gives bare beside {@code s}, credited to another party than {@code party}'s. */
    private List<Credited> bareOthers(StatedFigure s, FigureSources.Party party) {
        List<Credited> found = new ArrayList<>();
        String text = s.sentence().text();
        if (!twoFigures(text)) {
            return found;
        }
        Matcher m = BARE.matcher(text);
        while (m.find()) {
            if (m.start() < s.endInSentence() && m.end() > s.startInSentence() || otherFigure(s, m.start())
                    || !bare(s, m.start(), m.end())) {
                continue;
            }
            FigureSources.Party other = FigureSources.party(text, m.start(), m.end());
            double value = Double.parseDouble(m.group().replaceAll("[^0-9]", ""));
            QuantitySpan q = s.quantity();
            if (other == null || other.same(party) || place(other, s) || value <= 0
                    || Math.max(value, q.value()) / Math.min(value, q.value()) > FigureConflict.MAX_MEASURED_RATIO) {
                continue;
            }
            int start = s.sentenceStart() + m.start();
            QuantitySpan bare = new QuantitySpan(start, start + m.group().length(), q.sentence(), m.group(), value,
                    dev.storybrief.model.Qualifier.EXACT, q.unit(), q.key());
            found.add(new Credited(other, new StatedFigure(bare, s.sentence(), s.sentenceStart())));
        }
        return found;
    }

    /**
     * The figure from {@code start} to {@code end} of {@code s}'s sentence is given bare, as a second side drops its
     * noun ("and 28,500 according to the police"): no word is glued to it ("the 16-hour flight"), and the quantity layer
     * read no unit of measure or time after it ("nearly 10 hours into the flight" beside "six rows"). Another noun of
     * people may name the same crowd ("28.500 Menschen", "31.000 Teilnehmern").
     */
    private boolean bare(StatedFigure s, int start, int end) {
        String text = s.sentence().text();
        if (GLUED_WORD.matcher(text).region(end, text.length()).lookingAt()) {
            return false;
        }
        return bySentence.getOrDefault(s.sentence(), List.of()).stream()
                .noneMatch(o -> o.startInSentence() <= start && start < o.endInSentence()
                        && FigureKeys.isMeasure(o.quantity().key()) && !o.quantity().key().equals(s.quantity().key()));
    }

    /** A figure of another kind than a count starts at {@code at} (a share, a sum, a length of time): no bare count. */
    private boolean otherFigure(StatedFigure s, int at) {
        return bySentence.getOrDefault(s.sentence(), List.of()).stream()
                .anyMatch(o -> o.startInSentence() <= at && at < o.endInSentence()
                        && o.quantity().kind() != QuantitySpan.Kind.COUNT);
    }

    /** The outlet an article is of, as the sources list shows it: a file name is no outlet. */
    private String outlet(String articleId) {
        return story.sourceName(articleId);
    }
}
