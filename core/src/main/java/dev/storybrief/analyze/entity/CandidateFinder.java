package dev.storybrief.analyze.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds runs of capitalised tokens that may be names and cuts titles out of them.
 *
 * <p>A run may bridge "of"/"for" ("University of Michigan", "Secretary of State") when it already holds a keyword or
 * title, name particles ("Abdullah al-Senussi", "Charles de Gaulle"), and "and" inside an "of" phrase, a known
 * name ("Bosnia and Herzegovina") or a name ending in an organisation word ("Health and Safety Authority"). Capitalised function words ("The", "But", "Monday") split runs. In
 * "CNN Senior International Correspondent Matthew Chance" the part before the first title and the name after the
 * last title become separate candidates, and the titles themselves are dropped.
 */
final class CandidateFinder {

    /** Polish nouns of a commune, town, county, province, district and village in the genitive. */
    private static final Set<String> UNIT_GENITIVES = Set.of("gminy", "miasta", "powiatu", "województwa",
            "dzielnicy", "wsi", "sołectwa", "osiedla", "regionu");
    private static final Set<String> OF_WORDS = Set.of("of", "for");
    /** Romanian "for", which links a body's kind to its field ("Inspectoratul pentru Situații de Urgență"). */
    private static final Set<String> BODY_LINKS = Set.of("pentru");
    private static final Set<String> PARTICLES = Set.of("de", "d'", "d’", "da", "del", "di", "du", "van", "von", "der", "den", "la",
            "le", "al", "el", "bin", "ibn", "y");
    /** What links an office to what it heads in French, Spanish, Italian and Portuguese: "des", "de la", "dei", "dos". */
    private static final Set<String> OFFICE_LINKS = Set.of("de", "des", "du", "del", "di", "dei", "degli", "della",
            "delle", "dello", "do", "dos", "da", "das");
    /**
     * German articles as written inside a sentence. Between two capitalised words "der" is German's genitive
     * ("nach Angaben der Feuerwehr"), not the particle of a name, which follows "Van" or "Von" ("Van der Merwe").
     */
    private static final Set<String> GERMAN_ARTICLES = Set.of("der", "die", "dem", "den", "eine", "einer", "einem");
    /** What stands before "der"/"den" in a name ("Van der Merwe", "Van den Broek", "Von der Leyen"). */
    private static final Set<String> NAME_PREFIXES = Set.of("Van", "Von", "van", "von", "Ter", "ter");
    private static final Set<String> LINK_ARTICLES = Set.of("la", "los", "las");
    /**
     * Particles of two words inside a surname: Dutch "van der", "van den", "van de", German "von der", "von dem",
     * Spanish "de la", "de los", "de las" ("Pieter van der Meulen", "Katharina von der Lahn", "Rosa de los Ríos").
     */
    private static final Set<String> PARTICLE_PAIRS = Set.of("van der", "van den", "van de", "van het", "von der",
            "von dem", "von den", "de la", "de las", "de los");
    private static final Set<String> AND_WORDS = Set.of("and", "&");
    /** Titles that only address a person: after one, "of the UN" says where the person works, not whose name it is. */
    private static final Set<String> COURTESY_TITLES = Set.of("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr",
            "Dr.");

    /** What ends a company's registered name: its legal form. */
    private static final Set<String> LEGAL_FORMS = Set.of("Inc", "Inc.", "Ltd", "Ltd.", "Corp", "Corp.", "LLC", "plc",
            "PLC", "GmbH");

    /** How a noun of occupation or standing ends: geologist, librarian, teacher, inspector, resident, actress. */
    private static final java.util.regex.Pattern ROLE_ENDING =
            java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+(?:ist|ian|er|or|ant|ent|ess|man|woman)");

    private final Lexicon lexicon;

    CandidateFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Candidate> find(String sentence, List<Token> tokens) {
        List<Candidate> candidates = new ArrayList<>();
        for (int[] run : runs(sentence, tokens).stream().flatMap(r -> afterOfficeComplement(sentence, tokens, r)).toList()) {
            String text = sentence.substring(tokens.get(run[0]).start(), tokens.get(run[1] - 1).end());
            if (lexicon.gazetteerType(text) != null) {
                candidates.add(new Candidate(run[0], run[1], Candidate.Kind.OPEN));
                continue;
            }
            for (int[] piece : splitAtFunctionWords(tokens, run[0], run[1])) {
                for (int[] firm : splitAfterLegalForms(tokens, piece[0], piece[1])) {
                    for (int[] part : splitAtAcronyms(sentence, tokens, firm[0], firm[1])) {
                        splitTitles(tokens, part[0], part[1], candidates);
                    }
                }
            }
        }
        return candidates;
    }

