package dev.storybrief.analyze.entity;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The offices German writes as one capitalised word before a name ("Feuerwehrchef Jonas Keller", "Bürgermeisterin
 * Petra Vogel", "Kanzlerin Angela Merkel"). The entity recogniser keeps them out of the name; the quote part gives
 * them as the person's role. The entity recogniser reads them in German text only ({@link #isWrittenIn}).
 */
public final class GermanOffices {

    /**
     * A compound: a capitalised word of a few letters and then an office. The few letters keep surnames that are
     * offices alone ("Richter", "Meister") out.
     */
    private static final Pattern COMPOUND = Pattern.compile(
            "\\p{Lu}\\p{Ll}{2,}(?:chef|meister|sprecher|minister|pr[äa]sident|direktor|leiter|kanzler|kommissar|botschafter"
            + "|sekret[äa]r|trainer|richter|anwalt|anw[äa]ltin|vorsitzende|beauftragte)(?:in|r)?");
    /**
     * A feminine agent noun: German makes an office held by a woman with "-in" ("Direktorin", "Gouverneurin",
     * "Vermittlerin", "Gewerkschafterin"); a surname or given name seldom ends so after an agent ending. This is read
     * in every language's text, so "-orin" counts only after the "t" or "s" of a Latin agent ("Direktorin",
     * "Professorin"): French and Italian towns and names end in "-morin", "-dorin" ("Valmorin").
     */
    private static final Pattern FEMININE = Pattern.compile("\\p{Lu}\\p{Ll}{3,}(?:er|[ts]or|eur|ist)in");
    /** Offices standing alone that are no common surname. */
    private static final Set<String> ALONE = Set.of("Kanzler", "Kanzlerin", "Ministerin", "Präsident", "Präsidentin",
            "Sprecherin", "Bundeskanzler", "Bundeskanzlerin",
            // the roles of a court, written before the name as offices are ("Verteidiger Martin Vogt", "Anwalt")
            "Verteidiger", "Anwalt", "Anwältin", "Angeklagte", "Angeklagter", "Richterin");

    /** The languages that write offices as German does: German, and Luxembourgish, which takes German's. */
    private static final Set<String> LANGUAGES = Set.of("de", "lb");

    private GermanOffices() {
    }

    /**
     * Whether a text in {@code language} (ISO 639-1) writes its offices as German does: elsewhere a word of an
     * office's shape is a surname or a town ("Hélène Pellerin", "Paul Baumeister", "Valmorin").
     */
    public static boolean isWrittenIn(String language) {
        return LANGUAGES.contains(language);
    }

    /** True for a German office written as one word, as it stands before a name. */
    public static boolean isOffice(String word) {
        return ALONE.contains(word) || COMPOUND.matcher(word).matches() || FEMININE.matcher(word).matches();
    }
}
