package dev.storybrief.analyze.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Nationality nouns of French and German, which those languages capitalise ("le Britannique Tony Blair", "der Brite
 * Tony Blair", "les Français", "die Französin") while the name after them is the person's alone. English writes its
 * nationality words capitalised too and keeps them in the recogniser's demonym list; Spanish, Italian and Portuguese
 * write theirs in lower case ("el británico Tony Blair"), so they never join a name.
 *
 * <p>Each nationality is listed once, in the masculine singular, and its other forms are made by the language's
 * rules: French adds -e for the feminine (-ien/-éen double the n: "Italienne", "Coréenne"; a word ending in -e stays:
 * "Belge") and -s for the plural; a German noun in -e makes its plural in -n and its feminine in -in ("Brite", "Briten",
 * "Britin"), one in -er keeps its plural and adds -in ("Amerikaner", "Amerikanerin"). Words that are also common
 * surnames or English words ("Schweizer", "Breton", "Pole") are left out: a name that ends in one would be lost.
 */
final class NationalityNouns {

    /** French, masculine singular; "Grec/Grecque" gives an irregular feminine after the slash. */
    private static final List<String> FRENCH = List.of("Français", "Anglais", "Britannique", "Allemand", "Américain",
            "Italien", "Espagnol", "Portugais", "Russe", "Chinois", "Japonais", "Coréen", "Nord-Coréen", "Sud-Coréen",
            "Pakistanais", "Afghan", "Iranien", "Irakien", "Syrien", "Libanais", "Israélien", "Palestinien",
            "Jordanien", "Égyptien", "Libyen", "Tunisien", "Algérien", "Marocain", "Saoudien", "Qatari", "Yéménite",
            "Soudanais", "Éthiopien", "Nigérian", "Kényan", "Sénégalais", "Malien", "Sud-Africain", "Africain",
            "Européen", "Belge", "Suisse", "Néerlandais", "Autrichien", "Suédois", "Norvégien", "Danois", "Finlandais",
            "Irlandais", "Écossais", "Gallois", "Polonais", "Tchèque", "Slovaque", "Hongrois", "Roumain", "Bulgare",
            "Serbe", "Croate", "Bosniaque", "Albanais", "Ukrainien", "Biélorusse", "Géorgien", "Arménien",
            "Turc/Turque", "Grec/Grecque", "Chypriote", "Canadien", "Québécois", "Mexicain", "Brésilien", "Argentin",
            "Chilien", "Colombien", "Vénézuélien", "Péruvien", "Cubain", "Australien", "Vietnamien", "Thaïlandais",
            "Indonésien", "Philippin", "Kurde");
    /**
     * French masculine forms that are German names of countries ("in Syrien", "nach Italien"): a place is worth more
     * than the rare "le Syrien X", so only their other forms count ("la Syrienne", "les Syriens").
     */
    private static final Set<String> GERMAN_COUNTRIES = Set.of("Italien", "Syrien", "Libyen", "Jordanien",
            "Australien");
    /** German nouns in -e (plural -n, feminine -in) or -er (plural the same, feminine -in); "Franzose/Französin". */
    private static final List<String> GERMAN = List.of("Brite", "Franzose/Französin", "Russe", "Chinese", "Türke",
            "Grieche", "Schwede", "Däne", "Finne", "Tscheche", "Slowake", "Serbe", "Kroate", "Rumäne", "Bulgare",
            "Afghane", "Portugiese", "Libanese", "Sudanese", "Senegalese", "Vietnamese", "Chilene", "Kurde", "Schotte",
            "Ire", "Jemenit", "Amerikaner", "Italiener", "Spanier", "Japaner", "Koreaner", "Nordkoreaner",
            "Südkoreaner", "Inder", "Pakistaner", "Iraner", "Iraker", "Syrer", "Israeli", "Palästinenser", "Jordanier",
            "Ägypter", "Libyer", "Tunesier", "Algerier", "Marokkaner", "Saudi", "Äthiopier", "Nigerianer", "Kenianer",
            "Südafrikaner", "Afrikaner", "Europäer", "Österreicher", "Niederländer", "Belgier", "Norweger",
            "Engländer", "Waliser", "Ukrainer", "Georgier", "Armenier", "Kanadier", "Mexikaner", "Brasilianer",
            "Argentinier", "Kolumbianer", "Venezolaner", "Peruaner", "Kubaner", "Australier", "Indonesier",
            "Philippiner", "Thailänder");
    /** German nationality adjectives used as nouns: "der Deutsche", "ein Deutscher", "die Deutschen". */
    private static final List<String> GERMAN_ADJECTIVAL = List.of("Deutsche", "Deutscher", "Deutschen");

    private static final Set<String> FORMS = forms();
    /** French writes "le" as "l'" before a vowel, onto the word: "L'Américain John Kerry". */
    private static final Pattern ELIDED_ARTICLE = Pattern.compile("^[Ll]['’]");

    private NationalityNouns() {
    }

    /** True for a French or German nationality noun in any of its forms ("Britanniques", "Britin", "L'Américain"). */
    static boolean contains(String word) {
        return FORMS.contains(ELIDED_ARTICLE.matcher(word).replaceFirst(""));
    }

    private static Set<String> forms() {
        Set<String> forms = new HashSet<>(GERMAN_ADJECTIVAL);
        for (String entry : FRENCH) {
            String[] parts = entry.split("/");
            String masculine = parts[0];
            String feminine = parts.length > 1 ? parts[1] : frenchFeminine(masculine);
            forms.addAll(List.of(feminine, frenchPlural(masculine), frenchPlural(feminine)));
            if (!GERMAN_COUNTRIES.contains(masculine)) {
                forms.add(masculine);
            }
        }
        for (String entry : GERMAN) {
            String[] parts = entry.split("/");
            String singular = parts[0];
            boolean inE = singular.endsWith("e");
            String feminine = parts.length > 1 ? parts[1] : (inE ? singular.substring(0, singular.length() - 1) : singular) + "in";
            forms.addAll(List.of(singular, inE ? singular + "n" : singular, feminine, feminine + "nen"));
        }
        return Set.copyOf(forms);
    }

    private static String frenchFeminine(String masculine) {
        if (masculine.endsWith("e")) {
            return masculine;
        }
        return masculine.endsWith("en") ? masculine + "ne" : masculine + "e";
    }

    private static String frenchPlural(String word) {
        return word.endsWith("s") ? word : word + "s";
    }
}
