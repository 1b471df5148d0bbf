package dev.storybrief.clean;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a press release is built: a marker above its headline ("FOR IMMEDIATE RELEASE", "Pressemitteilung",
 * "Communiqué de presse", "Informacja prasowa"), a line for journalists to reach the press office ("Media enquiries:
 * ...", "Pressekontakt:"), and at its end the issuer's standard paragraph under "About &lt;issuer&gt;" ("Über ...",
 * "À propos de ...", "O firmie ..."). None of them is news; the issuer, who names itself in that heading, is the
 * release's source.
 */
final class PressReleases {
    private static final Pattern MARKER = Pattern.compile("(?iu)^(?:for immediate release|immediate release"
            + "|(?:joint )?(?:press|news|media) release|embargoed (?:until|till|for)\\b.{0,40}"
            + "|pressemitteilung|presseinformation|pressemeldung|communiqu[ée] de presse|informacja prasowa"
            + "|komunikat prasowy|nota de prensa|comunicado de prensa)\\s*[:.]?\\s*$");
    private static final Pattern CONTACT = Pattern.compile("(?iu)^(?:(?:media|press|news)\\s+(?:enquiries|inquiries|contacts?)"
            + "|for (?:media|press) (?:enquiries|inquiries)|(?:for (?:more|further) information|media),? (?:please )?contact"
            + "|pressekontakt|kontakt f[üu]r (?:medien|die presse|journalist(?:en|innen))|contacts? (?:presse|m[ée]dias?)"
            + "|kontakt (?:dla (?:medi[óo]w|prasy)|prasowy))\\b\\s*:?");
    /** "About the Tessel Water Authority": the heading of the issuer's paragraph, its name in the group. */
    private static final Pattern ABOUT = Pattern.compile("(?u)^(?:About|ABOUT|[ÜU]ber|À propos (?:de la |de l'|du |des |de |d')"
            + "|O (?:firmie|sp[óo][łl]ce|organizacji|fundacji)\\s+)\\s*(?:the |The |THE )?(\\p{Lu}[\\p{L}\\d&.'’ -]{1,60}?)\\s*:?$");
    private static final int CONTACT_WORDS = 30;
    private static final int ABOUT_WORDS = 10;

    private PressReleases() {
    }

    /** Whether the lines are a press release: they carry its marker or a press-office contact line. */
    static boolean isRelease(List<String> lines) {
        return lines.stream().map(String::strip).anyMatch(l -> MARKER.matcher(l).matches() || isContact(l));
    }

    private static boolean isContact(String line) {
        return dev.storybrief.model.Words.atMost(line, CONTACT_WORDS) && CONTACT.matcher(line).find();
    }

    /** The issuer a release names in its "About ..." heading, or empty. */
    static Optional<String> issuer(List<String> lines) {
        if (!isRelease(lines)) {
            return Optional.empty();
        }
        for (int i = lines.size() / 2; i < lines.size(); i++) {
            Matcher m = ABOUT.matcher(lines.get(i).strip());
            if (m.matches() && dev.storybrief.model.Words.count(m.group(0)) <= ABOUT_WORDS) {
                return Optional.of(m.group(1).strip());
            }
        }
        return Optional.empty();
    }

    /** The rules, in the order they are tried. */
    static List<LineRule> rules() {
        return List.of(
                new PatternRule("release-marker", MARKER.pattern(), 12, "press release marker (not the headline)"),
                new LineRule() {
                    @Override
                    public String name() {
                        return "press-contact";
                    }

                    @Override
                    public Optional<String> match(LineContext context) {
                        return isContact(context.line()) ? Optional.of("press office contact") : Optional.empty();
                    }
                },
                new AboutTheIssuer());
    }

    /** The issuer's standard paragraph at the end of a release, from its "About ..." heading to the end. */
    static final class AboutTheIssuer implements LineRule {
        @Override
        public String name() {
            return "release-about";
        }

        @Override
        public Optional<String> match(LineContext context) {
            if (name().equals(context.previousRemovedBy())) {
                return Optional.of("the issuer's standard paragraph");
            }
            String line = context.line();
            if (context.position() < 0.5 || !dev.storybrief.model.Words.atMost(line, ABOUT_WORDS)
                    || !ABOUT.matcher(line).matches() || !isRelease(lines(context))) {
                return Optional.empty();
            }
            return Optional.of("\"" + line + "\" opens the issuer's standard paragraph");
        }

        private static List<String> lines(LineContext context) {
            List<String> lines = new java.util.ArrayList<>(context.size());
            for (int i = 0; i < context.size(); i++) {
                lines.add(context.lineAt(i));
            }
            return lines;
        }
    }
}
