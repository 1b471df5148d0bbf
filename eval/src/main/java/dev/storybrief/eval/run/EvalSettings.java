package dev.storybrief.eval.run;

import dev.storybrief.eval.rouge.RougeTokenization;
import java.util.Locale;

/**
 * How a data set is scored: the summary budget, the ROUGE-1.5.5 flags and which figure the table shows.
 *
 * @param dataset    data set name, for the report
 * @param words      summary budget in words, or 0 when {@code bytes} is used
 * @param bytes      summary budget in bytes, or 0 when {@code words} is used
 * @param rougeFlags flags exactly as the Perl scorer would get them
 * @param measure    'R' (recall, the DUC convention) or 'F' (F1, the Multi-News convention)
 * @param seed       seed of the random baseline
 * @param tokenization how the scorer cuts text into tokens ({@link RougeTokenization#ASCII}: ROUGE-1.5.5's own)
 */
public record EvalSettings(String dataset, int words, int bytes, String rougeFlags, char measure, long seed,
                           RougeTokenization tokenization) {

    /** Extra words requested when the scorer cuts the summary itself, as the DUC systems were scored. */
    public static final int OVERFILL_WORDS = 40;
    private static final String COMMON = "-n 2 -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0 -a";

    /**
     * The standard settings of a data set: DUC 2004 at 100 words (-l 100) or 665 bytes (-b 665), stemmed,
     * recall; Multi-News at a fixed 230-word budget (the sample's references average 227 words), stemmed, F1,
     * no length limit in the scorer.
     */
    public static EvalSettings standard(String dataset, Integer words, Integer bytes, long seed) {
        boolean duc = dataset.toLowerCase(Locale.ROOT).contains("duc");
        if (bytes != null) {
            return new EvalSettings(dataset, 0, bytes, "-m -b " + bytes + " " + COMMON, 'R', seed, RougeTokenization.ASCII);
        }
        if (duc) {
            int w = words == null ? 100 : words;
            return new EvalSettings(dataset, w, 0, "-m -l " + w + " " + COMMON, 'R', seed, RougeTokenization.ASCII);
        }
        int w = words == null ? 230 : words;
        return new EvalSettings(dataset, w, 0, "-m " + COMMON, 'F', seed, RougeTokenization.ASCII);
    }

    /**
     * The same settings scored with another tokenization; {@link RougeTokenization#UNICODE} drops stemming
     * ({@code -m}), which is English only.
     */
    public EvalSettings withTokenization(RougeTokenization chosen) {
        String flags = chosen == RougeTokenization.UNICODE ? rougeFlags.replaceFirst("^-m ", "") : rougeFlags;
        return new EvalSettings(dataset, words, bytes, flags, measure, seed, chosen);
    }

    /** True when the scorer truncates summaries to the budget (-l or -b). */
    public boolean scorerTruncates() {
        return rougeFlags.contains("-l ") || rougeFlags.contains("-b ");
    }

    /** The word budget to ask a summarizer for. */
    public int requestWords() {
        if (bytes > 0) {
            return bytes / 5 + OVERFILL_WORDS;
        }
        return scorerTruncates() ? words + OVERFILL_WORDS : words;
    }

    /** The budget in words, as shown in the report. */
    public String budgetLabel() {
        return bytes > 0 ? bytes + " bytes" : words + " words";
    }
}
