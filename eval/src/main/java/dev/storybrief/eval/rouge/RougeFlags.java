package dev.storybrief.eval.rouge;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * A ROUGE-1.5.5 command line ({@code -n 2 -m -l 100 -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0 -a}) read the
 * way the Perl scorer's {@code getopts} reads it: switches may be bundled ({@code -ma}) and a value may be
 * attached ({@code -n2}) or be the next word.
 *
 * @param options            the options that change per-summary figures
 * @param maxNgram           {@code -n}: the largest ROUGE-N printed (0 when absent); the scorer here
 *                           always computes ROUGE-1 and ROUGE-2
 * @param computeLcs         false when {@code -x} asks not to print ROUGE-L
 * @param computeSkipBigrams true when {@code -2} was given
 * @param resamples          {@code -r}: bootstrap resamples for the averages (default 1000)
 * @param confidence         {@code -c}: confidence level in percent (default 95)
 */
public record RougeFlags(RougeOptions options, int maxNgram, boolean computeLcs, boolean computeSkipBigrams,
                         int resamples, double confidence) {

    /** Default {@code -r}. */
    public static final int DEFAULT_RESAMPLES = 1000;
    /** Default {@code -c}. */
    public static final double DEFAULT_CONFIDENCE = 95.0;

    private static final String SWITCHES = "ahHdmMsuUvx";
    private static final String VALUED = "bcefl" + "npt" + "r23wz";

    /**
     * Parses a flag string.
     *
     * @throws RougeOptionsException for an unknown flag, a missing or malformed value, a positional
     *                               argument, or a flag whose behaviour is not implemented here
     *                               ({@code -f B}, {@code -t 1}, {@code -t 2}, {@code -w}, {@code -3},
     *                               {@code -U}, {@code -M}, {@code -z}, {@code -h}, {@code -H})
     */
    public static RougeFlags parse(String perlFlags) {
        if (perlFlags == null) {
            throw new RougeOptionsException("flag string is null");
        }
        Deque<String> words = new ArrayDeque<>(Arrays.asList(perlFlags.trim().split("\\s+")));
        words.remove("");
        State state = new State();
        while (!words.isEmpty()) {
            String word = words.pop();
            if (!word.startsWith("-") || word.length() < 2) {
                throw new RougeOptionsException("unexpected argument '" + word + "' (only flags are accepted)");
            }
            char flag = word.charAt(1);
            String rest = word.substring(2);
            if (VALUED.indexOf(flag) >= 0) {
                String value = rest.isEmpty() ? nextValue(words, flag) : rest;
                state.applyValue(flag, value);
            } else if (SWITCHES.indexOf(flag) >= 0) {
                state.applySwitch(flag);
                if (!rest.isEmpty()) {
                    words.push("-" + rest);
                }
            } else {
                throw new RougeOptionsException("unknown flag -" + flag);
            }
        }
        return state.build();
    }

    private static String nextValue(Deque<String> words, char flag) {
        if (words.isEmpty()) {
            throw new RougeOptionsException("flag -" + flag + " needs a value");
        }
        return words.pop();
    }

    /** Collects flag values while parsing. */
    private static final class State {
        private final RougeOptions.Builder options = RougeOptions.builder().skipUnigrams(false);
        private int wordLimit;
        private int byteLimit;
        private int maxNgram;
        private boolean computeLcs = true;
        private boolean skipGiven;
        private int resamples = DEFAULT_RESAMPLES;
        private double confidence = DEFAULT_CONFIDENCE;

        void applySwitch(char flag) {
            switch (flag) {
                case 'a', 'd', 'v' -> { } // print selection and verbosity only
                case 'm' -> options.stem(true);
                case 's' -> options.removeStopwords(true);
                case 'u' -> options.skipUnigrams(true);
                case 'x' -> computeLcs = false;
                case 'U' -> throw unsupported("-U (ROUGE-S and ROUGE-SU together)");
                case 'M' -> throw unsupported("-M (stem models only)");
                default -> throw unsupported("-" + flag + " (usage text)");
            }
        }

        void applyValue(char flag, String value) {
            switch (flag) {
                case 'b' -> byteLimit = nonNegativeInt(flag, value);
                case 'l' -> wordLimit = nonNegativeInt(flag, value);
                case 'c' -> confidence = percent(value);
                case 'e' -> { } // data directory: given to RougeResources instead
                case 'f' -> requireModelAverage(value);
                case 'n' -> maxNgram = positiveInt(flag, value);
                case 'p' -> options.alpha(number(flag, value));
                case 't' -> requireSentenceAverage(value);
                case 'r' -> resamples = positiveInt(flag, value);
                case '2' -> {
                    options.skipDistance(integer(flag, value));
                    skipGiven = true;
                }
                case 'w' -> throw unsupported("-w (ROUGE-W)");
                case '3' -> throw unsupported("-3 (Basic Elements)");
                default -> throw unsupported("-z (file-list input)");
            }
        }

        RougeFlags build() {
            if (wordLimit > 0 && byteLimit > 0) {
                throw new RougeOptionsException("specify -l or -b, not both");
            }
            if (wordLimit > 0) {
                options.wordLimit(wordLimit);
            } else if (byteLimit > 0) {
                options.byteLimit(byteLimit);
            }
            return new RougeFlags(options.build(), maxNgram, computeLcs, skipGiven, resamples, confidence);
        }

        private static void requireModelAverage(String value) {
            if (value.equals("B")) {
                throw unsupported("-f B (best single reference)");
            }
            if (!value.equals("A")) {
                throw new RougeOptionsException("-f must be A, got '" + value + "'");
            }
        }

        private static void requireSentenceAverage(String value) {
            double mode = number('t', value);
            if (mode == 1.0 || mode == 2.0) {
                throw unsupported("-t " + value + " (token-level averaging)");
            }
        }

        private static double percent(String value) {
            double c = number('c', value);
            if (c < 0 || c > 100) {
                throw new RougeOptionsException("-c must be between 0 and 100, got " + value);
            }
            return c;
        }

        private static int positiveInt(char flag, String value) {
            int parsed = integer(flag, value);
            if (parsed < 1) {
                throw new RougeOptionsException("-" + flag + " must be at least 1, got " + value);
            }
            return parsed;
        }

        private static int nonNegativeInt(char flag, String value) {
            int parsed = integer(flag, value);
            if (parsed < 0) {
                throw new RougeOptionsException("-" + flag + " must not be negative, got " + value);
            }
            return parsed;
        }

        private static int integer(char flag, String value) {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new RougeOptionsException("-" + flag + " needs an integer, got '" + value + "'");
            }
        }

        private static double number(char flag, String value) {
            try {
                return Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new RougeOptionsException("-" + flag + " needs a number, got '" + value + "'");
            }
        }

        private static RougeOptionsException unsupported(String what) {
            return new RougeOptionsException("flag " + what + " is not supported by this scorer");
        }
    }
}
