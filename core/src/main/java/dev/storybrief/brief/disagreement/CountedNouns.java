package dev.storybrief.brief.disagreement;

import dev.storybrief.analyze.quantity.ScaleWords;
import dev.storybrief.analyze.terms.TermChain;
import dev.storybrief.model.QuantitySpan;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a figure counts in a language without quantity rules of its own: the first term its language's term chain
 * (Lucene's analyzer: stop words out, the stem kept) gives of the words right after the number ("2 000 мешканців",
 * "1.200 hộ dân", "2.500 de oameni": "мешканц", "hộ", "oamen"). Two outlets counting the same noun count the same
 * kind of thing, which is all the disagreement search needs of a key; what kind of thing it is (the dead, the
 * evacuated) only the tables know. A number before the language's own words for thousand, million or billion (CLDR's
 * compact forms, {@link ScaleWords}: "35 мільйонів", "62 млрд", "58 миллиардов") is keyed by the noun after the scale
 * word ("рублей"), whichever form each outlet wrote, and the last word of its clause before it (what the sum is for
 * or the act that gives it); a scale with no noun after it is not keyed (nor is a percentage,
 * which English's rules key already).
 */
final class CountedNouns {
    /** The start of every key this class gives. */
    static final String COUNT = "count ";
    /** How far after the number the counted noun is looked for: a few words. */
    private static final int AFTER_CHARS = 40;
    private static final Pattern CLAUSE_MARK = Pattern.compile("[,;:()\\[\\]\"“”«»—–.!?]");

    /**
     * The classifiers a language sets between a number and what it counts when that is people: Persian "۲۵ نفر کشته
     * شدند" (25 persons killed). The count is of people, and the word after the classifier says which (the killed, the
     * injured), as English's keys do ("people killed").
     */
    private static final Map<String, List<String>> PERSON_CLASSIFIERS = Map.of("fa", List.of("نفر"));
    /** The start of the key of a count of people a classifier marks: "people " and the word after the classifier. */
    static final String PEOPLE = "people ";

    private final TermChain chain;
    private final Set<String> scaleTerms = new HashSet<>();
    private final Set<String> personClassifiers = new HashSet<>();

    CountedNouns(TermChain chain, String language) {
        this.chain = chain;
        PERSON_CLASSIFIERS.getOrDefault(language, List.of()).forEach(word -> personClassifiers.addAll(chain.terms(word)));
        if (language != null && !language.isBlank()) {
            ScaleWords.of(java.util.Locale.forLanguageTag(language)).words().forEach(w -> scaleTerms.addAll(chain.terms(w)));
        }
    }

    /**
     * The key of a figure read by English's rules in a language without its own ({@code sentence} its sentence's
     * text, {@code sentenceStart} where that starts in the article): "count " and the counted noun's term (for a sum
     * scaled by the language's word, the noun after the scale and the clause's last term before the figure), or empty
     * for a year or a number with no noun after it.
     */
    Optional<String> key(QuantitySpan q, String sentence, int sentenceStart) {
        String text = q.text();
        int last = text.length();
        while (last > 0 && !Character.isDigit(text.charAt(last - 1))) {
            last--;
        }
        if (last == 0 || q.key().startsWith(FigureKeys.PERCENT)) {
            return Optional.empty();
        }
        int from = Math.min(sentence.length(), Math.max(0, q.start() - sentenceStart + last));
        String after = sentence.substring(from, Math.min(sentence.length(), from + AFTER_CHARS));
        var mark = CLAUSE_MARK.matcher(after);
        // a decimal or grouping mark right after the digits is no clause end
        if (mark.find() && mark.start() > 0) {
            after = after.substring(0, mark.start());
        }
        List<String> terms = new java.util.ArrayList<>(chain.terms(after));
        // "62 млрд рублей", "58 миллиардов рублей": the scale is part of the figure (the quantity layer reads its
        // value), and the noun after it is what the amount is of, whichever form of the scale each outlet wrote
        boolean scaled = false;
        while (!terms.isEmpty() && scaleTerms.contains(terms.get(0))) {
            terms.remove(0);
            scaled = true;
        }
        if (terms.isEmpty() || terms.get(0).chars().anyMatch(Character::isDigit)) {
            return Optional.empty();
        }
        if (scaled) {
            // a sum is of what its clause says before it, as English keys a sum by its act ("took £240,000"): the aid
            // the government "выделило" is not the damage "оценивают в"; no word before it, no key
            return wordBefore(sentence, q.start() - sentenceStart).map(w -> COUNT + terms.get(0) + " " + w);
        }
        if (personClassifiers.contains(terms.get(0))) {
            // 25 persons, then what befell them: "people کشته" (killed) is not "people زخمی" (injured)
            return Optional.of(terms.size() > 1 ? PEOPLE + terms.get(1) : PEOPLE.strip());
        }
        return Optional.of(COUNT + terms.get(0));
    }

    /** The last term of the figure's clause before it ("выдел" of "Правительство выделило 10 миллионов"). */
    private Optional<String> wordBefore(String sentence, int at) {
        String before = sentence.substring(Math.max(0, Math.min(sentence.length(), at) - AFTER_CHARS),
                Math.max(0, Math.min(sentence.length(), at)));
        var mark = CLAUSE_MARK.matcher(before);
        int from = 0;
        while (mark.find()) {
            from = mark.end();
        }
        List<String> terms = chain.terms(before.substring(from));
        return terms.isEmpty() ? Optional.empty() : Optional.of(terms.get(terms.size() - 1));
    }
}
