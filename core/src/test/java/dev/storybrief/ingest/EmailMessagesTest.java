package dev.storybrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A newsletter e-mail saved as .eml carries an article: it is read, its headers fill title, outlet and date. */
class EmailMessagesTest {
    private static final String HTML = "<html><body><table><tr><td><a href=3D\"https://courier.example/nl\">View in"
            + " browser</a></td></tr>\n<tr><td><h1>The Morning Harbour</h1></td></tr>\n<tr><td><h2>Ferry strikes cargo"
            + " ship in Kellport harbour</h2>\n<p>A passenger ferry struck a moored cargo ship in Kellport harbour on"
            + " Wednesday morning, the port authority said, leaving a two-metre gash in the ferry=E2=80=99s bow.</p>\n"
            + "<p>All 212 passengers were taken ashore by the harbour=E2=80=99s pilot boats within an hour. Four were"
            + " treated for minor injuries at Kellport General Hospital and released, a hospital spokeswoman said.</p>\n"
            + "<p>The operator, Kellport Lines, has suspended the morning crossings to Vessa island while divers inspect"
            + " the hull, the=\n company said.</p></td></tr></table></body></html>\n";

    private static String message(String htmlPart) {
        return "From: Kellport Courier <newsletter@courier.example>\r\n"
                + "Subject: =?UTF-8?Q?The_Morning_Harbour:_Ferry_strikes_cargo_ship_in_Kellport_harbour?=\r\n"
                + "Date: Thu, 03 Dec 2026 00:30:00 +0100 (CET)\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/alternative;\r\n boundary=\"b1_77\"\r\n\r\n"
                + "This is a multi-part message in MIME format.\r\n\r\n"
                + "--b1_77\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 7bit\r\n\r\n"
                + "Plain version of the newsletter.\r\n\r\n"
                + "--b1_77\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                + htmlPart + "\r\n--b1_77--\r\n";
    }

    @Test
    void theHtmlPartsArticleIsReadWithTheHeadersAsMetadata(@TempDir Path dir) throws Exception {
        Path eml = dir.resolve("morning-harbour.eml");
        Files.writeString(eml, message(HTML), StandardCharsets.US_ASCII);

        Ingested read = new InputReader().read(List.of(dir));

        assertThat(read.documents()).hasSize(1);
        RawDocument doc = read.documents().get(0);
        assertThat(doc.id()).isEqualTo("morning-harbour");
        assertThat(doc.text()).contains("the ferry’s bow", "released, a hospital spokeswoman said",
                "the company said").doesNotContain("=E2", "=\n", "Plain version");
        // the date as the sender wrote it (in UTC it is still 2 December)
        assertThat(doc.meta(MetaKey.PUBLISHED)).isEqualTo("2026-12-03");
        assertThat(doc.meta(MetaKey.OUTLET)).isEqualTo("Kellport Courier");
        // the page's first heading is the newsletter's name; the subject names the article after it
        assertThat(doc.meta(MetaKey.TITLE)).isEqualTo("Ferry strikes cargo ship in Kellport harbour");
        assertThat(doc.text()).startsWith("A passenger ferry struck");
        assertThat(doc.meta(MetaKey.OUTLET_ORIGIN)).isEqualTo(EmailMessages.ORIGIN);
        assertThat(read.problems()).extracting(InputProblem::line).noneMatch(l -> l.contains("not an article format"));
    }

    @Test
    void aTextOnlyMessageIsReadAsTextAndAnEmptyOneIsOneProblem(@TempDir Path dir) throws Exception {
        Path text = dir.resolve("plain.eml");
        Files.writeString(text, "From: \"Vessa Radio\" <news@radio.example>\nSubject: Divers inspect ferry\n"
                + "Content-Type: text/plain; charset=ISO-8859-1\nContent-Transfer-Encoding: base64\n\n"
                + java.util.Base64.getMimeEncoder().encodeToString(("Divers inspected the damaged Vessa ferry on Thursday"
                + " and found no harm below the waterline, Kellport Lines said. Crossings resume on Friday, caf\u00e9s"
                + " on the quay reopened.").getBytes(StandardCharsets.ISO_8859_1)) + "\n");
        Path empty = dir.resolve("receipt.eml");
        Files.writeString(empty, "From: shop@example.org\nSubject: Receipt\nContent-Type: multipart/mixed; boundary=x\n\n"
                + "--x\nContent-Type: application/pdf\nContent-Disposition: attachment\n\nJVBERi0=\n--x--\n");

        Ingested read = new InputReader().read(List.of(text, empty));

        assertThat(read.documents()).hasSize(1);
        assertThat(read.documents().get(0).text()).contains("cafés on the quay");
        assertThat(read.documents().get(0).meta(MetaKey.TITLE)).isEqualTo("Divers inspect ferry");
        assertThat(read.problems()).extracting(InputProblem::line)
                .anyMatch(l -> l.contains("receipt.eml") && l.contains("no text or HTML part"));
    }

    @Test
    void headersDecode() {
        assertThat(EmailMessages.decodeWords("=?UTF-8?B?RsOkaHJl?= =?UTF-8?Q?_kollidiert?=")).isEqualTo("Fähre kollidiert");
        assertThat(EmailMessages.senderName("newsletter@courier.example")).isNull();
        assertThat(EmailMessages.day("Mon, 30 Nov 2026 23:10:00 -0800")).isEqualTo("2026-11-30");
        assertThat(EmailMessages.day("yesterday")).isNull();
    }
}
