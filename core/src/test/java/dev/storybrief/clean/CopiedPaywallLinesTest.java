package dev.storybrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Article;
import dev.storybrief.model.Removal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A story copied from a page with its paywall's and newsletter's lines: the lines go from the text as they go from the
 * page ({@code ReaderAppeals}, {@code PaywallPrompts}), in French, German and English, and the story's own sentences
 * about subscribers and newsletters stay. A short text of such lines alone is the site's notice and stays whole.
 * Every text is made up.
 */
class CopiedPaywallLinesTest {

    private static Article clean(String... lines) {
        return new ArticleCleaner().clean(new RawDocument("p", Path.of("p.txt"), SourceFormat.TEXT,
                String.join("\n\n", lines), Map.of()));
    }

    @Test
    void aFrenchCopyLosesItsPaywallLinesAndKeepsItsSubscribers() {
        String lead = "Le conseil municipal de Valdorne a voté mardi soir la fermeture du vieux pont de la Serre, jugé"
                + " trop fragile par les ingénieurs après les crues de l'hiver dernier.";
        String quote = "« Nous n'avions plus le choix », a déclaré le maire, Paul Aubrac, à l'issue de la séance.";
        String subscribers = "Le journal local, qui compte 12 000 abonnés, a consacré sa une au vote mercredi.";
        String last = "Les travaux de démolition doivent commencer au printemps, selon la mairie.";
        Article a = clean("Valdorne vote la fermeture du vieux pont", lead, "Cet article est réservé aux abonnés.",
                quote, "Inscrivez-vous à notre newsletter pour recevoir l'essentiel de l'actualité chaque matin.",
                subscribers, "Abonnez-vous", last);
        assertThat(a.paragraphs()).containsExactly(lead, quote, subscribers, last);
        assertThat(a.removed()).extracting(Removal::rule).contains("reader-appeal");
    }

    @Test
    void aGermanCopyLosesItsPaywallLinesAndKeepsItsSubscribers() {
        String lead = "Der Stadtrat von Kellbach hat am Dienstagabend die Sperrung der alten Brücke über die Lahne"
                + " beschlossen, nachdem Gutachter Risse im Mauerwerk gefunden hatten.";
        String quote = "„Wir hatten keine andere Wahl“, sagte Bürgermeisterin Anna Berger nach der Sitzung.";
        String subscribers = "Die Zeitung hat im vergangenen Jahr 3.000 neue Abonnenten gewonnen, wie sie mitteilte.";
        String appeal = "Dieser Artikel ist nur für Abonnenten verfügbar.";
        String signUp = "Melden Sie sich für unseren Newsletter an und erhalten Sie jeden Morgen die Nachrichten.";
        Article a = clean("Kellbach sperrt die alte Brücke", lead, appeal, "Jetzt abonnieren", quote, signUp,
                subscribers);
        assertThat(a.paragraphs()).containsExactly(lead, quote, subscribers);
        assertThat(a.removed()).filteredOn(r -> r.rule().equals("reader-appeal")).hasSize(2);
    }

    /** English lines are the paywall rule's; a story's sentence naming a paper's subscribers reports, and stays. */
    @Test
    void anEnglishCopyKeepsItsSentenceAboutSubscribers() {
        String lead = "Millford's council voted on Tuesday night to close the old Serre bridge after engineers found"
                + " cracks in its piers.";
        String subscribers = "The Millford Courier, which has 12,000 subscribers, put the vote on its front page on"
                + " Wednesday.";
        String revenue = "Subscription revenue at the paper rose 4% last year, its publisher said.";
        String last = "Demolition is due to start in spring, the council said.";
        Article a = clean("Millford votes to close old bridge", lead, "Subscribe to continue reading", subscribers,
                "Sign up for our morning newsletter", revenue, last);
        assertThat(a.paragraphs()).containsExactly(lead, subscribers, revenue, last);
    }

    /**
     * A paywall copied alone is the site's notice, not a report with a notice in it: its lines stay for the notice
     * rule ({@link SiteNotices}) to weigh whole.
     */
    @Test
    void aPaywallCopiedAloneStaysWhole() {
        String title = "Conditions d'accès";
        List<String> wall = List.of("Cet article est réservé aux abonnés.",
                "Inscrivez-vous à notre newsletter pour recevoir l'essentiel de l'actualité.");
        Article a = clean(title, wall.get(0), wall.get(1));
        assertThat(a.removed()).extracting(Removal::rule).doesNotContain("reader-appeal");
        assertThat(a.paragraphs()).contains(wall.get(0));
    }
}
