package dev.storybrief.brief.summary;

import dev.storybrief.model.Sentence;
import dev.storybrief.model.vector.SentenceIndex;
import java.util.ArrayList;
import java.util.List;

/** The step of the summary that leaves out a quote its reader would credit to the wrong person. */
final class SpeakersReadRight {
    private SpeakersReadRight() {
    }

    /**
     * The chosen sentences, as read, without a quote credited by a bare surname or a pronoun that the sentence read
     * before it would give to someone else ({@link QuoteSpeakerBinding}): "“We have nothing to hide,” Achebe said."
     * after a sentence about Ruth Achebe, when Simon Achebe said it. The words freed are filled again, as
     * {@link SummaryFill#filled} fills them, with none of the sentences left out, and put in the summary's order
     * ({@code order}: the reading order with its opening's steps, or none for a summary ranked by importance).
     */
    static List<SummaryCandidate> withSpeakersReadRight(List<SummaryCandidate> chosen, List<SummaryCandidate> ranked, SentenceIndex index,
                                               int budget,
                                                        java.util.function.UnaryOperator<List<SummaryCandidate>> order) {
        java.util.Set<Sentence> left = new java.util.HashSet<>();
        List<SummaryCandidate> result = chosen;
        // a sentence filled in can itself be misread where it lands: look again, a few times at most
        for (int round = 0; round < 3; round++) {
            List<SummaryCandidate> kept = new ArrayList<>();
            SummaryCandidate before = null;
            for (SummaryCandidate s : result) {
                if (QuoteSpeakerBinding.misread(s.article(), s.sentence(), s.text(), before == null ? null : before.article(),
                        before == null ? null : before.sentence(), before == null ? null : before.text())) {
                    left.add(s.sentence());
                    continue;
                }
                kept.add(s);
                before = s;
            }
            if (kept.size() == result.size()) {
                return result;
            }
            List<SummaryCandidate> open = ranked.stream().filter(s -> !left.contains(s.sentence())).toList();
            result = order.apply(SummaryFill.filled(kept, open, index, budget));
        }
        return result;
    }
}
