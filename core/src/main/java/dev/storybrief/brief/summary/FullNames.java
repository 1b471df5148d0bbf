package dev.storybrief.brief.summary;

import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.EntitySpan;
import dev.storybrief.model.EntityType;
import dev.storybrief.model.Story;
import dev.storybrief.model.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person named in full where the summary first names them: "Ngongi said foreign food aid has saved lives." reads
 * "Namanga Ngongi said ..." when the analysis links the surname to that fuller name. An article introduces a person
 * once and then writes the surname; a summary takes sentences from the middle of several articles, so its first
 * mention is often such a surname, of someone the reader has not met. The fuller form is the entity layer's (the
 * article's own, else the one fuller form the story's articles give for that surname); a later mention stays as
 * written. A name is filled in only while the summary stays within its words.
 */
final class FullNames {
    private FullNames() {
    }

    /** The lines, in reading order, with each person's first mention in full where the words allow. */
    static List<SummaryCandidate> named(List<SummaryCandidate> lines, Story story, int budget) {
        Map<String, String> storyNames = fullerForms(story);
        Set<String> shown = new HashSet<>();
        List<SummaryCandidate> result = new ArrayList<>(lines);
        int words = SummaryCandidate.words(result);
        for (int i = 0; i < result.size(); i++) {
            SummaryCandidate line = result.get(i);
            String text = line.text();
            for (EntitySpan person : line.article().entities(line.sentence())) {
                if (person.type() != EntityType.PERSON) {
                    continue;
                }
                String full = fuller(person, storyNames);
                if (full == null || shown.contains(full) || text.contains(full)) {
                    shown.add(full == null ? person.name() : full);
                    continue;
                }
                Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}.'’-])" + Pattern.quote(person.text())
                        + "(?![\\p{L}\\p{N}])").matcher(text);
                int added = Words.count(full) - Words.count(person.text());
                if (m.find() && words + added <= budget && !SentenceTrimmer.insideQuote(text, m.start())) {
                    text = text.substring(0, m.start()) + full + text.substring(m.end());
                    words += added;
                }
                shown.add(full);
            }
            if (!text.equals(line.text())) {
                result.set(i, new SummaryCandidate(line.article(), line.sentence(), text, Words.count(text),
                        line.score(), line.trimmer(), line.stead()));
            }
        }
        return result;
    }

    /**
     * The fuller form of a mention that is the last word or words of it ("Ngongi" of "Namanga Ngongi"), from its
     * article, else from the story; null when the mention is already whole or no one fuller form is known.
     */
    private static String fuller(EntitySpan person, Map<String, String> storyNames) {
        String mention = person.text().strip();
        String full = person.name().strip();
        if (!endsWithWords(full, mention)) {
            full = storyNames.get(mention);
        }
        return full == null || full.equals(mention) || !endsWithWords(full, mention) ? null : full;
    }

    /**
     * For each one-word mention of a person in the story, the one fuller name of two or three words ending in it that
     * the articles give; a surname two people share ("Smith": "Jane Smith", "Tom Smith") has none.
     */
    private static Map<String, String> fullerForms(Story story) {
        Map<String, Set<String>> forms = new HashMap<>();
        for (AnalyzedArticle article : story.articles()) {
            for (EntitySpan e : article.entities()) {
                String name = e.name().strip();
                String[] parts = name.split("\\s+");
                if (e.type() == EntityType.PERSON && parts.length >= 2 && parts.length <= 3) {
                    forms.computeIfAbsent(parts[parts.length - 1], k -> new HashSet<>()).add(name);
                }
            }
        }
        Map<String, String> one = new HashMap<>();
        forms.forEach((surname, names) -> {
            if (names.size() == 1) {
                one.put(surname, names.iterator().next());
            }
        });
        return one;
    }

    /** True when {@code full} is longer than {@code tail} and ends in it after a space. */
    private static boolean endsWithWords(String full, String tail) {
        return full.length() > tail.length() + 1 && full.endsWith(tail)
                && Character.isWhitespace(full.charAt(full.length() - tail.length() - 1));
    }
}
