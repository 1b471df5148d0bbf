package dev.storybrief.analyze.quote;

/**
 * Where one quotation sits: it opens in sentence {@code startSentence} with a mark at {@code openAt} (content from
 * {@code contentStart}) and closes in sentence {@code endSentence}, content ending at {@code contentEnd} and the
 * closing mark ending at {@code closeEnd}. An unclosed quote ends at the end of its last sentence.
 */
record QuoteMarks(int startSentence, int openAt, int contentStart, int endSentence, int contentEnd, int closeEnd) {

    /** True when {@code offset} of sentence {@code sentence} lies inside the quote marks. */
    boolean covers(int sentence, int offset) {
        boolean afterOpen = sentence > startSentence || sentence == startSentence && offset >= openAt;
        boolean beforeClose = sentence < endSentence || sentence == endSentence && offset < closeEnd;
        return afterOpen && beforeClose;
    }
}