    private List<int[]> runs(String sentence, List<Token> tokens) {
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!isNamePart(tokens.get(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size()) {
                if (isNamePart(tokens.get(j))) {
                    j++;
                } else {
                    int bridge = bridgeLength(sentence, tokens, i, j);
                    if (bridge == 0) {
                        break;
                    }
                    j += bridge;
                }
            }
            runs.add(new int[] {i, j});
            i = j;
        }
        return runs;
    }

    /**
     * "le ministre des Transports Philippe Tabarot", "el alcalde de Villanueva Juan Ortega", "Minister für Verkehr
     * Paul Weber": the Romance languages and German write what an office heads with a capital, right before the
     * holder's name. The words after the link are then two names: what the office heads (the longest start of the
     * run the gazetteer knows, else its first word: "Comité International Olympique" is one word too short) and the
     * holder. A holder is introduced by a full name, two words at least: "le maire de Saint Martin" and "la
     * République de Chine" stay whole. Polish says the same with a unit's noun in the genitive: "wójt gminy Zalesie
     * Andrzej Kowalczyk".
     */
    private java.util.stream.Stream<int[]> afterOfficeComplement(String sentence, List<Token> tokens, int[] run) {
        if (run[1] - run[0] < 3 || !followsOfficeLink(tokens, run[0]) && !followsUnitGenitive(tokens, run[0])
                && !followsTownOffice(tokens, run)) {
            return java.util.stream.Stream.of(run);
        }
        int holder = run[0] + 1;
        for (int k = run[0] + 2; k <= run[1]; k++) {
            if (lexicon.gazetteerType(sentence.substring(tokens.get(run[0]).start(), tokens.get(k - 1).end())) != null) {
                holder = k;
            }
        }
        if (run[1] - holder < 2 || !isNamePart(tokens.get(holder))) {
            return java.util.stream.Stream.of(run);
        }
        return java.util.stream.Stream.of(new int[] {run[0], holder}, new int[] {holder, run[1]});
    }

    /**
     * "wójt gminy Zalesie Andrzej Kowalczyk", "burmistrz miasta Nowy Dwór Jan Nowak": Polish links an office to what
     * it heads by that unit's noun in the genitive, in lower case, and the holder's name follows the unit's name.
     */
    private static boolean followsUnitGenitive(List<Token> tokens, int at) {
        return at >= 1 && isUnitGenitive(tokens.get(at - 1).text());
    }

    /**
     * "prezydent Zalesia Ewa Nowak", "burmistrz Rudnika Jan Kowal": Polish also writes the town an office heads in
     * the genitive right after the office, with no unit's noun, and then the holder, so three capitalised words after
     * such an office are the town and a first and last name; a run that opens with a given name is the holder's own
     * ("prezydent Jan Maria Rokita").
     */
    private boolean followsTownOffice(List<Token> tokens, int[] run) {
        return run[0] >= 1 && run[1] - run[0] == 3 && TownOffices.isOffice(tokens.get(run[0] - 1).text())
                && !lexicon.isGivenName(tokens.get(run[0]).text())
                && !TownOffices.isPatronymic(tokens.get(run[0] + 1).text());
    }

    /** A Polish noun of an administrative unit in the genitive ("gminy", "miasta", "powiatu"): a place's name follows. */
    static boolean isUnitGenitive(String word) {
        return UNIT_GENITIVES.contains(word);
    }

    /** Whether an office and its link come right before {@code at}: "ministre des", "presidente de la", "Minister für". */
    private boolean followsOfficeLink(List<Token> tokens, int at) {
        int link = at - 1;
        if (link >= 1 && LINK_ARTICLES.contains(tokens.get(link).text()) && tokens.get(link - 1).text().equals("de")) {
            link--; // "de la", "de los"
        }
        if (link < 1) {
            return false;
        }
        String word = tokens.get(link).text();
        String office = tokens.get(link - 1).text();
        return OFFICE_LINKS.contains(word) && RomanceOffices.headsSomething(office)
                || word.equals("für") && lexicon.isTitle(office);
    }

