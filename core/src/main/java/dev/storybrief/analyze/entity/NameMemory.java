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

    static final NameMemory EMPTY = empty("en");

    private final Map<String, EntityType> knownNames;
    private final Set<String> personWords;
    private final Set<String> lowerCaseWords;
    private final Set<String> places;
    private final Set<String> vessels;
    private final Set<String> loneSurnames;
    private final Set<String> firmWords;
    private final Set<String> placeWords;
    private final String language;

    private NameMemory(Map<String, EntityType> knownNames, Set<String> personWords, Set<String> lowerCaseWords,
                       Set<String> places, Set<String> vessels, Set<String> loneSurnames, Set<String> firmWords,
                       Set<String> placeWords, String language) {
        this.language = language;
        this.placeWords = placeWords;
        this.firmWords = firmWords;
        this.knownNames = knownNames;
        this.personWords = personWords;
        this.lowerCaseWords = lowerCaseWords;
        this.places = places;
        this.vessels = vessels;
        this.loneSurnames = loneSurnames;
    }

    /** A memory that knows only the language of the document (ISO 639-1), for the first, document-blind pass. */
    static NameMemory empty(String language) {
        return new NameMemory(Map.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                language);
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
        return of(tokensPerSentence, firstPass, filedFrom, Set.of());
    }

    /**
     * Builds the memory from a first, document-blind pass over every sentence, the places the article's dateline
     * names ({@code filedFrom}) and the names of the outlet that published it ({@code outlets}): "told Science Notes"
     * in an article of Science Notes names the outlet, whatever a first and last name it looks like.
     */
    static NameMemory of(List<List<Token>> tokensPerSentence, List<List<EntityMention>> firstPass,
                         Set<String> filedFrom, Set<String> outlets) {
        return of(tokensPerSentence, firstPass, filedFrom, outlets, "en");
    }

    /** As {@link #of(List, List, Set, Set)}, for a document in {@code language} (ISO 639-1). */
    static NameMemory of(List<List<Token>> tokensPerSentence, List<List<EntityMention>> firstPass,
                         Set<String> filedFrom, Set<String> outlets, String language) {
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
            vessels.addAll(EntityClassifier.namedThings(tokens, language));
        }
        for (String place : filedFrom) {
            known.put(place, EntityType.PLACE);
        }
        Set<String> loneSurnames = loneSurnames(tokensPerSentence, firstPass);
        Set<String> personCue = new HashSet<>();
        Set<String> placeCue = new HashSet<>();
        Set<String> firmsWithoutLegalForm = new HashSet<>();
        Set<String> firmWords = new HashSet<>();
        Set<String> personNames = new HashSet<>();
        Set<String> firmsByEvidence = new HashSet<>();
        Set<String> placeWords = new HashSet<>();
        Set<String> townWords = new HashSet<>();
        for (int s = 0; s < firstPass.size(); s++) {
            for (EntityMention mention : firstPass.get(s)) {
                String[] words = mention.text().split("\\s+");
                if (words.length == 2 && mention.type() == EntityType.PLACE && !filedFrom.contains(mention.text())) {
                    // "Lena Park ... Park said": a first and last name whose surname ends places too is the person
                    // the article goes on to call by the surname, or whom it writes "who" or an age after, unless
                    // it also writes the name where a place stands ("in Lena Park", "the Lena Park")
                    List<Token> tokens = tokensPerSentence.get(s);
                    int at = firstToken(tokens, mention);
                    boolean asPlace = standsAsPlace(tokens, mention)
                            || at > 0 && tokens.get(at - 1).text().equalsIgnoreCase("the");
                    boolean asPerson = loneSurnames.contains(words[1])
                            || EntityClassifier.personContext(tokens, endToken(tokens, mention));
                    if (asPerson) {
                        personCue.add(mention.text());
                    }
                    if (asPlace) {
                        placeCue.add(mention.text());
                    }
                }
                int at = firstToken(tokensPerSentence.get(s), mention);
                if (words.length == 1 && mention.type() == EntityType.PLACE
                        && (EntityClassifier.isPlaceOnly(tokensPerSentence.get(s), at)
                        || LocalNameForms.standsAsPlace(tokensPerSentence.get(s), at, language))) {
                    // "residents of Tessford", "the mayor of Chester", "Seagate's mayor", "i Norrvik"
                    placeWords.add(mention.text());
                }
                if (words.length == 1 && mention.type() == EntityType.PLACE && !loneSurnames.contains(mention.text())
                        && (standsAsPlace(tokensPerSentence.get(s), mention)
                        || afterVerbAndFrom(tokensPerSentence.get(s), at))) {
                    // "evacuated from Tarnby", "in Tarnby": the article's town is that town in "Tarnby's 1,200
                    // evacuees" too, where a possessive alone would make a person; a word the article also has
                    // speak alone ("Obama said") keeps its person, and so does one of a person's full name (below)
                    townWords.add(mention.text());
                }
                if (words.length == 1 && mention.type() == EntityType.ORGANIZATION
                        && EntityClassifier.isFirmByContext(tokensPerSentence.get(s), at, at + 1)) {
                    // "Wendwater, the local supplier, shut its intake ... Wendwater said": the article's firm
                    firmWords.add(mention.text());
                }
                boolean legalForm = words.length > 2 && CandidateFinder.isLegalForm(words[words.length - 1]);
                if (legalForm && mention.type() == EntityType.ORGANIZATION) {
                    // "Harlow Brandt Ltd": the article's "Harlow Brandt" is the company, not a person
                    firmsWithoutLegalForm.add(mention.text().substring(0, mention.text().lastIndexOf(' ')));
                }
                boolean namedAfterTrade = words.length > 1 && EntityClassifier.isTradePlural(words[words.length - 1]);
                if (namedAfterTrade && mention.type() == EntityType.ORGANIZATION) {
                    // "Brightform Appliances ... contact Brightform": a firm named after its trade is called by the
                    // words before the trade, as one named after its founders is by a founder's
                    firmsByEvidence.add(mention.text());
                    for (int w = 0; w < words.length - 1; w++) {
                        if (isFounderLikeWord(words[w])) {
                            firmWords.add(words[w]);
                        }
                    }
                }
                if (words.length == 1 && mention.type() == EntityType.ORGANIZATION && isFounderLikeWord(words[0])
                        && EntityClassifier.beforeShares(tokensPerSentence.get(s),
                        firstToken(tokensPerSentence.get(s), mention))) {
                    // "Kelgrid shares fell": the firm the article goes on to quote ("Kelgrid said in a statement")
                    firmWords.add(words[0]);
                }
                if (words.length > 1 && mention.type() == EntityType.ORGANIZATION
                        && markedAsFirm(tokensPerSentence.get(s), mention, legalForm)) {
                    for (String word : words) {
                        if (isFounderLikeWord(word)) {
                            firmWords.add(word);
                        }
                    }
                }
                if (words.length > 1 && mention.type() == EntityType.PERSON
                        && isNamedAfterCommonNoun(tokensPerSentence.get(s), mention, words, lowerCase, loneSurnames)) {
                    // "Pinecrest Dairy" in an article that writes "the dairy brands": a name ending in a noun the
                    // article uses as a common noun is a firm named after its trade (or a place after its kind),
                    // not a person's; its other words are the firm's ("Pinecrest's growth")
                    known.put(mention.text(), EntityType.ORGANIZATION);
                    firmsByEvidence.add(mention.text());
                    for (int w = 0; w < words.length - 1; w++) {
                        if (isFounderLikeWord(words[w])) {
                            firmWords.add(words[w]);
                        }
                    }
                    continue;
                }
                if (words.length > 1) {
                    known.putIfAbsent(mention.text(), mention.type());
                    if (mention.type() == EntityType.PERSON) {
                        personNames.add(mention.text());
                    }
                    EntityType evidence = EntityClassifier.organisationContextAt(tokensPerSentence.get(s),
                            mention.start(), mention.end());
                    if (evidence != null && !filedFrom.contains(mention.text())) {
                        // "Corvel Waste, which said", "Corvel Waste said it": what the name does in one sentence
                        // decides it wherever the article writes it, though it looks like a first and last name
                        known.put(mention.text(), evidence);
                        if (EntityClassifier.isFirmByContext(tokensPerSentence.get(s), firstToken(
                                tokensPerSentence.get(s), mention), endToken(tokensPerSentence.get(s), mention))) {
                            firmsByEvidence.add(mention.text());
                        }
                    }
                    if (mention.type() == EntityType.PLACE && standsAsPlace(tokensPerSentence.get(s), mention)) {
                        // a name the article writes where only a place stands ("in Carrow Vale", "the town of Pine
                        // Hollow") is that place wherever the same words stand alone ("Tessel Dam gives way above
                        // Carrow Vale"), though they look like a person's first and last name
                        known.put(mention.text(), EntityType.PLACE);
                    }
                }
            }
        }
        for (String name : personCue) {
            if (!placeCue.contains(name) && Lexicon.standard().gazetteerType(name) == null) {
                known.put(name, EntityType.PERSON);
            }
        }
        firmsWithoutLegalForm.forEach(name -> known.put(name, EntityType.ORGANIZATION));
        outlets.stream().filter(name -> name.contains(" ")).forEach(name -> known.put(name, EntityType.ORGANIZATION));
        firmsByEvidence.addAll(firmsWithoutLegalForm);
        // the words of person names, but not of a name a sentence shows is a firm's: "Corvel Stanley" in a headline
        // looks like a person, but "Corvel Stanley, the waste firm" makes it a firm, and "Corvel" no person's word
        // nor of a name the article knows as another kind at the end: its own outlet ("Eastdale Echo reporter" reads
        // as a person's name and office until the outlet is known), or a firm by its legal form
        Set<String> otherKind = new HashSet<>(firmsWithoutLegalForm);
        outlets.stream().filter(name -> name.contains(" ")).forEach(otherKind::add);
        for (String name : personNames) {
            if (!firmsByEvidence.contains(name) && !otherKind.contains(name)) {
                personWords.addAll(List.of(name.split("\\s+")));
            }
        }
        for (String name : personCue) {
            if (known.get(name) == EntityType.PERSON) {
                personWords.addAll(List.of(name.split("\\s+")));
            }
        }
        // "a big change from Obama" in an article that names "President Barack Obama": a word of a person's name
        // is that person after "in" or "from" too; and a word the article marks as a firm's anywhere ("Valeant
        // shares", "Valeant said it") is that firm in "a stake in Valeant"
        townWords.removeAll(firmMarked(tokensPerSentence, townWords));
        townWords.stream().filter(word -> !personWords.contains(word)).forEach(placeWords::add);
        return new NameMemory(known, personWords, lowerCase, Set.copyOf(filedFrom), vessels, loneSurnames,
                firmWords, placeWords, language);
    }

    /**
     * Whether the sentence marks an organisation's name as a firm's by more than its look: a legal form ("Ltd"), an
     * ampersand ("Marks & Spencer"), shares of it, or what {@link EntityClassifier#organisationContext} reads ("said
     * it", "which", "the firm ..."). "the Trump Train" is an organisation only by its "the", and its "Trump" is the
     * man the article quotes.
     */
    private static boolean markedAsFirm(List<Token> tokens, EntityMention mention, boolean legalForm) {
        int first = firstToken(tokens, mention);
        boolean marked = legalForm || mention.text().contains("&") || EntityClassifier.ownedAsShares(tokens, first)
                || EntityClassifier.isFirmByContext(tokens, first, endToken(tokens, mention));
        // named as founders' firms are ("Morgan Stanley", "Marks & Spencer"): a name with a kind of body in it
        // ("Marquette Law School", "Clinton Foundation") is named after a person or a place, whose word alone is that
        return marked && java.util.Arrays.stream(mention.text().split("\\s+"))
                .allMatch(w -> w.equals("&") || CandidateFinder.isLegalForm(w) || isFounderLikeWord(w));
    }

    /** A word of a name as founders' names are written: capitalised, no legal form, keyword, title or initial. */
    private static boolean isFounderLikeWord(String word) {
        Lexicon lexicon = Lexicon.standard();
        return word.length() > 1 && Character.isUpperCase(word.charAt(0))
                && word.chars().skip(1).allMatch(Character::isLowerCase) && !CandidateFinder.isLegalForm(word)
                && !lexicon.isOrganizationKeyword(word) && !lexicon.isPlaceKeyword(word) && !lexicon.isTitle(word);
    }

    /**
     * A name typed a person by its look alone whose last word the article also writes in lower case ("the dairy
     * brands" beside "Pinecrest Dairy"): no given name opens it, no title stands before it, and the article neither
     * calls anyone by that word beside a speech verb nor writes "who" or an age after the name.
     */
    private static boolean isNamedAfterCommonNoun(List<Token> tokens, EntityMention mention, String[] words,
                                                  Set<String> lowerCase, Set<String> loneSurnames) {
        Lexicon lexicon = Lexicon.standard();
        String last = words[words.length - 1];
        String lower = last.toLowerCase(java.util.Locale.ROOT);
        // a firm's name of two or three words ending in a noun: a run of a title-case heading ("Salma Hayek
        // Described Her Experience Being Discriminated Against") ends in a verb form or a function word
        boolean nounLike = words.length <= 3 && !lower.endsWith("ed") && !lower.endsWith("ing")
                && !lexicon.isFunctionWord(lower) && java.util.Arrays.stream(words).allMatch(NameMemory::isFounderLikeWord);
        if (!nounLike || !lowerCase.contains(lower) || loneSurnames.contains(last) || lexicon.isGivenName(words[0])) {
            return false;
        }
        int first = firstToken(tokens, mention);
        boolean titled = first > 0 && lexicon.isTitle(tokens.get(first - 1).text());
        return !titled && !EntityClassifier.personContext(tokens, endToken(tokens, mention));
    }

    /**
     * Whether the document's language capitalises every noun (German), so that two capitalised words side by side
     * say nothing of a name by their look alone.
     */
    boolean capitalisesNouns() {
        return "de".equals(language) || "lb".equals(language);
    }

    /** The document's language (ISO 639-1). */
    String language() {
        return language;
    }

    /** True for a single word the article writes where only a place stands ("residents of Tessford"). */
    boolean isPlaceWord(String word) {
        return placeWords.contains(word);
    }

    /** True for a word of a firm's name the article marks as a firm's ("Morgan" of "shares of Morgan Stanley"). */
    boolean isFirmWord(String word) {
        return firmWords.contains(word);
    }

    /**
     * Single words the first pass found as a person speaking ("Park said", "said Park"): how news calls a person
     * after introducing the full name.
     */
    private static Set<String> loneSurnames(List<List<Token>> tokensPerSentence, List<List<EntityMention>> firstPass) {
        Set<String> surnames = new HashSet<>();
        for (int s = 0; s < firstPass.size(); s++) {
            List<Token> tokens = tokensPerSentence.get(s);
            for (EntityMention mention : firstPass.get(s)) {
                if (mention.type() != EntityType.PERSON || mention.text().contains(" ")) {
                    continue;
                }
                int at = firstToken(tokens, mention);
                boolean before = at + 1 < tokens.size() && SPEECH.contains(tokens.get(at + 1).text());
                boolean after = at > 0 && SPEECH.contains(tokens.get(at - 1).text());
                if (before || after) {
                    surnames.add(mention.text());
                }
            }
        }
        return surnames;
    }

    private static final Set<String> SPEECH = Set.of("said", "says", "told", "added", "asked");

    private static int firstToken(List<Token> tokens, EntityMention mention) {
        int first = 0;
        while (first < tokens.size() && tokens.get(first).start() < mention.start()) {
            first++;
        }
        return first;
    }

    private static int endToken(List<Token> tokens, EntityMention mention) {
        int end = firstToken(tokens, mention);
        while (end < tokens.size() && tokens.get(end).start() < mention.end()) {
            end++;
        }
        return end;
    }

    /** True for a single word the article uses as a person's name before or after a speech verb ("Park said"). */
    boolean isLoneSurname(String word) {
        return loneSurnames.contains(word);
    }

    /**
     * "in X", "near X", "the town of X" (a kind of place, then "of"), and no possessive after it: where a place stands. "at" is left out, as a
     * person stands there too ("grenades were thrown at Hun Sen's home", "missiles at Hun Sen").
     */
    /** The words among {@code words} that some sentence marks as a firm's: shares of it, "said it", "which". */
    private static Set<String> firmMarked(List<List<Token>> tokensPerSentence, Set<String> words) {
        Set<String> firms = new HashSet<>();
        if (words.isEmpty()) {
            return firms;
        }
        for (List<Token> tokens : tokensPerSentence) {
            for (int k = 0; k < tokens.size(); k++) {
                String word = tokens.get(k).text();
                if (words.contains(word) && (EntityClassifier.beforeShares(tokens, k)
                        || EntityClassifier.ownedAsShares(tokens, k) || EntityClassifier.isFirmByContext(tokens, k, k + 1))) {
                    firms.add(word);
                }
            }
        }
        return firms;
    }

    /**
     * "Residents evacuated from Tarnby", "families moved from Holmby": "from" after a participle says where people
     * left; after a noun or a plain verb it says whom a thing comes from ("a big change from Obama", "support from
     * Latinos", "members will come from Pfizer").
     */
    private static boolean afterVerbAndFrom(List<Token> tokens, int at) {
        return at >= 2 && tokens.get(at - 1).text().equals("from")
                && tokens.get(at - 2).text().toLowerCase(java.util.Locale.ROOT).matches("\\p{L}{3,}ed");
    }

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

    /** True for the name of a ship or a storm the article names after what it is ("the tanker Marisa Vey", "Storm Bertram"). */
    boolean isNamedThing(String name) {
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
