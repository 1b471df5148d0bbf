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

    static final NameMemory EMPTY = new NameMemory(Map.of(), Set.of(), Set.of(), Set.of(), Set.of());

    private final Map<String, EntityType> knownNames;
    private final Set<String> personWords;
    private final Set<String> lowerCaseWords;
    private final Set<String> places;
    private final Set<String> vessels;

    private NameMemory(Map<String, EntityType> knownNames, Set<String> personWords, Set<String> lowerCaseWords,
                       Set<String> places, Set<String> vessels) {
        this.knownNames = knownNames;
        this.personWords = personWords;
        this.lowerCaseWords = lowerCaseWords;
        this.places = places;
        this.vessels = vessels;
    }

    /** Builds the memory from a first, document-blind pass over every sentence. */
    static NameMemory of(List<List<Token>> tokensPerSentence, List<List<EntityMention>> firstPass) {
        return of(tokensPerSentence, firstPass, Set.of());
    }

    /**
     * Builds the memory from a first, document-blind pass over every sentence and the places the article's dateline
     * names ({@code filedFrom}).
     */
    static NameMemory of(List<List<Token>> tokensPerSentence, List<List<EntityMention>> firstPass,
                         Set<String> filedFrom) {
        Map<String, EntityType> known = new HashMap<>();
        Set<String> personWords = new HashSet<>();
        Set<String> lowerCase = new HashSet<>();
        Set<String> vessels = new HashSet<>();
        for (List<Token> tokens : tokensPerSentence) {
            for (Token token : tokens) {
                if (token.isWord() && Character.isLowerCase(token.text().charAt(0))) {
                    lowerCase.add(token.text());
                }
            }
            vessels.addAll(EntityClassifier.vesselNames(tokens));
        }
        for (String place : filedFrom) {
            known.put(place, EntityType.PLACE);
        }
        for (int s = 0; s < firstPass.size(); s++) {
            for (EntityMention mention : firstPass.get(s)) {
                String[] words = mention.text().split("\\s+");
                if (words.length > 1) {
                    known.putIfAbsent(mention.text(), mention.type());
                    EntityType evidence = EntityClassifier.organisationContextAt(tokensPerSentence.get(s),
                            mention.start(), mention.end());
                    if (evidence != null && !filedFrom.contains(mention.text())) {
                        // "Corvel Waste, which said", "Corvel Waste said it": what the name does in one sentence
                        // decides it wherever the article writes it, though it looks like a first and last name
                        known.put(mention.text(), evidence);
                    }
                    if (mention.type() == EntityType.PLACE && standsAsPlace(tokensPerSentence.get(s), mention)) {
                        // a name the article writes where only a place stands ("in Carrow Vale", "the town of Pine
                        // Hollow") is that place wherever the same words stand alone ("Tessel Dam gives way above
                        // Carrow Vale"), though they look like a person's first and last name
                        known.put(mention.text(), EntityType.PLACE);
                    }
                    if (mention.type() == EntityType.PERSON) {
                        personWords.addAll(List.of(words));
                    }
                }
            }
        }
        return new NameMemory(known, personWords, lowerCase, Set.copyOf(filedFrom), vessels);
    }

    /**
     * "in X", "near X", "the town of X" (a kind of place, then "of"), and no possessive after it: where a place stands. "at" is left out, as a
     * person stands there too ("grenades were thrown at Hun Sen's home", "missiles at Hun Sen").
     */
    private static boolean standsAsPlace(List<Token> tokens, EntityMention mention) {
        int first = 0;
        while (first < tokens.size() && tokens.get(first).start() < mention.start()) {
            first++;
        }
        int after = first;
        while (after < tokens.size() && tokens.get(after).start() < mention.end()) {
            after++;
        }
        if (first == 0 || after < tokens.size() && tokens.get(after).isPossessiveMarker()) {
            return false;
        }
        String before = tokens.get(first - 1).text();
        boolean placeOf = before.equals("of") && first >= 2
                && EntityClassifier.isPlaceNoun(tokens.get(first - 2).text());
        return before.equals("in") || before.equals("near") || placeOf;
    }

    EntityType knownType(String name) {
        return knownNames.get(name);
    }

    /** True for a single-word name the article's dateline gives as the place it was filed from. */
    boolean isFiledFrom(String word) {
        return places.contains(word);
    }

    /** True for the name of a ship the article names after what it is ("the tanker Marisa Vey"). */
    boolean isVessel(String name) {
        return vessels.contains(name);
    }

    boolean isPartOfPersonName(String word) {
        return personWords.contains(word);
    }

    /** True when the document also writes this word in lower case ("security"), so a capitalised one is positional. */
    boolean isAlsoLowerCase(String word) {
        return lowerCaseWords.contains(word.toLowerCase(java.util.Locale.ROOT));
    }
}
