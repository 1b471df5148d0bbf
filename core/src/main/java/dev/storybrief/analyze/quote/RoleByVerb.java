package dev.storybrief.analyze.quote;

import dev.storybrief.analyze.entity.EntityMention;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Rosa Lindqvist, who leads the union": news often gives an office by the verb of holding it, in a relative clause
 * right after the name. The clause names the office as a role noun would ("leader of the union"), so a later "the
 * union leader said" can be linked to her.
 */
final class RoleByVerb {
    /** ", who leads the union", ", who heads the agency's press office": the verb and what is led, up to the clause's end. */
    private static final Pattern WHO_HOLDS = Pattern.compile("^,\\s+who\\s+(?<verb>leads|led|heads|headed|chairs|chaired"
            + "|directs|directed)\\s+(?<what>(?:the|its|their|a)\\s+[^,;:.()\"“”]{2,60}?)\\s*(?=[,;:.()]|$)");
    private static final Map<String, String> OFFICE = Map.of("lead", "leader", "led", "leader", "head", "head",
            "chair", "chair", "direct", "director");

    private RoleByVerb() {
    }

    /** The office the relative clause right after {@code person} gives, or null when none does. */
    static String after(String sentence, EntityMention person) {
        Matcher m = WHO_HOLDS.matcher(sentence.substring(person.end()));
        if (!m.find()) {
            return null;
        }
        String verb = m.group("verb").toLowerCase(Locale.ROOT);
        String office = OFFICE.getOrDefault(verb.replaceAll("(?:s|ed)$", ""), OFFICE.get(verb));
        return office == null ? null : office + " of " + m.group("what");
    }
}
