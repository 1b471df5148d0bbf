package dev.storybrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.Storybrief;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.Claim;
import dev.storybrief.model.DisagreementKind;
import dev.storybrief.model.QuoteItem;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Briefings of made-up stories in Dutch, Polish, Swedish and Danish, three reports on three days each: two outlets
 * that give different counts of one thing disagree, and the quotes keep their speakers and offices; a toll that
 * rises from day to day ("is gestegen naar twee", "wzrosła do trzech", "har stigit till två", "er steget til to")
 * is one count in progress, no disagreement.
 */
class NorthernLanguagesBriefingTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 9);

    private static RawDocument text(String id, String text) {
        return new RawDocument(id, Path.of(id + ".txt"), SourceFormat.TEXT, text, Map.of());
    }

    /** The briefing of three reports, dated Monday, Tuesday and Wednesday. */
    private static Briefing brief(String language, String monday, String tuesday, String wednesday) {
        return Storybrief.builder().words(120).language(language).date("ma", MONDAY).date("di", MONDAY.plusDays(1))
                .date("wo", MONDAY.plusDays(2)).build()
                .briefDocuments("story", List.of(text("ma", monday), text("di", tuesday), text("wo", wednesday)),
                        List.of());
    }

    private static void disagreeOnlyOn(Briefing briefing, String first, String second) {
        assertThat(briefing.disagreements()).filteredOn(d -> d.kind() == DisagreementKind.NUMBER).singleElement()
                .satisfies(d -> assertThat(d.claims()).extracting(Claim::statement)
                        .anyMatch(s -> s.contains(first)).anyMatch(s -> s.contains(second)));
    }

    private static void quoted(Briefing briefing, String speaker, String role) {
        assertThat(briefing.quotes()).anySatisfy(q -> {
            assertThat(q.speaker()).isEqualTo(speaker);
            assertThat(q.role()).isEqualTo(role);
        });
    }

    @Test
    void dutch() {
        Briefing b = brief("nl",
                "Chemische brand in haven van Kloosterveen\n"
                        + "Bij een brand in een opslagloods in de haven van Kloosterveen is maandag één medewerker om het leven gekomen.\n\n"
                        + "Volgens de veiligheidsregio zijn ongeveer 1.200 omwonenden geëvacueerd uit de wijk Westerkade.\n\n"
                        + "\"De rook is giftig, blijf binnen\", zei burgemeester Marieke Zandstra.",
                "Tweede dode na brand in haven Kloosterveen\n"
                        + "Het aantal doden na de brand in de haven van Kloosterveen is gestegen naar twee.\n\n"
                        + "Inmiddels zijn 2.100 omwonenden geëvacueerd uit de wijk Westerkade, meldt de gemeente.\n\n"
                        + "\"We hebben het vuur onder controle\", zei brandweercommandant Joost Hiemstra.",
                "Brand Kloosterveen geblust\n"
                        + "De brand in de haven van Kloosterveen is woensdag geblust, aldus de brandweer.\n\n"
                        + "Volgens de veiligheidsregio mogen de omwonenden van de wijk Westerkade donderdag terug naar huis.");
        disagreeOnlyOn(b, "1.200", "2.100");
        quoted(b, "Marieke Zandstra", "burgemeester");
        quoted(b, "Joost Hiemstra", "brandweercommandant");
    }

    @Test
    void polish() {
        Briefing b = brief("pl",
                "Nawałnica nad Mazurami. Jedna osoba nie żyje\n"
                        + "W poniedziałek nawałnica przeszła nad powiatem giżyckim, zginęła jedna osoba.\n\n"
                        + "Według straży pożarnej ewakuowano około 300 mieszkańców z zalanych domów w Wydminach.\n\n"
                        + "„Takiej ulewy nie pamiętają najstarsi mieszkańcy”, powiedział burmistrz Wydmin Adam Kruk.",
                "Nawałnica na Mazurach: liczba ofiar wzrosła do dwóch\n"
                        + "Liczba ofiar nawałnicy w powiecie giżyckim wzrosła do dwóch.\n\n"
                        + "Z zalanych domów w Wydminach ewakuowano 450 mieszkańców, poinformowała straż pożarna.\n\n"
                        + "„Pracujemy bez przerwy od niedzieli”, powiedziała rzeczniczka straży pożarnej Ewa Sowa.",
                "Po nawałnicy na Mazurach\n"
                        + "W środę strażacy wypompowywali wodę z piwnic w Wydminach.\n\n"
                        + "Mieszkańcy zalanych domów mogą wrócić w piątek, przekazała straż pożarna.");
        disagreeOnlyOn(b, "300", "450");
        quoted(b, "Ewa Sowa", "rzeczniczka straży pożarnej");
    }

    @Test
    void swedish() {
        Briefing b = brief("sv",
                "Skogsbrand i Hälsingland – en död\n"
                        + "En man omkom när en skogsbrand spred sig till byn Norrbo i Hälsingland på måndagen.\n\n"
                        + "Enligt räddningstjänsten har cirka 800 personer evakuerats från byn Norrbo.\n\n"
                        + "– Elden rör sig mycket snabbt, säger räddningsledaren Anna Berg.",
                "Antalet döda efter skogsbranden har stigit till två\n"
                        + "Antalet döda efter skogsbranden vid Norrbo har stigit till två.\n\n"
                        + "Under natten har 1 400 personer evakuerats från byn Norrbo, uppger kommunen.\n\n"
                        + "”Vi har aldrig sett något liknande”, säger kommunalrådet Lena Holm.",
                "Skogsbranden vid Norrbo under kontroll\n"
                        + "Skogsbranden vid Norrbo är under kontroll, uppger räddningstjänsten på onsdagen.\n\n"
                        + "De evakuerade i byn Norrbo får återvända hem på torsdag.");
        disagreeOnlyOn(b, "800", "1 400");
        quoted(b, "Anna Berg", "räddningsledaren");
        quoted(b, "Lena Holm", "kommunalrådet");
    }

    @Test
    void danish() {
        Briefing b = brief("da",
                "Stormflod i Ribe: en død\n"
                        + "En ældre mand døde, da stormfloden ramte Ribe mandag aften.\n\n"
                        + "Ifølge politiet er omkring 2.000 mennesker evakueret fra de lave kvarterer i Ribe.\n\n"
                        + "»Vandet steg hurtigere end ventet«, siger vagtchef Lars Mikkelsen.",
                "Dødstallet efter stormfloden i Ribe er steget til to\n"
                        + "Dødstallet efter stormfloden i Ribe er steget til to.\n\n"
                        + "I alt 3.500 mennesker er evakueret fra de lave kvarterer i Ribe, oplyser kommunen.\n\n"
                        + "– Det er en tragedie for hele byen, siger borgmester Jens Holm.",
                "Vandet trækker sig tilbage i Ribe\n"
                        + "Vandet i Ribe er onsdag ved at trække sig tilbage, oplyser beredskabet.\n\n"
                        + "Beboerne i de lave kvarterer kan vende hjem fredag.");
        disagreeOnlyOn(b, "2.000", "3.500");
        quoted(b, "Lars Mikkelsen", "vagtchef");
        quoted(b, "Jens Holm", "borgmester");
    }
}
