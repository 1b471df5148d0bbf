package dev.storybrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotation marks of each language and speech verbs of French, German, Spanish, Italian and Portuguese. */
class MultilingualQuoteTest {

    /** The speaker of each quote of one sentence, as written. */
    private List<String> speakers(String language, String sentence) {
        return extract(language, sentence).stream().map(Quote::speaker).toList();
    }

    private List<Quote> extract(String language, String... sentences) {
        return QuotesOf.quotes(language, sentences);
    }

    @Test
    void frenchGuillemetsWithADeclaringVerb() {
        assertThat(extract("fr", "« Nous allons reconstruire le pont », a déclaré Marie Dupont."))
                .singleElement().satisfies(q -> {
                    assertThat(q.text()).isEqualTo("Nous allons reconstruire le pont");
                    assertThat(q.speaker()).isEqualTo("Marie Dupont");
                });
    }

    /** An office, then the name after a comma: "a déclaré le ministre des Transports, Paul Moreau, lundi soir". */
    @Test
    void anOfficeThenTheNameAfterACommaIsTheSpeaker() {
        assertThat(extract("fr", "« Nous ne céderons pas », a déclaré le ministre des Transports, Paul Moreau, lundi soir."))
                .extracting(Quote::speaker).containsExactly("Paul Moreau");
    }

    /** "un porte-parole du Premier ministre Tony Blair" speaks for Blair; Blair's own quote stays his. */
    @Test
    void aFrenchSpokesmanIsNotTheOneHeSpeaksFor() {
        List<String> sentences = List.of(
                "« Nous ne voulons pas négocier », a déclaré un porte-parole du Premier ministre britannique Paul Moreau.",
                "« C'est très sérieux », a dit Paul Moreau.",
                "« Libérez-les », a déclaré un porte parole du Premier ministre britannique Paul Moreau.");
        assertThat(extract("fr", sentences.toArray(String[]::new))).extracting(Quote::speaker)
                .containsExactly("un porte-parole du Premier ministre britannique Paul Moreau", "Paul Moreau",
                        "un porte parole du Premier ministre britannique Paul Moreau");
        SpeakerResolver resolver = new SpeakerResolver(sentences);
        assertThat(resolver.resolve("un porte-parole du Premier ministre britannique Paul Moreau").name())
                .startsWith("un porte-parole");
        assertThat(resolver.resolve("Paul Moreau").role()).isEqualTo("Premier ministre britannique");
    }

    @Test
    void germanLowHighMarksCloseWithTheHighOne() {
        assertThat(extract("de", "„Wir bauen die Brücke wieder auf“, sagte Klaus Weber."))
                .singleElement().satisfies(q -> {
                    assertThat(q.text()).isEqualTo("Wir bauen die Brücke wieder auf");
                    assertThat(q.speaker()).isEqualTo("Klaus Weber");
                });
        assertThat(extract("de", "Er nannte es ‚eine Schande‘ und ging.")).singleElement()
                .satisfies(q -> assertThat(q.text()).isEqualTo("eine Schande"));
        // in English “ opens and ‘ is an apostrophe
        assertThat(extract("en", "Er nannte es ‚eine Schande‘ und ging.")).isEmpty();
    }

    @Test
    void spanishItalianAndPortugueseVerbsCreditTheSpeaker() {
        assertThat(extract("es", "“Vamos a reconstruir el puente”, dijo Ana Ruiz.")).singleElement()
                .satisfies(q -> assertThat(q.speaker()).isEqualTo("Ana Ruiz"));
        assertThat(extract("it", "“Ricostruiremo il ponte”, ha detto Marco Rossi.")).singleElement()
                .satisfies(q -> assertThat(q.speaker()).isEqualTo("Marco Rossi"));
        assertThat(extract("pt", "“Vamos reconstruir a ponte”, disse João Silva.")).singleElement()
                .satisfies(q -> assertThat(q.speaker()).isEqualTo("João Silva"));
    }

    /**
     * Portuguese news credits a quote with more verbs than "disse" ("contou", "sublinhou", "referiu"), and quotes a
     * phrase inside the reporter's "disse que ..." as English does inside "said that ...".
     */
    @Test
    void portugueseSpeechVerbsAndAPartialQuoteAfterDisseQue() {
        assertThat(extract("pt", "\"Perdi a casa e os animais\", contou Rui Lopes, de 70 anos, no pavilhão."))
                .singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Rui Lopes"));
        assertThat(extract("pt", "\"Os próximos dias são decisivos\", sublinhou Ana Costa."))
                .singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Ana Costa"));
        assertThat(extract("pt", "O ministro Rui Lopes disse que o Governo segue o caso \"com toda a atenção\"."))
                .singleElement().satisfies(q -> {
                    assertThat(q.text()).isEqualTo("com toda a atenção");
                    assertThat(q.speaker()).isEqualTo("Rui Lopes");
                });
    }

    @Test
    void aOneWordAccordingToCreditsTheNameAfterIt() {
        assertThat(extract("fr", "Le pont est « en très mauvais état », selon Paul Martin.")).singleElement()
                .satisfies(q -> assertThat(q.speaker()).isEqualTo("Paul Martin"));
        assertThat(extract("de", "Die Brücke sei „in sehr schlechtem Zustand“, laut Anna Schmidt.")).singleElement()
                .satisfies(q -> assertThat(q.speaker()).isEqualTo("Anna Schmidt"));
    }

