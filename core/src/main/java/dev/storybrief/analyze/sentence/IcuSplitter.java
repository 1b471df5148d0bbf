package dev.storybrief.analyze.sentence;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * Sentences by ICU's rule-based sentence breaks (Unicode UAX #29, ICU4J), for any language and script: they know
 * the full stops of other scripts ("。", "؟", "।"). A break after an abbreviation CLDR lists for the language is
 * joined ({@link CldrAbbreviations}: whole words only, where ICU's own {@code @ss=standard} filter also matches the
 * end of a longer word); {@link SentenceRepairs} then joins the breaks that remain wrong.
 */
final class IcuSplitter implements ParagraphSplitter {
    /**
     * Characters before a break that the abbreviation and title checks read: far more than the longest abbreviation
     * CLDR lists or a short title, so what they find is what the whole text before the break would give.
     */
    static final int LOOK_BACK = 100;
    private final BreakIterator prototype;
    private final CldrAbbreviations abbreviations;
    private final String language;

    IcuSplitter(String language) {
        this.language = language;
        this.prototype = BreakIterator.getSentenceInstance(new ULocale(language));
        this.abbreviations = CldrAbbreviations.of(language);
    }

    @Override
    public List<Span> spans(String paragraph) {
        BreakIterator breaks = (BreakIterator) prototype.clone();
        breaks.setText(paragraph);
        List<Span> raw = new ArrayList<>();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(paragraph.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(paragraph.charAt(e - 1))) {
                e--;
            }
            if (e <= s) {
                continue;
            }
            Span last = raw.isEmpty() ? null : raw.get(raw.size() - 1);
            // the checks read the last word before the break; the whole text before it would make a page of many
            // short pieces cost the square of its length
            String before = last == null ? "" : paragraph.substring(Math.max(0, last.getEnd() - LOOK_BACK),
                    last.getEnd());
            if (last != null && (abbreviations.endsWithOne(before)
                    || SentenceRepairs.thaiAbbreviation(paragraph, last.getEnd())
                    || abbreviations.isEmpty() && SentenceRepairs.titleBeforeName(before, paragraph.substring(s, e)))) {
                raw.set(raw.size() - 1, new Span(last.getStart(), e));
            } else {
                raw.add(new Span(s, e));
            }
        }
        return SentenceRepairs.join(paragraph, raw, language);
    }
}
