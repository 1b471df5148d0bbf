package dev.storybrief.analyze;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits a paragraph into sentences with Apache OpenNLP's English model, then repairs the model's known misses in
 * news text: it ends sentences after titles ("Col.", "Secy."), month abbreviations before a day ("Oct. 31"),
 * initials and "U.S." inside a sentence, it misses sentence ends after a closing {@code ''} (wire copy's quotes),
 * and it can leave a closing quote at the start of the next sentence; a quotation of several sentences is kept with
 * the attribution that closes it ({@link dev.storybrief.analyze.sentence.QuotedSpeech}).
 * Thread-safe: each thread gets its own detector over one shared model.
 */
public final class SentenceSplitter {
    private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final SentenceModel SHARED_MODEL = load();

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "capt", "cmdr",
            "maj", "sgt", "adm", "gov", "sen", "rep", "rev", "secy", "sec", "st", "pres", "amb", "supt", "insp", "fr",
            "lt.-gen", "lt.-col", "brig", "cpl", "pvt", "atty", "hon", "msgr", "mt", "ft");
    /** Titles that are never the end of a name themselves, unlike "Sen" in "Hun Sen" or "St" in "Main St". */
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr", "prof", "rev", "msgr", "hon", "fr");
    private static final Set<String> MONTHS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "tomorrow", "yesterday");
    private static final Pattern MONTH_NAMES = Pattern.compile("jan(?:uary)?|feb(?:ruary)?|march|mar|apr(?:il)?|may"
            + "|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?");
    /** "Eastern time", "Pacific Standard Time", "Tokyo time", "local time": a zone named in words. */
    private static final Pattern TIME_ZONE_WORD = Pattern.compile(
            "^[\"'“‘(\\[]*\\p{Lu}\\p{L}*(?:\\s+(?:Standard|Daylight|Summer))?\\s+(?:[Tt]ime|Zeit)\\b");
    private static final Set<String> INNER = Set.of("u.s", "u.n", "u.k", "e.u", "a.m", "p.m", "no", "vs", "etc", "inc",
            "corp", "co", "ltd", "jr", "sr", "approx", "dept", "est", "fig", "univ", "assn", "bros", "d.c", "l.a", "n.y");
    private static final Set<String> SENTENCE_STARTERS = Set.of("the", "a", "an", "it", "he", "she", "they", "we", "i",
            "but", "and", "in", "this", "that", "there", "on", "at", "for", "his", "her", "their", "its", "as", "if",
            "when", "while", "after", "before", "officials", "some", "many", "one", "no", "yet", "so");
    private static final Pattern LAST_TOKEN = Pattern.compile("(\\S+)\\.$");
    /** Characters read on each side of a seam between two spans: more than any abbreviation or first word needs. */
    private static final int SEAM_CHARS = 64;
    private static final Pattern FIRST_WORD = Pattern.compile("^[\"'“‘(\\[]*(\\S+)");

    private final ThreadLocal<SentenceDetectorME> detector =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(SHARED_MODEL));

    private static SentenceModel load() {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP sentence model " + MODEL + " is not on the class path");
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP sentence model", e);
        }
    }

    /** The sentence spans of a paragraph, as offsets into it. */
    public List<Span> spans(String paragraph) {
        List<Span> raw = List.of(detector.get().sentPosDetect(paragraph));
        return repair(paragraph, raw);
    }

    /** The sentences of a paragraph, as text. */
    public List<String> split(String paragraph) {
        List<String> out = new ArrayList<>();
        for (Span span : spans(paragraph)) {
            out.add(paragraph.substring(span.getStart(), span.getEnd()));
        }
        return out;
    }

    /** The sentences as the bare model splits them, for measuring what the repairs fix. */
    public List<String> splitUnrepaired(String paragraph) {
        List<String> out = new ArrayList<>();
        for (Span span : detector.get().sentPosDetect(paragraph)) {
            out.add(paragraph.substring(span.getStart(), span.getEnd()));
        }
        return out;
    }

    /** An abbreviation that ends a sentence when a typical sentence opener follows it. */
    private static final Pattern MISSED_END = Pattern.compile("\\b[ap]\\.m\\.(?=\\s+\\p{Lu})"
            + "|\\b(?:U\\.S|U\\.N|U\\.K|E\\.U|D\\.C|Inc|Corp|Ltd|etc)\\."
            + "(?=\\s+(?:The|A|An|It|He|She|They|We|I|But|And|In|This|That|There|His|Her|Their|Its|As|If|When|While"
            + "|After|Before|Officials|Some|Many|No|Yet|So)\\s)"
            // wire copy closes quotes the PTB way, ``like this.'' and the model does not end a sentence there
            + "|[.!?]''(?=\\s+(?:``|[\"“]|\\p{Lu}))"
            // two sentences glued where a page lost the space between them ("last year.Since then, they've ..."): a
            // word of lower-case letters, its full stop, and a capitalised word; not a domain ("Amazon.Com Inc.")
            + "|(?<=\\p{Ll}{3}[.!?])(?=\\p{Lu}\\p{Ll}+[\\s,])(?!(?:Com|Net|Org|Gov|Edu)\\b)");

    private static List<Span> repair(String text, List<Span> raw) {
        List<Span> out = new ArrayList<>();
        for (Span span : splitMissedEnds(text, raw)) {
            Span current = moveLeadingCloser(text, out, span);
            if (current == null) {
                continue;
            }
            if (!out.isEmpty() && shouldJoin(text, out.get(out.size() - 1), current)) {
                Span previous = out.remove(out.size() - 1);
                out.add(new Span(previous.getStart(), current.getEnd()));
            } else {
                out.add(current);
            }
        }
        // "It is heartbreaking. This library has stood for 140 years," said ...: one sentence with its speaker
        return dev.storybrief.analyze.sentence.QuotedSpeech.join(text, out);
    }

    private static List<Span> splitMissedEnds(String text, List<Span> raw) {
        List<Span> out = new ArrayList<>();
        for (Span span : raw) {
            int start = span.getStart();
            Matcher m = MISSED_END.matcher(text).region(span.getStart(), span.getEnd());
            while (m.find()) {
                out.add(new Span(start, m.end()));
                start = m.end();
                while (start < span.getEnd() && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
            }
            out.add(new Span(start, span.getEnd()));
        }
        return out;
    }

    /** A sentence that starts with a lone closing quote gives that quote back to the sentence before it. */
    private static Span moveLeadingCloser(String text, List<Span> out, Span span) {
        String s = text.substring(span.getStart(), span.getEnd());
        if (out.isEmpty() || !(s.startsWith("”") || s.startsWith("’") || s.startsWith("\" ") || s.equals("\""))) {
            return span;
        }
        Span previous = out.remove(out.size() - 1);
        out.add(new Span(previous.getStart(), span.getStart() + 1));
        int start = span.getStart() + 1;
        while (start < span.getEnd() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return start >= span.getEnd() ? null : new Span(start, span.getEnd());
    }

    private static boolean shouldJoin(String text, Span previous, Span next) {
        // Only the words at the seam decide, so only they are read: a span of a page's noise can be a megabyte
        // without a space, and reading whole spans made every join cost the length of all joined so far.
        String before = text.substring(Math.max(previous.getStart(), previous.getEnd() - SEAM_CHARS), previous.getEnd());
        String after = text.substring(next.getStart(), Math.min(next.getEnd(), next.getStart() + SEAM_CHARS));
        Matcher first = FIRST_WORD.matcher(after);
        String nextWord = first.find() ? first.group(1) : "";
        if (nextWord.isEmpty()) {
            return false;
        }
        char initial = nextWord.charAt(0);
        if (Character.isLowerCase(initial)) {
            return true;
        }
        Matcher last = LAST_TOKEN.matcher(before);
        if (!last.find()) {
            return false;
        }
        String abbreviation = last.group(1).replaceAll("^[\"'“‘(\\[]+", "").toLowerCase(Locale.ROOT);
        if (TITLES.contains(abbreviation)) {
            // a title comes before a name, never before "A" or "The": "an attempt on Hun Sen. A police general ...";
            // an honorific always does, even before a name spelt like a sentence opener ("Ms. He said")
            String word = nextWord.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
            boolean nameInitial = nextWord.matches("\\p{Lu}\\..*");
            return HONORIFICS.contains(abbreviation) || nameInitial || !SENTENCE_STARTERS.contains(word);
        }
        if (MONTHS.contains(abbreviation)) {
            return Character.isDigit(initial);
        }
        if (abbreviation.length() == 1 && Character.isLetter(abbreviation.charAt(0))) {
            return Character.isUpperCase(last.group(1).charAt(last.group(1).length() - 1));
        }
        if (abbreviation.equals("a.m") || abbreviation.equals("p.m")) {
            return Character.isDigit(initial) || saysWhichDayOrZone(nextWord, after);
        }
        if (INNER.contains(abbreviation)) {
            String word = nextWord.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
            return Character.isDigit(initial) || !SENTENCE_STARTERS.contains(word);
        }
        return false;
    }

    /**
     * After a time of day ("by 9 a.m."), a capitalised word opens the next sentence unless it says which day or time
     * zone the time is in: "9 a.m. Monday", "4 p.m. Oct. 3", "noon EST", "9 a.m. Eastern time", "8 p.m. GMT". A
     * closed list of sentence openers, as for "U.S.", misses most openers ("Residents", "Workers", "Police").
     */
    private static boolean saysWhichDayOrZone(String nextWord, String after) {
        String word = nextWord.replaceAll("[^\\p{L}]", "");
        String lower = word.toLowerCase(Locale.ROOT);
        boolean zone = word.length() >= 2 && word.length() <= 5 && word.equals(word.toUpperCase(Locale.ROOT));
        return zone || WEEKDAYS.contains(lower) || MONTH_NAMES.matcher(lower).matches()
                || TIME_ZONE_WORD.matcher(after).lookingAt();
    }
}
