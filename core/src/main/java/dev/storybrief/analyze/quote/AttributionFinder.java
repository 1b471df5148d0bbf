package dev.storybrief.analyze.quote;

import dev.storybrief.analyze.entity.EntityMention;
import dev.storybrief.model.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the speaker in the words next to a quote.
 *
 * <p>After the closing mark it reads {@code ," said X}, {@code ," X said}, {@code ," he said},
 * {@code ," X, a senior analyst at Y, said}, {@code ," Y quoted X as saying} and {@code ," according to X}; before
 * the opening mark {@code X said: "} and {@code X said he believes ... "very ready"}. The speaker is the person named
 * nearest the verb, else an organisation, else a describing phrase ending in a role noun ("NATO officials",
 * "the two party leaders"), else a short noun phrase opening with a determiner ("the gambling tycoon told", "wrote
 * one commenter"), else capitalised words the recogniser did not know ("," Lichtman said"). A participle
 * ("..., saying, "...") credits its clause's subject. With "told"/"asked" the name after the verb is the listener, never the speaker.
 * A quotation cut by a comma, question or exclamation mark is followed by its attribution, so a name or pronoun and
 * any verb right after it credit it ({@code ," Trump barked}); a name before an apposition opening with a determiner
 * is the speaker ({@code ," Trump, the front-runner, said}); a fragment in a sentence opening with a pronoun is that
 * pronoun's person's ({@code He has coined a phrase, "undocumented Democrats"}).
 */
final class AttributionFinder {

    private static final int VERB_WINDOW = 12;
    private static final int DESCRIPTOR_WINDOW = 7;
    /** How far a description may run before the comma and the name of the one it describes. */
    private static final int LONG_DESCRIPTION_WORDS = 14;
    private static final int MAX_DESCRIPTION_WORDS = 6;
    private static final int MAX_NAME_WORDS = 4;
    /** Words of an office's complement before the comma that opens its holder's name ("de la comarca"). */
    private static final int MAX_COMPLEMENT_WORDS = 4;
    /** Words of a rank written small before a name in apposition ("teniente coronel"). */
    private static final int MAX_RANK_WORDS = 3;
    private static final int LEADING_SENTENCE_WORDS = 5;
    /** Words of the listener between a verb of saying and its reported clause ("a los periodistas del club"). */
    private static final int MAX_LISTENER_WORDS = 5;
    private static final Set<String> LISTENER_VERBS = Set.of("told", "tells", "asked");
    /** Two words that credit the name after them, lower case. */
    private static final Set<String> TWO_WORD_ACCORDING = Set.of("according to", "по словам", "за словами");
    private static final Set<String> DESCRIPTOR_STOPS = Set.of("in", "on", "at", "during", "after", "before", "with",
            "to", "that", "as", "while", "because", "from", "by", "when", "it", "they", "we", "this",
            // the other languages' relative pronouns and prepositions of place, time and means (none an English
            // word): "selon un rapport qui ...", "a déclaré le consul à Bassora"
            "qui", "que", "dont", "à", "au", "aux", "dans", "sur", "avec", "pour", "par", "mit", "bei", "nach", "im",
            "che", "con", "em", "com", "en");
    /** Relative pronouns that open a clause with its own subject: "which traders called", "whom critics named". */
    private static final Set<String> OBJECT_RELATIVES = Set.of("which", "whom");
    /**
     * Conjunctions that join a second verb to the first one's subject, as written inside a sentence: English, French,
     * German, Spanish, Italian, Portuguese, Dutch (not "en", French's pronoun in "en a dit"), the Nordic
     * languages, Polish, Russian and Ukrainian.
     */
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "et", "mais", "und", "aber", "y", "e",
            "pero", "ma", "mas", "maar", "och", "og", "i", "ale", "и", "но", "і", "й", "але");
    /** Adverbs that may stand between such a conjunction and its verb: "and then said", "and later told". */
    private static final Set<String> JOINED_ADVERBS = Set.of("also", "then", "later", "again");
    /** Words after which a name opens a clause of its own ("while Huckabee proposed", "as Ellery said"). */
    private static final Set<String> CLAUSE_OPENERS = Set.of("while", "whereas", "as", "when", "and", "but", "because",
            "although", "though", "since", "after", "before", "if", "that", "so", "yet", "meanwhile", "then", "where",
            "mientras", "cuando", "pero", "que", "quand", "mais", "alors", "mentre", "quando", "ma", "che", "enquanto",
            "während", "als", "aber", "dass");
    /** Auxiliaries and adverbs that stand between a subject pronoun and its verb of saying ("he did say"). */
    private static final Set<String> AUXILIARY_WORDS = Set.of("did", "does", "do", "would", "will", "could", "can",
            "should", "might", "may", "must", "also", "later", "then", "now", "again", "never", "once", "still",
            "even", "just", "repeatedly", "previously", "often", "recently", "publicly", "privately", "quickly",
            "has", "had", "have", "always", "already", "first", "further", "reportedly", "explicitly");
    private static final int MAX_AUXILIARY_WORDS = 3;
    /** Words of a role written small between a clause's start and the name ("the former state governor"). */
    private static final Set<String> ROLE_MODIFIERS = Set.of("former", "then", "current", "new", "top", "state",
            "senior", "deputy", "acting", "vice");
    private static final Set<String> LEADING_FILLERS = Set.of("but", "and", "however", "so", "then", "also",
            "meanwhile");

    private AttributionFinder() {
    }

    /**
     * Looks in {@code [from, to)} after a closing mark: a verb within the first words, else a closing clause
     * ("..., Machimura said.") after the zone's last comma.
     */
    static Attribution after(String sentence, int from, int to, List<EntityMention> entities) {
        List<ZoneWords.Word> words = ZoneWords.of(sentence, from, to);
        Attribution early = firstVerb(sentence, words, 0, Math.min(words.size(), VERB_WINDOW), entities);
        if (early != null || words.size() <= VERB_WINDOW) {
            return early;
        }
        int lastComma = words.size() - 1;
        while (lastComma >= 0 && !words.get(lastComma).isComma()) {
            lastComma--;
        }
        List<ZoneWords.Word> closing = words.subList(lastComma + 1, words.size());
        return closing.size() <= VERB_WINDOW / 2 ? firstVerb(sentence, closing, 0, closing.size(), entities) : null;
    }

    /**
     * German "„Wir konnten nichts retten“, so die Zeitung" and "…“, so der Bürgermeister": "so" right after the quote's
     * comma credits what follows it, as "laut" does before a name. Read only in German text ("so" is an English word).
     */
    static Attribution afterSo(String sentence, int from, int to, List<EntityMention> entities) {
        List<ZoneWords.Word> words = ZoneWords.of(sentence, from, to);
        int so = !words.isEmpty() && words.get(0).isComma() ? 1 : 0;
        if (so + 1 >= words.size() || !words.get(so).text().equals("so")) {
            return null;
        }
        return cued(objectSpeaker(sentence, words, so + 1, entities), words, so, so);
    }

    /**
     * "“Go back to Univision,” Trump barked": a quotation cut by a comma, question or exclamation mark goes on with
     * its attribution, so a name or pronoun right after it followed by a verb credits it whatever the verb is. The
     * verb must look like one (a lower-case word ending in "-ed" or "-s") so that "," Trump aides" is not read.
     */
    static Attribution continuing(String sentence, int closeEnd, int to, List<EntityMention> entities) {
        if (closeEnd < 2 || ",?!".indexOf(sentence.charAt(closeEnd - 2)) < 0) {
            return null;
        }
        List<ZoneWords.Word> words = ZoneWords.of(sentence, closeEnd, to);
        if (words.size() < 2) {
            return null;
        }
        ZoneWords.Word first = words.get(0);
        if (SpeechWords.isPronoun(first.text())) {
            return looksLikeVerb(words.get(1)) ? new Attribution(first.text(), true, first.start()) : null;
        }
        EntityMention person = startingAt(entities, first.start());
        int end = 0;
        if (person != null && person.type() == EntityType.PERSON) {
            while (end < words.size() && words.get(end).start() < person.end()) {
                end++;
            }
        } else {
            while (end < words.size() && end < MAX_NAME_WORDS && words.get(end).isCapitalised()) {
                end++;
            }
        }
        boolean verbNext = end > 0 && end < words.size() && looksLikeVerb(words.get(end));
        return verbNext ? phrase(sentence, words, 0, end) : null;
    }

    private static boolean looksLikeVerb(ZoneWords.Word word) {
        String text = word.text();
        boolean inflected = text.endsWith("ed") || text.endsWith("s") && !text.endsWith("'s") && !text.endsWith("’s");
        return !word.isComma() && Character.isLowerCase(text.charAt(0)) && text.length() >= 4 && inflected;
    }

    private static Attribution firstVerb(String sentence, List<ZoneWords.Word> words, int from, int to,
                                         List<EntityMention> entities) {
        for (int v = from; v < to; v++) {
            if (isAccordingTo(words, v)) {
                return cued(objectSpeaker(sentence, words, v + 2, entities), words, v, v + 1);
            }
            if (SpeechWords.isAccordingTo(words.get(v).text())) {
                return cued(objectSpeaker(sentence, words, v + 1, entities), words, v, v);
            }
            if (SpeechWords.isSpeechVerb(words.get(v).text())) {
                return cued(speakerAround(sentence, words.subList(from, words.size()), v - from, entities), words, v, v);
            }
        }
        return null;
    }

    /**
     * A quotation that ends its sentence may be credited by the next one ("...missing.” Trump said."): its verb must
     * come within the first words, before any quote of its own.
     */
    static Attribution leading(String sentence, int to, List<EntityMention> entities) {
        List<ZoneWords.Word> words = ZoneWords.of(sentence, 0, to);
        if (words.size() > LEADING_SENTENCE_WORDS * 2) {
            return null;
        }
        return firstVerb(sentence, words, 0, Math.min(words.size(), LEADING_SENTENCE_WORDS), entities);
    }

    /** Looks in {@code [from, to)} before an opening mark: the verb nearest the quote counts. */
    static Attribution before(String sentence, int from, int to, List<EntityMention> entities) {
        List<ZoneWords.Word> words = ZoneWords.of(sentence, from, to);
        for (int v = words.size() - 1; v >= 0; v--) {
            if (isAccordingTo(words, v)) {
                return cued(objectSpeaker(sentence, words, v + 2, entities), words, v, v + 1);
            }
            if (SpeechWords.isAccordingTo(words.get(v).text())) {
                return cued(objectSpeaker(sentence, words, v + 1, entities), words, v, v);
            }
            if (SpeechWords.isSpeechVerb(words.get(v).text())) {
                return cued(speakerAround(sentence, words, v, entities), words, v, v);
            }
        }
        return null;
    }

    /** The sentence's subject when nothing else credits a fragment: a leading person or role phrase. */
    static Attribution subject(String sentence, int to, List<EntityMention> entities) {
        List<ZoneWords.Word> words = ZoneWords.of(sentence, 0, to);
        int opening = afterFillers(words, 0, words.size());
        // "He has coined a new phrase, “undocumented Democrats,”": a sentence opening with a pronoun is its person's
        if (opening < words.size() && SpeechWords.isPronoun(words.get(opening).text())) {
            return new Attribution(words.get(opening).text(), true, words.get(opening).start());
        }
        // "Asked which county was his favorite, he demurred: “...”": the clause that introduces the quote opens with
        // its pronoun after the sentence's first part
        int introducer = introducingClause(words);
        if (introducer >= 0 && SpeechWords.isPronoun(words.get(introducer).text())) {
            return new Attribution(words.get(introducer).text(), true, words.get(introducer).start());
        }
        int relative = objectRelative(words);
        if (relative >= 0) {
            // "..., which traders called “an insult”": the fragment is the relative clause's, whose subject follows
            // the pronoun; the main clause's subject is what was called so, never who called it
            return relativeSubject(sentence, words, relative, entities);
        }
        for (EntityMention entity : entities) {
            if (entity.end() <= to && entity.type() == EntityType.PERSON) {
                // "Pinecrest chief executive Mark Delaney called the offer": a name, a role, a person; the person
                // holds the role and speaks, whatever the first name was taken for
                EntityMention holder = personAfterRole(words, entity, entities);
                EntityMention speaker = holder != null && holder.end() <= to ? holder : entity;
                return new Attribution(speaker.text(), false, speaker.start());
            }
        }
        for (EntityMention entity : entities) {
            // "City Transit called the strike “irresponsible”": a body that opens the sentence is its subject, as a
            // person is; one further in is what the sentence is about
            boolean opens = opening < words.size() && entity.start() == words.get(opening).start();
            if (opens && entity.end() <= to && entity.type() == EntityType.ORGANIZATION
                    && !Principals.isPrincipal(words, entity)) {
                return new Attribution(entity.text(), false, entity.start());
            }
        }
        for (int k = 0; k < Math.min(words.size(), 5); k++) {
            if (words.get(k).isComma()) {
                break;
            }
            // "Le Ministre de la défense a indiqué ..., en disant que « ... »": another language's office, whatever its case
            String word = words.get(k).text();
            if (SpeechWords.isRoleNoun(word) && !words.get(k).isCapitalised() || SpeechWords.isOtherLanguageOffice(word)) {
                int end = k + 1;
                while (end < words.size() && SpeechWords.isRoleNoun(words.get(end).text())) {
                    end++;
                }
                int clause = objectStart(words, opening, k);
                return clause < 0 ? phrase(sentence, words, 0, end) : capitalisedOpening(sentence, words, opening, clause);
            }
        }
        return null;
    }

    /**
     * The first word of the clause that introduces a quote with a colon ("..., he demurred:"), the part after the
     * last comma before the colon; -1 when the words do not end in a colon or have no such part.
     */
    private static int introducingClause(List<ZoneWords.Word> words) {
        int colon = words.size() - 1;
        if (colon < 2 || !words.get(colon).text().equals(":")) {
            return -1;
        }
        int start = partStart(words, colon);
        return start > 0 && start < colon - 1 ? start : -1;
    }

    /**
     * Where the last comma-delimited part opens with an object relative pronoun followed by a subject and a verb
     * ("which traders called", "which critics described as"), the index of the pronoun; -1 otherwise.
     */
    private static int objectRelative(List<ZoneWords.Word> words) {
        int start = partStart(words, words.size());
        boolean relative = start < words.size() && OBJECT_RELATIVES.contains(words.get(start).text().toLowerCase(Locale.ROOT));
        return relative && words.size() - start >= 3 ? start : -1;
    }

    /** The subject of an object relative clause: the words after its pronoun and before its verb (and "as"). */
    private static Attribution relativeSubject(String sentence, List<ZoneWords.Word> words, int relative,
                                               List<EntityMention> entities) {
        int verb = words.size() - 1;
        if (words.get(verb).text().equalsIgnoreCase("as") && verb - 1 > relative + 1) {
            verb--;
        }
        ZoneWords.Word subject = words.get(relative + 1);
        if (SpeechWords.isPronoun(subject.text())) {
            return new Attribution(subject.text(), true, subject.start());
        }
        EntityMention person = first(entities, subject.start(), words.get(verb).start(), EntityType.PERSON);
        if (person != null) {
            return new Attribution(person.text(), false, person.start());
        }
        return verb - relative - 1 <= MAX_DESCRIPTION_WORDS && verb > relative + 1
                ? phrase(sentence, words, relative + 1, verb) : null;
    }

    /**
     * Where a verb's object opens inside {@code (from, to)}: a determiner after a lower-case word that is not a
     * preposition ("Shell released <u>a</u> statement"); -1 when the words read as one noun phrase ("the head of the
     * agency", "a Greenpeace spokeswoman").
     */
    private static int objectStart(List<ZoneWords.Word> words, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            ZoneWords.Word previous = words.get(k - 1);
            if (SpeechWords.isDeterminer(words.get(k).text()) && !previous.isCapitalised()
                    && !DESCRIPTOR_STOPS.contains(previous.text().toLowerCase(Locale.ROOT))
                    && !previous.text().equalsIgnoreCase("of")) {
                return k;
            }
        }
        return -1;
    }

    /** "Shell" of "Shell released a statement": the capitalised words that open a clause, before its verb. */
    private static Attribution capitalisedOpening(String sentence, List<ZoneWords.Word> words, int from, int verb) {
        int end = from;
        while (end < verb && words.get(end).isCapitalised() && !words.get(end).isComma()) {
            end++;
        }
        return end == from || end >= verb ? null : phrase(sentence, words, from, end);
    }

    /**
     * "..., but said", "and added", "and then told", "y dijo", "et a déclaré", "und sagte": the verb shares the subject
     * of the verb before the conjunction. Only a conjunction written small joins two verbs of one sentence; "And said
     * the mayor:" opens a sentence whose verb may put its subject after it.
     */
    private static boolean isCoordinated(List<ZoneWords.Word> words, int verb) {
        int before = verb - 1;
        if (before > 0 && JOINED_ADVERBS.contains(words.get(before).text())) {
            before--;
        }
        return before >= 0 && CONJUNCTIONS.contains(words.get(before).text());
    }

    /** The verb's first word: a compound past's auxiliary ("has said", "a déclaré") or the verb itself. */
    private static int withAuxiliary(List<ZoneWords.Word> words, int spoken) {
        return spoken > 0 && SpeechWords.isAuxiliary(words.get(spoken - 1).text()) ? spoken - 1 : spoken;
    }

    /** The attribution credited through words {@code first..last}; null stays null. */
    private static Attribution cued(Attribution found, List<ZoneWords.Word> words, int first, int last) {
        return found == null ? null : found.withCue(words.get(first).start(), words.get(last).end());
    }

    /** "according to X" and its two-word kin: Russian "по словам X" and Ukrainian "за словами X" (by the words of X). */
    private static boolean isAccordingTo(List<ZoneWords.Word> words, int v) {
        return v + 1 < words.size() && TWO_WORD_ACCORDING.contains(
                (words.get(v).text() + " " + words.get(v + 1).text()).toLowerCase(Locale.ROOT));
    }

    private static Attribution speakerAround(String sentence, List<ZoneWords.Word> words, int verb,
                                             List<EntityMention> entities) {
        String verbWord = words.get(verb).text().toLowerCase(Locale.ROOT);
        if (verbWord.equals("quoted")) {
            return objectSpeaker(sentence, words, verb + 1, entities);
        }
        Attribution inverted = invertedPronoun(words, verb);
        if (inverted != null) {
            return inverted;
        }
        Attribution subject = subjectBefore(sentence, words, verb, entities);
        if (subject != null || LISTENER_VERBS.contains(verbWord)) {
            return subject;
        }
        int first = withAuxiliary(words, verb);
        if (first > 0 && isCoordinated(words, first)) {
            // "called the plan “crazy” and said the party is bound to lose": the joined verb's subject is the first
            // verb's, before the conjunction and outside these words; what follows the verb is what was said
            return null;
        }
        Attribution dropped = droppedSubject(words, verb);
        return dropped != null ? dropped : objectSpeaker(sentence, words, verb + 1, entities);
    }

    /**
     * "Dijo que el árbitro Juan Pérez «no vio la falta»", "Disse aos jornalistas que ...", "Ha detto che ...": Spanish,
     * Portuguese and Italian leave out the subject pronoun their verb's ending carries. A verb of saying with no
     * subject before it whose reported clause opens right after it (or after its listener) was said by "he" or "she",
     * resolved as a written pronoun is; the name inside the reported clause is who it is about. Null otherwise.
     */
    private static Attribution droppedSubject(List<ZoneWords.Word> words, int verb) {
        int k = verb + 1;
        if (k < words.size() && SpeechWords.isListenerPreposition(words.get(k).text())) {
            k++;
            while (k < words.size() && k - verb <= MAX_LISTENER_WORDS && !words.get(k).isComma()
                    && !SpeechWords.isComplementizer(words.get(k).text())) {
                k++;
            }
        }
        if (k >= words.size() || !SpeechWords.isComplementizer(words.get(k).text())) {
            return null;
        }
        ZoneWords.Word spoken = words.get(verb);
        return new Attribution(spoken.text(), true, spoken.start());
    }

    /**
     * French and German put the pronoun after the verb when the attribution follows the quote: "», a-t-il dit",
     * "», déclare-t-elle", "“, sagte er". The pronoun written onto the verb or its auxiliary, or the pronoun right
     * after a verb that opens the zone (so nothing before it can be the subject: "," said he"), is the speaker, to be
     * resolved as "he said" is; null otherwise.
     */
    private static Attribution invertedPronoun(List<ZoneWords.Word> words, int verb) {
        for (int k = Math.max(0, verb - 1); k <= verb; k++) {
            ZoneWords.Word word = words.get(k);
            String pronoun = SpeechWords.attachedPronoun(word.text());
            if (pronoun != null) {
                return new Attribution(pronoun, true, word.end() - pronoun.length());
            }
        }
        int opening = verb > 0 && SpeechWords.isAuxiliary(words.get(verb - 1).text()) ? verb - 1 : verb;
        // German and French put the comma after the closing mark ("“, sagte er"): it opens the zone
        int first = 0;
        while (first < opening && words.get(first).isComma()) {
            first++;
        }
        // "... and said she was delighted": after a connective the pronoun opens the reported clause
        boolean opensZone = first == opening;
        // "ha detto il sindaco": after the verb "il" is Italian's article; French writes its "il" onto the verb
        if (opensZone && verb + 1 < words.size() && SpeechWords.isPronoun(words.get(verb + 1).text())
                && !words.get(verb + 1).text().equalsIgnoreCase("il")) {
            ZoneWords.Word after = words.get(verb + 1);
            return new Attribution(after.text(), true, after.start());
        }
        return null;
    }

    /**
     * The words before the verb, back to the zone start, split at commas; the part next to the verb first. A compound
     * past's auxiliary ("Il sindaco ha detto", "La maire a déclaré", "The mayor has said") belongs to the verb.
     */
    private static Attribution subjectBefore(String sentence, List<ZoneWords.Word> words, int spoken,
                                             List<EntityMention> entities) {
        int verb = withAuxiliary(words, spoken);
        if (verb == 0) {
            return null;
        }
        int from = words.get(0).start();
        int to = words.get(verb).start();
        if (SpeechWords.isPronoun(words.get(verb - 1).text())) {
            return new Attribution(words.get(verb - 1).text(), true, words.get(verb - 1).start());
        }
        Attribution auxiliaryPronoun = pronounBeforeAuxiliaries(words, verb);
        if (auxiliaryPronoun != null) {
            return auxiliaryPronoun;
        }
        if (isCoordinated(words, verb)) {
            // "..., while Huckabee, the former governor, proposed a ban and said": the joined verb's subject is the
            // first verb's, the person right before that verb, not the sentence's first name
            Attribution first = firstVerbSubject(words, verb, entities);
            if (first != null) {
                return first;
            }
        }
        // "Sanders compared himself to Clinton, saying": a participle's speaker opens the clause, not ends it; so
        // does a verb joined to an earlier one ("Michael acknowledged that Pinochet had a passport, but said")
        if (SpeechWords.isParticiple(words.get(spoken).text()) || isCoordinated(words, verb)) {
            Attribution subject = clauseSubject(sentence, words, verb, entities);
            if (subject != null) {
                return subject;
            }
        }
        EntityMention person = nearestSpeaking(words, entities, from, to);
        if (person != null && !opensClause(words, wordAt(words, person.start()), true)) {
            // "Massie used to support fellow Kentuckian Rand Paul, but now said": the name nearest the verb is an
            // object of an earlier verb; the subject that opens the clause speaks
            Attribution subject = clauseOpeningSubject(words, verb, entities, true);
            if (subject != null) {
                return subject;
            }
        }
        if (person != null) {
            return new Attribution(person.text(), false, person.start());
        }
        int partStart = verb;
        while (partStart > 0 && !words.get(partStart - 1).isComma()) {
            partStart--;
        }
        if (nearest(entities, words.get(partStart).start(), to, EntityType.PERSON) != null) {
            // "A spokeswoman for Mayor Anna Berg said", "Blair's lawyer said": only the one spoken for is named
            return phrase(sentence, words, partStart, verb);
        }
        EntityMention organization = nearest(entities, words.get(partStart).start(), to, EntityType.ORGANIZATION);
        if (organization != null && !Principals.isPrincipal(words, organization)) {
            return new Attribution(organization.text(), false, organization.start());
        }
        boolean roleNounNextToVerb = SpeechWords.isRoleNoun(words.get(verb - 1).text());
        if (roleNounNextToVerb && partStart < verb) {
            return phrase(sentence, words, partStart, verb);
        }
        Attribution described = description(sentence, words, partStart, verb);
        if (described != null) {
            return described;
        }
        Attribution named = capitalisedBefore(sentence, words, partStart, verb, entities);
        if (named != null) {
            return named;
        }
        Attribution apposed = beforeApposition(sentence, words, verb);
        if (apposed != null) {
            return apposed;
        }
        return clauseSubject(sentence, words, verb, entities);
    }

    /**
     * "the gambling tycoon told", "one commenter wrote", "the 43-year-old asked": a short noun phrase opening with a
     * determiner right before the verb describes the speaker; {@link SpeakerResolver} links it to a name if it can.
     */
    private static Attribution description(String sentence, List<ZoneWords.Word> words, int from, int verb) {
        int start = afterFillers(words, from, verb);
        int length = verb - start;
        if (length < 2 || length > MAX_DESCRIPTION_WORDS || !SpeechWords.isDeterminer(words.get(start).text())
                || isCoordinated(words, verb)) {
            // "a man screamed and repeated": the words before "and" are a clause, not a description
            return null;
        }
        for (int k = start + 1; k < verb; k++) {
            String word = words.get(k).text().toLowerCase(Locale.ROOT);
            if (DESCRIPTOR_STOPS.contains(word) || SpeechWords.isSpeechVerb(word)) {
                return null;
            }
        }
        return phrase(sentence, words, start, verb);
    }

    /** A name the recogniser missed right before the verb: "," Lichtman said", "," Ms. Kunin said". */
    private static Attribution capitalisedBefore(String sentence, List<ZoneWords.Word> words, int from, int verb,
                                                 List<EntityMention> entities) {
        int start = verb;
        while (start > from && verb - start < MAX_NAME_WORDS && words.get(start - 1).isCapitalised()
                && !words.get(start - 1).isComma()) {
            start--;
        }
        if (start == verb || isFiller(words.get(start))) {
            return null;
        }
        if (start == from && verb - start == 1 && verb + 1 < words.size()
                && entities.stream().anyMatch(e -> e.type() == EntityType.PERSON
                && e.start() == words.get(verb + 1).start())) {
            // "Später sagte Vogt": German and Dutch put the verb second, after an adverb the sentence's start
            // capitalised; the person named right after the verb is its subject
            return null;
        }
        return phrase(sentence, words, start, verb);
    }

    /**
     * "," Trump, the front-runner, said": the part before the verb describes someone named just before it; the name
     * ends where the describing part's comma opens.
     */
    private static Attribution beforeApposition(String sentence, List<ZoneWords.Word> words, int verb) {
        if (verb < 4 || !words.get(verb - 1).isComma()) {
            return null;
        }
        int apposition = partStart(words, verb - 1);
        boolean describes = apposition >= 2 && apposition < verb - 1 && words.get(apposition - 1).isComma()
                && SpeechWords.isDeterminer(words.get(apposition).text());
        return describes ? capitalisedBefore(sentence, words, partStart(words, apposition - 1), apposition - 1, List.of()) : null;
    }

    /** The first word of the comma-delimited part that ends before {@code end}. */
    private static int partStart(List<ZoneWords.Word> words, int end) {
        int start = end;
        while (start > 0 && !words.get(start - 1).isComma()) {
            start--;
        }
        return start;
    }

    /**
     * The subject of the verb that a verb of saying at {@code verb} is joined to by "and" or "but": the person or
     * pronoun nearest before the conjunction that stands where a subject stands, opening its clause (at the zone's
     * start, after a comma or a word that opens a clause: "while", "as", "that", ..., titles and role words between)
     * and followed by a verb (a lower-case word that is no preposition or article), an apposition or relative clause
     * set off by commas between ("Huckabee, who ..., proposed"). A name after a verb or a preposition is an object
     * ("thanked Ellery warmly", "met with Ellery"). Null when no name stands so.
     */
    private static Attribution firstVerbSubject(List<ZoneWords.Word> words, int verb, List<EntityMention> entities) {
        int conjunction = verb - 1;
        if (JOINED_ADVERBS.contains(words.get(conjunction).text())) {
            conjunction--;
        }
        // "acknowledged that Petra Lind held a passport, but said": a clause after "that" is what was acknowledged;
        // its subject is not the subject of the verb joined to the main one
        return clauseOpeningSubject(words, conjunction, entities, false);
    }

    /**
     * The person or pronoun nearest before word {@code end} that opens its clause and is followed by a verb (see
     * {@link #firstVerbSubject}); null when none stands so.
     */
    private static Attribution clauseOpeningSubject(List<ZoneWords.Word> words, int end, List<EntityMention> entities,
                                                    boolean thatOpens) {
        int conjunction = end;
        int to = words.get(conjunction).start();
        for (int k = conjunction - 1; k >= 0; k--) {
            ZoneWords.Word word = words.get(k);
            EntityMention person = startingAt(entities, word.start());
            boolean named = person != null && person.type() == EntityType.PERSON && person.end() <= to;
            boolean pronoun = !named && SpeechWords.isPronoun(word.text()) && !word.text().equalsIgnoreCase("il");
            if (!named && !pronoun) {
                continue;
            }
            int after = k + 1;
            while (named && after < conjunction && words.get(after).start() < person.end()) {
                after++;
            }
            if (opensClause(words, k, thatOpens) && verbFollows(words, after, conjunction)) {
                return named ? new Attribution(person.text(), false, person.start())
                        : new Attribution(word.text(), true, word.start());
            }
        }
        return null;
    }

    /** The index of the word that starts at or contains {@code offset}; -1 when none does. */
    private static int wordAt(List<ZoneWords.Word> words, int offset) {
        for (int k = 0; k < words.size(); k++) {
            if (words.get(k).start() <= offset && offset < words.get(k).end()) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "he did say", "she would later tell", "he also told": a pronoun a few auxiliaries or adverbs before the verb is
     * its subject, whatever names follow the verb (they are what was said or whom it was said to).
     */
    private static Attribution pronounBeforeAuxiliaries(List<ZoneWords.Word> words, int verb) {
        for (int k = verb - 1; k >= Math.max(0, verb - 1 - MAX_AUXILIARY_WORDS); k--) {
            ZoneWords.Word word = words.get(k);
            if (k < verb - 1 && SpeechWords.isPronoun(word.text()) && !word.text().equals("il")) {
                return new Attribution(word.text(), true, word.start());
            }
            if (!AUXILIARY_WORDS.contains(word.text())) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether the name or pronoun at {@code k} opens its clause, titles and role words before it included; "that"
     * counts as opening one only when {@code thatOpens}.
     */
    private static boolean opensClause(List<ZoneWords.Word> words, int k, boolean thatOpens) {
        int before = k - 1;
        // "which bill that New Jersey Gov. Chris Hollister said": "that" opens a clause before it is a determiner
        while (before >= 0 && !words.get(before).isComma()
                && !CLAUSE_OPENERS.contains(words.get(before).text().toLowerCase(Locale.ROOT))
                && (words.get(before).isCapitalised()
                || SpeechWords.isRoleNoun(words.get(before).text()) || SpeechWords.isDeterminer(words.get(before).text())
                || ROLE_MODIFIERS.contains(words.get(before).text()))) {
            before--;
        }
        String opener = before < 0 ? "" : words.get(before).text().toLowerCase(Locale.ROOT);
        return before < 0 || words.get(before).isComma()
                || CLAUSE_OPENERS.contains(opener) && (thatOpens || !opener.equals("that"));
    }

    /** Whether the word at {@code at} (after one stretch set off by commas, if one opens there) is a verb. */
    private static boolean verbFollows(List<ZoneWords.Word> words, int at, int conjunction) {
        int next = at;
        if (next < conjunction && words.get(next).isComma()) {
            next++;
            while (next < conjunction && !words.get(next).isComma()) {
                next++;
            }
            next++;
        }
        if (next >= conjunction) {
            return false;
        }
        String text = words.get(next).text();
        String lower = text.toLowerCase(Locale.ROOT);
        return !words.get(next).isComma() && Character.isLowerCase(text.charAt(0)) && !DESCRIPTOR_STOPS.contains(lower)
                && !CONJUNCTIONS.contains(lower) && !SpeechWords.isDeterminer(lower) && !lower.equals("of")
                && !lower.equals("and") && !lower.startsWith("'") && !lower.startsWith("’");
    }

    /**
     * "He sounded a rare note, saying", "He then adopted an accent and joked": the clause's subject, a pronoun among
     * its first words or the person it names before the verb.
     */
    private static Attribution clauseSubject(String sentence, List<ZoneWords.Word> words, int verb,
                                             List<EntityMention> entities) {
        EntityMention person = first(entities, words.get(0).start(), words.get(verb).start(), EntityType.PERSON);
        for (int k = 0; k < Math.min(verb, 3); k++) {
            ZoneWords.Word word = words.get(k);
            if (person != null && person.start() <= word.start()) {
                break;
            }
            // "Il consigliere di opposizione Luca Ferri, cugino del sindaco, ha detto": the French pronoun "il" is the
            // Italian article when an office follows it, and the clause's subject is the person it introduces
            boolean opensOffice = k + 1 < verb && (SpeechWords.isOtherLanguageOffice(words.get(k + 1).text())
                    || SpeechWords.isRoleNoun(words.get(k + 1).text()));
            if (SpeechWords.isPronoun(word.text()) && !(opensOffice && person != null)) {
                return new Attribution(word.text(), true, word.start());
            }
        }
        return person == null ? null : new Attribution(person.text(), false, person.start());
    }

    /** "said regional expert David Hartwell", "quoted Walter Zehetmayr as saying", "according to Reuters". */
    private static Attribution objectSpeaker(String sentence, List<ZoneWords.Word> words, int first,
                                             List<EntityMention> entities) {
        int k = first;
        while (k < words.size() && k - first <= DESCRIPTOR_WINDOW) {
            ZoneWords.Word word = words.get(k);
            EntityMention entity = startingAt(entities, word.start());
            if (entity != null && entity.type() != EntityType.PLACE && Principals.isPrincipal(words, entity)) {
                // "said Tollan's sister, Donna Reid": the relative or aide set off by a comma is named, and speaks
                EntityMention relative = personAfterRole(words, entity, entities);
                // "said the spokesman for the Foreign Ministry, Ali Hosseini": the spokesman is named after a comma
                EntityMention named = relative != null ? relative : personAfterComma(words, entities, entity.end());
                if (named != null) {
                    return new Attribution(named.text(), false, named.start());
                }
                int possessed = Principals.possessedNoun(words, entity.end());
                if (entity.type() == EntityType.PERSON && possessed >= 0) {
                    // "said Tollan's brother.": the brother speaks, unnamed
                    return phrase(sentence, words, k, possessed + 1);
                }
                if (entity.type() == EntityType.PERSON) {
                    // "said a spokesman for Prime Minister Tony Blair": the spokesman speaks, not the one named
                    int start = words.get(afterFillers(words, first, k)).start();
                    return new Attribution(sentence.substring(start, entity.end()), false, start);
                }
            }
            if (entity != null && entity.type() != EntityType.PLACE) {
                EntityMention described = personAfterRole(words, entity, entities);
                if (described == null && introducesSomeone(words, first, k)) {
                    // "disse a ministra da Educação, Helena Castro", "dijo el presidente del Real Costanera, Ramón
                    // Ibarra": the body named inside the description is whose office it is; the name after the
                    // comma is who holds it and speaks
                    described = personAfterComma(words, entities, entity.end());
                }
                EntityMention speaker = described != null ? described : entity;
                return new Attribution(speaker.text(), false, speaker.start());
            }
            EntityMention named = word.isComma() && introducesSomeone(words, first, k)
                    ? personAfterComma(words, entities, word.start()) : null;
            if (named != null) {
                // "a dit le porte parole du ministère, Mohammad Ali Hosseini": the name after the comma is the one
                return new Attribution(named.text(), false, named.start());
            }
            if (word.isComma() || DESCRIPTOR_STOPS.contains(word.text().toLowerCase(Locale.ROOT))) {
                break;
            }
            k++;
        }
        EntityMention namedLater = k - first > DESCRIPTOR_WINDOW ? personAfterLongDescription(words, entities, first) : null;
        if (namedLater != null) {
            return new Attribution(namedLater.text(), false, namedLater.start());
        }
        boolean endsInRole = k > first && SpeechWords.isRoleNoun(words.get(k - 1).text());
        if (endsInRole) {
            return phrase(sentence, words, first, k);
        }
        // "wrote one commenter", "said the designer, who ...": a described speaker after the verb
        // "säger räddningsledaren Per Nilsson": capitalised words closing the clause right after an office of another
        // language are the holder's name, whether or not the recogniser knew it
        int office = k - 1;
        while (office >= first && words.get(office).isCapitalised()) {
            office--;
        }
        if (office >= first && office < k - 1 && k - 1 - office <= MAX_NAME_WORDS
                && SpeechWords.isOtherLanguageOffice(words.get(office).text()) && !words.get(office).isCapitalised()
                && (k == words.size() || words.get(k).isComma())) {
            return phrase(sentence, words, office + 1, k);
        }
        // "zei de woordvoerder van het waterschap": an office of another language among the words describes the
        // speaker as a determiner does
        boolean described = k - first >= 2 && first < words.size() && (SpeechWords.isDeterminer(words.get(first).text())
                || otherLanguageOffice(words, first, k));
        if (described) {
            return phrase(sentence, words, first, k);
        }
        // "said Kunin." or "said Cuban, who ...": a capitalised name the recogniser missed, closing the clause
        int end = first;
        while (end < words.size() && end - first < MAX_NAME_WORDS && words.get(end).isCapitalised()) {
            end++;
        }
        boolean closes = end == words.size() || words.get(end).isComma();
        return end > first && closes ? phrase(sentence, words, first, end) : null;
    }

    /**
     * "said Hun Sen aide Prak Sokhon", "said NATO spokeswoman Oana Lungescu", "said Nordsund's safety director, Eva
     * Lund": a name followed by a role noun and a person's name qualifies the role; the person is the speaker.
     */
    private static EntityMention personAfterRole(List<ZoneWords.Word> words, EntityMention entity,
                                                 List<EntityMention> entities) {
        int next = 0;
        while (next < words.size() && words.get(next).start() < entity.end()) {
            next++;
        }
        int k = next;
        // "said Cal Fire battalion chief Rob Diaz": lower-case words ending in a role noun
        while (k < words.size() && k - next < 3 && !words.get(k).isCapitalised() && !words.get(k).isComma()) {
            k++;
        }
        boolean role = k > next && (SpeechWords.isRoleNoun(words.get(k - 1).text())
                || SpeechWords.isRelationNoun(words.get(k - 1).text())
                || entity.type() == EntityType.ORGANIZATION && jobTitle(words, next, k));
        // "said Nordsund's safety director, Eva Lund": the role may be set off from the name by a comma
        int named = k < words.size() && words.get(k).isComma() ? k + 1 : k;
        EntityMention person = role && named < words.size() ? startingAt(entities, words.get(named).start()) : null;
        return person != null && person.type() == EntityType.PERSON ? person : null;
    }

    /**
     * "said Environment Agency engineer Sarah Holt", "said AAIB chief inspector Mary Cole": lower-case words set
     * between a body and a name with no comma are the name's job at that body, whatever the job is called; a word
     * such as "on" or "in" among them makes them a clause ("said Reuters on Monday"). After a person's name they are
     * a verb and its object ("Mara Ellis called Tomas Brandt"), so only a body's name opens a job.
     */
    private static boolean jobTitle(List<ZoneWords.Word> words, int from, int to) {
        for (int i = from; i < to; i++) {
            if (DESCRIPTOR_STOPS.contains(words.get(i).text().toLowerCase(Locale.ROOT))
                    || LEADING_FILLERS.contains(words.get(i).text().toLowerCase(Locale.ROOT))
                    || !words.get(i).text().matches("\\p{Ll}[\\p{L}-]*")) {
                return false;
            }
        }
        return true;
    }

    /** The first word from {@code from} (before {@code to}) that is no connective such as "but" or "meanwhile". */
    private static int afterFillers(List<ZoneWords.Word> words, int from, int to) {
        int first = from;
        while (first < to && isFiller(words.get(first))) {
            first++;
        }
        return first;
    }

    private static boolean isFiller(ZoneWords.Word word) {
        return LEADING_FILLERS.contains(word.text().toLowerCase(Locale.ROOT));
    }

    private static Attribution phrase(String sentence, List<ZoneWords.Word> words, int first, int to) {
        int from = afterFillers(words, first, to);
        if (from >= to) {
            return null;
        }
        int start = words.get(from).start();
        return new Attribution(sentence.substring(start, words.get(to - 1).end()), false, start);
    }

    /**
     * "a dit le porte parole du Ministère des Affaires Étrangères Iranien, Mohammad Ali Hosseini": a description too
     * long for the window, naming what someone is, and the name after its comma.
     */
    private static EntityMention personAfterLongDescription(List<ZoneWords.Word> words, List<EntityMention> entities,
                                                         int first) {
        for (int k = first; k < words.size() && k - first <= LONG_DESCRIPTION_WORDS; k++) {
            ZoneWords.Word word = words.get(k);
            if (word.isComma()) {
                return describesSomeone(words, first, k) ? personAfterComma(words, entities, word.start()) : null;
            }
            if (DESCRIPTOR_STOPS.contains(word.text().toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        return null;
    }

    /**
     * The person named right after the comma that comes at {@code offset} (or first after it), or null; a title
     * before the name ("the study's lead author, Dr. Samira Okafor") is no part of the recognised name.
     */
    private static EntityMention personAfterComma(List<ZoneWords.Word> words, List<EntityMention> entities, int offset) {
        int k = 0;
        while (k < words.size() && words.get(k).start() < offset) {
            k++;
        }
        // the office's own complement may stand before the comma: "el jefe de la Guardia Civil de la comarca, ..."
        int complement = 0;
        while (k < words.size() && !words.get(k).isComma() && complement < MAX_COMPLEMENT_WORDS
                && !DESCRIPTOR_STOPS.contains(words.get(k).text().toLowerCase(Locale.ROOT))) {
            k++;
            complement++;
        }
        if (k + 1 >= words.size() || !words.get(k).isComma()) {
            return null;
        }
        int name = k + 1;
        while (name + 1 < words.size() && name - k <= 2 && isTitle(words.get(name))) {
            name++;
        }
        EntityMention named = startingAt(entities, words.get(name).start());
        if (named == null) {
            // the holder's rank, written small before the name: "el teniente coronel Andrés Molina", "coronel Marcos
            // Teixeira", "the lieutenant colonel Ann Ray"
            int at = k + 1;
            if (SpeechWords.isDeterminer(words.get(at).text())) {
                at++;
            }
            int ranks = 0;
            while (at + 1 < words.size() && ranks < MAX_RANK_WORDS && !words.get(at).isCapitalised()
                    && !words.get(at).isComma() && !DESCRIPTOR_STOPS.contains(words.get(at).text().toLowerCase(Locale.ROOT))) {
                at++;
                ranks++;
            }
            named = ranks > 0 && at < words.size() ? startingAt(entities, words.get(at).start()) : null;
        }
        return named != null && named.type() == EntityType.PERSON ? named : null;
    }

    /** "Dr.", "Sgt.", "Prof.", "Professor": a capitalised abbreviation or role noun written before a name. */
    private static boolean isTitle(ZoneWords.Word word) {
        String text = word.text();
        boolean abbreviation = text.length() <= 5 && text.endsWith(".") && Character.isUpperCase(text.charAt(0));
        return abbreviation || word.isCapitalised() && SpeechWords.isRoleNoun(text);
    }

    /**
     * Whether words {@code [from, to)} can stand in apposition before a name: they name what someone is (see
     * {@link #describesSomeone}) or open with a determiner ("o coordenador do sindicato", "a mãe", "the study's lead
     * author"), whatever the noun, since the comma and the name after it say that the words describe that person.
     */
    private static boolean introducesSomeone(List<ZoneWords.Word> words, int from, int to) {
        int start = afterFillers(words, from, to);
        return start < to && (describesSomeone(words, start, to)
                || to - start >= 2 && SpeechWords.isDeterminer(words.get(start).text()));
    }

    /** Whether one of words {@code [from, to)} is an office of a language other than English ("woordvoerder"). */
    private static boolean otherLanguageOffice(List<ZoneWords.Word> words, int from, int to) {
        for (int k = from; k < to; k++) {
            if (SpeechWords.isOtherLanguageOffice(words.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** Whether words {@code [from, to)} name what someone is: a role noun or a spokesman's, aide's or lawyer's noun. */
    private static boolean describesSomeone(List<ZoneWords.Word> words, int from, int to) {
        for (int k = from; k < to; k++) {
            String word = words.get(k).text();
            if (SpeechWords.isRoleNoun(word) || SpeechWords.isRelationNoun(word) || SpeechWords.isOtherLanguageOffice(word)
                    || Principals.isProxyAt(words, k)) {
                return true;
            }
        }
        return false;
    }

    /** The person nearest before {@code to} who is not the one a spokesman or lawyer speaks for. */
    private static EntityMention nearestSpeaking(List<ZoneWords.Word> words, List<EntityMention> entities, int from,
                                                 int to) {
        EntityMention best = null;
        for (EntityMention entity : entities) {
            boolean inside = entity.start() >= from && entity.end() <= to && entity.type() == EntityType.PERSON;
            boolean someoneElses = Principals.isPrincipal(words, entity) || Principals.inRelativeClause(words, entity);
            if (inside && (best == null || entity.start() > best.start()) && !someoneElses) {
                best = entity;
            }
        }
        return best;
    }

    private static EntityMention nearest(List<EntityMention> entities, int from, int to, EntityType type) {
        EntityMention best = null;
        for (EntityMention entity : entities) {
            boolean inside = entity.start() >= from && entity.end() <= to && entity.type() == type;
            if (inside && (best == null || entity.start() > best.start())) {
                best = entity;
            }
        }
        return best;
    }

    private static EntityMention first(List<EntityMention> entities, int from, int to, EntityType type) {
        EntityMention best = null;
        for (EntityMention entity : entities) {
            boolean inside = entity.start() >= from && entity.end() <= to && entity.type() == type;
            if (inside && (best == null || entity.start() < best.start())) {
                best = entity;
            }
        }
        return best;
    }

    /** An entity whose span starts at or inside the word starting at {@code offset} (titles are not in spans). */
    private static EntityMention startingAt(List<EntityMention> entities, int offset) {
        for (EntityMention entity : entities) {
            if (entity.start() == offset) {
                return entity;
            }
        }
        return null;
    }
}
