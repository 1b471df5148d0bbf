package dev.storybrief.analyze.quote;

import dev.storybrief.analyze.entity.EntityMention;
import dev.storybrief.model.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The person or body behind a document credited with words ("a statement from Harbor Rail said", "“...,” the faxed
 * statement said" after "Harbor Rail sent a statement to reporters"). A statement, letter or release speaks for
 * whoever issued it; the reader asks who said it, so the document is the source only when the article names no
 * person or organisation for it.
 */
final class IssuedDocuments {

    /** Nouns of documents that carry someone's words. */
    private static final Set<String> DOCUMENTS = Set.of("statement", "statements", "release", "communiqué",
            "communique", "letter", "memo", "memorandum", "email", "e-mail", "notice", "note", "message", "post",
            "tweet", "filing");
    /** "a statement from Harbor Rail", "a letter by the mayor": the issuer after the document noun. */
    private static final Pattern FROM = Pattern.compile("^\\s*(?i:from|by|of)\\s+((?i:the)\\s+\\p{L}[\\p{L}-]*(?:['’]s\\s+\\p{L}[\\p{L}-]*)?"
            + "|\\p{Lu}[\\p{L}.&’'-]*(?:\\s+(?:\\p{Lu}[\\p{L}.&’'-]*|of|for|and))*)");
    /** "Harbor Rail's statement": the issuer's possessive before it. */
    private static final Pattern POSSESSIVE = Pattern.compile("^(\\p{Lu}.*?)['’]s?\\s");
    /** Sentences back from the credit in which the document may have been introduced. */
    private static final int LOOK_BACK = 2;

    private IssuedDocuments() {
    }

    /**
     * The issuer of the document {@code speaker} names, as the article writes it; null when the speaker is no
     * document or the article names nobody for it.
     *
     * @param sentence the sentence of the credit, {@code at} where the speaker's words start in it
     */
    static String issuer(String speaker, List<String> sentences, List<List<EntityMention>> entities, int sentence,
                         int at) {
        String noun = documentNoun(speaker);
        if (noun == null) {
            return null;
        }
        // "a statement from Harbor Rail", "said a letter by the mayor": within the speaker's words or right after
        String text = sentences.get(sentence);
        int nounEnd = at + speaker.toLowerCase(Locale.ROOT).indexOf(noun) + noun.length();
        Matcher from = FROM.matcher(text.substring(Math.min(nounEnd, text.length())));
        if (from.find()) {
            // the sentence's stop is no part of the name, an abbreviation's is ("Harbor Rail.", "Dunmore Co.")
            return from.group(1).replaceFirst("\\s+(?:of|for|and)$", "").replaceFirst("(\\p{L}{4,})\\.$", "$1").strip();
        }
        Matcher possessive = POSSESSIVE.matcher(speaker);
        if (possessive.find()) {
            return possessive.group(1);
        }
        for (int s = sentence; s >= Math.max(0, sentence - LOOK_BACK); s--) {
            String earlier = sentences.get(s);
            int end = s == sentence ? at : earlier.length();
            int mention = lastWord(earlier.substring(0, end).toLowerCase(Locale.ROOT), noun);
            if (mention < 0) {
                continue;
            }
            // "Harbor Rail sent a statement": the last person or body named before the document in its sentence
            EntityMention issuer = null;
            for (EntityMention e : entities.get(s)) {
                if (e.end() <= mention && (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION)) {
                    issuer = e;
                }
            }
            return issuer == null ? null : issuer.text();
        }
        return null;
    }

    /** The document noun a described speaker is headed by ("the faxed statement", "a letter from ..."), or null. */
    private static String documentNoun(String speaker) {
        String[] words = speaker.strip().split("\\s+");
        if (words.length < 2 || !SpeechWords.isDeterminer(words[0])) {
            // "Statement" alone or a name: nothing to look behind
            return words.length >= 2 && POSSESSIVE.matcher(speaker.strip()).find()
                    && DOCUMENTS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))
                    ? words[words.length - 1].toLowerCase(Locale.ROOT) : null;
        }
        for (int k = 1; k < words.length; k++) {
            String word = words[k].toLowerCase(Locale.ROOT);
            if (DOCUMENTS.contains(word)) {
                return word;
            }
            if (word.equals("from") || word.equals("by") || word.equals("of")) {
                return null;
            }
        }
        return null;
    }

    /** Where the last whole word {@code word} starts in {@code text}, or -1. */
    private static int lastWord(String text, String word) {
        Matcher m = Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(word) + "(?![\\p{L}-])").matcher(text);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }
}
