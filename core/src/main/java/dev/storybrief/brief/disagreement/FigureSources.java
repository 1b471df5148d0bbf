package dev.storybrief.brief.disagreement;

import dev.storybrief.model.QuantitySpan;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a figure is attributed to in its own sentence, by the words news uses to credit a figure: a source before a
 * verb of saying or counting ("the union says 600", "Die IG Metall spricht von 3.000", "o Ministério da Educação
 * aponta para 140"), a credit before or after the figure ("according to the police", "nach Angaben der Polizei",
 * "Segundo o ministério, 140"), a credit closing the sentence ("..., the ministry said") and the second side of a
 * dispute told in one sentence, which drops the verb ("the union says 600 schools are shut, the ministry 140"). A
 * figure takes the nearest credit before it in its sentence, else the nearest after it. Two figures of one thing that
 * one report credits to two sources are a dispute between the sources, which the reader needs to see.
 */
final class FigureSources {
    /** Articles and prepositions that open a source's words and name no source ("der Polizei", "o ministério"). */
    private static final Set<String> OPENING = Set.of("the", "a", "an", "its", "die", "der", "das", "den", "dem", "des",
            "le", "la", "les", "l", "el", "los", "las", "o", "os", "as", "il", "lo", "gli", "i", "de", "du", "da", "do",
            "dos", "of", "von", "vom", "com");
    /** The letters an inflection adds to a party's noun ("organizador" / "organizadores"). */
    static final int ENDING_LETTERS = 2;
    /** How many words of a source's name are kept: enough to hold a name and its title. */
    private static final int SOURCE_WORDS = 5;
    /** Pronouns: a source already named, not another one. */
    private static final Set<String> PRONOUNS = Set.of("it", "he", "she", "they", "we", "er", "sie", "es", "wir", "il",
            "elle", "ils", "elles", "nous", "on", "el", "ella", "ellos", "ele", "ela", "eles", "elas", "lui", "lei", "loro");
    /**
     * "according to the police", "laut Polizei", "selon la préfecture", "según", "segundo", "secondo": the source
     * follows, in two words and the capitalised words of a name after them ("the Ashby Voter Project").
     */
    private static final Pattern CREDIT = Pattern.compile("(?iu)(?<![\\p{L}])(?:according\\s+to|laut|nach\\s+Angaben"
            + "(?:\\s+(?:der|des|von))?|zufolge|selon|d['’]après|según|de\\s+acuerdo\\s+con|segundo|de\\s+acordo\\s+com"
            + "|secondo|stando\\s+a)\\s+(?<src>[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+)?(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3})");
    /** The German credits, after which a noun is written with a capital and the verb after it is not. */
    private static final Pattern GERMAN_CREDIT = Pattern.compile("(?iu)laut|nach\\s+Angaben|zufolge");
    /**
     * A verb by which a source gives or puts a figure, in the languages with quantity rules ("says", "spricht von",
     * "parle de", "habla de", "fala em", "aponta para", "parla di"); its subject, the words before it in its clause,
     * is the source.
     */
    private static final String VERBS = "says|said|say|puts|put|speaks\\s+of|spoke\\s+of|counts|counted|claims|claimed"
            + "|estimates|estimated|reports|reported|gives|gave|sagt|sagte|sagen|nennt|nannte|nennen|spricht\\s+von"
            + "|sprach\\s+von|sprachen\\s+von|sprechen\\s+von|rechnet\\s+mit|rechnete\\s+mit|zählt|zählte|schätzt|schätzte|meldet"
            + "|meldete|dit|disent|(?:en\\s+)?(?:a|ont)\\s+compté|parle\\s+de|parlent\\s+de|évoque|évoquent|compte|comptent|estime|estiment|avance"
            + "|dice|dicen|dijo|habla\\s+de|hablan\\s+de|cifra|cifran|afirma|afirman|afirmó|calcula|diz|dizem|disse"
            + "|fala\\s+(?:em|numa|num|de)|falam\\s+(?:em|numa|num|de)|aponta(?:m)?\\s+para|conta|contam|refere"
            + "|parla\\s+di|parlano\\s+di|stima|stimano|indica|indicano|ha\\s+detto";
    private static final Pattern SAYS = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + VERBS + ")(?![\\p{L}])");
    /**
     * Words after which a verb of the list is its noun: an article, a possessive or a preposition ("la cifra" is the
     * figure, "le compte" the account, "a conta" the bill, "la stima" the esteem, "the reports", "por conta de", "en
     * avance"), or the verbs of the French phrases "se rendre compte", "tenir compte" ("realise", "take into account").
     */
    private static final Set<String> NOUN_BEFORE = Set.copyOf(List.of("the", "a", "an", "its", "their", "his", "her", "our", "this",
            "these", "those", "le", "la", "les", "l", "un", "une", "du", "des", "au", "aux", "sur", "son", "sa", "ses",
            "leur", "leurs", "el", "los", "las", "una", "unos", "unas", "su", "sus", "del", "al", "por", "o", "os", "as",
            "um", "uma", "da", "do", "das", "dos", "na", "no", "nas", "nos", "pela", "pelo", "em", "seu", "sua", "il",
            "gli", "i", "uno", "della", "dello", "nella", "nello", "per", "suo", "di", "de", "der", "die", "das", "den",
            "dem", "ein", "eine", "einen", "rend", "rendent", "rendu", "rendre", "tenir", "tient", "tiennent", "tenu"));
    /** "Compte tenu de" ("given"): no one counts. */
    private static final Pattern COMPTE_TENU = Pattern.compile("(?iu)compte\\s+tenu");
    /** The last word before a place in a sentence. */
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)\\s+$");
    /**
     * A dispute's second side without its verb: ", the ministry 140", ", während die Polizei 2.000", ", enquanto o
     * ministério 140": a clause of only a source and the figure.
     */
    private static final Pattern ELLIPTIC = Pattern.compile("(?iu)(?:,|;|\\bwhile|\\bwhereas|\\bwährend|\\balors\\s+que"
            + "|\\btandis\\s+que|\\bmientras\\s+(?:que\\s+)?|\\benquanto|\\bmentre)\\s*(?:and\\s+|und\\s+|et\\s+|y\\s+|e\\s+)?"
            + "(?<src>(?:the|die|der|das|le|la|les|el|los|las|o|a|os|as|il|lo)\\s+[\\p{L}'’-]+)\\s+(?:only\\s+|nur\\s+"
            + "|just\\s+|seulement\\s+|solo\\s+|apenas\\s+|solo\\s+)?$");
    /** Up to four words after a verb, and the figure they run into, if any. */
    private static final Pattern WORDS_AFTER = Pattern.compile("^\\s*([\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,3})"
            + "(?<figure>\\s+\\p{Sc}?\\d)?");
    /** Where a clause (and with it a verb's subject) begins. */
    private static final Pattern CLAUSE_START = Pattern.compile("(?iu)[,;:()\"“”«»—–]|(?<![\\p{L}])(?:while|whereas"
            + "|and|but|während|und|aber|alors\\s+que|tandis\\s+que|et|mais|mientras(?:\\s+que)?|y|pero|enquanto|e|mas"
            + "|mentre|ma)(?![\\p{L}])");

    /**
     * A figure as written, for the topic: "28.500" of "rund 28.500 Menschen", "£55m" of "£55m once land purchases",
     * "12%".
     */
    private static final Pattern WRITTEN_DIGITS = Pattern.compile("\\p{Sc}?\\d(?:[\\d.,\\u00a0\\u202f ]*\\d)?"
            + "(?:\\s?%|(?:m|bn|k)(?![\\p{L}]))?");
    private FigureSources() {
    }

    /** A figure as written ("28.500", "£55m"), or its words without its unit when it has no digits ("Twenty-three"). */
    static String asWritten(QuantitySpan q) {
        Matcher m = WRITTEN_DIGITS.matcher(q.text());
        if (m.find()) {
            return m.group();
        }
        String text = q.text().strip();
        return !q.unit().isBlank() && text.endsWith(q.unit()) && text.length() > q.unit().length()
                ? text.substring(0, text.length() - q.unit().length()).strip() : text;
    }

    /**
     * The party's name holds a figure of its sentence ({@code sentenceFigures}): the words before a verb of the list
     * that is a count's noun ran into the count ("is facing five counts", "two counts of theft", "three reports") and
     * name no one. Read as two sources, "is facing five counts of fraud and two counts of theft" was a dispute between
     * "is facing five" and "two".
     */
    static boolean namesAFigure(Party party, java.util.Collection<StatedFigure> sentenceFigures) {
        return sentenceFigures.stream()
                .map(o -> asWritten(o.quantity()).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d]+", " ").strip())
                .filter(f -> !f.isEmpty())
                .anyMatch(f -> java.util.Arrays.stream(f.split(" ")).anyMatch(party.words()::contains));
    }

    /** One credit in a sentence: where it stands, the party it names, and where its verb of saying starts, or -1. */
    private record Credit(int at, Party party, int verb) {
    }

    /**
     * The party a figure is credited to: its words plain (lower case, no accents), which tell one party from another,
     * and its name as the sentence writes it without the opening article ("police", "organisateurs", "Polizei").
     */
    record Party(Set<String> words, String name) {
        /**
         * The two name one party: "Vice President Enrique Bolanos" and "Bolanos" share a word, as "Veranstalter" and
         * "Veranstaltern" or "organiser" and "organisers" do but for an ending of {@link #ENDING_LETTERS} letters.
         */
        boolean same(Party other) {
            return words.stream().anyMatch(w -> other.words().stream().anyMatch(o -> sameWord(w, o)));
        }

        private static boolean sameWord(String a, String b) {
            if (a.equals(b)) {
                return true;
            }
            String shorter = a.length() <= b.length() ? a : b;
            String longer = shorter == a ? b : a;
            return longer.startsWith(shorter) && longer.length() - shorter.length() <= ENDING_LETTERS
                    && shorter.length() > ENDING_LETTERS + 1;
        }
    }

    /** The words of {@link #party}'s name, plain, or null when the sentence credits no one. */
    static Set<String> of(String sentence, int start, int end) {
        Party party = party(sentence, start, end);
        return party == null ? null : party.words();
    }

    /**
     * The party a figure starting at {@code start} and ending at {@code end} of {@code sentence} is credited to ("IG
     * Metall": {ig, metall}; "o Ministério da Educação": {ministerio, educacao}, written "Ministério da Educação"), or
     * null when the sentence credits no one.
     */
    static Party party(String sentence, int start, int end) {
        int from = Math.max(0, Math.min(sentence.length(), start));
        Matcher elliptic = ELLIPTIC.matcher(sentence.substring(0, from));
        if (elliptic.find() && !credits(sentence.substring(0, elliptic.start())).isEmpty()) {
            return party(elliptic.group("src"), false);
        }
        Credit before = null;
        Credit after = null;
        for (Credit c : credits(sentence)) {
            if (c.verb() >= from && c.verb() < end) {
                // a verb of the list inside the figure's own words is its noun: "five counts of possession"
                continue;
            }
            if (c.at() <= from) {
                before = c;
            } else if (after == null) {
                // a credit may start inside what the quantity layer took for the figure ("28,500 according": no noun)
                after = c;
            }
        }
        // "31 000 personnes selon les organisateurs, et 28 500 selon la police": a credit right after the figure is its
        // own, whatever credit the sentence gave before it
        boolean rightAfter = after != null && (after.at() < end || sentence.substring(Math.min(sentence.length(),
                Math.max(from, end)), after.at()).isBlank());
        Credit credit = before != null && !rightAfter ? before : after;
        return credit == null ? null : credit.party();
    }

    /**
     * The two figures are credited to two different sources: a sentence that gives both tells a dispute ("O sindicato
     * fala em 600 escolas fechadas, enquanto o ministério aponta para 140"), not the values of two things, and two
     * sides' figures of one fact may lie further apart than two reports of one figure do.
     */
    static boolean apart(StatedFigure a, StatedFigure b) {
        return apart(party(a), party(b));
    }

    /** Two parties, both named, that are not one ("Vice President Enrique Bolanos said" and "Bolanos said" are one). */
    static boolean apart(Party a, Party b) {
        return a != null && b != null && !a.same(b);
    }

    /** The party the stated figure is credited to in its sentence, or null. */
    static Party party(StatedFigure s) {
        return party(s.sentence().text(), s.startInSentence(), s.endInSentence());
    }

    /** The credits of a sentence, in order. */
    private static List<Credit> credits(String sentence) {
        List<Credit> found = new ArrayList<>();
        Matcher credit = CREDIT.matcher(sentence);
        while (credit.find()) {
            // a German credit's source may run into the verb after it ("laut Polizei zogen")
            Party source = party(credit.group("src"), GERMAN_CREDIT.matcher(credit.group()).lookingAt());
            if (source != null) {
                found.add(new Credit(credit.start(), source, -1));
            }
        }
        Matcher says = SAYS.matcher(sentence);
        while (says.find()) {
            if (nounHere(sentence, says.start())) {
                continue;
            }
            String subject = subjectBefore(sentence, says.start());
            // "..., the ministry said" / ", disse o ministro": a verb opening its clause has its source after it
            Party source = party(subject.isBlank() ? sourceAfter(sentence, says.end()) : subject, false);
            if (source != null) {
                found.add(new Credit(subject.isBlank() ? says.end() : says.start(), source, says.start()));
            }
        }
        found.sort((a, b) -> Integer.compare(a.at(), b.at()));
        return found;
    }

    /**
     * True when the word at {@code at} is used as a noun: right after an elided article ("l'avance") or after a word
     * of {@link #NOUN_BEFORE}, or in "compte tenu".
     */
    private static boolean nounHere(String sentence, int at) {
        if (COMPTE_TENU.matcher(sentence).region(at, sentence.length()).lookingAt()) {
            return true;
        }
        String before = sentence.substring(0, at);
        if (before.endsWith("'") || before.endsWith("’")) {
            return true;
        }
        Matcher last = LAST_WORD.matcher(before);
        return last.find() && NOUN_BEFORE.contains(last.group(1).toLowerCase(Locale.ROOT));
    }

    /** The words of the verb's clause before it. */
    private static String subjectBefore(String sentence, int verb) {
        String before = sentence.substring(0, verb);
        Matcher start = CLAUSE_START.matcher(before);
        int from = 0;
        while (start.find()) {
            from = start.end();
        }
        return before.substring(from);
    }

    /**
     * The source named after a verb that opens its clause ("said the ministry"), or nothing when the words after the verb
     * run into a figure: then they are what was said, not who said it ("said nearly 10 hours into the flight", "said
     * more than 300"), and a quantifier is no party.
     */
    private static String sourceAfter(String sentence, int from) {
        Matcher words = WORDS_AFTER.matcher(sentence.substring(from));
        return !words.find() || words.group("figure") != null ? "" : words.group(1);
    }

    /**
     * The words naming a source, plain (lower case, no accents), without articles and prepositions, at most
     * {@link #SOURCE_WORDS}, and as written; null when none is left or the source is a pronoun (a source already
     * named). With {@code nounThenVerb} (a German credit: "laut Polizei zogen", "nach Angaben der Polizei beteiligten")
     * the name ends before a lower-case word after a capitalised one, as a German noun's capital tells it from the verb
     * after it ("IG Metall" stays whole); elsewhere "Honduran officials" is one name.
     */
    private static Party party(String words, boolean nounThenVerb) {
        List<String> named = new ArrayList<>();
        List<String> written = new ArrayList<>();
        // an article or preposition inside the name ("Opponents of the ring road") is shown once a word follows it
        List<String> linking = new ArrayList<>();
        boolean nameEnded = false;
        for (String w : words.strip().split("[\\s'’,]+")) {
            String bare = plain(w);
            if (bare.equals("s") && !written.isEmpty() && !nameEnded) {
                // English's possessive, split off with the apostrophe: "the secretary of state's office"
                written.set(written.size() - 1, written.get(written.size() - 1) + "'s");
                continue;
            }
            if (bare.isEmpty() || OPENING.contains(bare)) {
                if (!bare.isEmpty() && !written.isEmpty()) {
                    linking.add(w);
                }
                continue;
            }
            if (named.isEmpty() && PRONOUNS.contains(bare)) {
                return null;
            }
            if (named.size() >= SOURCE_WORDS) {
                break;
            }
            named.add(bare);
            String shown = w.replaceAll("[^\\p{L}\\p{M}\\d-]", "");
            boolean afterCapital = !written.isEmpty() && Character.isUpperCase(written.get(written.size() - 1).charAt(0));
            nameEnded |= nounThenVerb && afterCapital && Character.isLowerCase(shown.charAt(0));
            if (!nameEnded) {
                written.addAll(linking);
                written.add(shown);
            }
            linking.clear();
        }
        if (named.isEmpty()) {
            return null;
        }
        return new Party(written.stream().map(FigureSources::plain).filter(w -> !OPENING.contains(w))
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)), String.join(" ", written));
    }

    /** A word in lower case without accents, letters, digits and hyphens only ("Polícia": "policia"). */
    private static String plain(String word) {
        return Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^\\p{L}\\d-]", "");
    }
}
