package dev.storybrief.analyze.quote;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The office Hungarian writes right after a name, in lower case: "mondta Nagy Péter polgármester", "Kovács Anna
 * kisvárdai jegyző". Hungarian puts what qualifies a noun before it, so a title follows the name as a word after an
 * attribute, where English and the Romance languages put it before ({@link OfficeBefore}). Only the offices and
 * standings Hungarian news writes so are read; none is a word of another language this stage reads.
 */
final class OfficeAfter {

    /**
     * A lower-case office, as the end of a compound too ("alpolgármester", "tűzoltóparancsnok"), with up to two
     * lower-case attributes before it ("kisvárdai", "helyi"); the possessive ending ("polgármestere") as well.
     */
    private static final Pattern HUNGARIAN_OFFICE = Pattern.compile("^ ((?:\\p{Ll}+ ){0,2}\\p{Ll}*(?:polgármester"
            + "|jegyző|szóvivő|igazgató|miniszter|államtitkár|parancsnok|kapitány|elnök|képviselő|ügyész|főorvos"
            + "|lakos|rendőrfőkapitány|főispán)(?:e|je|ja)?)(?=[\\s.,;:!?]|$)");

    private OfficeAfter() {
    }

    /** The office written right after a name, given the text after the name; null when none. */
    static String of(String after) {
        // a title is a few words long: the rest of a long sentence is never read
        Matcher office = HUNGARIAN_OFFICE.matcher(after.substring(0, Math.min(after.length(), 80)));
        return office.find() ? office.group(1) : null;
    }
}
