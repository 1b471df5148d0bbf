package dev.storybrief.analyze.entity;

import dev.storybrief.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Rule-and-gazetteer named entity recognition for English news: persons, organisations and places.
 *
 * <p>Candidates are runs of capitalised words (see {@link CandidateFinder}); titles are cut off ("Col. Ahmed Bani"
 * gives {@code Ahmed Bani}); each run is typed by the embedded gazetteer, keyword heads, acronyms and context (see
 * {@link EntityClassifier}). {@link #recognize(String)} looks at one sentence; {@link #recognizeDocument(List)} also
 * uses what the rest of the article says (a later bare "Hartwell" is the person "David Hartwell"; a sentence-initial
 * "Security" that the article also writes in lower case is no name). Instances are immutable and thread-safe.
 */
public final class EntityRecognizer {

    private final Tokenizer tokenizer;
    /** Candidates and their kinds for a text that writes German's one-word offices, and for one that does not. */
    private final Readers germanOffices = new Readers(Lexicon.forLanguage("de"));
    private final Readers otherLanguages = new Readers(Lexicon.forLanguage("en"));

    /** The candidate finder and the classifier over one language's view of the word lists. */
    private record Readers(CandidateFinder candidateFinder, EntityClassifier classifier) {
        Readers(Lexicon lexicon) {
            this(new CandidateFinder(lexicon), new EntityClassifier(lexicon));
        }
    }

    /** A recognizer over the built-in word lists. */
    public EntityRecognizer() {
        this.tokenizer = new Tokenizer(Lexicon.standard());
    }

    private Readers readers(NameMemory memory) {
        return GermanOffices.isWrittenIn(memory.language()) ? germanOffices : otherLanguages;
    }

    /** Entities in one sentence, in text order. */
    public List<EntityMention> recognize(String sentence) {
        Objects.requireNonNull(sentence, "sentence");
        return recognize(sentence, tokenizer.tokenize(sentence), NameMemory.EMPTY);
    }

    /** Entities per sentence of one article, using the whole article as context; same order as the input. */
    public List<List<EntityMention>> recognizeDocument(List<String> sentences) {
        return recognizeDocument(sentences, java.util.Set.of());
    }

    /**
     * Entities per sentence of one article, using the whole article as context and the places the article is known
     * to be filed from (its dateline's place, which cleaning took out of the text): a name written where a place
     * stands in its own dateline is that place wherever the text names it.
     */
    public List<List<EntityMention>> recognizeDocument(List<String> sentences, java.util.Set<String> filedFrom) {
        return recognizeDocument(sentences, filedFrom, java.util.Set.of());
    }

    /**
     * As {@link #recognizeDocument(List, java.util.Set)}, knowing also the names of the outlet that published the
     * article ({@code outlets}): where the text names its own outlet ("told Science Notes"), that is an organisation.
     */
    public List<List<EntityMention>> recognizeDocument(List<String> sentences, java.util.Set<String> filedFrom,
                                                       java.util.Set<String> outlets) {
        return recognizeDocument(sentences, filedFrom, outlets, "en");
    }

    /**
     * As {@link #recognizeDocument(List, java.util.Set, java.util.Set)}, for an article in {@code language} (ISO
     * 639-1): rules that read a capital as the sign of a name hold only where the language keeps capitals for names
     * (German capitalises every noun: "30 Milliarden Euro" is no one's name).
     */
    public List<List<EntityMention>> recognizeDocument(List<String> sentences, java.util.Set<String> filedFrom,
                                                       java.util.Set<String> outlets, String language) {
        Objects.requireNonNull(sentences, "sentences");
        NameMemory blank = NameMemory.empty(Objects.requireNonNull(language, "language"));
        List<List<Token>> tokens = sentences.stream().map(tokenizer::tokenize).toList();
        List<List<EntityMention>> firstPass = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            firstPass.add(recognize(sentences.get(i), tokens.get(i), blank));
        }
        NameMemory memory = NameMemory.of(tokens, firstPass, filedFrom, outlets, language);
        List<List<EntityMention>> result = new ArrayList<>();
        boolean titled = TitledNames.covers(language);
        for (int i = 0; i < sentences.size(); i++) {
            List<EntityMention> found = recognize(sentences.get(i), tokens.get(i), memory);
            if (!UncasedNames.covers(language) && !titled) {
                result.add(found);
                continue;
            }
            // Korean, Persian, Hindi, Arabic, Hebrew, Japanese, Chinese and Thai have no capitals: their people are
            // found by the words beside the name
            List<EntityMention> people = titled ? TitledNames.people(sentences.get(i), language)
                    : UncasedNames.people(sentences.get(i), language);
            result.add(withPeople(found, people));
        }
        if (titled) {
            // a name once introduced by its title is written bare later in the story ("अनिल वर्मा ने बताया")
            List<String> named = result.stream().flatMap(List::stream).filter(m -> m.type() == EntityType.PERSON)
                    .map(EntityMention::text).distinct().toList();
            for (int i = 0; i < sentences.size(); i++) {
                result.set(i, withPeople(result.get(i), RepeatedNames.find(sentences.get(i), named)));
            }
        }
        for (int i = 0; i < sentences.size(); i++) {
            // places in scripts without capitals, read by the script, not the language: a lead is annotated before
            // its language is known; after the people, whose rules know their offices
            if (CaselessPlaces.covers(sentences.get(i))) {
                // a body before the places: "جامعة القاهرة" is the university, not the city
                result.set(i, withPeople(result.get(i), CaselessBodies.find(sentences.get(i))));
                result.set(i, withPeople(result.get(i), CaselessPlaces.find(sentences.get(i))));
            }
        }
        // a town the story introduced by its noun ("مدينة الواحة", "בעיר נתיבות") is written bare later on
        List<String> places = result.stream().flatMap(List::stream)
                .filter(m -> m.type() == EntityType.PLACE && CaselessPlaces.covers(m.text()))
                .map(EntityMention::text).distinct().toList();
        for (int i = 0; i < sentences.size() && !places.isEmpty(); i++) {
            result.set(i, withPeople(result.get(i), CaselessPlaces.named(sentences.get(i), places)));
        }
        return List.copyOf(result);
    }

    /** The mentions with the people (or places) added that overlap none of them, in text order. */
    private static List<EntityMention> withPeople(List<EntityMention> found, List<EntityMention> people) {
        List<EntityMention> all = new ArrayList<>(found);
        people.stream().filter(p -> all.stream().noneMatch(m -> m.start() < p.end() && p.start() < m.end()))
                .forEach(all::add);
        all.sort(java.util.Comparator.comparingInt(EntityMention::start));
        return List.copyOf(all);
    }

    /**
     * The mentions a candidate yields: one, or two places where the language's "and" joins them ("Segorbe y Altura",
     * "desde Castellón y Sagunto"): the run bridged the "and" as a name's particle ("Ortega y Gasset"), and a place
     * whose name holds an "and" is one the gazetteer knows.
     */
    private List<EntityMention> classified(String sentence, List<Token> tokens, Candidate candidate, NameMemory memory) {
        EntityClassifier classifier = readers(memory).classifier();
        EntityMention mention = classifier.classify(sentence, tokens, candidate, memory);
        if (mention == null) {
            return List.of();
        }
        int and = PlacePrepositions.andBetweenNames(tokens, candidate.first(), candidate.end(), memory.language());
        if (and < 0) {
            return List.of(mention);
        }
        Candidate second = new Candidate(and + 1, candidate.end(), Candidate.Kind.OPEN);
        if (mention.end() <= tokens.get(and).start()) {
            // the first place was cut at the "and" already: the second is a name of its own
            EntityMention rest = classifier.classify(sentence, tokens, second, memory);
            return rest == null ? List.of(mention) : List.of(mention, rest);
        }
        if (mention.type() != EntityType.PLACE || Lexicon.standard().gazetteerType(mention.text()) != null) {
            return List.of(mention);
        }
        EntityMention left = classifier.classify(sentence, tokens,
                new Candidate(candidate.first(), and, candidate.kind()), memory);
        EntityMention right = classifier.classify(sentence, tokens, second, memory);
        if (left == null || left.type() != EntityType.PLACE || right != null && right.type() == EntityType.PERSON) {
            return List.of(mention);
        }
        // the second takes the kind the whole run had: it is named where the first is ("vecinos de X y Y")
        int start = right == null ? tokens.get(and + 1).start() : right.start();
        int end = right == null ? mention.end() : right.end();
        return List.of(left, new EntityMention(start, end, sentence.substring(start, end), EntityType.PLACE));
    }

    private List<EntityMention> recognize(String sentence, List<Token> tokens, NameMemory memory) {
        List<EntityMention> mentions = new ArrayList<>();
        for (Candidate candidate : readers(memory).candidateFinder().find(sentence, tokens)) {
            for (EntityMention mention : classified(sentence, tokens, candidate, memory)) {
                // a name may reach past its candidate ("Bundesamtes für Migration": "für" ends the run of
                // capitals): the candidates it covers are its own words
                if (mentions.isEmpty() || mentions.get(mentions.size() - 1).end() <= mention.start()) {
                    mentions.add(mention);
                }
            }
        }
        return AcronymDefinitions.withLongForms(sentence, tokens, mentions);
    }
}
