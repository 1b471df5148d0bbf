package dev.storybrief.analyze.entity;

import dev.storybrief.model.EntityType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rule by rule checks of {@link EntityRecognizer}; the sentences are made up for the tests. */
class EntityRecognizerTest {

    private final EntityRecognizer recognizer = new EntityRecognizer();

    /** The names found in one sentence, as written. */
    private List<String> names(String sentence) {
        return recognize(sentence).stream().map(EntityMention::text).toList();
    }

    private List<EntityMention> recognize(String sentence) {
        return recognizer.recognize(sentence);
    }

    @Test
    void gazetteerPlacesAndOrganisations() {
        assertThat(recognize("Diplomats in Brussels said NATO and the European Union disagree over Libya."))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Brussels", EntityType.PLACE), tuple("NATO", EntityType.ORGANIZATION),
                        tuple("European Union", EntityType.ORGANIZATION), tuple("Libya", EntityType.PLACE));
    }

    /** A participle opening the sentence and the sentence's own full stop are no part of a name. */
    @Test
    void aNameKeepsNeitherAnOpeningParticipleNorTheFullStop() {
        assertThat(recognize("Citing Hun Sen's threats, the opposition stayed abroad.")).extracting(EntityMention::text)
                .containsExactly("Hun Sen");
        assertThat(recognize("The opposition stayed abroad after threats from Hun Sen.")).extracting(EntityMention::text)
                .containsExactly("Hun Sen");
        assertThat(recognize("The bill was backed by Sen. John Kerry.")).extracting(EntityMention::text)
                .containsExactly("John Kerry");
    }

    @Test
    void titlesAreCutOffThePerson() {
        assertThat(recognize("The order came from Col. Ahmed Bani and President Barack Obama."))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Ahmed Bani", EntityType.PERSON), tuple("Barack Obama", EntityType.PERSON));
    }

    /** Local and legislative offices, and what someone is in the story, are titles as "President" is. */
    @Test
    void officesAndStoryRolesBeforeANameAreTitles() {
        assertThat(recognize("Passenger Lena Marsh said the flight was calm."))
                .extracting(EntityMention::text).containsExactly("Lena Marsh");
        assertThat(recognize("The budget was opposed by Chief Whip Tomas Reyes and Assessor Kari Lund."))
                .extracting(EntityMention::text).containsExactly("Tomas Reyes", "Kari Lund");
    }

    /** Firms named after their people, buildings and stations, AP state abbreviations; laws and flights are things. */
    @Test
    void keywordsTypeFirmsBuildingsAndStatesAndLawsAreNoEntities() {
        assertThat(recognize("Harbor Partners said the Quayside Tower in Newport, N.J., near Elm Road Station, is safe."))
                .extracting(EntityMention::text, EntityMention::type)
                .contains(tuple("Harbor Partners", EntityType.ORGANIZATION), tuple("Quayside Tower", EntityType.PLACE),
                        tuple("N.J.", EntityType.PLACE), tuple("Elm Road Station", EntityType.PLACE));
        assertThat(recognize("The court relies on the Lisbon Statute and the Harbor Safety Act.")).isEmpty();
    }

    @Test
    void organisationBeforeATitleIsKeptApart() {
        assertThat(recognize("Yesterday NATO Secretary General Anders Fogh Rasmussen flew to Tripoli."))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("NATO", EntityType.ORGANIZATION),
                        tuple("Anders Fogh Rasmussen", EntityType.PERSON), tuple("Tripoli", EntityType.PLACE));
    }

    /** "Transport Secretary", "Fire Chief": an unknown word before a title names the office, not a person. */
    @Test
    void aWordThatQualifiesATitleIsNoEntity() {
        assertThat(recognize("Later, Transport Secretary Lena Marsh and Fire Chief Tomas Reyes visited the depot."))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Lena Marsh", EntityType.PERSON), tuple("Tomas Reyes", EntityType.PERSON));
    }

    @Test
    void placePrefixesMakeAPlaceUnlessAnOrganisationIsNamed() {
        assertThat(recognize("Ferries left Port Kessly at noon, and the Port Kessly Harbour Board met later."))
                .extracting(EntityMention::text, EntityMention::type)
                .contains(tuple("Port Kessly", EntityType.PLACE))
                .doesNotContain(tuple("Port Kessly Harbour Board", EntityType.PLACE));
        assertThat(recognize("Crews reached Mount Ardel before dark."))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Mount Ardel", EntityType.PLACE));
    }

    @Test
    void roleOfAPlace() {
        assertThat(recognize("He met the Prime Minister of Libya in the afternoon."))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Libya", EntityType.PLACE));
    }

    @Test
    void organisationKeywordsAndOfPhrases() {
        assertThat(recognize("A report by the Center for Transatlantic Relations reached the Ministry of Finance."))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Center for Transatlantic Relations", EntityType.ORGANIZATION),
                        tuple("Ministry of Finance", EntityType.ORGANIZATION));
        assertThat(recognize("Shares of Kestrel Motors rose after the Halvard University study."))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Kestrel Motors", EntityType.ORGANIZATION),
                        tuple("Halvard University", EntityType.ORGANIZATION));
    }

    @Test
    void unknownAcronymIsAnOrganisation() {
        assertThat(recognize("Fighters loyal to the XLF held the port."))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("XLF", EntityType.ORGANIZATION));
    }

    @Test
    void placeKeywordsAndLocativePrepositions() {
        assertThat(recognize("Boats crossed the Varna Strait and landed near Kostel."))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Varna Strait", EntityType.PLACE), tuple("Kostel", EntityType.PLACE));
    }

    @Test
    void possessiveIsOutsideTheSpan() {
        assertThat(recognize("The country's new rulers inherited Gadhafi's arsenal and Libya's debts."))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Gadhafi", EntityType.PERSON), tuple("Libya", EntityType.PLACE));
    }

    @Test
    void sentenceInitialCommonWordsAreNotNames() {
        assertThat(recognize("Security remains a concern, officials said.")).isEmpty();
        assertThat(recognize("However, Hamilton said the alliance is ready.")).extracting(EntityMention::text)
                .containsExactly("Hamilton");
        assertThat(recognize("Stockpiles of weapons remain.")).isEmpty();
    }

    @Test
    void sentenceInitialNameFollowedByAVerbIsKept() {
        assertThat(recognize("Mahathir told reporters he would stay."))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Mahathir", EntityType.PERSON));
    }

    @Test
    void nationalitiesAndHeadlinesAreNotEntities() {
        assertThat(recognize("Libyan and Western officials met Turkish diplomats.")).isEmpty();
        assertThat(recognize("TACKLING SECURITY")).isEmpty();
        assertThat(recognize("South Korean officials denied it.")).isEmpty();
    }

    @Test
    void eventsAreNotEntities() {
        assertThat(recognize("Operation Unified Protector ended before the Winter Olympics.")).isEmpty();
    }

    @Test
    void twoNamesSideBySideAreSplit() {
        assertThat(recognize("The US ambassador to the UN Susan Rice spoke."))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("US", EntityType.PLACE), tuple("UN", EntityType.ORGANIZATION),
                        tuple("Susan Rice", EntityType.PERSON));
    }

    @Test
    void arabicNameParticles() {
        assertThat(recognize("Intelligence chief Abdullah al-Senussi fled south.")).extracting(EntityMention::text)
                .containsExactly("Abdullah al-Senussi");
    }

    @Test
    void documentModeUsesTheRestOfTheArticle() {
        List<String> article = List.of(
                "Analyst Brenna Vostrikova expects a long transition.",
                "Vostrikova, however, sees reasons for hope.",
                "Security is a concern for the new government, and security forces are weak.");
        List<List<EntityMention>> mentions = recognizer.recognizeDocument(article);
        assertThat(mentions.get(0)).extracting(EntityMention::text).containsExactly("Brenna Vostrikova");
        assertThat(mentions.get(1)).extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Vostrikova", EntityType.PERSON));
        assertThat(mentions.get(2)).isEmpty();
    }

    @Test
    void offsetsMatchText() {
        String sentence = "Pentagon spokesman George Little said aircraft from Italy and Qatar joined.";
        List<EntityMention> mentions = recognize(sentence);
        assertThat(mentions).extracting(EntityMention::text)
                .containsExactly("Pentagon", "George Little", "Italy", "Qatar");
        mentions.forEach(m -> assertThat(sentence.substring(m.start(), m.end())).isEqualTo(m.text()));
    }

    /** Names as live pages and wire copy write them, met briefing a story of 286 reports. */
    @Test
    void romanisedGivenNamesPluralOfficesCourtesyTitlesAndPlacesBeforeSpeechVerbs() {
        assertThat(recognize("UN Secretary General Ban Ki-moon met Kim Jong-un in an Obama-led effort."))
                .extracting(EntityMention::text)
                .as("a short English tail stays a tail").startsWith("UN", "Ban Ki-moon", "Kim Jong-un")
                .doesNotContain("Obama-led");
        assertThat(recognize("Presidents Obama and Sarkozy agree to work together."))
                .extracting(EntityMention::text, EntityMention::type)
                .contains(tuple("Obama", EntityType.PERSON)).doesNotContain(tuple("Presidents Obama", EntityType.PERSON));
        assertThat(recognize("The roads are jammed, said Ms Byrs of the UN."))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Byrs", EntityType.PERSON), tuple("UN", EntityType.ORGANIZATION));
        // any title before a given name: the person, then where the person works ("of King's ...": not "of King")
        assertThat(recognize("The risk is small, said Professor Tom Reilly of Harlan's Brook College."))
                .extracting(EntityMention::text, EntityMention::type)
                .contains(tuple("Tom Reilly", EntityType.PERSON))
                .noneMatch(t -> t.toList().get(0).toString().contains(" of "));
        // "de" before a full name says whose the party is; before a surname it is part of the name
        assertThat(recognize("Con el 90% escrutado, el Partido Rojo de Marta Soler gana en Almira."))
                .extracting(EntityMention::text).contains("Marta Soler").doesNotContain("Partido Rojo de Marta Soler");
        assertThat(recognize("The general Charles de Gaulle spoke, and so did Maria de Fátima Sousa."))
                .extracting(EntityMention::text).contains("Charles de Gaulle", "Maria de Fátima Sousa");
        assertThat(recognize("The reporter Matt Frei in Jacmelville says the roads are jammed."))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Matt Frei", EntityType.PERSON), tuple("Jacmelville", EntityType.PLACE));
    }

    /** German compounds naming an office stay out of the person's name; a surname that is an office alone stays in. */
    @Test
    void germanOfficesBeforeANameAreTitles() {
        // German's offices are read in German text (OfficesByLanguageTest)
        assertThat(german("Das sagte Feuerwehrchef Jonas Keller am Montag.")).extracting(EntityMention::text)
                .contains("Jonas Keller").doesNotContain("Feuerwehrchef Jonas Keller");
        assertThat(german("Auch Bürgermeisterin Petra Vogel sprach.")).extracting(EntityMention::text)
                .contains("Petra Vogel");
        assertThat(german("Am Montag sprach Gerhard Richter.")).extracting(EntityMention::text)
                .contains("Gerhard Richter");
    }

    private List<EntityMention> german(String sentence) {
        return recognizer.recognizeDocument(List.of(sentence), Set.of(), Set.of(), "de").get(0);
    }

    /** French and German capitalise nationality nouns; the name after one is the person's alone. */
    @Test
    void frenchAndGermanNationalityNounsStayOutOfTheName() {
        assertThat(names("Le Britannique Tom Hale a rencontré hier la Française Claire Petit."))
                .containsExactly("Tom Hale", "Claire Petit");
        assertThat(names("L'Américain John Reed est arrivé.")).containsExactly("John Reed");
        assertThat(names("Der Brite Tom Hale traf die Amerikanerin Jane Reed."))
                .containsExactly("Tom Hale", "Jane Reed");
        // a German country's name is no French nationality noun: "Syrien" stays a place
        assertThat(recognize("Die Hilfe kam in Syrien an.")).extracting(EntityMention::text, EntityMention::type)
                .contains(tuple("Syrien", EntityType.PLACE));
    }

    /** What an office heads is written with a capital right before its holder's name: two names, not one. */
    @Test
    void theMinistryOrTownAnOfficeHeadsIsNoPartOfItsHoldersName() {
        assertThat(names("Hier, le ministre des Transports Paul Moreau a visité le chantier."))
                .containsExactly("Paul Moreau");
        assertThat(names("Ayer el ministro de Transportes Luis Vidal visitó la obra.")).containsExactly("Luis Vidal");
        assertThat(names("Ieri il ministro dei Trasporti Marco Rossi ha visitato il cantiere."))
                .containsExactly("Marco Rossi");
        assertThat(names("Ontem o ministro dos Transportes João Lima visitou a obra.")).containsExactly("João Lima");
        assertThat(names("Il a reçu le président de la République Jean Moreau.")).containsExactly("Jean Moreau");
        assertThat(names("Gestern sprach der Minister für Verkehr Paul Weber.")).containsExactly("Paul Weber");
        // a town the gazetteer knows is a name of its own, however many words it has
        assertThat(recognize("Ayer habló el alcalde de Buenos Aires Jorge Sosa.")).extracting(EntityMention::text,
                EntityMention::type).containsExactly(tuple("Buenos Aires", EntityType.PLACE),
                tuple("Jorge Sosa", EntityType.PERSON));
        // what a spokesman speaks for may be a person
        assertThat(names("Il a parlé avec le porte-parole de Marine Lenoir.")).containsExactly("Marine Lenoir");
    }

    /** An article opening a sentence is no name: not with an office alone, not because a name holds the word. */
    @Test
    void anArticleOpeningASentenceIsNoName() {
        assertThat(names("Der Minister für Verkehr Paul Weber schwieg.")).containsExactly("Paul Weber");
        assertThat(recognizer.recognizeDocument(List.of("Marine Le Garrec a parlé lundi.",
                "Le porte-parole a refusé de commenter."))).extracting(List::size).containsExactly(1, 0);
        assertThat(recognizer.recognizeDocument(List.of("Die Pendler warten.",
                "Die Bürgermeisterin Petra Vogel sprach."), Set.of(), Set.of(), "de").get(1)).extracting(EntityMention::text)
                .containsExactly("Petra Vogel");
        // "L'avocate": the capital is the sentence's, the word a common noun
        assertThat(names("L'avocate Sophie Marchal a parlé.")).containsExactly("Sophie Marchal");
    }

    /** A nationality after an office capitalised as a title ("le Premier Ministre Britannique") is no name either. */
    @Test
    void aNationalityAfterAnOfficeIsNoPartOfTheName() {
        assertThat(names("Hier, le Premier Ministre Britannique Tom Hale a parlé.")).containsExactly("Tom Hale");
        assertThat(recognize("Hier, le Premier Ministre Britannique a parlé.")).isEmpty();
        assertThat(names("Selon le Ministre Iranien des Affaires, Ali Karimi, tout va bien."))
                .doesNotContain("Selon le", "Selon").contains("Ali Karimi");
    }

    /** A name after an office and its link is not cut when it is one known name or too short to hold a holder. */
    @Test
    void whatAnOfficeHeadsStaysWholeWithoutAHolder() {
        assertThat(names("Il a parlé au maire de San Francisco hier.")).containsExactly("San Francisco");
        assertThat(names("Il a vu le président de Papua New Guinea hier.")).containsExactly("Papua New Guinea");
        assertThat(names("Il a parlé au premier ministre de la République de Chine hier."))
                .containsExactly("République de Chine");
    }

    /**
     * German capitalises every noun: a determiner or preposition opening the sentence and its noun are no name, nor
     * is the noun after an article before a name ("der Betreiber Nordhavn Lines") or a genitive ("Angaben der ...").
     */
    @Test
    void germanNounsAreNoNames() {
        assertThat(names("Ein Erdrutsch hat am Montag die Straße blockiert.")).isEmpty();
        assertThat(names("Dieses Feuer bewegt sich schnell.")).isEmpty();
        assertThat(names("Im Fährstreik von Lundby haben sich die Gewerkschaft und der Betreiber Nordhavn Lines "
                + "geeinigt.")).doesNotContain("Im Fährstreik von Lundby", "Betreiber Nordhavn Lines")
                .contains("Nordhavn Lines");
        assertThat(recognize("Die Einigung sichert nach Angaben der Schlichterin Marta Lindqvist die Jobs."))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Marta Lindqvist", EntityType.PERSON));
        assertThat(german("Gouverneurin Ada Quist rief den Notstand aus.")).extracting(EntityMention::text)
                .containsExactly("Ada Quist");
        // "der" after "Van" is a name's particle, and "Bei" opens Chinese names
        assertThat(names("The club said Pieter Van der Berg had resigned.")).containsExactly("Pieter Van der Berg");
        assertThat(names("Bei Lan said the poems were written in exile.")).containsExactly("Bei Lan");
    }

    /** Papers are named after what a paper was called; a hospital by another name is a place as a hospital is. */
    @Test
    void outletsAndInfirmariesAreNoPeople() {
        assertThat(recognize("Staff at Dunmore Ledger and Hillcrest Chronicle voted to strike."))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Dunmore Ledger", EntityType.ORGANIZATION),
                        tuple("Hillcrest Chronicle", EntityType.ORGANIZATION));
        assertThat(recognize("Hanna Brecht, a nurse at Dunmore Infirmary, said the wards were full."))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Hanna Brecht", EntityType.PERSON), tuple("Dunmore Infirmary", EntityType.PLACE));
    }

    /** The plural of a noun of agents opening a sentence speaks as a group: "Inspectors warned" names nobody. */
    @Test
    void aPluralOfAgentsBeforeAVerbOfSayingIsNoName() {
        assertThat(names("Inspectors warned in 2019 that the spillway was weak.")).isEmpty();
        assertThat(names("Retailers said the shelves were empty.")).isEmpty();
        assertThat(names("Lindqvist said the shelves were empty.")).containsExactly("Lindqvist");
    }

    /** A name the article writes where a place stands ("in Elm Crossing", "the town of") is a place everywhere. */
    @Test
    void aNameUsedAsAPlaceIsAPlaceThroughoutTheArticle() {
        List<List<EntityMention>> found = recognizer.recognizeDocument(List.of(
                "Flood waters rose above Elm Crossing on Monday.",
                "Rescuers reached families in Elm Crossing overnight.",
                "The fire moved toward the town of Birch Hollow."));
        assertThat(found).flatExtracting(l -> l).extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Elm Crossing", EntityType.PLACE), tuple("Elm Crossing", EntityType.PLACE),
                        tuple("Birch Hollow", EntityType.PLACE));
    }

    /**
     * A name whose last word is a facility or work (Gateway, Dam, Bridge, Harbour, Station, ...) names a place, or the
     * organisation running it when it speaks; a German name ends in the head too, French, Spanish, Italian and
     * Portuguese put it first. A person keeps a surname that is such a word when a known given name comes with a
     * speech verb or an office; the person next to it stays a person.
     */
    @Test
    void aNameEndingInAFacilityIsAPlaceOrItsOperatorNotAPerson() {
        assertThat(recognize("Crowds gathered on Kessler Bridge and at Orlan Dam near Harlow Gateway."))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Kessler Bridge", EntityType.PLACE), tuple("Orlan Dam", EntityType.PLACE),
                        tuple("Harlow Gateway", EntityType.PLACE));
        assertThat(recognize("Velmora Gateway said it regretted the strike."))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Velmora Gateway", EntityType.ORGANIZATION));
        assertThat(recognize("The port operator, Velmora Gateway, said it regretted the strike."))
                .extracting(EntityMention::type).containsExactly(EntityType.PLACE);
        assertThat(recognize("Talks between the union and the port operator Velmora Gateway broke down."))
                .extracting(EntityMention::type).doesNotContain(EntityType.PERSON);
        assertThat(recognize("Lena Brandt said she would meet both sides."))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Lena Brandt", EntityType.PERSON));
        assertThat(recognize("Der Verkehr auf der Kessler Brücke stand still, am Orlan Hauptbahnhof auch."))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Kessler Brücke", EntityType.PLACE), tuple("Orlan Hauptbahnhof", EntityType.PLACE));
        assertThat(recognize("Le trafic a été interrompu sur le Pont Mirabeau et devant la Gare Vauclair."))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Pont Mirabeau", EntityType.PLACE), tuple("Gare Vauclair", EntityType.PLACE));
        assertThat(recognize("Los manifestantes cortaron el Puente Arenal."))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Puente Arenal", EntityType.PLACE));
    }

    @Test
    void aGivenNameThatSpeaksOrHoldsAnOfficeKeepsAFacilitySurnameAPerson() {
        assertThat(recognize("Anna Bridge said the deal was fair.")).extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Anna Bridge", EntityType.PERSON));
        assertThat(recognize("Mayor Anna Bridge opened the meeting.")).extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Anna Bridge", EntityType.PERSON));
        // without a sign of a person the given name alone does not outweigh the facility: "Victoria Station"
        assertThat(recognize("Crowds gathered near Victoria Station.")).extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Victoria Station", EntityType.PLACE));
    }

    /** "and" between capitalised words joins one body's name when the words after it end in an organisation word. */
    @Test
    void aBodyNamedAfterTwoFieldsKeepsItsAnd() {
        assertThat(recognize("The Fire and Rescue Authority said the roof had collapsed."))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Fire and Rescue Authority", EntityType.ORGANIZATION));
        assertThat(names("Talks between Ostria and Velmora resumed.")).doesNotContain("Ostria and Velmora");
    }

    /** What speaks of itself as "it" is a business: "Corlan said it would close the plant". */
    @Test
    void aLoneNameThatSpeaksOfItselfAsItIsAnOrganisation() {
        assertThat(recognize("Production stopped on Monday, and Corlan said it would close the plant."))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Corlan", EntityType.ORGANIZATION));
        assertThat(recognize("Production stopped on Monday, and Brecht said she would close the plant."))
                .extracting(EntityMention::type).containsExactly(EntityType.PERSON);
    }

    /** Outlets, clubs and firms are named after what they are; page links are things. None is a person. */
    @Test
    void outletsClubsFirmsAndPageLinksAreNoPeople() {
        assertThat(recognize("The report was first carried by Northern Wire on Monday."))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Northern Wire", EntityType.ORGANIZATION));
        assertThat(recognize("The striker joined Kelby Rovers in the summer."))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Kelby Rovers", EntityType.ORGANIZATION));
        assertThat(recognize("The depot, owned by Tarrow Supplies, was empty."))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Tarrow Supplies", EntityType.ORGANIZATION));
        assertThat(recognize("By signing up you agree to our Cookie Policy.")).extracting(EntityMention::type)
                .doesNotContain(EntityType.PERSON);
    }
}
