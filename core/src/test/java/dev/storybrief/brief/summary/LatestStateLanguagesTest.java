package dev.storybrief.brief.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.Storybrief;
import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Briefing;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A story told over days opens with its latest outcome in every language the product briefs, as each language states
 * it: made-up folders of three dated reports each, two of the first day telling the story as it stood (an early
 * count, a trial's opening, calls to resign, a bill's debate) and one of a later day leading with its outcome. Each
 * first-day lead carries a word that looks like an outcome and is none in its build (French "les élus", German
 * "verurteilte den Angriff", Spanish "pide su dimisión", Russian "избранный ранее"): were it read as one, the later
 * outcome would be no news of its day.
 */
class LatestStateLanguagesTest {
    /** One made-up report: its title, its lead, the rest. */
    private record Report(String id, String date, String title, String lead, String rest) {
        RawDocument document() {
            return new RawDocument(id, Path.of(id + ".txt"), SourceFormat.TEXT, title + "\n\n" + lead + "\n\n" + rest,
                    Map.of(MetaKey.PUBLISHED, date));
        }
    }

    /** A folder in one language: two reports of the first day, then the outcome's report. */
    record Folder(String language, Report first, Report second, Report outcome) {
        @Override
        public String toString() {
            return language;
        }
    }

    static List<Folder> folders() {
        return List.of(
                new Folder("fr",
                        new Report("fr-a", "2026-11-08", "Ferrand en tête du premier dépouillement à Kelby",
                                "Avec 20 % des bulletins dépouillés dimanche soir, Marie Ferrand devance le maire sortant"
                                        + " Paul Dorsey à Kelby, selon les élus du bureau de vote central.",
                                "Marie Ferrand obtient 48 % des voix contre 41 % pour Paul Dorsey. La participation"
                                        + " atteint 56 %, la plus forte depuis 1998."),
                        new Report("fr-b", "2026-11-08", "Kelby : Ferrand devance Dorsey au début du dépouillement",
                                "Marie Ferrand était en tête dimanche soir face au maire Paul Dorsey, avec 48 % contre"
                                        + " 41 % après le dépouillement d'un cinquième des bulletins à Kelby.",
                                "Paul Dorsey attend les votes par correspondance, dépouillés en dernier. « Nous"
                                        + " attendrons chaque voix », a-t-il dit."),
                        new Report("fr-c", "2026-11-09", "Paul Dorsey réélu maire de Kelby",
                                "Paul Dorsey a été réélu lundi maire de Kelby avec 50,4 % des voix contre 46,1 % pour"
                                        + " Marie Ferrand, après le dépouillement des votes par correspondance.",
                                "Marie Ferrand a reconnu sa défaite lundi matin et a félicité Paul Dorsey. Son premier"
                                        + " chantier sera le budget du nouveau dépôt de bus.")),
                new Folder("de",
                        new Report("de-a", "2026-10-05", "Prozess gegen früheren Kämmerer von Kelby beginnt",
                                "Der frühere Kämmerer von Kelby, Aldo Renner, steht seit Montag vor dem Landgericht"
                                        + " Tarn, nachdem der Stadtrat die Veruntreuung scharf verurteilt hatte.",
                                "Die Anklage wirft Renner vor, 2,3 Millionen Euro aus der Stadtkasse genommen zu haben."
                                        + " Renner bestreitet alle 14 Anklagepunkte."),
                        new Report("de-b", "2026-10-05", "Renner bestreitet Untreue vor Gericht",
                                "Aldo Renner, der frühere Kämmerer der Stadt Kelby, hat zum Prozessauftakt am Montag vor"
                                        + " dem Landgericht Tarn alle Vorwürfe der Untreue bestritten.",
                                "Staatsanwältin Hanna Vik sprach von einem geduldigen Diebstahl. Der Prozess soll vier"
                                        + " Wochen dauern."),
                        new Report("de-c", "2026-10-08", "Früherer Kämmerer Renner muss sieben Jahre in Haft",
                                "Das Landgericht Tarn hat den früheren Kämmerer von Kelby, Aldo Renner, am Donnerstag"
                                        + " wegen Untreue zu sieben Jahren Haft verurteilt.",
                                "Richterin Clara Holm sagte, Renner habe das Vertrauen der Bürger missbraucht. Sein"
                                        + " Anwalt kündigte Berufung an.")),
                new Folder("es",
                        new Report("es-a", "2026-11-02", "La oposición pide la dimisión del alcalde de Kelby",
                                "La oposición de Kelby pide la dimisión del alcalde Paul Dorsey tras conocerse que su"
                                        + " cuñado recibió contratos municipales por 1,2 millones de euros.",
                                "Dorsey ha negado cualquier irregularidad. El pleno municipal se reunirá el jueves."),
                        new Report("es-b", "2026-11-02", "Presión sobre Dorsey por los contratos de su cuñado",
                                "El alcalde de Kelby, Paul Dorsey, afronta crecientes peticiones de dimisión por los"
                                        + " contratos de 1,2 millones de euros adjudicados a la empresa de su cuñado.",
                                "Marie Ferrand, líder de la oposición, exigió una auditoría independiente. Dorsey no respondió a las preguntas."),
                        new Report("es-c", "2026-11-05", "Dimite el alcalde de Kelby, Paul Dorsey",
                                "El alcalde de Kelby, Paul Dorsey, dimitió el jueves tras la publicación de los"
                                        + " contratos de 1,2 millones de euros concedidos a la empresa de su cuñado.",
                                "Dorsey dijo que se va para proteger a la ciudad. El pleno elegirá a su sucesor en dos"
                                        + " semanas.")),
                new Folder("it",
                        new Report("it-a", "2026-11-10", "Kelby, al via il dibattito sul bilancio dei trasporti",
                                "Il consiglio comunale di Kelby ha aperto martedì il dibattito sul piano dei trasporti"
                                        + " da 40 milioni di euro presentato dal sindaco Paul Dorsey.",
                                "L'opposizione guidata da Marie Ferrand chiede più fondi per le linee di periferia. Il voto è previsto per giovedì."),
                        new Report("it-b", "2026-11-10", "Piano trasporti, scontro in consiglio a Kelby",
                                "Scontro martedì nel consiglio comunale di Kelby sul piano dei trasporti da 40 milioni"
                                        + " di euro del sindaco Paul Dorsey.",
                                "Marie Ferrand ha definito il piano insufficiente per i quartieri esterni. Il sindaco ha difeso i costi."),
                        new Report("it-c", "2026-11-12", "Kelby, approvato il piano trasporti da 40 milioni",
                                "Il consiglio comunale di Kelby ha approvato giovedì il piano dei trasporti da 40"
                                        + " milioni di euro del sindaco Paul Dorsey, con 21 voti a favore e 14 contrari.",
                                "I lavori per il nuovo deposito degli autobus inizieranno in primavera. Marie Ferrand ha votato contro.")),
                new Folder("pt",
                        new Report("pt-a", "2026-10-05", "Começa julgamento de ex-tesoureiro de Kelby",
                                "Começou na segunda-feira no tribunal de Tarn o julgamento de Aldo Renner, ex-tesoureiro"
                                        + " da câmara de Kelby, acusado de desviar 2,3 milhões de euros.",
                                "Renner nega as 14 acusações de fraude. O julgamento deve durar quatro semanas."),
                        new Report("pt-b", "2026-10-05", "Renner nega fraude no primeiro dia de julgamento",
                                "O ex-tesoureiro de Kelby Aldo Renner negou na segunda-feira, no tribunal de Tarn, ter"
                                        + " desviado 2,3 milhões de euros dos cofres municipais.",
                                "A procuradora Hanna Vik falou de um roubo paciente. Renner ouviu em silêncio."),
                        new Report("pt-c", "2026-10-08", "Ex-tesoureiro de Kelby condenado a sete anos de prisão",
                                "Aldo Renner, ex-tesoureiro da câmara de Kelby, foi condenado na quinta-feira a sete"
                                        + " anos de prisão pelo desvio de 2,3 milhões de euros.",
                                "A juíza Clara Holm disse que Renner traiu a confiança dos moradores. A defesa vai"
                                        + " recorrer.")),
                new Folder("nl",
                        new Report("nl-a", "2026-11-08", "Ferrand voorlopig voor in Kelby",
                                "Met 20 procent van de stemmen geteld ligt Marie Ferrand zondagavond voor op zittend"
                                        + " burgemeester Paul Dorsey in Kelby, met 48 tegen 41 procent.",
                                "De opkomst was 56 procent, de hoogste sinds 1998. De briefstemmen worden maandag geteld."),
                        new Report("nl-b", "2026-11-08", "Dorsey achter bij eerste telling in Kelby",
                                "Burgemeester Paul Dorsey van Kelby staat zondagavond achter op uitdager Marie Ferrand"
                                        + " nadat een vijfde van de stemmen is geteld.",
                                "Dorsey rekent op de briefstemmen, die als laatste worden geteld. Ferrand sprak van een goede avond."),
                        new Report("nl-c", "2026-11-09", "Dorsey herkozen als burgemeester van Kelby",
                                "Paul Dorsey is maandag herkozen als burgemeester van Kelby met 50,4 procent van de"
                                        + " stemmen tegen 46,1 procent voor Marie Ferrand.",
                                "Ferrand erkende maandagochtend haar nederlaag en feliciteerde Dorsey. De opkomst was 56 procent.")),
                new Folder("sv",
                        new Report("sv-a", "2026-10-05", "Rättegången mot Kelbys förre kassör har börjat",
                                "Rättegången mot Aldo Renner, förre kassör i Kelby kommun, inleddes på måndagen i Tarns"
                                        + " tingsrätt där han åtalas för att ha förskingrat 23 miljoner kronor.",
                                "Renner nekar till alla 14 åtalspunkter. Rättegången väntas pågå i fyra veckor."),
                        new Report("sv-b", "2026-10-05", "Renner nekar till förskingring",
                                "Kelbys förre kassör Aldo Renner nekade på måndagen i Tarns tingsrätt till att ha tagit"
                                        + " 23 miljoner kronor ur kommunens kassa.",
                                "Åklagaren Hanna Vik talade om en tålmodig stöld. Renner lyssnade under tystnad."),
                        new Report("sv-c", "2026-10-08", "Kelbys förre kassör döms till sju års fängelse",
                                "Aldo Renner, förre kassör i Kelby kommun, dömdes på torsdagen till sju års fängelse"
                                        + " för förskingring av 23 miljoner kronor.",
                                "Rådmannen Clara Holm sade att Renner svikit invånarnas förtroende. Hans advokat ska överklaga.")),
                new Folder("pl",
                        new Report("pl-a", "2026-11-08", "Ferrand prowadzi po pierwszym liczeniu w Kelby",
                                "Po przeliczeniu 20 procent głosów Marie Ferrand prowadzi w wyborach na burmistrza Kelby"
                                        + " z wynikiem 48 procent przed urzędującym burmistrzem Paulem Dorseyem.",
                                "Dorsey ma 41 procent głosów. Frekwencja wyniosła 56 procent."),
                        new Report("pl-b", "2026-11-08", "Dorsey traci do Ferrand w Kelby",
                                "Burmistrz Kelby Paul Dorsey przegrywa w niedzielę wieczorem z Marie Ferrand po"
                                        + " przeliczeniu jednej piątej głosów.",
                                "Dorsey liczy na głosy korespondencyjne, liczone na końcu. Ferrand mówi o dobrym wieczorze."),
                        new Report("pl-c", "2026-11-09", "Dorsey ponownie burmistrzem Kelby",
                                "Paul Dorsey wygrał w poniedziałek wybory na burmistrza Kelby, zdobywając 50,4 procent"
                                        + " głosów wobec 46,1 procent dla Marie Ferrand.",
                                "Ferrand uznała porażkę i pogratulowała Dorseyowi. Frekwencja wyniosła 56 procent.")),
                new Folder("cs",
                        new Report("cs-a", "2026-11-02", "Opozice v Kelby žádá odchod starosty",
                                "Opozice v Kelby žádá demisi starosty Paula Dorseyho poté, co vyšlo najevo, že jeho švagr"
                                        + " získal od města zakázky za 30 milionů korun.",
                                "Dorsey jakékoli pochybení odmítá. Zastupitelstvo se sejde ve čtvrtek."),
                        new Report("cs-b", "2026-11-02", "Starosta Kelby pod tlakem kvůli zakázkám",
                                "Starosta Kelby Paul Dorsey čelí tlaku kvůli zakázkám za 30 milionů korun pro firmu"
                                        + " svého švagra.",
                                "Vůdkyně opozice Marie Ferrand požaduje nezávislý audit. Dorsey na dotazy neodpověděl."),
                        new Report("cs-c", "2026-11-05", "Starosta Kelby Dorsey rezignoval",
                                "Starosta Kelby Paul Dorsey ve čtvrtek rezignoval kvůli zakázkám za 30 milionů korun pro"
                                        + " firmu svého švagra.",
                                "Dorsey řekl, že odchází, aby ochránil město. Nového starostu zvolí zastupitelstvo za dva týdny.")),
                new Folder("ru",
                        new Report("ru-a", "2026-10-05", "В Тарне начался суд над бывшим казначеем Кельби",
                                "В суде Тарна в понедельник начался процесс над Альдо Реннером, избранным ранее"
                                        + " казначеем Кельби, которого обвиняют в хищении 2,3 миллиона евро.",
                                "Реннер отрицает все 14 пунктов обвинения. Процесс продлится четыре недели."),
                        new Report("ru-b", "2026-10-05", "Реннер отрицает хищение",
                                "Бывший казначей Кельби Альдо Реннер в понедельник в суде Тарна отверг обвинения в"
                                        + " хищении 2,3 миллиона евро.",
                                "Прокурор Ханна Вик назвала это терпеливой кражей. Реннер слушал молча."),
                        new Report("ru-c", "2026-10-08", "Бывший казначей Кельби получил семь лет",
                                "Бывший казначей Кельби Альдо Реннер в четверг приговорён к семи годам лишения свободы"
                                        + " за хищение 2,3 миллиона евро.",
                                "Судья Клара Хольм сказала, что Реннер предал доверие жителей. Адвокат намерен обжаловать приговор.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("folders")
    void theLatestOutcomeHeadsTheBriefingAndOpensTheSummary(Folder folder) {
        Briefing briefing = Storybrief.builder().build().briefDocuments(folder.language(), List.of(
                folder.first().document(), folder.second().document(), folder.outcome().document()), new ArrayList<>());
        assertThat(briefing.headline()).isEqualTo(folder.outcome().title());
        assertThat(briefing.summary()).isNotEmpty();
        assertThat(briefing.summary().get(0).source()).isEqualTo(folder.outcome().id());
    }
}
