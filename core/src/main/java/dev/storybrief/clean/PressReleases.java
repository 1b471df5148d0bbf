package dev.storybrief.clean;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a press release is built: a newswire's dateline ("KELLPORT, Dec. 1, 2026 /PRNewswire/ --") and its closing
 * "SOURCE Tessel Robotics" line, a marker above its headline ("FOR IMMEDIATE RELEASE", "Pressemitteilung",
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
    /**
     * The newswire's closing line naming the issuer: "SOURCE Tessel Robotics, Inc." (PR Newswire), the issuer's name
     * in the group. Not "Source: Reuters", a report's credit line.
     */
    private static final Pattern SOURCE = Pattern.compile("(?u)^SOURCE\\s+(\\p{Lu}[\\p{L}\\d&.,'’ -]{1,80}?)"
            + "\\s*$");
    /** A newswire's dateline ({@link Datelines#NEWSWIRES}), within the opening characters of a paragraph. */
    private static final Pattern NEWSWIRE = Pattern.compile("(?:/(?:" + Datelines.NEWSWIRES + ")/|\\((?:"
            + Datelines.NEWSWIRES + ")\\))");
    /**
     * The issuer a release's lead names with its stock ticker: "Tessel Robotics, Inc. (NASDAQ: TSSL)", the name
     * before the bracket in the group (the words before it a capital each).
     */
    private static final Pattern TICKER = Pattern.compile("(?u)((?:\\p{Lu}[\\p{L}\\d&.'’-]*,? ){0,5}\\p{Lu}[\\p{L}\\d&.'’-]*)"
            + ",?\\s*\\((?:NASDAQ|Nasdaq|NYSE(?: American| Arca)?|LSE|AIM|TSX(?:V)?|ASX|OTCQ[XB]|OTC|Euronext"
            + "|XETRA|SIX|HKEX|SGX|NZX|JSE|BSE|NSE)\\s*:\\s*[A-Z][A-Z\\d.]{0,7}\\)");
    /** A company's legal form after its name: "Tessel Robotics, Inc." is Tessel Robotics. */
    private static final Pattern LEGAL_FORM = Pattern.compile(",?\\s+(?:Inc|Ltd|LLC|L\\.L\\.C|Corp|Co|plc|PLC|AG|GmbH|SE"
            + "|S\\.A|SA|N\\.V|NV|B\\.V|AB|ASA|Oyj|S\\.p\\.A|SpA|Pty)\\.?$");
    /** The opening characters of a paragraph a dateline stands in. */
    private static final int DATELINE_CHARS = 120;
    /** The closing lines a newswire's SOURCE line stands in. */
    private static final int CLOSING_LINES = 6;
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

    /**
     * Whether the lines are a release its issuer published, as the briefing should weigh it: the issuer's own
     * statement, not an outlet's report. Its marker or a newswire's dateline say so, or two of a newswire's closing
     * SOURCE line, a press-office contact and the issuer's "About ..." paragraph (one alone may close a report).
     */
    static boolean isIssued(List<String> lines) {
        if (lines.stream().map(String::strip).anyMatch(l -> MARKER.matcher(l).matches())) {
            return true;
        }
        if (newswire(lines)) {
            return true;
        }
        // a SOURCE line or a contact alone may close a report ("SOURCE AFP", whom to call): with a second sign only
        boolean about = aboutHeading(lines).isPresent();
        return sourceLine(lines).isPresent() && (about || isRelease(lines)) || isRelease(lines) && about;
    }

    /** Whether one of the first paragraphs opens with a newswire's dateline ("/PRNewswire/", "(BUSINESS WIRE)"). */
    private static boolean newswire(List<String> lines) {
        int paragraphs = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String opening = line.length() > DATELINE_CHARS ? line.substring(0, DATELINE_CHARS) : line;
            if (NEWSWIRE.matcher(opening).find()) {
                return true;
            }
            if (++paragraphs > 4) {
                return false;
            }
        }
        return false;
    }

    /** The issuer a newswire's closing "SOURCE ..." line names, or empty. */
    private static Optional<String> sourceLine(List<String> lines) {
        int seen = 0;
        for (int i = lines.size() - 1; i >= 0 && seen < CLOSING_LINES; i--) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            Matcher m = SOURCE.matcher(line);
            if (line.length() <= 100 && m.matches()) {
                return Optional.of(m.group(1).replaceFirst("[.,\\s]+$", ""));
            }
        }
        return Optional.empty();
    }

    /**
     * The issuer of a release ({@link #isIssued}): the name its newswire's SOURCE line gives, else its "About ..."
     * heading's; empty for anything else.
     */
    static Optional<String> issuerOfRelease(List<String> lines) {
        if (!isIssued(lines)) {
            return Optional.empty();
        }
        return sourceLine(lines).or(() -> aboutHeading(lines)).or(() -> tickerName(lines)).map(PressReleases::named);
    }

    /** The name a release's opening paragraphs give with a stock ticker, or empty. */
    private static Optional<String> tickerName(List<String> lines) {
        int paragraphs = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = TICKER.matcher(line.length() > 400 ? line.substring(0, 400) : line);
            if (m.find()) {
                return Optional.of(m.group(1).strip());
            }
            if (++paragraphs > 4) {
                break;
            }
        }
        return Optional.empty();
    }

    /** An issuer's name without its legal form. */
    private static String named(String issuer) {
        String bare = LEGAL_FORM.matcher(issuer.strip()).replaceFirst("").strip();
        return bare.isEmpty() ? issuer.strip() : bare;
    }

    /** The issuer a release names in its "About ..." heading, or empty. */
    static Optional<String> issuer(List<String> lines) {
        if (!isRelease(lines)) {
            return Optional.empty();
        }
        return aboutHeading(lines);
    }

    private static Optional<String> aboutHeading(List<String> lines) {
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
                new AboutTheIssuer(),
                new LineRule() {
                    @Override
                    public String name() {
                        return "release-source";
                    }

                    @Override
                    public Optional<String> match(LineContext context) {
                        // the newswire's closing line names the issuer; it is no sentence of the release
                        String line = context.line().strip();
                        return context.position() >= 0.5 && line.length() <= 100 && SOURCE.matcher(line).matches()
                                && isIssued(AboutTheIssuer.lines(context)) ? Optional.of("the newswire's SOURCE line") : Optional.empty();
                    }
                });
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
