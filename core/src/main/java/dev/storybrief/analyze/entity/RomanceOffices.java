package dev.storybrief.analyze.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Offices French, Spanish, Italian and Portuguese put between an article and a name ("le maire Jean Dupont", "la
 * ministra Ana García", "il sindaco Giulia Conti"): a short list of what news most often calls people by, none an
 * English word. The quote part reads them as a speaker's role; the recogniser reads what follows some of them.
 */
public final class RomanceOffices {

    private static final Set<String> OFFICES = Set.copyOf(List.of(
            // French
            "maire", "ministre", "président", "présidente", "préfet", "préfète", "porte-parole", "député", "députée",
            "sénateur", "sénatrice", "juge", "procureur", "procureure", "commissaire", "ambassadeur", "ambassadrice",
            "directeur", "directrice", "secrétaire", "syndicaliste", "délégué", "déléguée",
            // Spanish
            "alcalde", "alcaldesa", "ministro", "ministra", "presidente", "presidenta", "portavoz", "diputado",
            "diputada", "senador", "senadora", "juez", "jueza", "coronel", "comisario", "embajador", "embajadora",
            "directora", "secretario", "secretaria", "consejero", "consejera", "gobernador", "gobernadora", "jefe", "jefa",
            "vecino", "vecina",
            // Italian
            "sindaco", "sindaca", "presidentessa", "portavoce", "deputato", "deputata", "senatore", "senatrice",
            "giudice", "procuratore", "generale", "colonnello", "commissario", "ambasciatore", "direttore", "direttrice",
            "segretario", "governatore", "prefetto", "assessore", "ingegnere", "consigliere",
            // the feminine forms Italian news writes ("la prefetta Anna Ferri", "l'assessora"), the questore
            "prefetta", "assessora", "consigliera", "governatrice", "commissaria", "questore", "comandante",
            "capitano", "residente", "abitante", "testimone", "amministratore", "amministratrice",
            "dirigente",
            // Portuguese
            "prefeito", "prefeita", "porta-voz", "deputado", "juiz", "juíza", "procurador", "procuradora",
            "embaixador", "diretor", "diretora", "secretário", "secretária", "governador", "governadora",
            "promotor", "promotora", "delegado", "delegada", "comandante",
            // a resident, a neighbour, a witness: what a person in the story is introduced as ("disse a moradora Ana
            // Paula Ribeiro"), as the Spanish "vecina" is
            "morador", "moradora", "vizinho", "vizinha", "testemunha", "testigo",
            // lawyers, introduced as offices are ("l'avocate Sophie Martin", "l'avvocata Marta Bassi")
            "avocat", "avocate", "abogado", "abogada", "avvocato", "avvocata", "advogado", "advogada"));
    /**
     * Offices that head a ministry, a town, a country or a body, named after them with a capital ("le ministre des
     * Transports", "el alcalde de Villanueva", "il presidente della Regione"). The others are of a person, a place of
     * work or nothing ("le porte-parole de Marine Le Pen", "la vecina de Ana"): what follows them may be a name.
     */
    private static final Set<String> HEADS = Set.of("maire", "ministre", "président", "présidente", "préfet",
            "préfète", "ambassadeur", "ambassadrice", "alcalde", "alcaldesa", "ministro", "ministra", "presidente",
            "presidenta", "embajador", "embajadora", "gobernador", "gobernadora", "sindaco", "sindaca",
            "presidentessa", "ambasciatore", "governatore", "prefetto", "assessore", "prefeito", "prefeita",
            "embaixador", "governador", "governadora", "prefetta", "questore",
            // a resident is "of" a place, never of a department: "la residente di Valdoria", "a moradora da Vila Nova"
            "morador", "moradora", "residente", "abitante");

    private RomanceOffices() {
    }

    /** An office as written before a name ("maire", "sindaca"), in any case. */
    public static boolean isOffice(String word) {
        return OFFICES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** An office whose complement names what it heads: a ministry, a town, a country. */
    static boolean headsSomething(String word) {
        return HEADS.contains(word.toLowerCase(Locale.ROOT));
    }
}
