package dev.storybrief.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What ends a sentence in every script (QA tour 24): Unicode's sentence terminals, and in Thai and Lao, which write
 * none, the last word. Made-up sentences.
 */
class SentenceMarksTest {
    @Test
    void aSentenceEndsWithTheTerminalOfItsScriptOrAQuoteAfterIt() {
        assertThat(SentenceMarks.endsProse("The ferry stopped on Tuesday.")).isTrue();
        assertThat(SentenceMarks.endsProse("\"We found her by her horn,\" she said.\u201d ")).isTrue();
        assertThat(SentenceMarks.endsProse("ផ្សារ​ត្រូវ​បាន​ឆេះ​កាល​ពី​យប់​មិញ។")).isTrue(); // Khmer khan
        assertThat(SentenceMarks.endsProse("ገበያው ትናንት ምሽት ተቃጠለ።")).isTrue(); // Ethiopic full stop
        assertThat(SentenceMarks.endsProse("ဈေး မီးလောင်ခဲ့သည်။")).isTrue(); // Burmese section mark
    }

    @Test
    void thaiAndLaoEndASentenceWithItsLastWordOtherScriptsDoNot() {
        assertThat(SentenceMarks.endsProse("เกิดเหตุเพลิงไหม้ตลาดริมน้ำ เมื่อคืนวันจันทร์ที่ผ่านมา")).isTrue();
        assertThat(SentenceMarks.endsProse("ໄຟໄໝ້ຕະຫຼາດ ໃນຄືນວັນຈັນ")).isTrue();
        assertThat(SentenceMarks.endsProse("Market fire on Monday night")).isFalse();
        assertThat(SentenceMarks.endsProse("市场周一晚发生火灾")).isFalse();
        assertThat(SentenceMarks.endsProse("ফাটল দেখা দিয়েছে")).isFalse();
        assertThat(SentenceMarks.endsProse("Votes: 1,200")).isFalse();
    }
}
