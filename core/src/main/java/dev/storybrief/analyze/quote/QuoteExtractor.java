package dev.storybrief.analyze.quote;

import dev.storybrief.analyze.entity.AccordingTo;
import dev.storybrief.analyze.entity.EntityMention;
import dev.storybrief.analyze.entity.EntityRecognizer;
import dev.storybrief.model.EntityType;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Extracts quotations and their speakers from one article's sentences, in order.
 *
 * <p>Quote marks are paired across sentences ({@link QuoteMarkScanner}); each quote's speaker is looked for after the
 * closing mark, then before the opening mark ({@link AttributionFinder}); "he"/"she" resolve to the most recent
 * person the article put forward as a speaker ({@link SalienceTracker}); an unattributed quote that opens its
 * sentence, or follows another quote in its sentence, continues the previous quote's speaker ({@code “...,” Rice
 * said. “But for the United States...”}, {@code “...,” he said. But “...”});
 * a fragment inside the reporter's sentence falls back to that sentence's subject. Instances are thread-safe.
 */
public final class QuoteExtractor {

    private final EntityRecognizer recognizer = new EntityRecognizer();

    /** Quotes in the order they open, recognising the article's entities first. */
    public List<Quote> extract(List<String> sentences) {
        Objects.requireNonNull(sentences, "sentences");
        return extract(sentences, recognizer.recognizeDocument(sentences));
    }

    /**
     * Quotes in the order they open, given the entities already recognised in each sentence (as
     * {@link EntityRecognizer#recognizeDocument(List)} finds them).
     */
    public List<Quote> extract(List<String> sentences, List<List<EntityMention>> entities) {
        return extract(sentences, entities, "en");
    }

    /** The same for an article in {@code language} (ISO 639-1): its quotation marks follow that language's use. */
    public List<Quote> extract(List<String> sentences, List<List<EntityMention>> entities, String language) {
        return extract(sentences, entities, language, null);
    }

    /**
     * The same, knowing the paragraph of each sentence ({@code paragraphs}, one index per sentence, or null when not
     * known): a newspaper's quote standing alone ("« … », selon Le Monde") says the words of the person its paragraph
     * put forward ({@link ReportedSource}).
     */
    public List<Quote> extract(List<String> sentences, List<List<EntityMention>> entities, String language,
                               List<Integer> paragraphs) {
        Objects.requireNonNull(sentences, "sentences");
        Objects.requireNonNull(language, "language");
        List<QuoteMarks> marks = QuoteMarkScanner.scan(sentences, language);
        // the page's quoted stretches, marked once: every name and every quote asks whether it stands inside one
        QuotedStretches spans = QuotedStretches.of(marks, sentences.size());
        SalienceTracker salience = new SalienceTracker();
        for (int i = 0; i < sentences.size(); i++) {
            salience.readSentence(i, sentences.get(i), entities.get(i), spans);
        }
        List<QuoteMarks> kept = new ArrayList<>();
        List<Credit> credits = new ArrayList<>();
        QuoteMarks previous = null;
        Credit previousCredit = Credit.NONE;
        // one answer per sentence: every quote of a long sentence asks it, and each asking reads the whole sentence
        Map<Integer, Optional<Attribution>> caseless = new HashMap<>();
        for (QuoteMarks span : marks) {
            if (text(sentences, span).isEmpty() || isName(sentences, span)
                    || !opensSentence(sentences, span) && ScareQuotes.is(sentences, spans, span, language,
                    entities.get(span.startSentence()))) {
                // "le navire « Ocean Star »": a name in quotation marks is nobody's words; so is a word the reporter
                // only keeps at a distance ("the so-called “reset”")
                continue;
            }
            Credit credit = credit(sentences, spans, span, entities, salience, previous, previousCredit, caseless,
                    language);
            if (credit.speaker != null && credit.cue != null && sentences.get(span.startSentence())
                    .substring(0, span.openAt()).isBlank()) {
                credit = reporterOrSpeaker(sentences, span, credit, salience,
                        firstOfParagraph(paragraphs, span.startSentence()));
            }
            if (credit.speaker != null) {
                salience.add(span.startSentence(), span.openAt(), credit.speaker);
            }
            kept.add(span);
            credits.add(credit);
            previous = span;
            previousCredit = credit;
        }
        // from the last quote back, so that a quote running over three paragraphs takes the credit of its last part
        for (int k = kept.size() - 2; k >= 0; k--) {
            if (credits.get(k).speaker == null && runsOnInto(sentences, kept.get(k), kept.get(k + 1))) {
                credits.set(k, credits.get(k + 1));
            }
        }
        List<Quote> quotes = new ArrayList<>();
        for (int k = 0; k < kept.size(); k++) {
            QuoteMarks span = kept.get(k);
            Credit credit = credits.get(k);
            quotes.add(new Quote(text(sentences, span), credit.speaker, span.startSentence(), isPartial(sentences, span),
                    new Quote.Where(span.startSentence(), span.contentStart(), span.endSentence(), span.contentEnd(),
                            credit.words, credit.cue)));
        }
        return List.copyOf(quotes);
    }

