package dev.storybrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Article;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A page a browser printed and saved as text: its header ("12/5/26, 10:14 AM  title | site") and footer ("address
 * 1/2") on every page go, and say the page's title, site, address and the day printed. Every text is made up.
 */
class BrowserPrintTest {
    private static final String HEADER = "12/5/26, 10:14 AM    Corra Belle fire forces evacuation | Inchmarra Herald";
    private static final String ADDRESS = "https://inchmarraherald.example/news/corra-belle-fire";
    private static final String LEAD = "A fire broke out in the engine room of the ferry Corra Belle off Inchmarra on"
            + " Saturday, the coastguard said.";
    private static final String CUT_BEFORE = "All 140 passengers were taken ashore by lifeboat crews before";
    private static final String CUT_AFTER = "noon, the ferry's operator said.";
    private static final String LAST = "The harbour master said the ferry would be towed to dry dock on Monday.";

    private static Article clean(String text) {
        return new ArticleCleaner().clean(new RawDocument("p", Path.of("p.txt"), SourceFormat.TEXT, text, Map.of()));
    }

    /**
     * Headers and footers leave the text; the title, site and address are read; a paragraph the page break cut is
     * whole again; the day printed bounds the date and does not give it.
     */
    @Test
    void headersAndFootersGoAndNameThePage() {
        Article a = clean(HEADER + "\n\nCorra Belle fire forces evacuation\n\n" + LEAD + "\n\n" + CUT_BEFORE + "\n\n"
                + ADDRESS + " 1/2\n\n" + HEADER + "\n\n" + CUT_AFTER + "\n\n" + LAST + "\n\n" + ADDRESS + " 2/2\n");
        assertThat(a.title()).isEqualTo("Corra Belle fire forces evacuation");
        assertThat(a.outlet()).isEqualTo("Inchmarra Herald");
        assertThat(a.url()).isEqualTo(ADDRESS);
        assertThat(a.paragraphs()).containsExactly(LEAD, CUT_BEFORE + " " + CUT_AFTER, LAST);
        assertThat(a.published()).isNull();
        assertThat(a.dating().notAfter()).isEqualTo(LocalDate.of(2026, 12, 5));
    }

    /** A text that opens with a date and time but has no footer with an address is no print. */
    @Test
    void aTimeStampedLineWithoutFooterIsNoPrint() {
        assertThat(BrowserPrints.of(List.of("12/5/26, 10:14 AM    Ferry service suspended", LEAD))).isEmpty();
        // a title the browser cut short is not the title; a four-digit year read one way only
        BrowserPrints cut = BrowserPrints.of(List.of("14/12/2026, 09:02    Corra Belle fire forces evacuation of...",
                LEAD, ADDRESS + " 1/1")).orElseThrow();
        assertThat(cut.fields()).doesNotContainKey(dev.storybrief.ingest.MetaKey.TITLE)
                .containsEntry(dev.storybrief.ingest.MetaKey.PRINTED, "2026-12-14");
        assertThat(cut.lines()).containsExactly(LEAD);
    }

    private static final String FF_HEADER = "Quarry blast rattles homes in Denvale – Denvale Herald        "
            + "https://www.denvaleherald.example/2026/11/28/quarry-blast-rattles-homes-in-the-north-of-denv...";

    /**
     * Firefox's print layout copied from the PDF: the title and the (cut) address head each page, "1 of 2" and the time
     * of printing foot it, and the printed lines are the column's. The repeated lines leave; the sentence the page
     * break cut is one again; the title names the outlet; the print day bounds the date and gives none.
     */
    @Test
    void firefoxsPrintLayoutLosesItsHeadersAndFootersAndJoinsTheCutSentence() {
        String text = FF_HEADER + "\n"
                + "Quarry blast rattles homes in Denvale\n"
                + "By Tomas Ekberg\n\n"
                + "A controlled blast at the Brannock quarry shook houses across the north of Denvale on\n"
                + "Friday afternoon, cracking windows on at least six streets and setting off car alarms\n"
                + "along the ring road.\n\n"
                + "The quarry's operator, Halden Aggregates, said the charge had been larger than planned\n"
                + "and that it had stopped all blasting until an inquiry was finished. Residents said the\n"
                + "1 of 2                                                        12/5/26, 10:14 AM\n"
                + FF_HEADER + "\n"
                + "noise was heard as far away as the harbour, and several called the police.\n\n"
                + "The town council said engineers would inspect the damaged homes next week and that\n"
                + "the operator would pay for repairs.\n"
                + "2 of 2                                                        12/5/26, 10:14 AM\n";
        Article a = clean(text);
        assertThat(a.title()).isEqualTo("Quarry blast rattles homes in Denvale");
        assertThat(a.outlet()).isEqualTo("Denvale Herald");
        String body = String.join("\n", a.paragraphs());
        assertThat(body).doesNotContain("of 2").doesNotContain("10:14").doesNotContain("https://")
                .contains("finished. Residents said the noise was heard as far away as the harbour");
        assertThat(a.paragraphs()).noneMatch(p -> p.contains("Denvale Herald"));
        assertThat(a.published()).isNull();
        assertThat(a.dating().notAfter()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(a.dating().notAfterSource()).isEqualTo(dev.storybrief.model.DateSource.PRINTED);
    }

    /**
     * A PDF's text copy that gives each of the header's and footer's places a line of its own (Chrome's order: the
     * time, the title; the address, the page count) is read the same way, and the time is never the article's date.
     */
    @Test
    void marksOnLinesOfTheirOwnAreFurnitureAndThePrintTimeIsNoDate() {
        String text = "05.12.26, 10:14\nFährbetrieb nach Brand eingestellt | Inselbote\n\n"
                + "Nach einem Brand im Maschinenraum der Fähre Marla Quest ist der Betrieb eingestellt worden.\n\n"
                + "Alle 212 Fahrgäste wurden am Samstag an Land gebracht, teilte die Küstenwache mit.\n\n"
                + "https://www.inselbote.example/2026/12/05/faehre-brand\n1/2\n"
                + "05.12.26, 10:14\nFährbetrieb nach Brand eingestellt | Inselbote\n\n"
                + "Drei Besatzungsmitglieder wurden mit Rauchvergiftungen ins Krankenhaus gebracht.\n\n"
                + "https://www.inselbote.example/2026/12/05/faehre-brand\n2/2\n";
        Article a = clean(text);
        assertThat(a.title()).isEqualTo("Fährbetrieb nach Brand eingestellt");
        assertThat(a.outlet()).isEqualTo("Inselbote");
        assertThat(a.url()).isEqualTo("https://www.inselbote.example/2026/12/05/faehre-brand");
        assertThat(a.paragraphs()).hasSize(3).noneMatch(p -> p.contains("10:14") || p.contains("Inselbote"));
        assertThat(a.published()).isNull();
        assertThat(a.dating().notAfter()).isEqualTo(LocalDate.of(2026, 12, 5));
    }

    /** A print's day is the reader's: an article nothing else dates stays undated, its bound kept. */
    @Test
    void thePrintDayAloneDatesNothing() {
        Article a = clean(HEADER + "\n\n" + LEAD + "\n\n" + LAST + "\n\n" + ADDRESS + " 1/1\n");
        dev.storybrief.analyze.AnnotatorChain chain = dev.storybrief.analyze.AnnotatorChain.standard();
        java.util.List<dev.storybrief.model.AnalyzedArticle> out = new dev.storybrief.group.dates.PublicationDateInference()
                .infer(List.of(chain.annotate(a)), x -> chain.annotate(x.article()));
        assertThat(out.get(0).article().published()).isNull();
        assertThat(out.get(0).article().dating().notAfter()).isEqualTo(LocalDate.of(2026, 12, 5));
    }

    /** Prose that holds an address, a count and a time is no print: its marks are inside sentences. */
    @Test
    void marksInsideSentencesMakeNoPrint() {
        assertThat(BrowserPrints.of(List.of("The results, posted at https://council.example/vote at 10:14 on 12/5/26,"
                + " showed 5 of 7 members in favour.", LEAD, "Voting closed on 12/5/26, 10:14 AM with 3 of 4 wards counted.",
                LAST))).isEmpty();
    }

    /**
     * Safari's layout (the title beside the time of printing; the address beside "Page 1 of 2") and Edge's Immersive
     * Reader, which prints its own "read://" address: the original it carries is the page's.
     */
    @Test
    void safarisLayoutAndAReaderModesAddressAreRead() {
        String header = "Corra Belle fire forces evacuation | Inchmarra Herald        12/5/26, 10:14 AM";
        String reader = "read://https_inchmarraherald.example/?url=https%3A%2F%2Finchmarraherald.example%2Fnews%2F"
                + "corra-belle-fire";
        Article a = clean(header + "\n\n" + LEAD + "\n\n" + CUT_BEFORE + "\n\n" + reader + "        Page 1 of 2\n\n"
                + header + "\n\n" + CUT_AFTER + "\n\n" + LAST + "\n\n" + reader + "        Page 2 of 2\n");
        assertThat(a.title()).isEqualTo("Corra Belle fire forces evacuation");
        assertThat(a.outlet()).isEqualTo("Inchmarra Herald");
        assertThat(a.url()).isEqualTo(ADDRESS);
        assertThat(a.paragraphs()).containsExactly(LEAD, CUT_BEFORE + " " + CUT_AFTER, LAST);
        assertThat(a.dating().notAfter()).isEqualTo(LocalDate.of(2026, 12, 5));
    }
}
