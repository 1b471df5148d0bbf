package dev.storybrief.analyze.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.QuantitySpan;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A figure's thousands groups are read by a repeated group ("1,200,000"), which java.util.regex would run by recursion,
 * one frame per group, unless the group is possessive: a page's run of 20,000 comma groups (a table flattened, a
 * scraped list of codes) must not overflow the stack of the thread that reads it. Run on a thread with a small stack,
 * as a server's worker may have.
 */
class CommaChainTest {
    /** A small thread stack: 20,000 recursive matcher frames need several megabytes. */
    private static final long STACK_BYTES = 256 * 1024;

    private static String chain(int groups) {
        StringBuilder text = new StringBuilder("1");
        for (int i = 0; i < groups; i++) {
            text.append(",00").append(i % 10);
        }
        return text.toString();
    }

    /** What {@code task} returns on a thread of a small stack; the error it throws fails the test. */
    private static <T> T onSmallStack(java.util.function.Supplier<T> task) throws InterruptedException {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(task.get());
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "comma-chain", STACK_BYTES);
        thread.start();
        thread.join();
        assertThat(failure.get()).as("reading a 20,000-group comma chain").isNull();
        return result.get();
    }

    @Test
    void aTwentyThousandGroupCommaChainIsReadWithoutOverflowingTheStack() throws InterruptedException {
        String chain = chain(20_000);
        List<String> sentences = List.of(chain + " people were evacuated.",
                "Between " + chain + " and 40 people were evacuated.",
                "The fund paid $" + chain + " million to " + chain + " families.",
                chain + "명이 대피했다.",
                chain.replace(',', '.') + " Menschen wurden in Sicherheit gebracht.");
        List<List<QuantitySpan>> read = onSmallStack(() -> {
            List<List<QuantitySpan>> all = new ArrayList<>();
            for (String sentence : sentences) {
                all.add(new QuantityExtractor().extract(sentence));
                all.add(QuantityRules.forLanguage("ko").extract(sentence, 0, 0));
                all.add(QuantityRules.forLanguage("de").extract(sentence, 0, 0));
            }
            return all;
        });
        assertThat(read).hasSize(15);
        // a figure of 20,000 groups is no count anyone reports: whatever is read of it is a finite figure of a few
        // groups, never one of 60,000 digits (an infinite double, which every comparison of figures would then meet)
        assertThat(read).allSatisfy(figures -> assertThat(figures).allSatisfy(q -> {
            assertThat(Double.isFinite(q.value())).as(q.text().length() > 40 ? q.text().substring(0, 40) : q.text())
                    .isTrue();
            assertThat(q.text().length()).isLessThan(200);
        }));
    }

    @Test
    void aFigureOfAFewGroupsIsStillRead() {
        QuantitySpan q = new QuantityExtractor().extract("Officials said 1,200,000 people were evacuated.").get(0);
        assertThat(q.value()).isEqualTo(1_200_000);
        assertThat(q.key()).isEqualTo("people");
        assertThat(new QuantityExtractor().extract("Between 1,200 and 1,500 people were evacuated.").get(0).value())
                .isEqualTo(1500);
    }
}