    /** How many connector tokens at {@code j} may join the run {@code [i, j)} to the name part after them. */
    private int bridgeLength(String sentence, List<Token> tokens, int i, int j) {
        if (isParticlePair(tokens, j) && !affiliationAfterFullName(tokens, i, j)
                && (!hasKeywordOrTitle(tokens, i, j) || givenNameAfterTitle(tokens, i, j))) {
            // "Pieter van der Meulen", "Katharina von der Lahn", "Rosa de los Ríos": a particle of two words, the
            // surname's; after an office too ("Landrat Friedrich von der Heide"), once a given name follows it
            return 2;
        }
        String word = tokens.get(j).text();
        boolean theFollows = j + 2 < tokens.size() && tokens.get(j + 1).text().equals("the");
        int nameAt = theFollows && OF_WORDS.contains(word) ? j + 2 : j + 1;
        if (nameAt >= tokens.size() || !isNamePart(tokens.get(nameAt))) {
            return 0;
        }
        if (OF_WORDS.contains(word) && hasKeywordOrTitle(tokens, i, j)) {
            return nameAt - j;
        }
        if (BODY_LINKS.contains(word) && LocalNameForms.opensBody(tokens.get(i).text())) {
            // "Inspectoratul pentru Situații de Urgență": a body named by its kind runs on through "for" to what it
            // is for, as "Ministry for Transport" does in English
            return 1;
        }
        boolean genitive = GERMAN_ARTICLES.contains(word) && !NAME_PREFIXES.contains(tokens.get(j - 1).text());
        if (PARTICLES.contains(word) && !genitive && !hasKeywordOrTitle(tokens, i, j)
                && !ownerAfterParticle(tokens, i, nameAt) && !affiliationAfterFullName(tokens, i, j)) {
            return 1;
        }
        boolean twoGivenNames = lexicon.isGivenName(tokens.get(j - 1).text())
                && lexicon.isGivenName(tokens.get(nameAt).text());
        if (word.equals("&") && tokens.get(j - 1).isWord() && !twoGivenNames) {
            // "Marks & Spencer", "Procter & Gamble": an ampersand between two names joins a firm's name, which
            // prose writes with "and" only between two bodies ("Britain and France"); "Jim & Sarah" are two people
            return 1;
        }
        if (AND_WORDS.contains(word)) {
            boolean insideOfPhrase = tokens.subList(i, j).stream().anyMatch(t -> OF_WORDS.contains(t.text()));
            String joined = sentence.substring(tokens.get(i).start(), tokens.get(nameAt).end());
            // a part before "and" that already ends in an organisation word is a body of its own ("Dunmore Ledger and
            // Hillcrest Chronicle")
            boolean oneBody = !lexicon.isOrganizationKeyword(tokens.get(j - 1).text()) && endsInOrganisationWord(tokens, nameAt)
                    || afterThe(tokens, i) && !lexicon.isTitle(tokens.get(j - 1).text()) && endsInTitle(tokens, nameAt);
            return insideOfPhrase || lexicon.gazetteerType(joined) != null || oneBody ? 1 : 0;
        }
        return 0;
    }

    /**
     * "el Partido Azul de Lucía Ferrer", "a empresa Verde de Ana Sousa": where a full name (a given name and more)
     * follows the particle and the words before it open with no given name, "de" says whose the thing is, not how a
     * person is called ("Charles de Gaulle", "Maria de Fátima Sousa" open with a given name); the two stay apart so
     * that "Ferrer" later names the person, not the party.
     */
    private boolean ownerAfterParticle(List<Token> tokens, int from, int nameAt) {
        boolean fullNameAfter = nameAt + 1 < tokens.size() && lexicon.isGivenName(tokens.get(nameAt).text())
                && isNamePart(tokens.get(nameAt + 1));
        return fullNameAfter && !lexicon.isGivenName(tokens.get(from).text());
    }

