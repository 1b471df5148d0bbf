package dev.storybrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dateline forms of wire copy and news sites; every sentence is made up. */
class DatelinesTest {
    private static final String REST = "The storm flooded the harbor and closed the coast road for two days.";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PORT ALDREN, Maine (AP) — | AP",
            "Lisbon, Portugal (Reuters) | Reuters",
            "BRUSSELS, Belgium (AP) - | AP",
            "MUNICH, Germany (AP) _ | AP",
            "WASHINGTON (Reuters) - | Reuters",
            "LONDON, Oct 24 (AP) — | AP",
            "PORT ALDREN (Northern Wire) - | Northern Wire",
            "KABUL, Afghanistan — | ''",
            "NEW YORK - | ''",
            "КАЗАНЬ, 9 ноября. /ТАСС/. | ТАСС",
            "МОСКВА, 9 ноя — РИА Новости. | РИА Новости",
            "ТВЕРЬ. /ИТАР-ТАСС/. | ИТАР-ТАСС",
            "بنغازي (أ ف ب) - | أ ف ب",
            "حيفا (رويترز) — | رويترز",
    })
    void aDatelineIsStrippedAndItsAgencyRead(String dateline, String agency) {
        assertThat(Datelines.strip(dateline.strip() + " " + REST)).contains(REST);
        assertThat(Datelines.agency(dateline.strip() + " " + REST).orElse("")).isEqualTo(agency);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Police say — for now — nobody was hurt in the storm that flooded the harbor.",
            "Mayor Ana Ruiz - who took office in May - said the road would reopen on Friday morning.",
            "The storm flooded the harbor (photo) - and closed the coast road for two days, officials said.",
            "NATO - the alliance - said on Friday the mission would end.",
    })
    void sentencesThatOnlyLookLikeOneAreLeftAlone(String sentence) {
        assertThat(Datelines.strip(sentence)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "date 2011-10-24 BRUSSELS NATO sees virtually no risk of an attack, officials said on Monday.| NATO sees",
    })
    void aDateHeaderAndItsCityAreStripped(String paragraph, String start) {
        assertThat(Datelines.strip(paragraph)).hasValueSatisfying(p -> assertThat(p).startsWith(start.strip()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"LONDON — Talks resumed on Friday.|Talks resumed on Friday."})
    void aHeadlineSkipsItHoweverShortTheRest(String text, String rest) {
        assertThat(Datelines.skip(text)).isEqualTo(rest);
        assertThat(Datelines.strip(text)).as("a paragraph must keep a sentence").isEmpty();
    }

    /** "SOUTHPORT, Oct. 6 -": the dateline's month and day without a year; a full filing date or none gives none. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "SOUTHPORT, Oct. 6 - | --10-06",
            "LONDON, Oct 24 (AP) — | --10-24",
            "Lisbon, Sept. 3 (Reuters) - | --09-03",
            "WASHINGTON (Reuters) - | ''",
            "REDFIELD (Tribune) - March 3, 2026 - | ''",
            "КАЗАНЬ, 9 ноября. /ТАСС/. | --11-09",
            "КАЗАНЬ, 9 человек. /ТАСС/. | ''",
            "新华社杭州3月4日电 | --03-04",
    })
    void aDatelinesDayWithoutAYearIsRead(String dateline, String day) {
        assertThat(Datelines.dayFiled(dateline.strip() + " " + REST).map(Object::toString).orElse("")).isEqualTo(day);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "新华社杭州3月4日电 | 新华社",
            "新华社杭州3月4日电（记者赵青 孙立） | 新华社",
            "中新社成都3月4日电 | 中新社",
    })
    void aChineseAgencyCreditIsStrippedAndItsAgencyRead(String credit, String agency) {
        String rest = "受大雾影响，杭州湾跨海大桥4日清晨临时封闭，数百辆货车在两岸收费站排队等候。";
        assertThat(Datelines.strip(credit + " " + rest)).contains(rest);
        assertThat(Datelines.strip(credit + rest)).contains(rest);
        assertThat(Datelines.agency(credit + rest)).contains(agency);
    }

    @Test
    void aChineseCreditBeforeAStoryThatOpensWithItsDayIsStripped() {
        String rest = "15日凌晨，安徽省合肥市经济技术开发区一家锂电池生产企业厂房发生火灾，三名工人受伤。";
        for (String credit : new String[] {"新华社合肥11月15日电（记者 赵敏）", "新华社合肥11月15日电 "}) {
            assertThat(Datelines.strip(credit + rest)).contains(rest);
            assertThat(Datelines.agency(credit + rest)).contains("新华社");
        }
        // a Latin dateline before a figure is not a dateline: the rule is the Chinese credit's only
        assertThat(Datelines.strip("PARIS (AFP) 15 people were hurt when a bus left the road near the ring road "
                + "on Monday morning, the police said.")).isEmpty();
    }

    @Test
    void aChineseSentenceAboutANewsAgencyIsNoCredit() {
        assertThat(Datelines.strip("新华社记者3月4日在杭州湾跨海大桥看到，数百辆货车在两岸收费站排队等候。")).isEmpty();
    }
}
