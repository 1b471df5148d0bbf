package dev.storybrief.group.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The copies among a handful of texts, by the test that folds copies when stories are listed ({@link NearDuplicates}
 * under the default {@link StoryOptions}): word-shingle signatures alike, or the smaller text contained in the larger
 * (a reprint cut from the bottom, a headline and a line added), each of at least
 * {@link NearDuplicates#MIN_CONTAINED_SHINGLES} shingles (about two sentences). For a briefing of one story, where the same agency
 * text under two outlets' names is one report, not two. As there, a copy is dated within the window of what it copies
 * (an undated text may copy any): the same background paragraphs in reports months apart make no reprint.
 */
public final class WireCopies {
    private WireCopies() {
    }

    /**
     * The texts that copy one another ({@code days}: each text's publication day, or null), as groups of their positions in input order (each group of two or more, its
     * positions ascending; a text that copies none is in no group). A copy of a copy joins its group.
     */
    public static List<List<Integer>> groups(List<String> texts, List<LocalDate> days) {
        StoryOptions options = StoryOptions.defaults();
        NearDuplicates duplicates = new NearDuplicates(options);
        int[] root = new int[texts.size()];
        Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            int[] signature = MinHash.signature(texts.get(i), options.shingleWords());
            // a text of a sentence or two is alike another by its subject alone ("the port director said" with
            // another figure): only texts of some length are copies here, as for cut-down copies
            boolean isLong = MinHash.shingleCount(signature) >= NearDuplicates.MIN_CONTAINED_SHINGLES;
            long day = days.get(i) == null ? ArticleDates.UNDATED : days.get(i).toEpochDay();
            int found = isLong ? duplicates.findCopy(signature, day) : -1;
            int original = found >= 0 && MinHash.shingleCount(duplicates.signature(found))
                    >= NearDuplicates.MIN_CONTAINED_SHINGLES ? found : -1;
            duplicates.add(signature, day);
            root[i] = original < 0 ? i : root[original];
            if (original >= 0) {
                byRoot.computeIfAbsent(root[i], r -> new ArrayList<>(List.of(r))).add(i);
            }
        }
        return List.copyOf(byRoot.values());
    }
}
