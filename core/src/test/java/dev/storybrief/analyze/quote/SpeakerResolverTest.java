package dev.storybrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Name and role resolution of {@link SpeakerResolver}; the article text is made up. */
class SpeakerResolverTest {

    private static final List<String> ARTICLE = List.of(
            "“The army has dissolved,” said regional expert Petra Lindqvist.",
            "“Borders come first,” said Lindqvist, a senior analyst at Halden Insight in Oslo.",
            "“It is too soon,” said Col. Ahmed Barrak, who believes the threat remains.",
            "The alliance's secretary-general, Jonas Pell, called the mission a success.",
            "“There will be an overwatch role,” Pentagon spokesman, Capt. Ron Kessler said.",
            "Pell said the mandate had been fulfilled.");

    private final SpeakerResolver resolver = new SpeakerResolver(ARTICLE);

    @Test
    void surnameResolvesToTheFullNameAndTheLongestRole() {
        assertThat(resolver.resolve("Lindqvist"))
                .isEqualTo(new Speaker("Petra Lindqvist", "a senior analyst at Halden Insight in Oslo"));
    }

    @Test
    void titleIsDroppedAndUsedAsRoleWhenNothingElseIsSaid() {
        assertThat(resolver.resolve("Col. Ahmed Barrak")).isEqualTo(new Speaker("Ahmed Barrak", "Col."));
    }

    @Test
    void appositiveBeforeTheName() {
        assertThat(resolver.resolve("Pell")).isEqualTo(new Speaker("Jonas Pell", "alliance's secretary-general"));
    }

    @Test
    void roleBeforeACommaAndName() {
        assertThat(resolver.resolve("Ron Kessler").role()).isEqualTo("Pentagon spokesman");
    }

    /**
     * A courtesy title is no role ("to be about Mr. Dahl's faith"), a closing bracket ends what comes before it
     * ("(Wire) Norwegian Minister"), and a list after a name is no apposition.
     */
    @Test
    void courtesyTitlesBracketsAndListsAreNoRoles() {
        SpeakerResolver other = new SpeakerResolver(List.of(
                "“We never meant the flyer to be about Mr. Maren Dahl's faith,” said Tor Vik.",
                "(Wire) Norwegian Minister Ola Berg left the country.",
                "The talks involved Kari Lund, the tenants' association and the agency building the new station.",
                "It is unclear in light of the judge's order what help Per Moe might have received."));
        assertThat(other.resolve("Maren Dahl").role()).isNull();
        assertThat(other.resolve("Ola Berg").role()).isEqualTo("Norwegian Minister");
        assertThat(other.resolve("Kari Lund").role()).isNull();
        assertThat(other.resolve("Per Moe").role()).as("a question word opens a clause").isNull();
    }

    /** A description is a noun phrase ending in what the person is; a clause or a dangling preposition is none. */
    @Test
    void aClauseOrAPhraseEndingInAPrepositionIsNoRole() {
        SpeakerResolver other = new SpeakerResolver(List.of(
                "The envoy sent to Oslo to argue for Maren Dahl's release, Tor Vik, said little.",
                "“We ask for calm,” said Ola Berg, Kari Lund and Per Moe were hoping to meet officials."));
        assertThat(other.resolve("Maren Dahl").role()).isNull();
        assertThat(other.resolve("Ola Berg").role()).isNull();
        assertThat(other.resolve("Tor Vik").role()).isEqualTo("envoy sent to Oslo to argue for Maren Dahl's release");
    }

