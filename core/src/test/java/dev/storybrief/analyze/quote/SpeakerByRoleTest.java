package dev.storybrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Speakers named by a role: the person the article names for it, never an organisation or a ship. */
class SpeakerByRoleTest {

    /** "said Ostra's safety director, Mia Holm": the name after the comma speaks, not the company owning the role. */
    @Test
    void aRoleSetOffByACommaBeforeTheNameGivesThePerson() {
        List<String> article = List.of("The ferry Ostra ran aground on Tuesday.",
                "“The hull held, and that saved lives,” said Ostra’s safety director, Mia Holm.");
        assertThat(new QuoteExtractor().extract(article)).extracting(Quote::speaker).containsExactly("Mia Holm");
        assertThat(new SpeakerResolver(article).resolve("Mia Holm").role()).isEqualTo("Ostra’s safety director");
    }

    /** "The captain of the ferry Ostra": Ostra is the ferry's name, so "the captain" is no one named. */
    @Test
    void aShipNamedAfterARoleIsNotTheRoleHolder() {
        assertThat(new SpeakerResolver(List.of("The captain of the ferry Ostra said the fog came in fast."))
                .resolve("the captain").name()).isEqualTo("the captain");
    }

    /** "Lena Dahl, who leads the union": an office given by its verb links "the union leader" to her. */
    @Test
    void anOfficeGivenByItsVerbLinksTheRoleToThePerson() {
        Speaker leader = new SpeakerResolver(List.of("Lena Dahl, who leads the union, told members the deal was fair."))
                .resolve("the union leader");
        assertThat(List.of(leader.name(), leader.role())).containsExactly("Lena Dahl", "leader of the union");
        assertThat(new SpeakerResolver(List.of("Lena Dahl, who joined the union in May, told members it was fair."))
                .resolve("the union leader").name()).isEqualTo("the union leader");
    }
}