    /**
     * "Marie Lacombe ... a perdu sa boutique. « Nous n'avons rien pu sauver », selon Le Figaro.": a quote opening its
     * sentence, credited "according to" a newspaper, says the words of the person its paragraph put forward last; the
     * paper only reports them (the cue stays, it tells how the words reached the article).
     */
    private static Credit reporterOrSpeaker(List<String> sentences, QuoteMarks span, Credit credit,
                                            SalienceTracker salience, int paragraphStart) {
        Quote.Stretch cue = credit.cue;
        Attribution reported = new Attribution(credit.speaker, false, credit.words.start(), cue.start(), cue.end());
        if (cue.sentence() != credit.words.sentence()
                || !ReportedSource.creditsByReport(sentences.get(cue.sentence()), reported)
                || !ReportedSource.isOutlet(reported)) {
            return credit;
        }
        SalienceTracker.PutForward person = salience.latestSince(paragraphStart, span.startSentence(), span.openAt(),
                name -> AccordingTo.namesMedium(name) || SpeechWords.namesNobody(name));
        if (person == null) {
            return credit;
        }
        return new Credit(person.name(), new Quote.Stretch(person.sentence(), person.offset(),
                person.offset() + person.name().length()), cue);
    }

    /** The first sentence of the paragraph of {@code sentence}; the sentence itself when paragraphs are unknown. */
    private static int firstOfParagraph(List<Integer> paragraphs, int sentence) {
        if (paragraphs == null || paragraphs.size() <= sentence) {
            return sentence;
        }
        int first = sentence;
        while (first > 0 && Objects.equals(paragraphs.get(first - 1), paragraphs.get(sentence))) {
            first--;
        }
        return first;
    }

    /**
     * News style runs a quotation over paragraphs with no closing mark at the end of the first and an opening mark
     * at the start of the next; the attribution comes once, with the last part. A quote left open at the end of its
     * sentence, followed by one opening the next sentence, is such a first part.
     */
    private static boolean runsOnInto(List<String> sentences, QuoteMarks span, QuoteMarks next) {
        String last = sentences.get(span.endSentence());
        boolean leftOpen = span.closeEnd() == span.contentEnd() && span.contentEnd() >= last.stripTrailing().length();
        boolean nextOpensSentence = next.startSentence() == span.endSentence() + 1
                && sentences.get(next.startSentence()).substring(0, next.openAt()).isBlank();
        return leftOpen && nextOpensSentence;
    }

    /** Who a quote is credited to, the words that name them and the cue that credits them. */
    private record Credit(String speaker, Quote.Stretch words, Quote.Stretch cue) {
        static final Credit NONE = new Credit(null, null, null);
    }

