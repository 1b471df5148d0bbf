package dev.storybrief.brief.disagreement;

import dev.storybrief.model.Claim;
import dev.storybrief.model.Disagreement;
import dev.storybrief.model.DisagreementKind;
import dev.storybrief.model.QuantitySpan;
import dev.storybrief.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Disputes that one report tells between two sources it names: "Das Unternehmen nennt 1.200 Stellen" and, further
 * on, "Die IG Metall rechnet mit rund 1.500 wegfallenden Stellen"; "the union says 600 schools are shut, the ministry
 * 140" in one sentence; a live blog's "Rund 2.000 Beschäftigte haben sich nach Angaben der Polizei versammelt" and
 * the next entry's "Die IG Metall spricht von 3.000 Teilnehmern". The outlet reports both sides, but the reader still
 * needs to be told that the figures differ and who gives which. The figures must be of one key, in one sentence or
 * in sentences next to each other with one given as a source's figure alone, or, in sentences next to each other,
 * of two keys where the second is a counter-figure ("spricht von", "speaks of", "parle de": a source's own
 * count of what the sentence before counted). As between outlets, figures that agree, a rise, a forecast beside a
 * report and figures further apart than {@link FigureConflict#MAX_MEASURED_RATIO} are no dispute.
 */
final class SourcedDisputes {
    /** A verb that gives a source's own count of what was just counted: the thing counted is the one before. */
    private static final Pattern COUNTER = Pattern.compile("(?iu)(?<![\\p{L}])(?:speaks?\\s+of|spoke\\s+of|puts\\s+the"
            + "\\s+(?:number|figure|turnout|toll)\\s+at|spricht\\s+von|sprach\\s+von|sprechen\\s+von|parlent?\\s+de"
            + "|évoquent?|hablan?\\s+de|falam?\\s+(?:em|numa|num|de)|parlano\\s+di|parla\\s+di)\\s+(?:\\p{L}+\\s+){0,2}$");

    /**
     * A dispute's second side told without its verb and noun after a figure ("600 schools were shut, the ministry
     * 140."): a source and a bare number closing the sentence or its clause.
     */
    private static final Pattern BARE_SECOND_SIDE = Pattern.compile("(?iu)(?:,|;|\\bwhile|\\bwhereas|\\bwährend"
            + "|\\balors\\s+que|\\btandis\\s+que|\\bmientras\\s+que|\\benquanto|\\bmentre)\\s*(?:and\\s+|und\\s+|et\\s+|y\\s+"
            + "|e\\s+)?(?:the|die|der|das|le|la|les|el|los|las|o|a|os|as|il|lo)\\s+[\\p{L}'’-]+\\s+(?:only\\s+|nur\\s+"
            + "|just\\s+|seulement\\s+|apenas\\s+)?(?<n>\\d{1,3}(?:[.,\\u00a0\\u202f ]\\d{3})*|\\d+)(?=\\s*(?:[.;!?]|$))");

    /**
     * A verb whose object is the figure right after it (a word or two of qualifier between): the sentence gives a
     * source's figure and nothing else of it ("Das Unternehmen nennt 1.200 Stellen", "the union says 600 schools",
     * "rechnet mit rund 1.500", "estimates 3,000", "puts the toll at 40").
     */
    private static final Pattern GIVEN = Pattern.compile("(?iu)(?<![\\p{L}])(?:says|said|estimates?|estimated|counts?"
            + "|counted|puts\\s+(?:the\\s+\\p{L}+\\s+)?at|put\\s+(?:the\\s+\\p{L}+\\s+)?at|nennt|nannte|rechnet\\s+mit"
            + "|rechnete\\s+mit|schätzt|schätzte|zählt|zählte|geht\\s+von|ging\\s+von|estime|évalue|compte|cifra\\s+en"
            + "|calcula|estima|afirma\\s+que|aponta\\s+para|fala\\s+(?:em|numa|num)|stima|conta)\\s+(?:\\p{L}+\\s+){0,2}$");

    private final StatementReadings readings;
    /** The figures of every key by the sentence that gives them, for the parties that ran into a figure. */
    private final Map<Sentence, List<StatedFigure>> bySentence = new java.util.HashMap<>();

    SourcedDisputes(StatementReadings readings) {
        this.readings = readings;
    }

    /**
     * The disputes of the keys that no disagreement between outlets already covers ({@code covered}), one per key,
     * then the counter-figures of sentences next to each other.
     */
    List<Disagreement> find(Map<String, List<StatedFigure>> byKey, List<String> covered) {
        List<Disagreement> found = new ArrayList<>();
        List<StatedFigure> all = new ArrayList<>();
        byKey.values().forEach(l -> l.forEach(s -> bySentence.computeIfAbsent(s.sentence(), k -> new ArrayList<>()).add(s)));
        byKey.forEach((key, stated) -> {
            all.addAll(stated);
            if (!covered.contains(key)) {
                List<StatedFigure> withBare = new ArrayList<>(stated);
                stated.forEach(x -> bareSecondSide(x).ifPresent(withBare::add));
                pair(withBare, false).ifPresent(p -> found.add(dispute(key, p)));
            }
        });
        pair(all, true).ifPresent(p -> found.add(dispute(p[0].quantity().key(), p)));
        return found;
    }

    /** The first two figures of one article credited to two sources that dispute; with {@code counter}, of other keys. */
    private Optional<StatedFigure[]> pair(List<StatedFigure> stated, boolean counter) {
        for (StatedFigure a : stated) {
            for (StatedFigure b : stated) {
                if (a.articleId().equals(b.articleId()) && a.quantity().start() < b.quantity().start()
                        && (counter ? counterFigure(a, b) : a.quantity().key().equals(b.quantity().key())
                        && toldAsDispute(a, b)) && disputed(a, b)) {
                    return Optional.of(new StatedFigure[] {a, b});
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The bare number a dispute's second side gives after {@code s} in its sentence ("the union says 600 schools were
     * shut, the ministry 140"), as a figure of {@code s}'s key and unit.
     */
    private static Optional<StatedFigure> bareSecondSide(StatedFigure s) {
        QuantitySpan q = s.quantity();
        if (q.kind() != QuantitySpan.Kind.COUNT) {
            return Optional.empty();
        }
        String text = s.sentence().text();
        int end = Math.max(0, Math.min(text.length(), s.endInSentence()));
        java.util.regex.Matcher m = BARE_SECOND_SIDE.matcher(text).region(end, text.length());
        if (!m.find()) {
            return Optional.empty();
        }
        String number = m.group("n");
        double value = Double.parseDouble(number.replaceAll("[^0-9]", ""));
        int start = s.sentenceStart() + m.start("n");
        QuantitySpan bare = new QuantitySpan(start, start + number.length(), q.sentence(), number, value,
                dev.storybrief.model.Qualifier.EXACT, q.unit(), q.key());
        return Optional.of(new StatedFigure(bare, s.sentence(), s.sentenceStart()));
    }

    /**
     * Two figures of one key told as a dispute: in one sentence, or in sentences next to each other where one of them
     * is given as a source's figure and nothing else ({@link #GIVEN}). Figures a report credits to two sources
     * sentences apart are most often of two things ("380 kilometers west of Goma", "120 kilometers north of
     * Kisangani"; "detained at least ten dissidents", "Three dissidents ... sent an open letter").
     */
    private static boolean toldAsDispute(StatedFigure a, StatedFigure b) {
        return a.sentence().equals(b.sentence()) || next(a.sentence(), b.sentence()) && (given(a) || given(b));
    }

    /** The figure is the object of a verb that gives it ({@link #GIVEN}). */
    private static boolean given(StatedFigure s) {
        String text = s.sentence().text();
        int at = Math.max(0, Math.min(text.length(), s.startInSentence()));
        return GIVEN.matcher(text.substring(0, at)).find();
    }

    /** {@code b}, of another key, is the next sentence's counter-figure to {@code a}'s count. */
    private static boolean counterFigure(StatedFigure a, StatedFigure b) {
        if (a.quantity().key().equals(b.quantity().key()) || a.quantity().kind() != QuantitySpan.Kind.COUNT
                || b.quantity().kind() != QuantitySpan.Kind.COUNT || a.sentence().equals(b.sentence())) {
            return false;
        }
        String text = b.sentence().text();
        int at = Math.max(0, Math.min(text.length(), b.startInSentence()));
        return next(a.sentence(), b.sentence()) && COUNTER.matcher(text.substring(0, at)).find();
    }

    /** The two sentences follow each other in their article. */
    private static boolean next(Sentence first, Sentence second) {
        return first.index() + 1 == second.index();
    }

    /**
     * Two figures that cannot both be true, credited to two different sources, and nothing in their own words sets
     * them apart ({@link SeparateFigures}: "317 athletes and officials" counts more than "209 athletes").
     */
    private boolean disputed(StatedFigure a, StatedFigure b) {
        if (a.agreesWith(b) || a.quantity().roundedAlike(b.quantity()) || readings.rise(a) || readings.rise(b)
                || SeparateFigures.apart(a.quantity(), a.sentence().text(), a.sentenceStart(), null,
                b.quantity(), b.sentence().text(), b.sentenceStart(), null)
                || FigureConflict.ratio(a.quantity(), b.quantity()) > FigureConflict.MAX_MEASURED_RATIO
                || FigureReadings.forecast(a.sentence().text(), a.startInSentence(), a.endInSentence())
                != FigureReadings.forecast(b.sentence().text(), b.startInSentence(), b.endInSentence())) {
            return false;
        }
        FigureSources.Party pa = FigureSources.party(a);
        FigureSources.Party pb = FigureSources.party(b);
        // "is facing five counts of fraud and two counts of theft": the words before "counts" name no one
        return FigureSources.apart(pa, pb) && !namesAFigure(pa, a) && !namesAFigure(pb, b);
    }

    /** The party's name holds a figure of its sentence ({@link FigureSources#namesAFigure}). */
    private boolean namesAFigure(FigureSources.Party party, StatedFigure s) {
        return FigureSources.namesAFigure(party, bySentence.getOrDefault(s.sentence(), List.of()));
    }

    /** The dispute of two figures, each its own side (the sentences name the sources). */
    private static Disagreement dispute(String key, StatedFigure[] pair) {
        List<Claim> claims = new ArrayList<>();
        for (int side = 0; side < 2; side++) {
            StatedFigure s = pair[side];
            claims.add(new Claim(s.sentence().text(), s.articleId(), s.quantity().text(), null, side));
        }
        return new Disagreement(FigureTopics.topic(key, java.util.Set.of(pair[0].quantity().unit())),
                DisagreementKind.NUMBER, claims);
    }
}
