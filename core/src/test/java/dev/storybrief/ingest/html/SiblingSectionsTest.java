package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A page written as panels of one kind (same tag, same class names) under their headings is read as one article: the
 * panel with the most prose no longer leaves the others out. Boxes of another kind beside the article stay out.
 */
class SiblingSectionsTest {

    private static final String[] FIRST = {
        "The apprenticeship in vehicle engineering takes three and a half years, and the school teaches its theory in"
                + " blocks of ten weeks each year.",
        "Apprentices spend the rest of the year at their training company, where they learn to service cars, vans"
                + " and motorbikes under a master mechanic.",
        "In the third year they choose a main subject: passenger cars, commercial vehicles or motorbikes, each with"
                + " its own workshop at the school.",
        "The final examination has a written part at the school and a practical part at the chamber's training"
                + " centre, taken in the last weeks of the course."};

    private static final String SECOND = "Each school year is split into two terms, and the timetable below lists"
            + " the hours per subject for the first year of the course.";

    private static String page(String secondPanelClass) {
        StringBuilder first = new StringBuilder();
        for (String p : FIRST) {
            first.append("<p>").append(p).append("</p>");
        }
        StringBuilder table = new StringBuilder("<table>");
        String[] subjects = {"Politics", "German", "English", "Maths", "Workshop", "Electrics", "Engines",
            "Brakes", "Diagnosis", "Sport"};
        for (String subject : subjects) {
            table.append("<tr><td>").append(subject).append(" and related exercises</td><td>2 hours</td>")
                    .append("<td>first term</td><td>second term</td></tr>");
        }
        table.append("</table>");
        return "<html><head><title>Vehicle engineering</title></head><body><div class='root'>"
                + "<article class='page'><h1>Vehicle engineering</h1>"
                + "<h2>The course</h2><div class='panel toggles'>" + first + "</div>"
                + "<h2>Timetable</h2><div class='" + secondPanelClass + "'><p>" + SECOND + "</p>" + table + "</div>"
                + "</article></div></body></html>";
    }

    @Test
    void panelsOfOneKindAreReadTogether() {
        ExtractedPage page = new HtmlArticleExtractor().extract(page("panel toggles"), null);

        assertThat(page.paragraphs()).contains(FIRST[0], FIRST[3], SECOND);
    }

    @Test
    void aBoxOfAnotherKindBesideTheArticleStaysOut() {
        ExtractedPage page = new HtmlArticleExtractor().extract(page("timetable-box"), null);

        assertThat(page.paragraphs()).contains(FIRST[0], FIRST[3]).doesNotContain(SECOND);
    }
}
