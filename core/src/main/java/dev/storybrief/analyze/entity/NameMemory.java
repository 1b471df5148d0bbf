package dev.storybrief.analyze.entity;

import dev.storybrief.model.EntityType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one document already says about its names, so that a bare "Hartwell" or a sentence-initial "Security" can be
 * judged by the rest of the article: names found confidently, the words of person names, and words the article also
 * writes in lower case.
 */
final class NameMemory {

    static final NameMemory EMPTY = new NameMemory(Map.of(), Set.of(), Set.of());

    private final Map<String, EntityType> knownNames;
    private final Set<String> personWords;
    private final Set<String> lowerCaseWords;

    private NameMemory(Map<String, EntityType> knownNames, Set<String> personWords, Set<String> lowerCaseWords) {
        this.knownNames = knownNames;
        this.personWords = personWords;
        this.lowerCaseWords = lowerCaseWords;
    }

    /** Builds the memory from a first, document-blind pass over every sentence. */
    static NameMemory of(List<List<Token>> tokensPerSentence, List<List<EntityMention>> firstPass) {
        Map<String, EntityType> known = new HashMap<>();
        Set<String> personWords = new HashSet<>();
        Set<String> lowerCase = new HashSet<>();
        for (List<Token> tokens : tokensPerSentence) {
            for (Token token : tokens) {
                if (token.isWord() && Character.isLowerCase(token.text().charAt(0))) {
                    lowerCase.add(token.text());
                }
            }
        }
        for (List<EntityMention> mentions : firstPass) {
            for (EntityMention mention : mentions) {
                String[] words = mention.text().split("\\s+");
                if (words.length > 1) {
                    // a name the article writes where a place stands ("in Carrow Vale") is that place wherever the
                    // same words stand alone ("Tessel Dam gives way above Carrow Vale"), though they look like a
                    // person's first and last name
                    known.merge(mention.text(), mention.type(),
                            (old, fresh) -> fresh == EntityType.PLACE && old == EntityType.PERSON ? fresh : old);
                    if (mention.type() == EntityType.PERSON) {
                        personWords.addAll(List.of(words));
                    }
                }
            }
        }
        return new NameMemory(known, personWords, lowerCase);
    }

    EntityType knownType(String name) {
        return knownNames.get(name);
    }

    boolean isPartOfPersonName(String word) {
        return personWords.contains(word);
    }

    /** True when the document also writes this word in lower case ("security"), so a capitalised one is positional. */
    boolean isAlsoLowerCase(String word) {
        return lowerCaseWords.contains(word.toLowerCase(java.util.Locale.ROOT));
    }
}
