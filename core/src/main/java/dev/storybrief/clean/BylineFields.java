package dev.storybrief.clean;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a byline gives after the writer's name. "By Nigel Chamberlain, NATO Watch" names the outlet; "By Jane Doe |
 * London | 10 April 2025 - 14:20 BST" lists fields of the page (a place, a date and time), none of them an outlet
 * unless the list of outlets knows it.
 *
 * @param outlet the outlet the byline names, or null
 * @param date   the date it gives, or null
 */
record BylineFields(String outlet, LocalDate date) {
    private static final BylineFields NONE = new BylineFields(null, null);

    /** Reads the words after the name ({@code null} for none). */
    static BylineFields of(String rest) {
        if (rest == null || rest.isBlank()) {
            return NONE;
        }
        String[] fields = rest.split("\\s*\\|\\s*");
        if (fields.length == 1 && !rest.matches(".*\\d.*")) {
            return new BylineFields(rest.strip(), null);
        }
        String outlet = null;
        LocalDate date = null;
        for (String field : fields) {
            Optional<LocalDate> day = LooseDate.find(field.replaceAll("\\s+[-–]\\s+\\d{1,2}[:.]\\d{2}.*$", ""));
            if (date == null && day.isPresent()) {
                date = day.get();
            } else if (outlet == null) {
                outlet = OutletNames.standard().byName(field.strip()).orElse(null);
            }
        }
        return new BylineFields(outlet, date);
    }
}
