package dev.storybrief.brief.summary;

import dev.storybrief.group.stories.Proceedings;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.EntitySpan;
import dev.storybrief.model.EntityType;
import dev.storybrief.model.Story;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether a story's latest follow-up is the next stage of the same proceedings (a trial's verdict after the
 * plea, an inquiry's report after its hearings, a recall widened) rather than a look back at a closed story. News
 * follows a trial, an inquiry or a recall in stages weeks or months apart, each report naming the same people and the
 * same kind of proceedings, and the latest stage is what the reader needs: such a story is told over every period,
 * however far apart its stages lie. A retrospective (an anniversary piece) says it looks back and stays apart. The
 * kinds of proceedings and the look back are {@link Proceedings}', which story grouping goes by too.
 */
final class StageContinuation {
    /** The words of a stage's outcome: what a verdict, a sentence or a ruling adds to the proceedings. */
    private static final Pattern OUTCOME = words("guilty|convicted|acquitted|cleared|sentenced|jailed|ruled|upheld"
            + "|dismissed|overturned|recalled|concluded|found");

    private StageContinuation() {
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("(?i)\\b(" + alternatives + ")\\b");
    }

    /** True when the story's latest follow-up (not earlier background) continues the proceedings of its main period. */
    static boolean continues(Story story) {
        Set<String> earlier = story.earlierArticles();
        Optional<AnalyzedArticle> latest = story.articles().stream()
                .filter(a -> story.laterArticles().contains(a.id()) && !earlier.contains(a.id()))
                .max(Comparator.comparing(a -> a.article().published(),
                        Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())));
        List<AnalyzedArticle> main = story.mainArticles();
        return latest.isPresent() && !main.isEmpty() && main.size() < story.articles().size()
                && continues(latest.get(), main);
    }

    /** True when {@code followUp} names a person and a kind of proceedings that {@code main} names, and does not look back. */
    static boolean continues(AnalyzedArticle followUp, List<AnalyzedArticle> main) {
        String text = followUp.text();
        if (Proceedings.looksBack(text)) {
            return false;
        }
        Set<String> people = new HashSet<>();
        main.forEach(a -> people.addAll(surnames(a)));
        if (surnames(followUp).stream().noneMatch(people::contains)) {
            return false;
        }
        return java.util.stream.IntStream.range(0, Proceedings.kinds()).anyMatch(kind -> Proceedings.speaksOf(kind, text)
                && main.stream().anyMatch(a -> Proceedings.speaksOf(kind, a.text())));
    }

    /**
     * True when {@code sentence} tells an outcome of the proceedings that {@code earlier} does not: a verdict's lead
     * ("has been found guilty of stealing from a charity") shares most words with the plea's lead ("accused of
     * stealing from a charity") and is still the news of its stage, no repeat.
     */
    static boolean tellsNewOutcome(String sentence, String earlier) {
        Matcher m = OUTCOME.matcher(sentence);
        while (m.find()) {
            if (!Pattern.compile("(?i)\\b" + Pattern.quote(m.group(1)) + "\\b").matcher(earlier).find()) {
                return true;
            }
        }
        return false;
    }

    /** The surnames of the people an article names: "Whitlow" and "Dennis Whitlow" are one person across reports. */
    private static Set<String> surnames(AnalyzedArticle article) {
        Set<String> names = new HashSet<>();
        for (EntitySpan e : article.entities()) {
            String name = Objects.requireNonNullElse(e.name(), e.text());
            if (e.type() == EntityType.PERSON && !name.isBlank()) {
                String[] tokens = name.trim().split("\\s+");
                names.add(tokens[tokens.length - 1].toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
