package dev.storybrief.group.stories;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Grouping compares each text through its own language's terms. */
class SparseVectorLanguageTest {
    @Test
    void aFrenchTextIsCountedWithFrenchStemsAndStopWords() {
        var tf = SparseVector.termFrequencies("Les élections présidentielles ont eu lieu dimanche. L'élection "
                + "présidentielle a été remportée par le candidat sortant après une campagne très disputée.");
        assertThat(tf).doesNotContainKeys("les", "le", "a", "ont");
        assertThat(tf.values()).contains(2);
    }

    @Test
    void anEnglishTextIsCountedAsBefore() {
        var tf = SparseVector.termFrequencies("The bridge was closed on Monday after inspectors found cracks in two "
                + "of its piers, and the city said that repairs to the bridge would take about three months.");
        assertThat(tf).containsEntry("bridg", 2).doesNotContainKeys("the", "said");
    }
}
