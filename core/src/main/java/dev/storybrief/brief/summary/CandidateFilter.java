package dev.storybrief.brief.summary;

import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.SentenceMarks;
import java.util.regex.Pattern;

/**
 * Decides which sentences can stand alone in a summary: no headings, questions, fragments of a quote that spans
 * sentences, sentences that start mid-thought, list items, interview turns, signposts to what follows, photo
 * captions, profile lines (a name, an age, a place), lines that trail off, or ones too
 * short or too long to carry one fact.
 */
public final class CandidateFilter {
    /**
     * A sentence that opens in lower case, with a closing mark, ellipsis or conjunction, or with a comma or semicolon
     * (Latin or Arabic: a line broken off its sentence, "، وقد أغلقت الشرطة الجسر."; in a script without case nothing else
     * shows it).
     */
    private static final Pattern STARTS_MID_THOUGHT = Pattern.compile("^(?:[\\p{Ll}’…,،;؛]|”(?![^”]*”)|\\.\\.\\.|and |or |but so )");
    /** A sentence that is nothing but a quotation: the speaker is named elsewhere. */
    private static final Pattern WHOLLY_QUOTED = Pattern.compile("^(?:[\"“][^\"“”]*[\"”]|``(?:(?!``|'').)*''|「[^「」]*」)$");
    /**
     * A line without a full stop is a headline, caption or list item, not a statement ("X on the Right to Bear Arms");
     * in scripts that write no sentence-final mark (Thai, Lao) {@link SentenceMarks#endsProse} decides instead.
     */
    private static final Pattern ENDS_LIKE_A_SENTENCE = Pattern.compile("[" + SentenceMarks.STATEMENT_ENDS + "]["
            + SentenceMarks.CLOSERS + "]*$");
    private static final Pattern QUESTION = Pattern.compile("[" + SentenceMarks.QUESTION_ENDS + "]["
            + SentenceMarks.CLOSERS + "]*$");
    /**
     * A list item ("- Eastgate schools opened late."): it reads as one point of the list a signpost opened, and
     * rendered as a list again it is a bullet in a bullet.
     */
    private static final Pattern LIST_ITEM = Pattern.compile("^[-–—•*·▪►]\\s");
    /** An interview's turn, "Q: How did it start?" or "A: We believe ...": the speaker is named elsewhere. */
    private static final Pattern INTERVIEW_TURN = Pattern.compile("^(?:Q|A|P|R|F|В|О|س|ج)\\s?[:.]\\s");
    /**
     * A signpost to what follows ("Here are the key figures from the fire service."), which says nothing itself: in
     * the languages whose news writes them this way.
     */
    private static final Pattern SIGNPOST = Pattern.compile("^(?:Here(?:'s| is| are)|These are the|Below(?: are|,)"
            + "|The following|Voici|Voilà|Hier (?:sind|ist|die|das|einige)|(?:Estas|Estos) son|Esto es lo que|Ecco"
            + "|(?:Estes|Estas) são|Veja)\\b");
    /**
     * A photo's caption run into the text ("In this undated photo released by the navy, ..." , "In this Jan. 3, 2019
     * file photo, ...", "This image provided by the police shows ...", "Pictured: ..."): it tells what a picture the
     * briefing does not show holds, not what happened. Wire captions open this way in English, and the sites that copy
     * wire copy keep them inline.
     */
    private static final Pattern PHOTO_CAPTION = Pattern.compile("^(?:(?:In )?(?:this|these) "
            + "(?:[\\w.,'’-]+ ){0,5}?" + "(?:photo|image|picture|photograph|handout|screen ?(?:shot|grab)|video still"
            + "|frame grab)s?(?:,| (?:released|provided|taken|made available|obtained|posted|shared|supplied|shows?"
            + "|courtesy|from|by)\\b)|Pictured\\b|(?:Photo|Image|Picture)(?: credit)?:)", Pattern.CASE_INSENSITIVE);
    /**
     * A quotation followed by nothing but a bare speaker tag: "``Every year it gets worse,'' Ngongi said.", "“It is
     * over,” he said.", "« C'est fini », a-t-il dit.". The tag is at most {@link #BARE_TAG_WORDS} words with at most one
     * capitalised word (a pronoun or a surname whose full name and role the article gave earlier), so the line leans on
     * sentences the summary does not hold: the reader meets someone's words without the event or who the speaker is.
     * Who said what shows the quotation with its speaker named in full; a tag that names and places its speaker
     * ("commander Robert Cabana announced as the two pieces met") keeps the sentence.
     */
    private static final Pattern QUOTE_THEN_TAG = Pattern.compile("^(?<quote>“[^“”]+”|\"[^\"]+\"|``(?:(?!``|'').)+''"
            + "|«[^«»]+»|„[^„“”]+[“”\"]|”[^”]+”)\\s*,?\\s*(?<tag>[^“”\"«»„`]+)$");
    /** Words a bare speaker tag holds at most: "Ngongi said.", "said the spokesman.", "a-t-il ajouté." */
    private static final int BARE_TAG_WORDS = 3;
    /**
     * Words a quotation before a bare tag holds at most to be a reaction ("It gets worse every year"), not a statement:
     * a longer quotation tells the fact in the speaker's words ("We will close the depot on Monday and move 300 jobs
     * to Kelby"), which the summary keeps (measured on the Multi-News sample: without this bound it lost 0.24
     * ROUGE-2, with 12 words 0.05, with 8 none).
     */
    private static final int REACTION_WORDS = 8;
    /**
     * A sentence that opens by talking to its reader ("Hey, while we're still at the funny stage, ...", "So, here is
     * the thing.", "Well, that escalated."): a blog's or a column's aside, which a report does not write and which a
     * summary of reports would pass off as one. Only these interjections set off by a comma; "So far," and "Now,"
     * open news sentences.
     */
    private static final Pattern CHATTY_OPENER = Pattern.compile("^(?:Hey|Well|So|Look|Okay|OK|Oh|Wow|Yes|Alas|Ah"
            + "|Hmm+|Folks|Guys|Listen|Yep|Yeah|Nope|Sure|Anyway|Anyhoo)\\s*[,!]\\s");
    /**
     * A line that trails off ("... died last week during his first week of basic training..."): a teaser whose rest
     * is behind a link, or a cut the page made; its fact is not told whole.
     */
    private static final Pattern TRAILS_OFF = Pattern.compile("(?:\\.\\.\\.|…)[" + SentenceMarks.CLOSERS + "]*$");
    /**
     * One entry of a roll of names with a number each ("Brandt 7", "Ade Okoro 8", "and Kane 6."): a match report's
     * player ratings, a line-up with shirt numbers, a results table or a standings line. Such a roll is a table set as
     * a line, not a statement; a sentence reads "Ferris, who scored twice, was rated 9".
     */
    private static final Pattern ROLL_ENTRY = Pattern.compile("^\\s*(?:and\\s+)?\\p{Lu}[\\p{L}'’.-]*"
            + "(?:\\s\\p{Lu}[\\p{L}'’.-]*){0,2}\\s\\(?\\d{1,3}(?:[.,]\\d{1,2})?\\)?[.!]?\\s*$");
    /** Entries a roll needs: three names and figures can still be a sentence's list ("Ferris 2, Okoro 1"). */
    private static final int ROLL_ENTRIES = 4;
    /**
     * Letters a word of the length bound is worth when a sentence has fewer words than the bound: a language that
     * writes its cases, postpositions and endings into the word (Finnish, Hungarian, Turkish, Tamil, Korean) tells
     * in five words what English tells in ten, so "Neuvottelut jatkuvat torstaina valtakunnansovittelijan johdolla."
     * carries a fact. Six letters a word is the long end of English prose (about five on average), so a short English
     * sentence is still measured by its words.
     */
    private static final int LETTERS_PER_WORD = 6;
    /**
     * Languages whose news writes no article and puts in case endings what English writes as prepositions: the Slavic
     * languages but Bulgarian and Macedonian, the Baltic and Finnic ones, and the Turkic ones. "Строительство начнётся
     * весной 2027 года." and "Okullar pazartesi günü kapalı olacak." tell in five words what English tells in seven
     * ("The schools will be closed on Monday."), so a sentence of one word under the bound carries a fact there.
     */
    private static final java.util.Set<String> NO_ARTICLES = java.util.Set.of("ru", "uk", "be", "pl", "cs", "sk",
            "sl", "hr", "sr", "bs", "lt", "lv", "et", "fi", "tr", "az", "kk", "uz", "ky");
    private final int minWords;
    private final int maxWords;

