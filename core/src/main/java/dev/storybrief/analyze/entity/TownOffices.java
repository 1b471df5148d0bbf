package dev.storybrief.analyze.entity;

import java.util.Set;

/**
 * Offices over a town, a region or a country, written in lower case before its genitive and the holder's name: Polish
 * ("prezydent Zalesia Ewa Nowak", "burmistrz Kamionki Marek Sowa"), Czech ("starosta Lipovce", "primátor"), Russian
 * ("мэр Казани Иван Петров", "губернатор Приморья", also in the genitive: "по словам мэра Казани Ивана Петрова") and
 * Ukrainian ("мер Житомира"): the entity stage splits the town from the name, the quote stage gives the office with
 * the town as the holder's role. A Russian or Ukrainian name of three words whose second is a patronymic ("Иван Сергеевич
 * Петров") is the holder's own ({@link #isPatronymic}).
 */
public final class TownOffices {

    private static final Set<String> OFFICES = Set.of("prezydent", "burmistrz", "wójt", "starosta", "sołtys",
            "primátor", "hejtman", "мэр", "губернатор", "президент", "градоначальник", "мер", "губернатора",
            "президента", "мэра");
    /** Russian and Ukrainian patronymics: "Сергеевич", "Сергеевна", "Ильич", "Петрович", "Петрівна", "Кузьмич". */
    private static final java.util.regex.Pattern PATRONYMIC = java.util.regex.Pattern.compile(
            "\\p{Lu}\\p{Ll}+(?:вич|вна|ична|ич|івна|ївна)");

    private TownOffices() {
    }

    /** Whether {@code word}, as written, is such an office. */
    public static boolean isOffice(String word) {
        return OFFICES.contains(word);
    }

    /** Whether {@code word} is a Russian or Ukrainian patronymic, the middle of a name of three words. */
    public static boolean isPatronymic(String word) {
        return PATRONYMIC.matcher(word).matches();
    }
}
