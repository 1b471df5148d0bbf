package dev.storybrief.eval.rouge;

import dev.storybrief.util.IntList;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one summary's SEE units the way ROUGE-1.5.5's {@code readText} and {@code readText_LCS} do,
 * including the length limits, which apply to peers and references alike:
 * <ul>
 *   <li>{@code -l N}: whole units are kept while {@code words + unitWords < N}; the unit that reaches N is
 *       cut to its first {@code N - words} whitespace words and reading stops. Both readers agree.</li>
 *   <li>{@code -b N} ({@code readText}): whole units are kept while {@code bytes + unitBytes < N}, not
 *       counting joining spaces; the next unit is cut to {@code N - bytes} bytes (possibly inside a word).</li>
 *   <li>{@code -b N} ({@code readText_LCS}): the Perl never adds to its byte count here, so every unit
 *       shorter than N bytes is kept whole and only the first unit of N bytes or more is cut, to N bytes.</li>
 * </ul>
 */
final class SummaryReader {
    private final RougeOptions options;

    SummaryReader(RougeOptions options) {
        this.options = options;
    }

    SummaryTokens read(List<String> units, TokenIds ids) {
        byte[][] see = seeUnits(units);
        if (options.hasByteLimit()) {
            int[][] lcsUnits = tokenize(see, lcsByteCuts(see, options.byteLimit()), ids);
            int[][] ngramUnits = tokenize(see, ngramByteCuts(see, options.byteLimit()), ids);
            return new SummaryTokens(concat(ngramUnits), lcsUnits);
        }
        int[] cuts = options.hasWordLimit() ? wordCuts(see, options.wordLimit()) : fullLengths(see);
        int[][] lcsUnits = tokenize(see, cuts, ids);
        return new SummaryTokens(concat(lcsUnits), lcsUnits);
    }

    private static byte[][] seeUnits(List<String> units) {
        List<byte[]> read = new ArrayList<>(units.size());
        for (String unit : units) {
            byte[] bytes = RougeTokenizer.seeBytes(unit);
            if (bytes != null) {
                read.add(bytes);
            }
        }
        return read.toArray(new byte[0][]);
    }

    private static int[] fullLengths(byte[][] units) {
        int[] lengths = new int[units.length];
        for (int i = 0; i < units.length; i++) {
            lengths[i] = units[i].length;
        }
        return lengths;
    }

    private static int[] wordCuts(byte[][] units, int limit) {
        IntList cuts = new IntList(units.length);
        int words = 0;
        for (byte[] unit : units) {
            int unitWords = RougeTokenizer.wordCount(unit, unit.length);
            if (words + unitWords < limit) {
                cuts.add(unit.length);
                words += unitWords;
            } else {
                cuts.add(RougeTokenizer.endOfWords(unit, unit.length, limit - words));
                break;
            }
        }
        return cuts.toArray();
    }

    private static int[] ngramByteCuts(byte[][] units, int limit) {
        IntList cuts = new IntList(units.length);
        int bytes = 0;
        for (byte[] unit : units) {
            if (bytes + unit.length < limit) {
                cuts.add(unit.length);
                bytes += unit.length;
            } else {
                cuts.add(limit - bytes);
                break;
            }
        }
        return cuts.toArray();
    }

    private static int[] lcsByteCuts(byte[][] units, int limit) {
        IntList cuts = new IntList(units.length);
        for (byte[] unit : units) {
            if (unit.length < limit) {
                cuts.add(unit.length);
            } else {
                cuts.add(limit);
                break;
            }
        }
        return cuts.toArray();
    }

    private static int[][] tokenize(byte[][] units, int[] cuts, TokenIds ids) {
        int[][] tokens = new int[cuts.length][];
        IntList buffer = new IntList(64);
        for (int i = 0; i < cuts.length; i++) {
            buffer.clear();
            ids.tokenize(units[i], cuts[i], buffer);
            tokens[i] = buffer.toArray();
        }
        return tokens;
    }

    private static int[] concat(int[][] units) {
        int total = 0;
        for (int[] unit : units) {
            total += unit.length;
        }
        int[] all = new int[total];
        int at = 0;
        for (int[] unit : units) {
            System.arraycopy(unit, 0, all, at, unit.length);
            at += unit.length;
        }
        return all;
    }
}