    /**
     * "directeur Joost Bakker van Kustland Logistiek", "Anna Weber von der Stadtwerke Kiel": a Dutch or German name's
     * particle stands between the given name and the surname ("Joost van Dijk", "Ludwig van Beethoven"), so after two
     * names, a given name and a surname, "van" or "von" says where the person works or comes from, as "of" does; the
     * two names stay apart. A second given name before the particle keeps it the surname's ("Jan Peter van Dijk").
     */
    private boolean affiliationAfterFullName(List<Token> tokens, int from, int particle) {
        String word = tokens.get(particle).text();
        if (!word.equals("van") && !word.equals("von")) {
            return false;
        }
        // "Pieter van der Meulen van Middelburg": a name holds one particle, so a second after a surname says where
        // the person is from or works
        boolean particleBefore = tokens.subList(from, particle).stream()
                .anyMatch(t -> !t.isCapitalised() && PARTICLES.contains(t.text()));
        if (particleBefore && tokens.get(particle - 1).isCapitalised()) {
            return true;
        }
        return particle - from >= 2
                && tokens.subList(from, particle).stream().allMatch(t -> t.isWord() && t.isCapitalised())
                && !lexicon.isGivenName(tokens.get(particle - 1).text());
    }

    /** Whether a particle of two words ({@link #PARTICLE_PAIRS}) stands at {@code j}, a name's word after it. */
    private boolean isParticlePair(List<Token> tokens, int j) {
        return j + 2 < tokens.size() && PARTICLE_PAIRS.contains(tokens.get(j).text() + " " + tokens.get(j + 1).text())
                && isNamePart(tokens.get(j + 2));
    }

    /**
     * "Landrat Friedrich", "El alcalde Tomás": the run {@code [from, to)} ends in a known given name after its last
     * office, with no body's or place's word between; the particle after it is that person's.
     */
    private boolean givenNameAfterTitle(List<Token> tokens, int from, int to) {
        int name = to - 1;
        if (!lexicon.isGivenName(tokens.get(name).text()) || name == from) {
            return false;
        }
        String before = tokens.get(name - 1).text();
        return lexicon.isTitle(before) && !lexicon.isOrganizationKeyword(before) && !lexicon.isPlaceKeyword(before);
    }

    /**
     * "the Health and Safety Authority", "the Food and Drug Administration": the capitalised words after "and" run on
     * to an organisation word, so "and" joins two fields of one body's name; "Britain and France" has no such head.
     */
    private boolean endsInOrganisationWord(List<Token> tokens, int from) {
        int end = from;
        while (end < tokens.size() && isNamePart(tokens.get(end))) {
            end++;
        }
        return end > from && lexicon.isOrganizationKeyword(tokens.get(end - 1).text());
    }

    /**
     * "the Health and Safety Executive", "the Fisheries and Oceans Commissioner": after "the", fields joined by "and"
     * that run on to an office name one body or one office, not a person ("Safety Executive"); "the Prime Minister
     * and Foreign Secretary" are two offices, the first ending in its own title.
     */
    private boolean endsInTitle(List<Token> tokens, int from) {
        int end = from;
        while (end < tokens.size() && isNamePart(tokens.get(end))) {
            end++;
        }
        return end > from + 1 && lexicon.isTitle(tokens.get(end - 1).text());
    }

