package dev.storybrief.brief;

import dev.storybrief.analyze.quote.SpeakerNames;
import dev.storybrief.analyze.terms.NameCases;
import dev.storybrief.group.SameSpeaker;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Layer;
import dev.storybrief.model.QuoteItem;
import dev.storybrief.model.QuoteSpan;
import dev.storybrief.model.Section;
import dev.storybrief.model.Story;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who said what: the quotations of every article with their speakers resolved to full names and roles within
 * that article, then grouped by speaker across articles (a surname in one outlet meets the full name in another).
 * Speakers with most quotes come first; unattributed quotes last.
 */
public final class QuoteCollector implements BriefingPart {

    /** The fewest words a part of a quotation has to be told as a copy of the whole. */
    private static final int MIN_COPY_WORDS = 5;

    private static final java.util.Set<String> SUPPORTED = java.util.Set.of("en", "fr", "de", "es", "it", "pt", "nl",
            "pl", "sv", "da", "no", "nb", "cs", "ro", "hu", "vi", "id", "ko", "fa", "hi", "ar", "he", "ja", "zh", "th",
            "ru", "uk", "bg", "tr");

    /**
     * English, French, German, Spanish, Italian, Portuguese, Dutch, Polish, Swedish, Danish, Norwegian (bokmål), Czech,
     * Romanian, Hungarian, Vietnamese, Indonesian, Korean, Persian, Hindi, Arabic, Hebrew, Japanese, Chinese, Thai,
     * Russian, Ukrainian, Bulgarian and Turkish:
     * the languages whose speech verbs it knows.
     */
    @Override
    public boolean supports(String language) {
        return SUPPORTED.contains(language);
    }

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.QUOTES);
    }

    @Override
    public void addTo(BriefingDraft draft) {
        draft.put(Section.QUOTES, collect(draft.story()));
    }

    /** The quotes of a story, grouped by speaker. */
    public List<QuoteItem> collect(Story story) {
        List<QuoteItem> all = new ArrayList<>();
        Set<String> said = new java.util.HashSet<>();
        var inStoryLanguage = story.inStoryLanguage();
        // an advertorial's sponsor is no source of the story
        Set<String> paid = OpinionPieces.paidBesideReports(story.articles());
        for (AnalyzedArticle article : story.articles()) {
            if (!inStoryLanguage.test(article) || paid.contains(article.id())) {
                continue;
            }
            String author = article.article().author();
            for (QuoteSpan quote : article.quotes()) {
                // one outlet's versions of one text are one report: a quote they repeat is said once
                if (!said.add(story.reportOf(article.id()) + "\u0000" + quote.text())) {
                    continue;
                }
                if (isTheAuthor(quote) && author != null && !author.isBlank()) {
                    all.add(new QuoteItem(author, "the author", quote.text(), article.id(), quote.partial()));
                } else {
                    all.add(new QuoteItem(quote.speakerName(), quote.speakerRole(), quote.text(), article.id(),
                            quote.partial()));
                }
            }
        }
        return grouped(namedWhereAnotherOutletNames(oneSpeakerEach(all, story)), story.language());
    }

    /**
     * A quotation has one speaker: when outlets credit the same words to different people ("said chief executive Helen
     * Marsh", "said chief financial officer Owen Grady"), it goes to the speaker most outlets name, on a tie to the one
     * the earliest report names (a later one copies the words and may guess their speaker), and the copies credited to
     * anyone else are left out, since listing them would have those outlets back an attribution they do not make.
     * Copies are the same words, or a part of them ({@link #sameWords}).
     */
    private static List<QuoteItem> oneSpeakerEach(List<QuoteItem> quotes, Story story) {
        String language = story.language();
        Map<String, java.time.LocalDate> dates = new java.util.HashMap<>();
        Map<String, Integer> order = new java.util.HashMap<>();
        for (AnalyzedArticle a : story.articles()) {
            order.putIfAbsent(a.id(), order.size());
            if (a.article().published() != null && !a.article().dateInferred()) {
                dates.put(a.id(), a.article().published());
            }
        }
        Comparator<QuoteItem> earliest = Comparator.comparing((QuoteItem q) -> dates.get(q.source()),
                Comparator.nullsLast(Comparator.<java.time.LocalDate>naturalOrder()))
                .thenComparing(q -> order.getOrDefault(q.source(), Integer.MAX_VALUE));
        Set<QuoteItem> left = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (QuoteItem q : quotes) {
            if (!SpeakerNames.isName(q.speaker())) {
                continue;
            }
            List<QuoteItem> copies = quotes.stream()
                    .filter(o -> SpeakerNames.isName(o.speaker()) && copies(q.text(), o.text())).toList();
            if (copies.stream().allMatch(o -> SameSpeaker.sameName(q.speaker(), o.speaker(), language))) {
                continue;
            }
            // the speaker of most outlets' copies, then of the earliest report
            QuoteItem chosen = copies.stream().min(Comparator.comparingInt((QuoteItem c) -> -(int) copies.stream()
                    .filter(o -> SameSpeaker.sameName(c.speaker(), o.speaker(), language)).map(QuoteItem::source).distinct()
                    .count()).thenComparing(earliest)).orElseThrow();
            copies.stream().filter(o -> !SameSpeaker.sameName(chosen.speaker(), o.speaker(), language)).forEach(left::add);
        }
        return left.isEmpty() ? quotes : quotes.stream().filter(q -> !left.contains(q)).toList();
    }

    /**
     * Whether two quotations are one: the same words, or the one's words (five or more) a part of the other's, as an
     * outlet quotes the first clause of a longer statement.
     */
    private static boolean copies(String a, String b) {
        String x = " " + sameWords(a) + " ";
        String y = " " + sameWords(b) + " ";
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        return x.equals(y) && !x.isBlank() || shorter.strip().split(" ").length >= MIN_COPY_WORDS && longer.contains(shorter);
    }

    /**
     * The same words quoted by two outlets are one utterance: where one names the speaker ("Elena Marsh") and the other
     * only describes them ("the governor") or names nobody, the quote goes to the named speaker.
     */
    private static List<QuoteItem> namedWhereAnotherOutletNames(List<QuoteItem> quotes) {
        Map<String, QuoteItem> named = new java.util.HashMap<>();
        for (QuoteItem q : quotes) {
            if (SpeakerNames.isName(q.speaker()) && !q.partial()) {
                named.putIfAbsent(sameWords(q.text()), q);
            }
        }
        List<QuoteItem> out = new ArrayList<>();
        for (QuoteItem q : quotes) {
            QuoteItem namer = SpeakerNames.isName(q.speaker()) ? null : named.get(sameWords(q.text()));
            out.add(namer == null ? q : new QuoteItem(namer.speaker(), namer.role(), q.text(), q.source(), q.partial()));
        }
        return out;
    }

    /** The words of a quote, without case and punctuation, to tell two outlets' copies of it alike. */
    static String sameWords(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** "“I am not shy,” I said": a first-person account quotes its author, whom the byline names. */
    private static boolean isTheAuthor(QuoteSpan quote) {
        return quote.speakerName() == null && quote.speaker() != null && quote.speaker().text().equals("I");
    }

    private static List<QuoteItem> grouped(List<QuoteItem> quotes, String language) {
        Map<String, String> keyOf = personKeys(quotes, language);
        Map<String, List<QuoteItem>> bySpeaker = new LinkedHashMap<>();
        for (QuoteItem q : quotes) {
            String key = q.speaker() == null ? "" : keyOf.get(q.speaker());
            bySpeaker.computeIfAbsent(key, k -> new ArrayList<>()).add(q);
        }
        Map<String, String> fullest = new LinkedHashMap<>();
        // a speaker's quote worded two ways by two outlets is listed once
        bySpeaker.replaceAll((key, group) -> key.isEmpty() ? group : QuoteRewordings.withoutRewordings(group, language));
        bySpeaker.forEach((key, group) -> fullest.put(key, shownName(group, NameCases.declines(language))));
        List<QuoteItem> out = new ArrayList<>();
        bySpeaker.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, List<QuoteItem>> e) -> e.getKey().isEmpty())
                        .thenComparing(e -> -e.getValue().size()))
                .forEach(e -> e.getValue().forEach(q -> out.add(q.speaker() == null ? q
                        : new QuoteItem(fullest.get(e.getKey()), roleOf(e.getValue(), q), q.text(), q.source(), q.partial()))));
        return out;
    }

    /**
     * One key per person. A full name is its first and last word ("Hillary Rodham Clinton" and "Hillary Clinton" are
     * one person, Bill Clinton another); a bare surname, as an outlet that never gave the full name writes it, joins
     * the one full name with that surname, and stays apart when the story has two people of that surname.
     */
    private static Map<String, String> personKeys(List<QuoteItem> quotes, String language) {
        Map<String, Set<String>> fullNamesBySurname = new LinkedHashMap<>();
        for (QuoteItem q : quotes) {
            String[] words = words(q.speaker(), language);
            if (words.length >= 2) {
                fullNamesBySurname.computeIfAbsent(words[words.length - 1], k -> new java.util.TreeSet<>())
                        .add(fullKey(words));
            }
        }
        Map<String, String> keys = new LinkedHashMap<>();
        for (QuoteItem q : quotes) {
            String[] words = words(q.speaker(), language);
            if (words.length == 0 || keys.containsKey(q.speaker())) {
                continue;
            }
            Set<String> sameSurname = fullNamesBySurname.getOrDefault(words[words.length - 1], Set.of());
            String key = words.length >= 2 ? fullKey(words)
                    : sameSurname.size() == 1 ? sameSurname.iterator().next() : words[0];
            if (isCapitals(q.speaker())) {
                key = writtenElsewhere(words, fullNamesBySurname).orElse(key);
            }
            keys.put(q.speaker(), key);
        }
        return keys;
    }

    /**
     * The key of the name that ends a speaker written in capitals, when the story writes that name elsewhere: copy in
     * capitals glues the role to the name ("HARBOUR MASTER COLIN AIREY"), which cannot be told apart by case.
     */
    private static java.util.Optional<String> writtenElsewhere(String[] words, Map<String, Set<String>> bySurname) {
        Set<String> sameSurname = bySurname.getOrDefault(words[words.length - 1], Set.of());
        for (int from = 1; from <= words.length - 2; from++) {
            String key = fullKey(java.util.Arrays.copyOfRange(words, from, words.length));
            if (sameSurname.contains(key)) {
                return java.util.Optional.of(key);
            }
        }
        return java.util.Optional.empty();
    }

    /** A name with no small letter: copy in capitals. */
    private static boolean isCapitals(String name) {
        return name.codePoints().noneMatch(Character::isLowerCase);
    }

    /**
     * The name a speaker's quotes are shown under: the {@link #fuller} one; where names decline, among the forms of
     * as many words, the one written most often, then the shortest: "— сказал Игорь Петров" names the speaker in the
     * nominative, which is the commonest form in attributions and the shortest of most names ("Петров", "Петрова",
     * "Петровым"), while "по словам Игоря Петрова" writes the genitive.
     */
    private static String shownName(List<QuoteItem> group, boolean declines) {
        Map<String, Integer> written = new LinkedHashMap<>();
        group.stream().map(QuoteItem::speaker).filter(s -> s != null).forEach(s -> written.merge(s, 1, Integer::sum));
        String shown = "";
        for (String name : written.keySet()) {
            boolean better = declines && !shown.isEmpty() && isCapitals(name) == isCapitals(shown)
                    && name.split("\\s+").length == shown.split("\\s+").length
                    ? written.get(name) > written.get(shown)
                            || written.get(name).equals(written.get(shown)) && name.length() < shown.length()
                    : fuller(name, shown);
            if (better) {
                shown = name;
            }
        }
        return shown.isEmpty() ? null : shown;
    }

    /** Whether a speaker's name is the better one to show: written in small letters too, else longer. */
    private static boolean fuller(String name, String than) {
        if (than.isEmpty() || isCapitals(name) != isCapitals(than)) {
            return than.isEmpty() || isCapitals(than);
        }
        return name.length() > than.length();
    }

    private static String fullKey(String[] words) {
        return words[0] + " " + words[words.length - 1];
    }

    /** The name's words as keys: lower case, and in a language that declines names their stems ({@link NameCases}). */
    private static String[] words(String name, String language) {
        if (name == null || name.isBlank()) {
            return new String[0];
        }
        String[] words = name.strip().toLowerCase(Locale.ROOT).split("\\s+");
        if (NameCases.declines(language)) {
            for (int i = 0; i < words.length; i++) {
                words[i] = NameCases.stem(words[i], language);
            }
        }
        return words;
    }

    /** The quote's own role, else the longest role given for the same speaker elsewhere. */
    private static String roleOf(List<QuoteItem> group, QuoteItem q) {
        if (q.role() != null) {
            return q.role();
        }
        return group.stream().map(QuoteItem::role).filter(r -> r != null).max(Comparator.comparingInt(String::length))
                .orElse(null);
    }
}
