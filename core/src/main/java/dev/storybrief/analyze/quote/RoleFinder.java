package dev.storybrief.analyze.quote;

import dev.storybrief.analyze.entity.AccordingTo;
import dev.storybrief.analyze.entity.EntityMention;
import dev.storybrief.analyze.entity.TitledNames;
import dev.storybrief.analyze.entity.UncasedNames;
import dev.storybrief.analyze.time.MonthNames;
import dev.storybrief.model.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the descriptions an article attaches to a named person:
 * an appositive after the name ("Hartwell, a senior ... analyst at IHS Global Insight in London",
 * "Anders Fogh Rasmussen, NATO's secretary-general, said"), one before it ("The military alliance's
 * secretary-general, Anders Fogh Rasmussen"), or words right before it ("Pentagon spokesman George Little",
 * "Col. Ahmed Bani"). A description must contain a role noun or a title, start like a noun phrase, and stay short.
 * Other languages' offices right before a name ("Feuerwehrchef Jonas Keller", "le maire Jean Dupont") are read by
 * {@link OfficeBefore}.
 */
final class RoleFinder {

    /** A description found next to one mention. */
    record Role(EntityMention person, String role) {
    }

    private static final int MAX_ROLE_WORDS = 20;
    private static final int MAX_PRENOMINAL_WORDS = 8;
    private static final int FALLBACK_WORDS = 3;
    private static final Set<String> NOT_A_ROLE_START = Set.of("who", "whom", "whose", "which", "that", "where", "when",
            "and", "but", "or", "said", "says", "told", "at", "in", "on", "for", "from", "with", "by", "as", "to",
            "after", "before", "during", "while", "if", "although", "however", "he", "she", "it", "they", "we", "of",
            "under", "into");
    private static final Set<String> BOUNDARY_WORDS = Set.of("said", "says", "told", "met", "was", "were", "is", "are",
            "has", "had", "that", "which", "who", "when", "while", "and", "but", "with", "by", "at", "on", "from",
            "after", "before", "of", "between", "said:", "says:", "called", "named", "including", "what", "whether",
            "how", "why", "where", "whom", "whose", "if");
    /** Words relating a role to what follows: "aide to", "ministre de", "consejero de Medio Ambiente". */
    /** "On the morning of 4 June Secretary General Rasmussen": a month or weekday dates the sentence, not the person. */
    private static final Pattern CALENDAR_WORD = Pattern.compile(MonthNames.FULL + "|" + MonthNames.WEEKDAY);
    private static final Pattern RELATING = Pattern.compile("\\b(?:to|of|for|with|de|di|del|della|do|da|des|du)\\b");
    private static final Pattern WORKS_FOR = Pattern.compile("\\s(?:for|to)\\s");
    private static final Set<String> NOT_PART_OF_A_ROLE = Set.of("even", "especially", "also", "only", "including",
            "and", "but", "then", "now");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "them", "us", "me", "it", "we", "they", "you");
    private static final Set<String> OBJECT_STARTS = Set.of("a", "an", "the", "as", "him", "her", "them", "that",
            "his", "their", "its");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whom", "whose", "which", "that");
    private static final Set<String> TIME_WORDS = Set.of("yesterday", "today", "tonight", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday");
    private static final Set<String> RELATIVE_TIME = Set.of("last", "next", "this");
    private static final Set<String> TIME_UNITS = Set.of("week", "month", "year", "night", "morning", "weekend");
    /** Clause words that are a subject: the word after one is the clause's verb. */
    private static final Set<String> SUBJECT_WORDS = Set.of("who", "which", "that");
    private static final Set<String> LINKING_WORDS = Set.of("for", "to", "of", "in", "on", "at", "with", "by", "from",
            "about", "against", "into", "over", "and", "or", "but", "the", "a", "an", "his", "her", "their", "its",
            "that", "who", "which", "as");
    private static final Set<String> FINITE_VERBS = Set.of("was", "were", "is", "are", "has", "have", "had", "will",
            "would", "could", "should", "can", "did", "does", "do", "said", "says", "told");
    private static final Pattern DETERMINER = Pattern.compile("(?i)the|a|an|its|their|his|her");
    private static final Set<String> COURTESY_TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "messrs", "mme", "mlle");
    /** An article opening a description, English or of the other languages whose offices are read ("el consejero"). */
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:(?i:the|a|an|el|la|le|il|lo|los|las|les|gli|o|os|der|die|das|den|dem) |(?i:l)['’])");
    private static final Pattern LIST_OF_OTHERS = Pattern.compile("\\band (?:the|a|an) ");
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "col", "gen", "capt", "lt", "maj", "sgt",
            "adm", "sen", "rep", "gov", "prof", "president", "king", "queen", "prince", "sheikh", "general", "colonel",
            "captain", "lieutenant-general", "secretary", "minister", "prime", "secretary-general", "ambassador",
            "speaker", "chairman", "director", "judge", "mayor", "governor", "senator");

    private RoleFinder() {
    }

    /** The roles of the people of one sentence of a text in {@code language} (ISO 639-1). */
    static List<Role> find(String sentence, List<EntityMention> entities, String language) {
        List<Role> roles = new ArrayList<>();
        for (EntityMention person : entities) {
            if (person.type() != EntityType.PERSON) {
                continue;
            }
            addIfRole(roles, person, appositiveAfter(sentence, person), entities);
            addIfRole(roles, person, appositiveBefore(sentence, person), entities);
            addIfRole(roles, person, prenominal(sentence, person, entities), entities);
            String held = RoleByVerb.after(sentence, person);
            if (held != null) {
                roles.add(new Role(person, held));
            }
            String office = OfficeBefore.of(sentence.substring(0, person.start()), language);
            if (office != null) {
                roles.add(new Role(person, office));
            }
            String uncased = UncasedNames.role(sentence, person);
            if (uncased == null) {
                uncased = TitledNames.role(sentence, person);
            }
            if (uncased != null) {
                roles.add(new Role(person, uncased));
            }
            String officeAfter = OfficeAfter.of(sentence.substring(person.end()));
            if (officeAfter != null) {
                roles.add(new Role(person, officeAfter));
            }
        }
        return roles;
    }

    private static void addIfRole(List<Role> roles, EntityMention person, String candidate,
                                  List<EntityMention> entities) {
        String role = candidate == null ? null : withoutLeadingFillers(candidate);
        if (role != null && isRoleLike(role) && readsAsNounPhrase(role) && !isAnotherPerson(role, person, entities)) {
            roles.add(new Role(person, role));
        }
    }

    /**
     * "... a meeting with Supreme Allied Commander Europe Wesley K. Clark, Holbrooke said": a phrase ending in another
     * person's name is that person, unless it relates the two ("a top aide to Prime Minister Benjamin Netanyahu"); one
     * opening with another person's name is about that person, unless it is their possessive ("Clark's deputy").
     */
    private static boolean isAnotherPerson(String role, EntityMention person, List<EntityMention> entities) {
        String head = String.join(" ", head(role));
        return entities.stream().anyMatch(e -> e != person && e.type() == EntityType.PERSON
                && (endsWithName(head, e.text()) || startsWithName(role, e.text())));
    }

    private static boolean endsWithName(String role, String name) {
        return role.endsWith(name) && !RELATING.matcher(role.substring(0, role.length() - name.length())).find();
    }

    /**
     * "Steve Largent of Oklahoma to replace Dick Armey": a phrase opening with someone's name is about them, unless
     * the name qualifies a role ("Hun Sen aide", "Clark's deputy").
     */
    private static boolean startsWithName(String role, String name) {
        if (!role.startsWith(name)) {
            return false;
        }
        return !qualifiesTheRole(role, name.length());
    }

    /** "Even Speaker Newt Gingrich", "especially Speaker": a focusing adverb is no part of what the person is. */
    private static String withoutLeadingFillers(String role) {
        String rest = role.strip();
        while (true) {
            int space = rest.indexOf(' ');
            if (space < 0 || !NOT_PART_OF_A_ROLE.contains(rest.substring(0, space).toLowerCase(Locale.ROOT))) {
                return rest.isEmpty() ? null : rest;
            }
            rest = rest.substring(space + 1).strip();
        }
    }

    /**
     * What the person is reads as a noun phrase: not opening with a preposition or a number ("In a public statement
     * released Wednesday", "2. Rebel commander"), with no pronoun standing for someone else ("urged him to go") and no
     * verb taking an object ("confirmed as prime minister", "issued a statement", "quoted Syrian Foreign Minister").
     */
    private static boolean readsAsNounPhrase(String role) {
        String[] words = head(role);
        String first = words[0].toLowerCase(Locale.ROOT);
        if (NOT_A_ROLE_START.contains(first) || !Character.isLetter(words[0].charAt(0))) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            String word = words[i].toLowerCase(Locale.ROOT);
            boolean verbWithObject = i + 1 < words.length && Character.isLowerCase(words[i].charAt(0))
                    && word.endsWith("ed") && OBJECT_STARTS.contains(words[i + 1].toLowerCase(Locale.ROOT));
            // "exclaimed Pakistani medical officer"; "a lawyer for the states" holds a noun spelt like a speech verb
            boolean speechVerb = SpeechWords.isSpeechVerb(word) && (word.endsWith("ed") || FINITE_VERBS.contains(word));
            // "confirmed as chairman last month Kari Lund": a time phrase tells when, not what the person is
            boolean when = TIME_WORDS.contains(word) || i > 0 && RELATIVE_TIME.contains(words[i - 1].toLowerCase(Locale.ROOT))
                    && TIME_UNITS.contains(word);
            if (OBJECT_PRONOUNS.contains(word) || verbWithObject || speechVerb || when) {
                return false;
            }
        }
        return true;
    }

    /** ", <role>," or ", <role>." right after the name. */
    private static String appositiveAfter(String sentence, EntityMention person) {
        String rest = sentence.substring(person.end());
        if (!rest.startsWith(", ")) {
            return null;
        }
        int end = rest.length();
        for (String stop : List.of(",", ";", "(", "“", "\"", "``")) {
            int at = rest.indexOf(stop, 2);
            if (at > 0) {
                end = Math.min(end, at);
            }
        }
        String role = rest.substring(2, end).strip().replaceFirst("[.:]$", "").strip();
        // "involving Millennium Partners, the homeowners association and the public agency": a list, not what it is
        return startsLikeRole(role) && !LIST_OF_OTHERS.matcher(role).find() ? role : null;
    }

    /** "<role>, NAME," : the noun phrase before a comma that directly precedes the name (or its title). */
    private static String appositiveBefore(String sentence, EntityMention person) {
        String before = withoutTrailingTitles(sentence.substring(0, person.start()));
        String after = sentence.substring(person.end());
        // "..., dijo el consejero de Medio Ambiente, Luis Ortega.": the name may end the sentence
        boolean ends = after.startsWith(",") || after.startsWith(" said") || after.matches("[.!?]?\\s*");
        if (!before.endsWith(", ") || !ends) {
            return null;
        }
        return tailPhrase(before.substring(0, before.length() - 2));
    }

    /** "Pentagon spokesman, Capt. " becomes "Pentagon spokesman, ". */
    private static String withoutTrailingTitles(String before) {
        String rest = before;
        while (true) {
            String trimmed = rest.stripTrailing();
            int space = trimmed.lastIndexOf(' ');
            String last = trimmed.substring(space + 1).replace(".", "").toLowerCase(Locale.ROOT);
            if (trimmed.isEmpty() || !TITLES.contains(last)) {
                return rest;
            }
            rest = trimmed.substring(0, space + 1);
        }
    }

    /** Words right before the name: "Pentagon spokesman George Little", "said Col. Ahmed Bani". */
    private static String prenominal(String sentence, EntityMention person, List<EntityMention> entities) {
        String before = sentence.substring(afterOtherPerson(sentence, person, entities), person.start());
        if (before.isEmpty() || !Character.isWhitespace(before.charAt(before.length() - 1))) {
            return null;
        }
        String phrase = tailPhrase(before.strip());
        if (phrase == null) {
            return null;
        }
        String[] words = ownPart(phrase).split("\\s+");
        if (!namesTheRole(words[words.length - 1]) || namesAThing(words, person)) {
            return null;
        }
        phrase = String.join(" ", words);
        // "even though interim Libyan leader": no clause word to stop at, so keep the words leading to the role noun
        return words.length <= MAX_PRENOMINAL_WORDS ? phrase
                : String.join(" ", Arrays.copyOfRange(words, words.length - FALLBACK_WORDS, words.length));
    }

    /**
     * "Martin Nesirky, spokesman for UN Secretary General Ban Ki-moon": what comes after the last "for" or "to" is
     * the named person's role when it is one; the words before it are the role of someone who works for them.
     */
    private static String ownPart(String phrase) {
        java.util.regex.Matcher relation = WORKS_FOR.matcher(phrase);
        int after = Principals.afterProxyLink(phrase);
        while (relation.find()) {
            after = Math.max(after, relation.end());
        }
        return after > 0 && after < phrase.length() && isRoleLike(phrase.substring(after)) ? phrase.substring(after)
                : phrase;
    }

    /**
     * Where the words before a name may start: after another person's name that comes first ("spoke to the BBC's
     * Matt Frei Haitian President Rene Preval": Frei is no part of what Preval is), unless that name is a possessive
     * qualifying the role ("Clark's deputy Name").
     */
    private static int afterOtherPerson(String sentence, EntityMention person, List<EntityMention> entities) {
        int from = 0;
        for (EntityMention other : entities) {
            boolean before = other != person && other.type() == EntityType.PERSON && other.end() <= person.start();
            if (before && other.end() > from && !qualifiesTheRole(sentence, other.end())) {
                from = other.end();
            }
        }
        return from;
    }

    /**
     * "Clark's deputy", "Hun Sen aide": what follows a name (at {@code nameEnd}) makes it part of a role. Only the next
     * word is read: a sentence of a broken page can be hundreds of kilobytes, and this is asked for every pair of names.
     */
    private static boolean qualifiesTheRole(String sentence, int nameEnd) {
        if (sentence.startsWith("'s", nameEnd) || sentence.startsWith("’s", nameEnd)) {
            return true;
        }
        int start = nameEnd;
        while (start < sentence.length() && Character.isWhitespace(sentence.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < sentence.length() && !Character.isWhitespace(sentence.charAt(end))) {
            end++;
        }
        String next = sentence.substring(start, end).toLowerCase(Locale.ROOT);
        return SpeechWords.isRoleNoun(next) || TITLES.contains(next.replace(".", ""));
    }

    /**
     * Words right before a name describe it only when they end in what the person is ("Pentagon spokesman", "Col.",
     * "Justice Department litigator"), not in a word that links to what follows or in a verb: "the envoy sent to
     * London to argue for Pinochet's release" ends in a preposition, "British police arrested Pinochet" in a verb.
     */
    /**
     * "The captain of the ferry Solvind": a single name right after a determiner and a common noun that is no role
     * ("the ferry", "the tanker", "its ship") is that thing's name; news introduces a person with a role by first
     * and last name ("leader of the opposition Keir Starmer").
     */
    private static boolean namesAThing(String[] words, EntityMention person) {
        if (words.length < 2 || person.text().contains(" ")) {
            return false;
        }
        String noun = words[words.length - 1];
        String lower = noun.replace(".", "").toLowerCase(Locale.ROOT);
        return Character.isLowerCase(noun.charAt(0)) && !SpeechWords.isRoleNoun(noun) && !TITLES.contains(lower)
                && DETERMINER.matcher(words[words.length - 2]).matches();
    }

    private static boolean namesTheRole(String last) {
        // "British police arrested Pinochet": a name after a verb is its object, not the one described
        boolean verb = Character.isLowerCase(last.charAt(0)) && last.endsWith("ed");
        // "... to be about Mr. Lesser": a courtesy title is how the name is addressed, not what the person is
        String word = last.replace(".", "").toLowerCase(Locale.ROOT);
        return !LINKING_WORDS.contains(word) && !verb && !COURTESY_TITLES.contains(word);
    }

    /** The words at the end of {@code text} back to punctuation or a clause word, without a leading article. */
    private static String tailPhrase(String text) {
        List<ZoneWords.Word> words = ZoneWords.of(text, 0, text.length());
        int from = words.size();
        while (from > 0) {
            ZoneWords.Word word = words.get(from - 1);
            // "exclaimed port medical officer Per Moe": a speech verb ends the description as "said" does
            boolean speechVerb = SpeechWords.isSpeechVerb(word.text()) && !word.isCapitalised();
            // "a huge aid effort as President Obama pledged", "for treatment 1541 President Obama says": a role
            // holds neither a linking "as" nor a bare number (a live page's time stamp)
            boolean boundary = word.isComma() || speechVerb || word.text().equalsIgnoreCase("as")
                    || word.text().chars().allMatch(Character::isDigit) || CALENDAR_WORD.matcher(word.text()).matches()
                    || AccordingTo.isOneWord(word.text()) // "Selon le Premier ministre X": who credits, not what X is
                    || BOUNDARY_WORDS.contains(word.text().toLowerCase(Locale.ROOT)) && !isOfInsideRole(words, from - 1);
            if (boundary) {
                break;
            }
            from--;
        }
        if (from < words.size() - 1 && from > 0 && SUBJECT_WORDS.contains(words.get(from - 1).text().toLowerCase(Locale.ROOT))
                && isLowerCasePast(words.get(from).text())) {
            from++; // "That included Secretary of State Clinton": after its subject, an "-ed" word is the verb
        }
        if (from == words.size()) {
            return null;
        }
        int start = words.get(from).start();
        int quoteEnd = Math.max(text.lastIndexOf('”'), Math.max(text.lastIndexOf('"'), text.lastIndexOf("''")));
        if (quoteEnd >= start) {
            return null;
        }
        // "(CNN) Sudanese President": a closing bracket ends what came before, as a comma does
        String phrase = text.substring(Math.max(start, text.lastIndexOf(')') + 1)).strip();
        return phrase.isEmpty() ? null : LEADING_ARTICLE.matcher(phrase).replaceFirst("");
    }

    private static boolean isLowerCasePast(String word) {
        return Character.isLowerCase(word.charAt(0)) && word.endsWith("ed");
    }

    /** "commander of Libya operations", "Prime Minister of Libya": "of" after a role word stays in the role. */
    private static boolean isOfInsideRole(List<ZoneWords.Word> words, int index) {
        if (!words.get(index).text().equals("of") || index == 0) {
            return false;
        }
        String previous = words.get(index - 1).text();
        return SpeechWords.isRoleNoun(previous) || TITLES.contains(previous.toLowerCase(Locale.ROOT));
    }

    /**
     * An appositive after a name starts like a noun phrase: an article ("a senior analyst"), a possessive
     * ("NATO's secretary-general"), a capitalised title ("Deputy Secretary of State") or a role noun ("director of
     * the Center"); "called the mission a success" is a verb phrase, not a role.
     */
    private static boolean startsLikeRole(String role) {
        if (role.isEmpty() || Character.isDigit(role.charAt(0))) {
            return false;
        }
        String firstWritten = role.split("\\s+")[0];
        String first = firstWritten.toLowerCase(Locale.ROOT);
        if (NOT_A_ROLE_START.contains(first)) {
            return false;
        }
        boolean article = first.equals("a") || first.equals("an") || first.equals("the");
        boolean possessive = first.endsWith("'s") || first.endsWith("’s");
        boolean capitalised = Character.isUpperCase(firstWritten.charAt(0));
        return article || possessive || capitalised || SpeechWords.isRoleNoun(first) || TITLES.contains(first)
                || SpeechWords.isOtherLanguageOffice(first);
    }

    /**
     * The words of a description before its relative clause: in "a Microsoft manager who attended the meeting" the
     * clause's verbs describe the person and belong to the role, so only the words before "who" must read as a noun
     * phrase.
     */
    private static String[] head(String role) {
        String[] words = role.split("\\s+");
        int end = 1;
        while (end < words.length && !RELATIVE_PRONOUNS.contains(words[end].toLowerCase(Locale.ROOT))) {
            end++;
        }
        return Arrays.copyOf(words, end);
    }

    private static boolean isRoleLike(String role) {
        String[] words = role.split("\\s+");
        if (words.length == 0 || words.length > MAX_ROLE_WORDS) {
            return false;
        }
        // "Marc Lefèvre, délégué syndical CGT": another language's office opening the phrase names what the person is,
        // whatever English verb its words spell ("o presidente do sindicato")
        if (SpeechWords.isOtherLanguageOffice(words[0])) {
            return true;
        }
        // "Espina, Movoa and Lagos were hoping to talk to officials": a finite verb makes a clause, not a description
        if (Arrays.stream(head(role)).anyMatch(w -> FINITE_VERBS.contains(w.toLowerCase(Locale.ROOT)))) {
            return false;
        }
        for (String word : words) {
            String bare = word.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "").replaceAll("[^\\p{L}-]", "");
            // "said his daughter, Georgia Kent": a kinship noun says who the person is as a role noun does
            if (SpeechWords.isRoleNoun(bare) || TITLES.contains(bare) || SpeechWords.isRoleNoun(bare + "s")
                    || SpeechWords.isRelationNoun(bare)) {
                return true;
            }
        }
        return false;
    }
}