    private static Credit credit(List<String> sentences, QuotedStretches spans, QuoteMarks span,
                                 List<List<EntityMention>> entities, SalienceTracker salience, QuoteMarks previous,
                                 Credit previousCredit, Map<Integer, Optional<Attribution>> caseless,
                                 String language) {
        Located found = attribution(sentences, spans, span, entities, caseless, language);
        boolean opensSentence = opensSentence(sentences, span);
        // "“...?” / Trump said. / “...”": the sentence that credited the previous quote is where it ended
        int previousEnd = previous == null ? -2 : previous.endSentence();
        if (previousCredit.words() != null) {
            previousEnd = Math.max(previousEnd, previousCredit.words().sentence());
        }
        boolean follows = previous != null && previousEnd >= span.startSentence() - 1;
        // "“...,” he said outside. But “...”": a later quote of the sentence that credits nothing goes on
        boolean sameSentence = previous != null && previous.endSentence() == span.startSentence();
        boolean continues = opensSentence && follows || sameSentence;
        // "he demurred: “...”" is introduced in its own sentence: the next sentence's verb is the next quote's
        boolean introducedHere = sentences.get(span.startSentence()).substring(0, span.openAt()).strip().endsWith(":");
        if (found == null && !continues && !introducedHere) {
            found = nextSentence(sentences, spans, span, entities);
        }
        if (DroppedSubjects.dropsSubjects(language) && (found == null ? !continues : isDroppedSubject(found.attribution))) {
            // "Dijo que ...", "Calificó el plan de «una chapuza» y dijo ...": the sentence before names who speaks
            Located previousSubject = previousSubject(sentences, spans, span, entities);
            found = previousSubject != null ? previousSubject : found;
        }
        if (found != null) {
            Attribution a = found.attribution;
            Quote.Stretch words = new Quote.Stretch(found.sentence, a.at(), a.at() + a.speaker().length());
            Quote.Stretch cue = a.hasCue() ? new Quote.Stretch(found.sentence, a.cueStart(), a.cueEnd()) : null;
            String speaker = a.pronoun() ? salience.before(span.endSentence(), a.at())
                    : ApostropheSuffix.cut(a.speaker(), language);
            String sameSurname = a.pronoun() ? null : salience.latestOfSurname(speaker, found.sentence, a.at());
            if (sameSurname != null) {
                // "Her husband, Peter Whitfield, said ... “...,” Whitfield said": two people of one surname, and the
                // bare surname goes to the one the article has just put forward
                speaker = sameSurname;
            }
            String issuer = a.pronoun() || speaker == null ? null
                    : IssuedDocuments.issuer(speaker, sentences, entities, found.sentence, a.at());
            if (issuer != null) {
                // "“...,” the faxed statement said" after "Harbor Rail sent a statement": Harbor Rail said it
                speaker = issuer;
            }
            if (!a.pronoun() && (SpeechWords.namesNobody(speaker) || !SpeakerShape.canSpeak(speaker))) {
                // "the company wrote in its statement. It added, “...”": the words stay, the name is the last
                // quote's when it was just before, else nobody; a speaker shown as "It" or "I" tells the reader nothing,
                // nor does "The", "PHOTOS" or a piece of quoted words
                speaker = follows ? previousCredit.speaker() : null;
            }
            return new Credit(speaker, words, cue);
        }
        return continues ? previousCredit : Credit.NONE;
    }

    /** Whether a quote opens its sentence: "But “...”" opens it as much as "“...”" does. */
    private static boolean opensSentence(List<String> sentences, QuoteMarks span) {
        return sentences.get(span.startSentence()).substring(0, span.openAt())
                .matches("\\s*(?:(?i:but|and|still|yet|so|then|also)[,\\s]+)?");
    }

    /** Whether an attribution stands for a subject its verb's ending carries ("Dijo que"): the verb as a pronoun. */
    private static boolean isDroppedSubject(Attribution a) {
        return a.pronoun() && !SpeechWords.isPronoun(a.speaker()) && SpeechWords.isSpeechVerb(a.speaker());
    }

    /**
     * The person of the sentence right before a quote's sentence that says or calls with no subject of its own
     * ({@link DroppedSubjects}); null when that sentence has a subject or the one before names no single person.
     */
    private static Located previousSubject(List<String> sentences, QuotedStretches spans, QuoteMarks span,
                                           List<List<EntityMention>> entities) {
        int index = span.startSentence();
        if (!DroppedSubjects.lacksSubject(sentences.get(index), index, entities.get(index), spans)) {
            return null;
        }
        EntityMention person = DroppedSubjects.previousPerson(index, entities, spans);
        return person == null ? null : new Located(new Attribution(person.text(), false, person.start()), index - 1);
    }