    /** The default filter: 6 to 60 words. */
    public CandidateFilter() {
        this(6, 60);
    }

    /** A filter with its own length bounds, in words. */
    public CandidateFilter(int minWords, int maxWords) {
        this.minWords = minWords;
        this.maxWords = maxWords;
    }

    /** True when the sentence may be used. */
    public boolean accepts(AnalyzedArticle article, Sentence sentence) {
        String text = sentence.text();
        int words = sentence.words();
        return longEnough(text, words, article.language()) && words <= maxWords
                && !article.headings().contains(sentence.paragraph())
                && !sentence.inQuote()
                && !WHOLLY_QUOTED.matcher(text).matches()
                && (ENDS_LIKE_A_SENTENCE.matcher(text).find() || SentenceMarks.endsProse(text))
                && !QUESTION.matcher(text).find()
                && !STARTS_MID_THOUGHT.matcher(text).find()
                && !LIST_ITEM.matcher(text).find()
                && !INTERVIEW_TURN.matcher(text).find()
                && !SIGNPOST.matcher(text).find()
                && !isPhotoCaption(text)
                && !ProfileLines.isProfile(text)
                && !TRAILS_OFF.matcher(text).find()
                && !quotedWithBareTag(text)
                && !CHATTY_OPENER.matcher(text).find()
                && !isRoll(text)
                && quotesBalanced(text);
    }