    /** Focusing words, openings with a preposition or a number, and verbs with objects are no part of a role. */
    @Test
    void aRoleReadsAsANounPhrase() {
        SpeakerResolver other = new SpeakerResolver(List.of(
                "“We agree,” said even Mayor Ines Holm.",
                "In a statement released Monday Ola Berg agreed.",
                "The ministry confirmed as chairman last month Kari Lund.",
                "“We will wait,” exclaimed port medical officer Peter Morgan.",
                "“It is late,” said Lise Dal, a lawyer for the states."));
        assertThat(other.resolve("Ines Holm").role()).isEqualTo("Mayor");
        assertThat(other.resolve("Ola Berg").role()).isNull();
        assertThat(other.resolve("Kari Lund").role()).isNull();
        assertThat(other.resolve("Peter Morgan").role()).isEqualTo("port medical officer");
        assertThat(other.resolve("Lise Dal").role()).isEqualTo("a lawyer for the states");
    }

    /** A relative clause or a participle after the role's noun describes the person and stays in the role. */
    @Test
    void aRelativeClauseInsideARoleStays() {
        SpeakerResolver other = new SpeakerResolver(List.of(
                "“We saw it,” said Kari Lund, a harbour manager who attended the meeting.",
                "“It will hold,” said Ola Berg, the former mayor tipped to be the next governor.",
                "“We wait,” said Harbour Department litigator Peter Morgan.",
                "“We run,” said Lise Dal, a ferry executive who is taking on Peter Morgan.",
                "Harbour police arrested Tor Vik on Monday."));
        assertThat(other.resolve("Kari Lund").role()).isEqualTo("a harbour manager who attended the meeting");
        assertThat(other.resolve("Ola Berg").role()).isEqualTo("the former mayor tipped to be the next governor");
        assertThat(other.resolve("Peter Morgan").role()).isEqualTo("Harbour Department litigator");
        assertThat(other.resolve("Lise Dal").role()).isEqualTo("a ferry executive who is taking on Peter Morgan");
        assertThat(other.resolve("Tor Vik").role()).isNull();
    }

    /** A title and name before a comma and the speaker's name is someone else, unless it relates the two. */
    @Test
    void anotherPersonIsNoRole() {
        SpeakerResolver other = new SpeakerResolver(List.of(
                "After a meeting with Harbour Commander Peter Morgan, Anna Berg said the pier stays shut.",
                "A top aide to Mayor Peter Morgan, Kari Lund, said the same."));
        assertThat(other.resolve("Anna Berg").role()).isNull();
        assertThat(other.resolve("Kari Lund").role()).isEqualTo("top aide to Mayor Peter Morgan");
        SpeakerResolver opening = new SpeakerResolver(List.of(
                "“We will win,” said Anna Berg, Peter Morgan of Dover to replace Kari Lund as leader.",
                "“We will wait,” said Ola Berg, Peter Morgan's deputy.",
                "“We will see,” said Peter Morgan aide Lise Dal."));
        assertThat(opening.resolve("Anna Berg").role()).isNull();
        assertThat(opening.resolve("Ola Berg").role()).isEqualTo("Peter Morgan's deputy");
        assertThat(opening.resolve("Lise Dal").role()).isEqualTo("Peter Morgan aide");
    }

    @Test
    void unknownNameComesBackAsWritten() {
        assertThat(resolver.resolve("Western diplomats")).isEqualTo(new Speaker("Western diplomats", null));
    }

    @Test
    void descriptionLinksToTheOnePersonWhoseRoleFitsIt() {
        assertThat(resolver.resolve("the military alliance's leader"))
                .isEqualTo(new Speaker("Jonas Pell", "alliance's secretary-general"));
        assertThat(resolver.resolve("the Pentagon spokesman").name()).isEqualTo("Ron Kessler");
    }

    @Test
    void descriptionThatFitsNobodyStaysADescription() {
        assertThat(resolver.resolve("the gambling tycoon")).isEqualTo(new Speaker("the gambling tycoon", null));
    }

    @Test
    void twoPeopleWithTheSameSurnameStayTwoPeople() {
        SpeakerResolver two = new SpeakerResolver(List.of(
                "Former president Bill Halvorsen campaigned in Ohio.",
                "His wife, Senator Hillary Halvorsen, spoke in Iowa.",
                "“We will win,” Halvorsen said."));
        assertThat(two.resolve("Bill Halvorsen").name()).isEqualTo("Bill Halvorsen");
        assertThat(two.resolve("Hillary Halvorsen").name()).isEqualTo("Hillary Halvorsen");
        assertThat(two.resolve("Halvorsen").name()).isEqualTo("Halvorsen");
    }

