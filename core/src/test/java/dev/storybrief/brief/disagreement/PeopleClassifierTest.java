package dev.storybrief.brief.disagreement;

import static dev.storybrief.brief.disagreement.DisagreementFixtures.article;
import static dev.storybrief.brief.disagreement.DisagreementFixtures.story;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.Claim;
import dev.storybrief.model.Disagreement;
import dev.storybrief.model.Story;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Persian counts people with a classifier after the number ("۲۵ نفر کشته شدند", 25 persons were killed): the count is
 * of people, and the word after the classifier says which, so the killed of one report meet the killed of another and
 * never the injured of the same sentence (QA24, fig25 left). Made-up reports of a made-up collapse.
 */
class PeopleClassifierTest {
    private static final String FIRST = "در پی ریزش یک ساختمان مسکونی در شهر کرمان، ۲۵ نفر کشته و ۱۲ نفر زخمی شدند."
            + " به گفته سخنگوی آتش‌نشانی، عملیات امداد و نجات تا صبح ادامه داشت و ساکنان ساختمان به مدرسه‌ای در نزدیکی"
            + " منتقل شدند.";
    private static final String SECOND = "ریزش یک ساختمان مسکونی در شهر کرمان جان ۳۱ نفر را گرفت. بر اساس گزارش"
            + " آتش‌نشانی، در این حادثه ۳۱ نفر کشته و ۱۲ نفر زخمی شدند و عملیات امداد و نجات تا صبح ادامه داشت.";

    @Test
    void theKilledOfTwoReportsDisagreeAndNeverMeetTheInjured() {
        Story story = story(article("a", FIRST), article("b", SECOND));
        assertThat(story.language()).isEqualTo("fa");
        List<Disagreement> found = new NumberDisagreements().find(story);
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.topic()).startsWith("people ");
            assertThat(d.claims()).extracting(Claim::statement).containsExactlyInAnyOrder("۲۵ نفر", "۳۱ نفر");
        });
    }
}