    /**
     * The sentence after a quotation that ends its own may credit it ("...missing.” Trump said."); only tried when
     * nothing around the quotation credits it and it does not continue the previous quote.
     */
    private static Located nextSentence(List<String> sentences, QuotedStretches spans, QuoteMarks span,
                                        List<List<EntityMention>> entities) {
        String endSentence = sentences.get(span.endSentence());
        int next = span.endSentence() + 1;
        boolean endsSentence = endSentence.substring(Math.min(span.closeEnd(), endSentence.length())).isBlank();
        if (!endsSentence || next >= sentences.size()) {
            return null;
        }
        String following = sentences.get(next);
        Attribution leading = AttributionFinder.leading(following, nextOpening(spans, next, 0, following.length()),
                entities.get(next));
        return leading == null ? null : new Located(leading, next);
    }

    /** An attribution and the sentence it was found in. */
    private record Located(Attribution attribution, int sentence) {
    }

    private static Located attribution(List<String> sentences, QuotedStretches spans, QuoteMarks span,
                                       List<List<EntityMention>> entities,
                                       Map<Integer, Optional<Attribution>> caseless, String language) {
        String endSentence = sentences.get(span.endSentence());
        int afterEnd = nextOpening(spans, span.endSentence(), span.closeEnd(), endSentence.length());
        List<EntityMention> endEntities = entities.get(span.endSentence());
        Attribution after = AttributionFinder.after(endSentence, span.closeEnd(), afterEnd, endEntities);
        if (after == null && "de".equals(language)) {
            after = AttributionFinder.afterSo(endSentence, span.closeEnd(), afterEnd, endEntities);
        }
        if (after == null) {
            after = AttributionFinder.continuing(endSentence, span.closeEnd(), afterEnd, endEntities);
        }
        if (after == null) {
            after = PostSignature.after(endSentence, span.closeEnd());
        }
        String startSentence = sentences.get(span.startSentence());
        int beforeStart = previousClosing(spans, span.startSentence(), span.openAt());
        List<EntityMention> startEntities = entities.get(span.startSentence());
        if (after != null && span.startSentence() == span.endSentence()
                && ReportedSource.creditsByReport(endSentence, after)) {
            // "Le maire Jean Dufresne a promis de « tout reconstruire », selon Le Monde": the paper reports the words
            // of the one the sentence shows saying them
            Attribution sayer = ReportedSource.sayer(startSentence, span.openAt(),
                    outsideQuotes(startEntities, spans, span.startSentence()));
            if (sayer != null) {
                return new Located(sayer, span.startSentence());
            }
        }
        if (after != null) {
            return new Located(after, span.endSentence());
        }

        Attribution before = AttributionFinder.before(startSentence, beforeStart, span.openAt(), startEntities);
        if (before != null) {
            return new Located(before, span.startSentence());
        }
        if (startSentence.substring(0, span.openAt()).isBlank()) {
            return introduced(sentences, spans, span, entities);
        }
        Attribution subject = AttributionFinder.subject(startSentence, span.openAt(),
                outsideQuotes(startEntities, spans, span.startSentence()));
        if (subject != null) {
            return new Located(subject, span.startSentence());
        }
        Attribution uncased = caseless.computeIfAbsent(span.endSentence(),
                index -> Optional.ofNullable(caselessSpeaker(endSentence, spans, index, endEntities))).orElse(null);
        return uncased == null ? null : new Located(uncased, span.endSentence());
    }