    @Test
    void aDescriptionFittingTwoPeopleIsNotGuessed() {
        SpeakerResolver two = new SpeakerResolver(List.of(
                "Party leader Anna Brok met party leader Tom Lind on Monday.",
                "“We agree,” the party leader said."));
        assertThat(two.resolve("the party leader").name()).isEqualTo("the party leader");
    }

    /** Roles before a name as live pages and wire copy write them, met briefing a story of 286 reports. */
    @Test
    void aRoleBeforeANameStopsAtALinkingAsANumberADateAnotherPersonOrAVerb() {
        SpeakerResolver resolver = new SpeakerResolver(List.of(
                "The city is mobilising a huge aid effort as Mayor Ines Holm pledged help.",
                "Hundreds went to the clinic for treatment 1541 Governor Ola Berg says teams will arrive.",
                "The reporter spoke to the radio's Peter Moe Norwegian Minister Kari Lund has said little.",
                "That included Foreign Minister Lise Dal.",
                "Tor Vik, spokesman for Prime Minister Anna Berg, said the talks went on.",
                "On the morning of 4 June Defence Minister Ivar Dahl confirmed the closure.",
                "On Monday Fire Chief Siri Moen said the blaze was out."));
        assertThat(resolver.resolve("Ines Holm").role()).isEqualTo("Mayor");
        assertThat(resolver.resolve("Ola Berg").role()).isEqualTo("Governor");
        assertThat(resolver.resolve("Kari Lund").role()).isEqualTo("Norwegian Minister");
        assertThat(resolver.resolve("Lise Dal").role()).isEqualTo("Foreign Minister");
        assertThat(resolver.resolve("Anna Berg").role()).as("the spokesman is Tor Vik").isEqualTo("Prime Minister");
        assertThat(resolver.resolve("Tor Vik").role()).isEqualTo("spokesman for Prime Minister Anna Berg");
        assertThat(resolver.resolve("Ivar Dahl").role()).as("a date is no part of a role").isEqualTo("Defence Minister");
        assertThat(resolver.resolve("Siri Moen").role()).isEqualTo("Fire Chief");
    }

    /** German writes an office as one word before the name; the entity recogniser leaves it out of the name. */
    @Test
    void aGermanOfficeBeforeTheNameIsTheRole() {
        SpeakerResolver resolver = german(List.of(
                "„Wir haben die ganze Nacht gearbeitet“, sagte Feuerwehrchef Jonas Keller.",
                "Bürgermeisterin Petra Vogel kündigte Hilfe an.",
                "„Es geht voran“, sagte Richter."));
        assertThat(resolver.resolve("Jonas Keller")).isEqualTo(new Speaker("Jonas Keller", "Feuerwehrchef"));
        assertThat(resolver.resolve("Vogel")).isEqualTo(new Speaker("Petra Vogel", "Bürgermeisterin"));
        assertThat(resolver.resolve("Richter").role()).as("a surname that is an office alone").isNull();
    }

