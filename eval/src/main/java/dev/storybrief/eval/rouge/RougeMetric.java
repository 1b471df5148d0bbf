package dev.storybrief.eval.rouge;

/** The four figures the scorer reports, in the order ROUGE-1.5.5 prints them. */
public enum RougeMetric {
    /** Unigram overlap. */
    ROUGE_1("ROUGE-1"),
    /** Bigram overlap. */
    ROUGE_2("ROUGE-2"),
    /** Summary-level union longest common subsequence. */
    ROUGE_L("ROUGE-L"),
    /** Skip-bigrams (at most {@code skipDistance} words apart) plus unigrams with {@code -u}; ROUGE-SU4 by default. */
    ROUGE_SU4("ROUGE-SU4");

    private final String label;

    RougeMetric(String label) {
        this.label = label;
    }

    /** The name as printed with the default options, e.g. {@code ROUGE-SU4}. */
    public String label() {
        return label;
    }
}