    /**
     * "“...”고 상인 이영희 씨가 말했다", "«...»، مریم احمدی، رئیس بیمارستان شهر گفت": in a script without capitals the
     * words around the verb are ordered as in no language the finders above read (the verb closes the sentence, the
     * subject stands between the quote and the verb), so a sentence written without capitals that names one person
     * outside its quotes and has a verb of saying there credits its quote to that person.
     */
    private static Attribution caselessSpeaker(String sentence, QuotedStretches spans, int index,
                                               List<EntityMention> entities) {
        BitSet quoted = new BitSet(sentence.length());
        for (int k = 0; k < sentence.length(); k++) {
            if (spans.covers(index, k)) {
                quoted.set(k);
            }
        }
        StringBuilder outside = new StringBuilder();
        for (int k = quoted.nextClearBit(0); k < sentence.length(); k = quoted.nextClearBit(k + 1)) {
            outside.append(sentence.charAt(k));
        }
        String rest = outside.toString();
        boolean caseless = rest.codePoints().filter(Character::isLetter)
                .noneMatch(c -> Character.isUpperCase(c) || Character.isLowerCase(c));
        if (!caseless || ZoneWords.of(rest, 0, rest.length()).stream().noneMatch(w -> SpeechWords.isSpeechVerb(w.text()))
                && !SpeechWords.hasCaselessSpeechVerb(rest)) {
            return null;
        }
        List<EntityMention> people = outsideQuotes(entities, spans, index).stream()
                .filter(e -> e.type() == EntityType.PERSON).toList();
        return people.size() == 1 ? new Attribution(people.get(0).text(), false, people.get(0).start()) : null;
    }

    /**
     * "In a 1963 speech, he declared:" closing the sentence (or paragraph) before a quotation that opens its own: the
     * introducer credits it, through its verb of saying or else its subject ("He then listed the qualities:").
     */
    private static Located introduced(List<String> sentences, QuotedStretches spans, QuoteMarks span,
                                      List<List<EntityMention>> entities) {
        int previous = span.startSentence() - 1;
        if (previous < 0 || !sentences.get(previous).strip().endsWith(":")) {
            return null;
        }
        String introducer = sentences.get(previous);
        int from = previousClosing(spans, previous, introducer.length());
        Attribution found = AttributionFinder.before(introducer, from, introducer.length(), entities.get(previous));
        if (found == null) {
            found = AttributionFinder.subject(introducer, introducer.length(),
                    outsideQuotes(entities.get(previous), spans, previous));
        }
        return found == null ? null : new Located(found, previous);
    }

    /** The names of a sentence that are not inside one of its quotes (a name quoted is not the speaker). */
    private static List<EntityMention> outsideQuotes(List<EntityMention> entities, QuotedStretches spans, int sentence) {
        return entities.stream().filter(e -> !spans.covers(sentence, e.start())).toList();
    }

    /** Where the next quote in the same sentence opens, or the sentence end. */
    private static int nextOpening(QuotedStretches spans, int sentence, int from, int sentenceEnd) {
        return spans.nextOpening(sentence, from, sentenceEnd);
    }

    /** Where the previous quote in the same sentence closed, or 0. */
    private static int previousClosing(QuotedStretches spans, int sentence, int before) {
        return spans.previousClosing(sentence, before);
    }

    /** A quote is whole when it opens its sentence or follows an introducer ("said:", "he said,") with a capital. */
    private static boolean isPartial(List<String> sentences, QuoteMarks span) {
        String prefix = sentences.get(span.startSentence()).substring(0, span.openAt()).strip();
        if (prefix.isEmpty()) {
            return false;
        }
        String start = sentences.get(span.startSentence()).substring(span.contentStart()).strip();
        boolean capital = !start.isEmpty() && Character.isUpperCase(start.charAt(0));
        boolean introduced = prefix.endsWith(":") || prefix.endsWith(",");
        return !(introduced && capital);
    }

    /**
     * A name in quotation marks within one sentence, its own punctuation kept ("“Northern Light,” he said" is said),
     * or a title after the noun that names it ("the show “Morning Edition,”").
     */
    private static boolean isName(List<String> sentences, QuoteMarks span) {
        if (span.startSentence() != span.endSentence()) {
            return false;
        }
        String sentence = sentences.get(span.startSentence());
        String quoted = sentence.substring(span.contentStart(), span.contentEnd());
        return QuotedName.isName(quoted) || QuotedName.isTitle(sentence.substring(0, span.openAt()), quoted);
    }

    private static String text(List<String> sentences, QuoteMarks span) {
        StringBuilder text = new StringBuilder();
        for (int s = span.startSentence(); s <= span.endSentence(); s++) {
            String sentence = sentences.get(s);
            int from = s == span.startSentence() ? span.contentStart() : 0;
            int to = s == span.endSentence() ? span.contentEnd() : sentence.length();
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(sentence, from, Math.max(from, to));
        }
        return text.toString().strip().replaceFirst(",$", "").strip();
    }
}
