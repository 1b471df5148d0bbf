package dev.storybrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Article;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class OutletCuesTest {
    private static final String BODY = "The harbour council voted on Monday to close the old pier for repairs.\n\n"
            + "Engineers said the pier had been unsafe since the storms of the winter.";

    private static Article clean(String text, Map<MetaKey, String> meta) {
        return new ArticleCleaner().clean(new RawDocument("f3a9c2", Path.of("f3a9c2.txt"), SourceFormat.TEXT, text, meta));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "self reference        | The council's plan is costly, the Monitor reports.          | The Christian Science Monitor",
            "credit line           | CNN's Jane Roe contributed to this report.                   | CNN",
            "copyright line        | © 2026 Reuters                                               | Reuters",
            "copyright with alias  | Copyright 2026 The Associated Press. All rights reserved.    | Associated Press"})
    void readsTheOutletATextNamesAsItsOwn(String name, String line, String outlet) {
        assertThat(clean(BODY + "\n\n" + line, Map.of()).outlet()).isEqualTo(outlet);
    }

    @Test
    void citingAnotherOutletNamesNoPublisher() {
        assertThat(clean(BODY + "\n\nThe embargo stays in force, Reuters reports, and officials told CNN so.", Map.of())
                .outlet()).isNull();
    }

    @Test
    void aHostNameBecomesTheListedOutletOfItsRegisteredDomain() {
        assertThat(clean(BODY, Map.of(MetaKey.OUTLET, "uk.reuters.com")).outlet()).isEqualTo("Reuters");
        assertThat(clean(BODY, Map.of(MetaKey.OUTLET, "www.csmonitor.com")).outlet())
                .isEqualTo("The Christian Science Monitor");
        assertThat(clean(BODY, Map.of(MetaKey.OUTLET, "news.example.org")).outlet()).isEqualTo("news.example.org");
        assertThat(clean(BODY, Map.of(MetaKey.OUTLET, "Northern Wire")).outlet()).isEqualTo("Northern Wire");
    }

    @Test
    void knowsDomainsAndNamesFromTheList() {
        OutletNames names = OutletNames.standard();
        assertThat(names.outlets()).hasSizeGreaterThan(40);
        assertThat(names.byDomain("https://www.aljazeera.com/news/2011/10/28/x")).contains("Al Jazeera");
        assertThat(names.byDomain("notreuters.com")).isEmpty();
        assertThat(names.byName("wsj")).contains("The Wall Street Journal");
    }
}
