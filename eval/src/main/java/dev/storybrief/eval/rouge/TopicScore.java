package dev.storybrief.eval.rouge;

import java.util.Objects;

/**
 * One peer's result on one evaluation topic, the unit the system averages are taken over.
 *
 * @param evalId the topic (evaluation) ID, e.g. {@code d30001}
 * @param peerId the system (peer) ID, e.g. {@code Lead}
 * @param result the peer's figures on that topic
 */
public record TopicScore(String evalId, String peerId, RougeResult result) {

    /** Rejects null parts. */
    public TopicScore {
        Objects.requireNonNull(evalId, "evalId");
        Objects.requireNonNull(peerId, "peerId");
        Objects.requireNonNull(result, "result");
    }

    /** The key the Perl scorer sorts topics by: {@code "<evalID>.<peerID>"}. */
    public String testId() {
        return evalId + "." + peerId;
    }
}
