package dev.storybrief.eval.rouge;

import java.util.Arrays;

/**
 * Summary-level ROUGE-L hits for one reference, as ROUGE-1.5.5's {@code lcs}: for each reference unit,
 * a hit mask over its tokens is the union of one LCS path against each peer unit. The path comes from the
 * Perl DP: on a token match go diagonal, otherwise go up when {@code c[i-1][j] >= c[i][j-1]}, else left,
 * traced back from (m, n). Masked positions are then read left to right, and each counts only while the
 * token's remaining count is above 0 in both the reference's and the peer's unigram table; both are then
 * decremented. The reference table carries over between that reference's units.
 *
 * <p>Speed-up that keeps the result exact: reference tokens absent from the peer unit are left out of the
 * DP. Such a row never matches, so each of its cells equals the cell above and the traceback always goes
 * up through it; without the row, the table and the path are the same. (Peer columns are not left out:
 * the tie-break can go up through a column without a match.)
 *
 * <p>Keeps reusable buffers; not thread-safe, one instance per scoring call.
 */
final class UnionLcs {
    private final int[] peerUnitStamp;
    private int stamp;
    private int[] table = new int[1024];
    private boolean[] mask = new boolean[64];
    private int[] rows = new int[64];

    /** Creates the buffers for token ids below {@code vocabularySize}. */
    UnionLcs(int vocabularySize) {
        peerUnitStamp = new int[vocabularySize];
    }

    /**
     * Counts the clipped union-LCS hits of one reference.
     *
     * @param modelCounts the reference's unigram counts by token id; decremented by every hit
     * @param peerCounts  the peer's unigram counts by token id (a fresh copy per reference); decremented too
     */
    int hits(int[][] modelUnits, int[][] peerUnits, int[] modelCounts, int[] peerCounts) {
        int hits = 0;
        for (int[] model : modelUnits) {
            if (model.length == 0) {
                continue;
            }
            if (mask.length < model.length) {
                mask = new boolean[model.length * 2];
                rows = new int[model.length * 2];
            }
            Arrays.fill(mask, 0, model.length, false);
            for (int[] peer : peerUnits) {
                markLcs(model, peer);
            }
            for (int j = 0; j < model.length; j++) {
                int token = model[j];
                if (mask[j] && modelCounts[token] > 0 && peerCounts[token] > 0) {
                    hits++;
                    modelCounts[token]--;
                    peerCounts[token]--;
                }
            }
        }
        return hits;
    }

    /** Marks in {@code mask} the model positions on the Perl LCS path against one peer unit. */
    private void markLcs(int[] model, int[] peer) {
        int m = matchingRows(model, peer);
        int n = peer.length;
        if (m == 0) {
            return;
        }
        int cols = n + 1;
        int cells = (m + 1) * cols;
        if (table.length < cells) {
            table = new int[cells * 2];
        }
        int[] c = table;
        Arrays.fill(c, 0, cols, 0);
        for (int i = 1; i <= m; i++) {
            int row = i * cols;
            int up = row - cols;
            c[row] = 0;
            int token = model[rows[i - 1]];
            for (int j = 1; j <= n; j++) {
                if (token == peer[j - 1]) {
                    c[row + j] = c[up + j - 1] + 1;
                } else {
                    c[row + j] = Math.max(c[up + j], c[row + j - 1]);
                }
            }
        }
        int i = m;
        int j = n;
        while (i > 0 && j > 0) {
            if (model[rows[i - 1]] == peer[j - 1]) {
                i--;
                j--;
                mask[rows[i]] = true;
            } else if (c[(i - 1) * cols + j] >= c[i * cols + j - 1]) {
                i--;
            } else {
                j--;
            }
        }
    }

    /** Fills {@code rows} with the model positions whose token occurs in the peer unit; returns how many. */
    private int matchingRows(int[] model, int[] peer) {
        stamp++;
        for (int token : peer) {
            peerUnitStamp[token] = stamp;
        }
        int m = 0;
        for (int i = 0; i < model.length; i++) {
            if (peerUnitStamp[model[i]] == stamp) {
                rows[m++] = i;
            }
        }
        return m;
    }
}
