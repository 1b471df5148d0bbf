package dev.storybrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.analyze.entity.EntityMention;
import dev.storybrief.analyze.entity.EntityRecognizer;
import dev.storybrief.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A description, a comma, then a name: the name is the one speaking, in every language the quote finder reads
 * ("said the study's lead author, Dr. Ana Pardo", "dijo el presidente del club, Tomás Vera", "disse a mãe, Rita
 * Lopes"), and the described body is never the speaker.
 */
class AppositiveSpeakerTest {
    private final QuoteExtractor extractor = new QuoteExtractor();
    private final EntityRecognizer recognizer = new EntityRecognizer();

    private List<String> speakers(String language, String... sentences) {
        List<String> list = List.of(sentences);
        return extractor.extract(list, recognizer.recognizeDocument(list), language).stream().map(Quote::speaker).toList();
    }

    /** An office of a named body, a comma, the holder: "a ministra da Saúde, Marta Reis". */
    @Test
    void anOfficeOfANamedBodyThenTheHolder() {
        assertThat(speakers("pt", "\"Os hospitais funcionaram normalmente\", disse a ministra da Saúde, Marta Reis."))
                .containsExactly("Marta Reis");
        assertThat(speakers("es", "«El club no vende a nadie», dijo el presidente del Atlético Ribera, Tomás Vera."))
                .containsExactly("Tomás Vera");
    }

    /** A description the word lists do not hold ("o coordenador do sindicato", "a mãe") still describes the name. */
    @Test
    void anyDescriptionOpeningWithAnArticleThenTheName() {
        assertThat(speakers("pt", "« É a maior greve do ano », disse o coordenador do sindicato, Jorge Matos, em Braga."))
                .containsExactly("Jorge Matos");
        assertThat(speakers("pt", "\"Ele está bem, graças a Deus\", disse a mãe, Rita Lopes."))
                .containsExactly("Rita Lopes");
    }

    /**
     * The holder's rank written small before the name ("el teniente coronel Andrés Molina", "coronel Marcos
     * Teixeira"), and the office's complement before the comma ("de la comarca"), do not hide the name.
     */
    @Test
    void aRankBeforeTheNameAndAComplementBeforeTheComma() {
        assertThat(speakers("es", "«El fuego está controlado», dijo el jefe de la Guardia Civil de la comarca, el teniente"
                + " coronel Tomás Vera.")).containsExactly("Tomás Vera");
        assertThat(speakers("pt", "\"Estamos a fazer tudo\", disse o comandante dos bombeiros, coronel Jorge Matos."))
                .containsExactly("Jorge Matos");
    }

    /** "said the study's lead author, Dr. Ana Pardo": a courtesy title before the name does not hide it. */
    @Test
    void aTitleBeforeTheNameAfterTheComma() {
        assertThat(speakers("en", "\"Sleep matters more than we thought,\" said the study's lead author, Dr. Ana Pardo."))
                .containsExactly("Ana Pardo");
    }

    /**
     * "Brantwood chief executive Nora Quist called the bid ...": the person after the role speaks, not the firm, even
     * where the recogniser took the firm for a person (a firm named like a family).
     */
    @Test
    void aFirmsRoleBeforeThePersonInTheSubject() {
        String sentence = "Brantwood chief executive Nora Quist called the bid \"far too low for our owners.\"";
        List<EntityMention> entities = List.of(new EntityMention(0, 9, "Brantwood", EntityType.PERSON),
                new EntityMention(26, 36, "Nora Quist", EntityType.PERSON));
        assertThat(extractor.extract(List.of(sentence), List.of(entities), "en")).extracting(Quote::speaker)
                .containsExactly("Nora Quist");
    }
}
