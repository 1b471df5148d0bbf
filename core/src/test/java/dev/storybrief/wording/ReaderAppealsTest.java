package dev.storybrief.wording;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Paywall and newsletter lines of six languages are read by their build (short, addressed to the reader or speaking
 * of the site's own article, naming the site's things, telling no act), with {@link NoticeWords}' words; a story's
 * lines about subscribers or newsletters, which tell an act, are not.
 */
class ReaderAppealsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Cet article est réservé aux abonnés.",
        "Déjà abonné ? Connectez-vous",
        "Inscrivez-vous à notre newsletter pour recevoir l'essentiel de l'actualité chaque matin.",
        "Dieser Artikel ist nur für Abonnenten verfügbar.",
        "Melden Sie sich für unseren Newsletter an.",
        "Este artículo es exclusivo para suscriptores.",
        "Suscríbete a nuestra newsletter y recibe las noticias cada mañana.",
        "Questo articolo è riservato agli abbonati.",
        "Iscriviti alla nostra newsletter per ricevere le notizie.",
        "Este artigo é exclusivo para assinantes.",
        "Dit artikel is alleen beschikbaar voor abonnees.",
        "Meld je aan voor onze nieuwsbrief."})
    void aSitesAppealToItsReaderIsRecognisedInEachLanguage(String line) {
        assertThat(ReaderAppeals.isAppeal(line)).as(line).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Le journal a perdu 20 000 abonnés l'an dernier, a déclaré son directeur.",
        "Die Zeitung hat im März ihren Newsletter eingestellt.",
        "El diario anunció el lunes que cerrará su edición impresa.",
        "Les abonnements augmentent de 5 % en mars.",
        "La candidate de la liste citoyenne a remporté le second tour des élections municipales dimanche soir.",
        "Sign up for our newsletter to get the news every morning.",
        "Subscribers pay 10 euros a month."})
    void aStorysLineOrAnEnglishLineIsNoAppealOfThisRule(String line) {
        assertThat(ReaderAppeals.isAppeal(line)).as(line).isFalse();
    }
}
