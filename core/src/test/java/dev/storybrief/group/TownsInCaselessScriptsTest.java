package dev.storybrief.group;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.Storybrief;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A folder of two reports of one event in a script without capitals is one story when both leads name its town by
 * the town's administrative noun; two stories of two towns stay apart (made-up reports).
 */
class TownsInCaselessScriptsTest {
    private static final String FLOOD_FIRST = "فيضانات تغمر أحياء في مدينة الواحة\n\nغمرت مياه الأمطار الغزيرة عدة"
            + " أحياء في مدينة الواحة التابعة لمحافظة الرمال مساء الخميس، ما أدى إلى مقتل سبعة أشخاص وإصابة العشرات.\n\n"
            + "وقال الدفاع المدني إن فرقه أجلت نحو ألفي شخص من منازلهم القريبة من وادي السدر.\n\nوأغلقت السلطات المدارس"
            + " في المدينة حتى إشعار آخر، فيما تتواصل عمليات البحث عن مفقودين.";
    private static final String FLOOD_TOLL = "ارتفاع عدد ضحايا السيول في الواحة إلى تسعة\n\nأعلنت مديرية الصحة في"
            + " محافظة الرمال أن عدد الذين لقوا حتفهم جراء السيول التي ضربت الواحة ارتفع إلى تسعة، بعد انتشال جثتين من"
            + " مجرى الوادي.\n\nوأوضح محافظ الرمال أن الأضرار طالت مئات البيوت والطرق، وأن مخيمات مؤقتة أقيمت لإيواء"
            + " الأسر المتضررة.\n\nوكان المطر قد هطل بلا توقف لأكثر من عشر ساعات.";
    private static final String SCHOOL = "افتتاح مدرسة جديدة في مدينة القمر\n\nافتتح وزير التعليم صباح الأحد مدرسة"
            + " ثانوية جديدة في مدينة القمر تتسع لألف طالب.\n\nوقال الوزير إن المدرسة مجهزة بمختبرات حديثة ومكتبة.\n\n"
            + "ويأمل الأهالي أن تخفف المدرسة الاكتظاظ في الفصول.";

    private static List<String> notes(String... texts) {
        List<RawDocument> documents = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            documents.add(new RawDocument("r" + i, null, SourceFormat.TEXT, texts[i], Map.of()));
        }
        return Storybrief.builder().build().briefDocuments("folder", documents, new ArrayList<>()).warnings();
    }

    @Test
    void twoArabicReportsOfOneFloodInOneTownAreOneStory() {
        // their words meet little (the first says floods and rain, the second torrents and the toll): the town does
        assertThat(notes(FLOOD_FIRST, FLOOD_TOLL)).noneMatch(note -> note.contains("close to none")
                || note.contains("look like"));
    }

    @Test
    void twoArabicStoriesOfTwoTownsStayApart() {
        assertThat(notes(FLOOD_FIRST, SCHOOL)).anyMatch(note -> note.contains("look like several stories"));
    }

    @Test
    void aFoldersEventsAreNotToldApartByPlacesAloneInAScriptWithoutCapitals() {
        // such places are found only beside their noun or as countries: two reports of one story that name none in
        // common are no two events (MultiLing's Arabic topics were parted into eight)
        var waha = new dev.storybrief.model.EntitySpan(0, 6, 0, "الواحة", dev.storybrief.model.EntityType.PLACE, "الواحة");
        var town = new dev.storybrief.model.EntitySpan(0, 4, 0, "Waha", dev.storybrief.model.EntityType.PLACE, "Waha");
        assertThat(dev.storybrief.group.stories.NameComponents.peopleAndPlaces(List.of(waha, town)))
                .containsExactly("waha");
    }
}