    /** French, Spanish, Italian and Portuguese put the office between an article and the name. */
    @Test
    void aRomanceOfficeAfterItsArticleIsTheRole() {
        SpeakerResolver resolver = new SpeakerResolver(List.of(
                "« Le feu s'est propagé très vite », a déclaré le maire Jean Dupont.",
                "Selon le Premier ministre Luc Garnier, la situation est grave.",
                "La ministra Ana García visitó la zona el lunes.",
                "\"Ci vorranno giorni\", ha detto l'ingegnere Paolo Rinaldi.",
                "Elle a rencontré le gouvernement Marc Aubry hier.",
                "« Nous ne lâcherons rien », a déclaré Marc Lefèvre, délégué syndical CGT.",
                "Dans un communiqué publié lundi le préfet Paul Morel a appelé au calme.",
                "El fuego está estabilizado, dijo el consejero de Medio Ambiente, Luis Ortega."));
        assertThat(resolver.resolve("Dupont")).isEqualTo(new Speaker("Jean Dupont", "maire"));
        assertThat(resolver.resolve("Luc Garnier").role()).isEqualTo("Premier ministre");
        assertThat(resolver.resolve("Ana García").role()).isEqualTo("ministra");
        assertThat(resolver.resolve("Paolo Rinaldi").role()).isEqualTo("ingegnere");
        assertThat(resolver.resolve("Marc Aubry").role()).as("not an office").isNull();
        assertThat(resolver.resolve("Marc Lefèvre").role()).isEqualTo("délégué syndical CGT");
        assertThat(resolver.resolve("Paul Morel").role()).as("the office, not the clause before it").isEqualTo("préfet");
        assertThat(resolver.resolve("Luis Ortega").role()).as("before a name ending the sentence")
                .isEqualTo("consejero de Medio Ambiente");
    }

    /**
     * "Mrs Halvorsen" in an article naming Hillary and Bill Halvorsen: the article's own pronouns give each full name
     * its gender; the courtesy title (or "she") picks the one that fits. A pronoun inside a quotation speaks of
     * someone else and counts for nobody.
     */
    @Test
    void aCourtesyTitleTellsTwoPeopleOfOneSurnameApartByWhatTheTextSaysOfThem() {
        SpeakerResolver two = new SpeakerResolver(List.of(
                "Hillary Halvorsen told voters on Monday that she would cut taxes.",
                "Bill Halvorsen spoke later at a rally, where he praised the volunteers.",
                "“We are going to win this state,” Mrs Halvorsen said.",
                "“She is the best candidate I have ever seen,” Mr Halvorsen said."));
        assertThat(two.resolve("Halvorsen", Gender.FEMALE).name()).isEqualTo("Hillary Halvorsen");
        assertThat(two.resolve("Halvorsen", Gender.MALE).name()).isEqualTo("Bill Halvorsen");
        assertThat(two.resolve("Halvorsen", null).name()).as("no cue: not guessed").isEqualTo("Halvorsen");
    }

    @Test
    void aCourtesyTitleBeforeAFullNameIsEvidenceAndOneShownOfTheOtherGenderLeavesTheOther() {
        SpeakerResolver titled = new SpeakerResolver(List.of(
                "Mr Tom Lind and Kari Lind arrived in Oslo on Monday.",
                "“We are glad,” Mrs Lind said."));
        assertThat(titled.resolve("Lind", Gender.FEMALE).name()).isEqualTo("Kari Lind");
        assertThat(titled.resolve("Lind", Gender.MALE).name()).isEqualTo("Tom Lind");
    }

    @Test
    void withoutEvidenceOrWithItOnlyInsideQuotesTheSurnameStaysUnresolved() {
        SpeakerResolver unknown = new SpeakerResolver(List.of(
                "Tom Lind and Kari Lind arrived in Oslo on Monday.",
                "Kari Lind said: “He is tired.”",
                "“We are glad,” Mrs Lind said."));
        assertThat(unknown.resolve("Lind", Gender.FEMALE).name()).isEqualTo("Lind");
    }

    @Test
    void theSpeakerWordsGiveTheGenderByPronounOrCourtesyTitle() {
        assertThat(Gender.ofSpeakerWords("she", "“We won,” ")).isEqualTo(Gender.FEMALE);
        assertThat(Gender.ofSpeakerWords("Halvorsen", "“We won,” Mr. ")).isEqualTo(Gender.MALE);
        assertThat(Gender.ofSpeakerWords("Halvorsen", "“We won,” Senator ")).isNull();
    }

