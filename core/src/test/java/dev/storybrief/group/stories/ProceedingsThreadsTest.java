package dev.storybrief.group.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProceedingsThreadsTest {
    private static final int COURT = 1;
    private static final int INQUIRY = 2;

    @Test
    void theSamePersonAndKindOfProceedingsMakeAThreadAndAnotherDefendantAnother() {
        List<List<Integer>> threads = ProceedingsThreads.threads(List.of(
                new ProceedingsThreads.Stage(0, "whitlow", COURT, false),
                new ProceedingsThreads.Stage(1, "penrose", COURT, false),
                new ProceedingsThreads.Stage(2, "whitlow", COURT | INQUIRY, false),
                new ProceedingsThreads.Stage(3, "penrose", COURT, false),
                new ProceedingsThreads.Stage(4, "whitlow", COURT, false)));
        assertThat(threads).containsExactly(List.of(0, 2, 4), List.of(1, 3));
    }

    @Test
    void aLookBackAnotherKindOrNoOneNamedMakesNoThread() {
        assertThat(ProceedingsThreads.threads(List.of(
                new ProceedingsThreads.Stage(0, "whitlow", COURT, false),
                new ProceedingsThreads.Stage(1, "whitlow", COURT, true),
                new ProceedingsThreads.Stage(2, "whitlow", INQUIRY, false),
                new ProceedingsThreads.Stage(3, null, COURT, false)))).isEmpty();
    }

    @Test
    void theMostNamedPersonIsTheFirstOnATie() {
        assertThat(ProceedingsThreads.mostNamed(List.of("osei", "whitlow", "whitlow"))).isEqualTo("whitlow");
        assertThat(ProceedingsThreads.mostNamed(List.of("osei", "whitlow"))).isEqualTo("osei");
        assertThat(ProceedingsThreads.mostNamed(List.of())).isNull();
    }

    @Test
    void proceedingsWordsAndLookingBack() {
        assertThat(Proceedings.speaksOf(0, "A jury found him guilty")).isTrue();
        assertThat(Proceedings.speaksOf(2, "A jury found him guilty")).isFalse();
        assertThat(Proceedings.looksBack("Five years on, the town remembers")).isTrue();
    }
}