    @Test
    void cornerBracketsAndGershayim() {
        assertThat(extract("ja", "市長は「橋を再建する」と述べた。")).singleElement()
                .satisfies(q -> assertThat(q.text()).isEqualTo("橋を再建する"));
        assertThat(extract("he", "ראש העיר אמר ״נבנה את הגשר מחדש״ אתמול.")).singleElement()
                .satisfies(q -> assertThat(q.text()).isEqualTo("נבנה את הגשר מחדש"));
        // inside an acronym the gershayim is no quote mark
        assertThat(extract("he", "דובר צה״ל אמר שהגשר נסגר.")).isEmpty();
    }

    /** A speaker given by an office, as "the mayor said" in English: the description is the speaker's words. */
    @Test
    void aDescribedSpeakerInEachLanguage() {
        assertThat(speakers("de", "„Wir öffnen die Brücke“, sagte die Oberbürgermeisterin."))
                .containsExactly("die Oberbürgermeisterin");
        assertThat(speakers("it", "«Riapriremo il ponte», ha detto il sindaco.")).containsExactly("il sindaco");
        assertThat(speakers("es", "“Abriremos el puente”, dijo la alcaldesa.")).containsExactly("la alcaldesa");
        assertThat(speakers("fr", "« Nous rouvrirons le pont », a déclaré la maire.")).containsExactly("la maire");
        assertThat(speakers("fr", "« Il n'y a aucun risque », a dit l'avocate.")).containsExactly("l'avocate");
        assertThat(speakers("pt", "“Vamos reabrir a ponte”, disse o prefeito.")).containsExactly("o prefeito");
        assertThat(speakers("de", "Die Oberbürgermeisterin sagte: „Wir öffnen die Brücke.“"))
                .containsExactly("Die Oberbürgermeisterin");
    }

    /** A compound past's auxiliary stands between the subject and the participle: it is no part of the speaker. */
    @Test
    void theAuxiliaryOfACompoundPastIsNoPartOfTheSpeaker() {
        assertThat(speakers("it", "Il sindaco ha detto: «Siamo in anticipo».")).containsExactly("Il sindaco");
        assertThat(speakers("fr", "La maire a déclaré : « Nous sommes en avance ».")).containsExactly("La maire");
        assertThat(speakers("en", "The mayor has said: “We are ahead.”")).containsExactly("The mayor");
    }

    /** "Ils ont dit", "selon un rapport qui ...", "Le Ministre ... en disant que": what other languages' words name. */
    @Test
    void pronounsNamingNobodyRelativeClausesAndAnOfficeAsSubject() {
        assertThat(extract("fr", "Ils ont dit : « Nous partons demain »."))
                .singleElement().satisfies(q -> assertThat(q.speaker()).isNull());
        assertThat(speakers("fr", "« Le danger est réel », selon un rapport qui cite la police."))
                .containsExactly("un rapport");
        assertThat(speakers("fr", "Le Ministre de la défense a cependant prévenu, en disant que « tout ira bien »."))
                .containsExactly("Le Ministre");
    }

    /** A description longer than the usual window, then the name after its comma: the name speaks. */
    @Test
    void aLongDescriptionThenTheNameAfterItsComma() {
        assertThat(speakers("fr", "« Ils vont bien », a dit le porte-parole du ministère des Affaires étrangères de la "
                + "république, Ali Karimi, mardi.")).containsExactly("Ali Karimi");
    }

    /**
     * French and German put the pronoun after the verb when the attribution follows the quote ("a-t-il dit",
     * "déclare-t-elle", "sagte er"): it stands for the person last put forward, as "he said" does.
     */
    @Test
    void aPronounAfterTheVerbStandsForThePersonLastPutForward() {
        assertThat(extract("fr", "Le maire Paul Ravel a présenté le budget lundi.",
                "« Nous tiendrons nos promesses », a-t-il dit.")).extracting(Quote::speaker)
                .containsExactly("Paul Ravel");
        assertThat(extract("fr", "La juge Claire Nodier a suspendu les travaux.",
                "« La loi est claire », déclare-t-elle.")).extracting(Quote::speaker).containsExactly("Claire Nodier");
        assertThat(extract("fr", "La juge Claire Nodier a suspendu les travaux.",
                "« La loi est claire », a-t-elle déclaré.")).extracting(Quote::speaker).containsExactly("Claire Nodier");
        assertThat(extract("de", "Bürgermeister Jonas Falk stellte am Montag den Haushalt vor.",
                "„Wir halten unsere Versprechen“, sagte er.")).extracting(Quote::speaker).containsExactly("Jonas Falk");
        assertThat(extract("de", "Bürgermeisterin Petra Lohse stellte am Montag den Haushalt vor.",
                "„Wir halten unsere Versprechen“, sagte sie.")).extracting(Quote::speaker).containsExactly("Petra Lohse");
    }

    /** German writes an office held by a woman with "-in" before the name; the office is no part of the name. */
    @Test
    void aGermanOfficeBeforeTheNameIsNoPartOfIt() {
        assertThat(speakers("de", "„Wir schließen die Station“, sagte die medizinische Direktorin Ilse Kramer."))
                .containsExactly("Ilse Kramer");
        assertThat(speakers("de", "„Das ist ein Kompromiss“, sagte die Vermittlerin Marta Lindqvist."))
                .containsExactly("Marta Lindqvist");
    }
}