    @Test
    void aRoleBeforeACommaAndANameEndingTheSentence() {
        SpeakerResolver resolver = new SpeakerResolver(List.of(
                "“We did all we could,” said the company's spokesman, Tom Barrow."));
        assertThat(resolver.resolve("Barrow")).isEqualTo(new Speaker("Tom Barrow", "company's spokesman"));
    }

    /** "sagte die Oberbürgermeisterin", "dijo la alcaldesa": a description names the one holder of that office. */
    @Test
    void aDescriptionInAnotherLanguageNamesTheOfficeHolder() {
        SpeakerResolver german = german(List.of("Oberbürgermeisterin Katrin Albers besuchte die Baustelle.",
                "Verkehrsminister Paul Weber kam später."));
        assertThat(german.resolve("die Oberbürgermeisterin")).isEqualTo(new Speaker("Katrin Albers", "Oberbürgermeisterin"));
        assertThat(german.resolve("der Minister").name()).as("the compound's last part").isEqualTo("Paul Weber");
        assertThat(german.resolve("der Bauleiter")).as("nobody holds it").isEqualTo(new Speaker("der Bauleiter", null));
        assertThat(resolveIn("La alcaldesa Lucía Romero visitó las obras.", "la alcaldesa"))
                .isEqualTo(new Speaker("Lucía Romero", "alcaldesa"));
        assertThat(resolveIn("L'avocate Sophie Marchal a parlé.", "l'avocate").name()).isEqualTo("Sophie Marchal");
        assertThat(resolveIn("O prefeito Carlos Mendes visitou as obras.", "o prefeito").name()).isEqualTo("Carlos Mendes");
        assertThat(german(List.of("Die Ministerin Eva Roth traf Ministerin Ana Kurz.")).resolve("die Ministerin").name())
                .as("two hold it").isEqualTo("die Ministerin");
    }

    /** Masculine and feminine forms of one office are one job: "il sindaco" is "la sindaca Giulia Conti". */
    @Test
    void anOfficeInTheOtherGenderIsTheSameJob() {
        assertThat(resolveIn("La sindaca Giulia Conti ha visitato il cantiere.", "il sindaco").name())
                .isEqualTo("Giulia Conti");
        assertThat(german(List.of("Oberbürgermeister Jan Ried besuchte die Baustelle.")).resolve("die Bürgermeisterin").name())
                .isEqualTo("Jan Ried");
    }

    /**
     * A description's head is the noun before its complement ("the head of the agency"); where the Romance languages put
     * an adjective after the office, the office ("la sindaca uscente").
     */
    @Test
    void theHeadIsTheNounBeforeItsComplementAndTheOfficeBeforeItsAdjective() {
        assertThat(resolveIn("Agency chief Mara Lind said the dam held.", "the head of the agency").name())
                .isEqualTo("Mara Lind");
        assertThat(resolveIn("Il sindaco uscente Giulia Conti ha parlato.", "la sindaca uscente").name())
                .isEqualTo("Giulia Conti");
    }

    /** "Der Minister für Verkehr Paul Weber": German articles are no part of a role, as "the" is not. */
    @Test
    void aGermanArticleIsNoPartOfTheRole() {
        assertThat(german(List.of("Der Minister für Verkehr Paul Weber schwieg.")).resolve("Paul Weber").role())
                .isEqualTo("Minister für Verkehr");
        assertThat(resolveIn("Hier, le ministre des Transports Paul Moreau a parlé.", "Paul Moreau").role())
                .as("the ministry stays in the role").isEqualTo("ministre des Transports");
    }

    /** The speaker behind {@code written} in an article of one sentence. */
    /** A resolver over a German article, its entities recognised in German (German offices are read there only). */
    private static SpeakerResolver german(List<String> sentences) {
        return new SpeakerResolver(sentences, "de");
    }

    private static Speaker resolveIn(String sentence, String written) {
        return new SpeakerResolver(List.of(sentence)).resolve(written);
    }
}