    private static boolean afterThe(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i - 1).text().equalsIgnoreCase("the");
    }

    private boolean hasKeywordOrTitle(List<Token> tokens, int from, int to) {
        for (Token token : tokens.subList(from, to)) {
            String w = token.text();
            if (lexicon.isOrganizationKeyword(w) || lexicon.isPlaceKeyword(w) || lexicon.isTitle(w)) {
                return true;
            }
        }
        return false;
    }

    private List<int[]> splitAtFunctionWords(List<Token> tokens, int from, int to) {
        List<int[]> pieces = new ArrayList<>();
        int start = from;
        for (int k = from; k <= to; k++) {
            boolean boundary = k == to || lexicon.isFunctionWord(tokens.get(k).text()) && !opensName(tokens, k, to);
            if (boundary) {
                int[] trimmed = trimConnectors(tokens, start, k);
                if (trimmed != null) {
                    pieces.add(trimmed);
                }
                start = k + 1;
            }
        }
        return pieces;
    }

    /**
     * "säger vd Per Holm": a word that is both a function word and a given name opens a name after a lower-case word
     * and before a capitalised one of the same run; at the sentence's start or in a headline's capitals it stays the
     * preposition ("Per the agreement", "Cost Per Mile").
     */
    private boolean opensName(List<Token> tokens, int k, int to) {
        Token before = k > 0 ? tokens.get(k - 1) : null;
        return lexicon.isGivenName(tokens.get(k).text()) && k + 1 < to && before != null && before.isWord()
                && Character.isLowerCase(before.text().charAt(0));
    }

    private int[] trimConnectors(List<Token> tokens, int from, int to) {
        while (from < to && !isNamePart(tokens.get(from))) {
            from++;
        }
        while (to > from && !isNamePart(tokens.get(to - 1))) {
            to--;
        }
        return from < to ? new int[] {from, to} : null;
    }

    /**
     * "Dunmore Wells Inc. Dunmore Wells said", "Apple Inc. Chief Executive Tim Cook": a company's legal form ends its
     * name, so capitalised words after it (a sentence the splitter left joined to the abbreviation, or an office
     * and a name) begin another name.
     */
    /**
     * "De la Vega dijo", "Van der Meulen riep": a particle capitalised because it opens the sentence, before another
     * particle and a surname, opens that surname.
     */
    static boolean opensSurname(List<Token> tokens, int first, int end) {
        return first + 2 < end && PARTICLES.contains(tokens.get(first).text().toLowerCase(java.util.Locale.ROOT))
                && !tokens.get(first + 1).isCapitalised() && PARTICLES.contains(tokens.get(first + 1).text());
    }

    /** Whether a word is a company's legal form ("Ltd", "Inc.", "plc"). */
    static boolean isLegalForm(String word) {
        return LEGAL_FORMS.contains(word);
    }

    private List<int[]> splitAfterLegalForms(List<Token> tokens, int from, int to) {
        List<int[]> parts = new ArrayList<>();
        int start = from;
        for (int k = from + 1; k < to - 1; k++) {
            if (LEGAL_FORMS.contains(tokens.get(k).text()) && !LEGAL_FORMS.contains(tokens.get(k + 1).text())) {
                parts.add(new int[] {start, k + 1});
                start = k + 1;
            }
        }
        parts.add(new int[] {start, to});
        return parts;
    }

    /**
     * Splits "UN Susan Rice" (an acronym, then a given name) and "Workers Party PKK" (a known or keyword-headed name,
     * then an acronym): two names written side by side.
     */
    private List<int[]> splitAtAcronyms(String sentence, List<Token> tokens, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            Token left = tokens.get(k - 1);
            Token right = tokens.get(k);
            boolean acronymThenPerson = left.isAllCaps() && !right.isAllCaps() && lexicon.isGivenName(right.text());
            boolean nameThenAcronym = !left.isAllCaps() && right.isAllCaps()
                    && isCompleteName(sentence, tokens, from, k);
            if (acronymThenPerson || nameThenAcronym) {
                List<int[]> parts = new ArrayList<>();
                parts.add(new int[] {from, k});
                parts.addAll(splitAtAcronyms(sentence, tokens, k, to));
                return parts;
            }
        }
        return List.of(new int[] {from, to});
    }

    private boolean isCompleteName(String sentence, List<Token> tokens, int from, int to) {
        String text = sentence.substring(tokens.get(from).start(), tokens.get(to - 1).end());
        String last = tokens.get(to - 1).text();
        return lexicon.gazetteerType(text) != null || lexicon.isOrganizationKeyword(last);
    }

    private void splitTitles(List<Token> tokens, int from, int to, List<Candidate> out) {
        int firstTitle = -1;
        int lastTitle = -1;
        for (int k = from; k < to - 1; k++) {
            if (lexicon.isTitle(tokens.get(k).text())) {
                firstTitle = firstTitle < 0 ? k : firstTitle;
                lastTitle = k;
            }
        }
        if (lastTitle < 0 && (isNounAfterGermanArticle(tokens, from, to) || isRoleOpeningSentence(tokens, from, to))) {
            out.add(new Candidate(from + 1, to, Candidate.Kind.OPEN));
            return;
        }
        if (lastTitle < 0) {
            out.add(new Candidate(from, to, Candidate.Kind.OPEN));
            return;
        }
        int afterTitle = lastTitle + 1;
        if (splitsPersonOfOrganisation(tokens, lastTitle, to, out)) {
            return;
        }
        boolean roleOfPlace = OF_WORDS.contains(tokens.get(afterTitle).text());
        if (!roleOfPlace && !isPersonName(tokens, afterTitle, to)) {
            out.add(new Candidate(from, to, Candidate.Kind.OPEN));
            return;
        }
        int[] beforeTitle = firstTitle > from ? trimConnectors(tokens, from, firstTitle) : null;
        if (beforeTitle != null) {
            // "Selon le Ministre": the particle before the office joins nothing
            out.add(new Candidate(beforeTitle[0], beforeTitle[1], Candidate.Kind.BEFORE_TITLE));
        }
        if (roleOfPlace) {
            int[] rest = trimConnectors(tokens, afterTitle, to);
            if (rest != null) {
                out.add(new Candidate(rest[0], rest[1], Candidate.Kind.KNOWN_ONLY));
            }
        } else {
            out.add(new Candidate(afterTitle, to, Candidate.Kind.PERSON));
        }
    }

    /**
     * "Geologist Ana Brandt said", "Librarian Jo Vance said": a role noun written in lower case inside a sentence
     * ("the geologist Ana Brandt") is capitalised only because it opens the sentence; before a given name and a
     * surname it is the person's role, not part of the name, which would otherwise split one speaker into two.
     */
    private boolean isRoleOpeningSentence(List<Token> tokens, int from, int to) {
        String first = tokens.get(from).text();
        if (from != 0 || to - from < 3 || !ROLE_ENDING.matcher(first).matches() || lexicon.isGivenName(first)
                || lexicon.isDemonym(first) || lexicon.gazetteerType(first) != null) {
            return false;
        }
        // a given name the lexicon knows, or (for names it does not know: "Librarian Jo Vance") exactly a first and
        // last name with no keyword, title or acronym in it: a three-word run of a role and a name, as news
        // introduces a person, where a three-word name would need a middle name ("Oliver James Smith", whose given
        // name the lexicon lists for that reason)
        return lexicon.isGivenName(tokens.get(from + 1).text())
                || to - from == 3 && isPersonName(tokens, from + 1, to);
    }

    /**
     * "der Betreiber Velmora Gateway", "der Stadtrat Peter Whitfield": German capitalises every noun, so after a
     * lower-case German article the first capitalised word is the noun the article goes with, and the name of two
     * words or more after it is apposed to it. A given name there opens the name itself.
     */
    private boolean isNounAfterGermanArticle(List<Token> tokens, int from, int to) {
        return from > 0 && to - from >= 3 && GERMAN_ARTICLES.contains(tokens.get(from - 1).text())
                && !lexicon.isGivenName(tokens.get(from).text());
    }

    /**
     * "said Ms Byrs of the UN", "Professor Tom Reilly of King's Meadow College": a courtesy title and a name, or any
     * title and a name opening with a given name, then "of" and where the person works are two names, the person's
     * and the organisation's. ("Secretary of State" has no name between its title and "of".)
     */
    private boolean splitsPersonOfOrganisation(List<Token> tokens, int title, int to, List<Candidate> out) {
        boolean givenNameAfter = title + 1 < to && lexicon.isGivenName(tokens.get(title + 1).text());
        if (!COURTESY_TITLES.contains(tokens.get(title).text()) && !givenNameAfter) {
            return false;
        }
        int of = title + 1;
        while (of < to && !OF_WORDS.contains(tokens.get(of).text())) {
            of++;
        }
        if (of == to || of == title + 1 || !isPersonName(tokens, title + 1, of)) {
            return false;
        }
        out.add(new Candidate(title + 1, of, Candidate.Kind.PERSON));
        int[] rest = trimConnectors(tokens, of, to);
        if (rest != null) {
            out.add(new Candidate(rest[0], rest[1], Candidate.Kind.OPEN));
        }
        return true;
    }

    /** Capitalised words with no title, keyword or acronym: what may follow "President". */
    private boolean isPersonName(List<Token> tokens, int from, int to) {
        // "Mayor Ada Bridge": after an office, a known given name makes a surname that is a place noun a surname
        boolean givenFirst = to - from >= 2 && lexicon.isGivenName(tokens.get(from).text());
        for (int k = from; k < to; k++) {
            Token token = tokens.get(k);
            String w = token.text();
            boolean nameWord = isNamePart(token) || PARTICLES.contains(w);
            boolean place = lexicon.isPlaceKeyword(w) && !(givenFirst && k == to - 1);
            boolean descriptive = lexicon.isTitle(w) || lexicon.isOrganizationKeyword(w) || place
                    || token.isAllCaps() && w.length() > 2;
            if (!nameWord || descriptive) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNamePart(Token token) {
        return token.isWord() && token.isCapitalised() && !Character.isDigit(token.text().charAt(0));
    }
}
