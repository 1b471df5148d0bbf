package dev.storybrief.eval.rouge;

/**
 * The ROUGE-1.5.5 options that change per-summary figures.
 *
 * @param stem            {@code -m}: stem tokens longer than 3 characters (WordNet exceptions, then Porter)
 * @param removeStopwords {@code -s}: drop tokens found in the SMART stopword list (matched before stemming)
 * @param wordLimit       {@code -l N}: keep the first N whitespace words of peers and references; 0 or less: none
 * @param byteLimit       {@code -b N}: keep the first N bytes of peers and references; 0 or less: none
 * @param alpha           {@code -p}: F = P*R / ((1-alpha)*P + alpha*R); 0.5 gives the harmonic mean
 * @param skipDistance    {@code -2 N}: at most N words between the two words of a skip-bigram; negative: unlimited
 * @param skipUnigrams    {@code -u}: count unigrams in the skip-bigram figure too (ROUGE-SU instead of ROUGE-S)
 */
public record RougeOptions(boolean stem, boolean removeStopwords, int wordLimit, int byteLimit,
                           double alpha, int skipDistance, boolean skipUnigrams) {

    /** The scorer's default alpha ({@code -p 0.5}). */
    public static final double DEFAULT_ALPHA = 0.5;
    /** The usual skip distance, giving ROUGE-SU4 ({@code -2 4}). */
    public static final int DEFAULT_SKIP_DISTANCE = 4;

    /** Validates like the Perl scorer does. */
    public RougeOptions {
        if (wordLimit > 0 && byteLimit > 0) {
            throw new RougeOptionsException("specify a length limit in words or in bytes, not both");
        }
        if (!(alpha >= 0.0 && alpha <= 1.0)) {
            throw new RougeOptionsException("alpha must be between 0 and 1, got " + alpha);
        }
    }

    /** No stemming, no stopword removal, no length limit, alpha 0.5, SU4 with unigrams. */
    public static RougeOptions defaults() {
        return new RougeOptions(false, false, 0, 0, DEFAULT_ALPHA, DEFAULT_SKIP_DISTANCE, true);
    }

    /** The DUC 2004 word-limited setting: {@code -n 2 -m -l N -2 4 -u -f A -p 0.5}. */
    public static RougeOptions duc2004Words(int wordLimit) {
        return builder().stem(true).wordLimit(wordLimit).build();
    }

    /** The DUC 2004 byte-limited setting: {@code -n 2 -m -b N -2 4 -u -f A -p 0.5}. */
    public static RougeOptions duc2004Bytes(int byteLimit) {
        return builder().stem(true).byteLimit(byteLimit).build();
    }

    /**
     * Reads a ROUGE-1.5.5 flag string such as
     * {@code "-n 2 -m -l 100 -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0 -a"}. Flags that only pick
     * what is printed or how averages are taken are accepted; see {@link RougeFlags#parse}.
     *
     * @throws RougeOptionsException for unknown, malformed or unsupported flags
     */
    public static RougeOptions parse(String perlFlags) {
        return RougeFlags.parse(perlFlags).options();
    }

    /** Returns a builder starting from {@link #defaults()}. */
    public static Builder builder() {
        return new Builder(defaults());
    }

    /** Returns a builder starting from these options. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** True when {@code -l} is in force. */
    public boolean hasWordLimit() {
        return wordLimit > 0;
    }

    /** True when {@code -b} is in force. */
    public boolean hasByteLimit() {
        return byteLimit > 0;
    }

    /** The figure's name as the scorer prints it, e.g. {@code ROUGE-SU4} or {@code ROUGE-S*}. */
    public String skipBigramLabel() {
        String distance = skipDistance >= 0 ? Integer.toString(skipDistance) : "*";
        return (skipUnigrams ? "ROUGE-SU" : "ROUGE-S") + distance;
    }

    /** The flags that reproduce these options with ROUGE-1.5.5 ({@code -n 2 ... -f A -t 0}). */
    public String toPerlFlags() {
        StringBuilder flags = new StringBuilder("-n 2");
        if (stem) {
            flags.append(" -m");
        }
        if (removeStopwords) {
            flags.append(" -s");
        }
        if (hasWordLimit()) {
            flags.append(" -l ").append(wordLimit);
        }
        if (hasByteLimit()) {
            flags.append(" -b ").append(byteLimit);
        }
        flags.append(" -2 ").append(skipDistance);
        if (skipUnigrams) {
            flags.append(" -u");
        }
        flags.append(" -f A -p ").append(alpha).append(" -t 0");
        return flags.toString();
    }

    /** Fluent builder for {@link RougeOptions}. */
    public static final class Builder {
        private boolean stem;
        private boolean removeStopwords;
        private int wordLimit;
        private int byteLimit;
        private double alpha;
        private int skipDistance;
        private boolean skipUnigrams;

        private Builder(RougeOptions start) {
            stem = start.stem;
            removeStopwords = start.removeStopwords;
            wordLimit = start.wordLimit;
            byteLimit = start.byteLimit;
            alpha = start.alpha;
            skipDistance = start.skipDistance;
            skipUnigrams = start.skipUnigrams;
        }

        /** {@code -m}. */
        public Builder stem(boolean value) {
            stem = value;
            return this;
        }

        /** {@code -s}. */
        public Builder removeStopwords(boolean value) {
            removeStopwords = value;
            return this;
        }

        /** {@code -l N}; clears any byte limit. */
        public Builder wordLimit(int words) {
            wordLimit = words;
            byteLimit = 0;
            return this;
        }

        /** {@code -b N}; clears any word limit. */
        public Builder byteLimit(int bytes) {
            byteLimit = bytes;
            wordLimit = 0;
            return this;
        }

        /** {@code -p alpha}. */
        public Builder alpha(double value) {
            alpha = value;
            return this;
        }

        /** {@code -2 N}. */
        public Builder skipDistance(int distance) {
            skipDistance = distance;
            return this;
        }

        /** {@code -u}. */
        public Builder skipUnigrams(boolean value) {
            skipUnigrams = value;
            return this;
        }

        /** Builds and validates the options. */
        public RougeOptions build() {
            return new RougeOptions(stem, removeStopwords, wordLimit, byteLimit, alpha, skipDistance, skipUnigrams);
        }
    }
}