    /**
     * True for a short quotation ({@link #REACTION_WORDS}) followed only by a bare speaker tag ({@link #QUOTE_THEN_TAG}):
     * few words, at most one of them capitalised.
     */
    static boolean quotedWithBareTag(String text) {
        java.util.regex.Matcher m = QUOTE_THEN_TAG.matcher(text.strip());
        if (!m.matches()) {
            return false;
        }
        String[] words = m.group("tag").strip().split("\\s+");
        long capitalised = java.util.Arrays.stream(words).filter(w -> !w.isEmpty()
                && Character.isUpperCase(w.codePointAt(0))).count();
        return words.length <= BARE_TAG_WORDS && capitalised <= 1
                && m.group("quote").strip().split("\\s+").length <= REACTION_WORDS;
    }

    /** True when the text opens as a photo's caption ({@link #PHOTO_CAPTION}). */
    static boolean isPhotoCaption(String text) {
        return PHOTO_CAPTION.matcher(text).find();
    }

    /**
     * True when the sentence has the bound's words (one fewer in a language without articles, {@link #NO_ARTICLES}), or
     * as many letters as the bound's words of long words ({@link #LETTERS_PER_WORD}): the measure of a language whose
     * words carry what other languages write as words of their own.
     */
    private boolean longEnough(String text, int words, String language) {
        int least = language != null && NO_ARTICLES.contains(language) ? minWords - 1 : minWords;
        return words >= least || words > 1 && letters(text) >= minWords * LETTERS_PER_WORD;
    }

    /**
     * The letters of a text as its sounds are written: a Hangul syllable decomposes (NFD) into the two or three
     * letters (jamo) it is built of, and a vowel sign of an Indic script is a letter of its own, so a Korean or Tamil
     * word counts as long as it is said, as a Latin one does. Digits, spaces and punctuation are no letters.
     */
    static int letters(String text) {
        String sounds = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
        int letters = 0;
        for (int i = 0; i < sounds.length(); ) {
            int cp = sounds.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            boolean accent = type == Character.NON_SPACING_MARK && cp >= 0x0300 && cp < 0x0370;
            if (Character.isLetter(cp) || !accent && (type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK)) {
                letters++;
            }
        }
        return letters;
    }

    /**
     * True for a roll of names with a number each ({@link #ROLL_ENTRY}), after an optional label ("Player ratings:",
     * "Kelby:"): at least {@link #ROLL_ENTRIES} parts between commas or semicolons, and all but one of them entries.
     */
    static boolean isRoll(String text) {
        int colon = text.indexOf(':');
        String list = colon >= 0 && colon < 40 ? text.substring(colon + 1) : text;
        String[] parts = list.split("[,;]");
        if (parts.length < ROLL_ENTRIES) {
            return false;
        }
        int entries = 0;
        for (String part : parts) {
            entries += ROLL_ENTRY.matcher(part).matches() ? 1 : 0;
        }
        return entries >= ROLL_ENTRIES && entries >= parts.length - 1;
    }

    /**
     * Curly, corner (Japanese 「」『』) and {@code `` ''} quotes pair up and straight double quotes come in twos. A low
     * opening mark („, Czech, German, Polish, Dutch) is closed by a high one (“ or ”) or, typed on a keyboard, by a
     * straight one: those closers are not counted again. A high closing mark with no quotation open opens one, as in
     * Finnish and Swedish (”Lakko maksaa”, sanoo ...), and pairs with the next.
     */
    static boolean quotesBalanced(String text) {
        int open = 0;
        int close = 0;
        int straight = 0;
        int low = 0;
        int same = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '„') {
                low++;
            } else if (low > 0 && (c == '“' || c == '”' || c == '"')) {
                low--;
            } else if (c == '“' || c == '「' || c == '『' || text.startsWith("``", i)) {
                open++;
                i += c == '`' ? 1 : 0;
            } else if (c == '”' && open == close) {
                // Finnish and Swedish open a quotation with the mark that closes it: ”...”, paired like straight ones
                same++;
            } else if (c == '”' || c == '」' || c == '』' || text.startsWith("''", i)) {
                close++;
                i += c == '\'' ? 1 : 0;
            } else if (c == '"') {
                straight++;
            }
        }
        return open == close && straight % 2 == 0 && same % 2 == 0 && low == 0;
    }
}
