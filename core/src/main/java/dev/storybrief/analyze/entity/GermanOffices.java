package dev.storybrief.analyze.entity;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The offices German writes as one capitalised word before a name ("Feuerwehrchef Jonas Keller", "Bürgermeisterin
 * Petra Vogel", "Kanzlerin Angela Merkel"). The entity recogniser keeps them out of the name; the quote part gives
 * them as the person's role.
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

    private GermanOffices() {
    }

    /** True for a German office written as one word, as it stands before a name. */
    public static boolean isOffice(String word) {
        return ALONE.contains(word) || COMPOUND.matcher(word).matches() || FEMININE.matcher(word).matches();
    }
}
