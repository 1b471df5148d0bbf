package dev.storybrief.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Outlets a text names as its own, beyond datelines and bylines: a copyright line ("© 2011 Reuters"), a credit line
 * ("CNN's Jomana Karadsheh contributed to this report") and the short name an outlet uses for itself ("the Monitor
 * reports"). Citing another outlet ("Reuters reports", "told CNN") names no publisher, so only these forms count.
 */
final class OutletCues {
    /** An encyclopedia's tagline over its article: "From Wikipedia, the free encyclopedia". */
    private static final Pattern ENCYCLOPEDIA = Pattern.compile("^From (\\p{Lu}[\\p{L}'’ -]{1,30}), the free encyclopedia$");
    /** "All rights reserved" as pages write it around their copyright, in the languages storybrief reads. */
    private static final String RIGHTS_RESERVED = "(?:All rights reserved|Alle Rechte vorbehalten|Tous droits réservés"
            + "|Todos los derechos reservados|Tutti i diritti riservati|Todos os direitos reservados|Wszelkie prawa zastrzeżone"
            + "|Všechna práva vyhrazena|Все права защищены|Tüm hakları saklıdır|Hak cipta dilindungi(?: undang-undang)?"
            + "|Με την επιφύλαξη παντός δικαιώματος|כל הזכויות שמורות"
            // Italian papers close with "© Riproduzione riservata", then perhaps their name after a dash
            + "|Riproduzione riservata|Alle rechten voorbehouden|Kaikki oikeudet pidätetään|Minden jog fenntartva"
            + "|Toate drepturile rezervate|Усі права захищені|Усі права захищено)";
    private static final Pattern COPYRIGHT = Pattern.compile("^(?:" + RIGHTS_RESERVED + "\\.?\\s*)?(?:©|\\(c\\)|Copyright)"
            + "\\s*(?:©|\\(c\\))?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*,?\\s*)?"
            // "© Riproduzione riservata - Il Giornale di Lecco": the rights first, the holder after a dash
            + "(?:" + RIGHTS_RESERVED + "\\s*[-–—|·•.,:]\\s*)?(?:by\\s+)?(.{2,60}?)"
            // the year may follow the name ("© Coastal Herald 2026")
            + "(?:,?\\s+\\d{4})?[.,]?(?:\\s+" + RIGHTS_RESERVED + ".*)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A footer line's last words before its copyright ("Follow us on Twitter. © 2026 Ege Haber"), read from the sign on. */
    private static final Pattern COPYRIGHT_AT_END = Pattern.compile("^.{1,80}?\\s((?:" + RIGHTS_RESERVED + "\\.?\\s*)?©.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A holder the list does not know is an outlet when its name is a newspaper's or a broadcaster's ("Carrow
     * Herald", "Lindenauer Zeitung", "Kvällsposten"), not a photographer's or a picture agency's ("© 2025 Getty Images").
     */
    private static final Pattern NEWS_TITLE = Pattern.compile("(?i)\\b(?:Herald|Gazette|Times|Post|Tribune|Journal"
            + "|Chronicle|Courier|Observer|Telegraph|Guardian|Monitor|Daily|News|Press|Independent|Standard|Sun|Star"
            + "|Mirror|Express|Inquirer|Examiner|Dispatch|Bulletin|Record|Review|Register|Radio|Television|TV"
            + "|Voice|Echo|Ledger|Bugle|Leader|Globe|Mail|Sentinel|Advertiser|Argus|Gleaner|Clarion|Enquirer"
            + "|Messenger|Reporter|Banner|Weekly|Wire|Today"
            + "|Zeitung|Nachrichten|Anzeiger|Rundschau|Kurier|Tagblatt|Quotidien|Matin|Gazzetta|Corriere"
            + "|Stampa|Diario|Noticias|Gazeta|Dziennik|Wiadomości"
            // Czech, Russian, Turkish, Greek, Indonesian and Hebrew news titles (news, daily, paper, today)
            + "|Novinky|Noviny|Deník|Zprávy|Listy|Вести|Новости|Газета|Известия|Ведомости|Сегодня|Haber|Haberleri"
            + "|Gazete|Gazetesi|Postası|Καθημερινή|Εφημερίδα|Νέα|Ειδήσεις|Warta|Berita|Kabar|Harian|Suara"
            + "|חדשות|ידיעות|היום)\\b"
            // German and Nordic names join the title word to the name, the Nordic ones with their article
            // ("Abendpost", "Kvällsposten", "Morgenbladet", "Dagstidningen", "Vesttidende")
            + "|\\b\\p{L}{3,}(?:post|posten|blatt|bladet|tidning|tidningen|tidende|avisen|kuriren|zeitung|kurier|bote)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
    /**
     * A holder that is a picture's, not a page's: a photo agency or a photographer's credit ("© 2025 Getty Images",
     * "© AP Photo/Jane Roe").
     */
    private static final Pattern PICTURE_CREDIT = Pattern.compile("(?i)\\b(?:images?|photos?|pictures?|photography"
            + "|getty|shutterstock|alamy|istock|pool)\\b|/");
    /** The closing lines of a text, where a page's own copyright stands (a picture's credit stands under the picture). */
    private static final int CLOSING_LINES = 2;
    private static final Pattern CREDIT = Pattern.compile("contributed to this (?:report|story|article)",
            Pattern.CASE_INSENSITIVE);

    private final OutletNames names;

    OutletCues(OutletNames names) {
        this.names = names;
    }

    /** The outlet the lines name as their publisher, or empty. */
    Optional<String> find(List<String> lines) {
        return find(lines, false);
    }

    /**
     * The outlet the lines name as their publisher, or empty; {@code wireCopy} when their dateline names an agency,
     * whose story the page reprints: its closing copyright is then the publisher's, whatever its name is built of.
     */
    Optional<String> find(List<String> lines, boolean wireCopy) {
        int closing = closingStart(lines);
        String text = String.join("\n", lines);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace('\u00A0', ' ').strip();
            Matcher tagline = ENCYCLOPEDIA.matcher(line);
            if (tagline.matches()) {
                return Optional.of(tagline.group(1));
            }
            Matcher footer = COPYRIGHT_AT_END.matcher(line);
            Matcher c = COPYRIGHT.matcher(i >= closing && footer.matches() ? footer.group(1) : line);
            if (c.matches()) {
                Optional<String> named = names.byName(c.group(1).replaceFirst("^The ", "").strip())
                        .or(() -> names.byName(c.group(1)));
                if (named.isPresent()) {
                    return named;
                }
                if (NEWS_TITLE.matcher(c.group(1)).find()
                        || i >= closing && (isLocalTitle(c.group(1), text) || isOwnName(c.group(1), wireCopy))) {
                    return Optional.of(c.group(1).strip());
                }
            }
            if (CREDIT.matcher(line).find()) {
                Optional<String> credited = firstListed(line);
                if (credited.isPresent()) {
                    return credited;
                }
            }
        }
        for (String line : lines) {
            Optional<String> self = selfReference(line);
            if (self.isPresent()) {
                return self;
            }
        }
        return Optional.empty();
    }

    /**
     * Where the closing lines begin: the last {@value #CLOSING_LINES} lines that are not blank. A copyright line there
     * is the page's own ("© 2026 Orvale Voice" under the story), though its outlet's name ends in no title word.
     */
    private static int closingStart(List<String> lines) {
        int found = 0;
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank() && ++found == CLOSING_LINES) {
                return i;
            }
        }
        return 0;
    }

    /**
     * A name in capitals of a few words, no picture's credit, that opens with a place the text names ("© 2026 Orvale
     * Voice" under a story "in Orvale"): a local paper is named after its town, a person after no place.
     */
    private static boolean isLocalTitle(String holder, String text) {
        String name = holder.strip().replaceFirst("^(?:The|the) ", "");
        if (!name.matches("\\p{Lu}[\\p{L}'’&.-]*(?: (?:of |and |& )?\\p{Lu}[\\p{L}'’&.-]*){1,4}")
                || PICTURE_CREDIT.matcher(name).find()) {
            return false;
        }
        String town = name.substring(0, name.indexOf(' '));
        return Pattern.compile("\\b(?:in|at|of|from|near|across|around) " + Pattern.quote(town) + "\\b").matcher(text).find();
    }

    /**
     * A holder written as a name of its own, in any language with capitals ("Zeeuws Nieuwsblad", "Diário do Oeste
     * Paulista", "Lapin Sanomat", "Вісті Поділля", "NieuwsPlein"): capitalised words but the small words that join a
     * name's parts, no figures, no picture's credit, no given name first. In the closing lines the copyright is the
     * page's own, and a page is its outlet's, whatever words its name is made of; but a writer may hold the copyright
     * of a piece of their own ("© 2026 Jane Doe"), so a name of two words or more counts only under a wire's story
     * ({@code wireCopy}), which no writer holds. A single word is a brand's name, never a person's whole name.
     */
    private static boolean isOwnName(String holder, boolean wireCopy) {
        String name = holder.strip().replaceFirst("^(?:The|the) ", "");
        boolean oneWord = name.matches("\\p{Lu}[\\p{L}'’&.-]*");
        return (oneWord || wireCopy && name.matches("\\p{Lu}[\\p{L}'’&.-]*(?: (?:\\p{Ll}{1,4} )?\\p{Lu}[\\p{L}'’&.-]*){1,4}"))
                && !PICTURE_CREDIT.matcher(name).find() && !dev.storybrief.analyze.entity.GivenNames.opens(name);
    }

    /** "the Monitor reports": an outlet's own short name with a reporting verb. */
    private Optional<String> selfReference(String line) {
        for (OutletNames.Outlet o : names.outlets()) {
            for (String self : o.selfNames()) {
                Pattern p = Pattern.compile("\\b" + Pattern.quote(self) + "\\s+(?:reports|reported|has reported|"
                        + "has learned|learned|reports that)\\b", Pattern.CASE_INSENSITIVE);
                if (p.matcher(line).find()) {
                    return Optional.of(o.name());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The first listed outlet whose own staff a credit line names, by a possessive ("CNN's Jane Roe") or after
     * "of"/"for" ("Jane Roe of CNN"). An outlet that itself contributed ("Reuters contributed to this report") helped
     * another outlet with the story: it is not the publisher.
     */
    private Optional<String> firstListed(String line) {
        int best = Integer.MAX_VALUE;
        String found = null;
        for (OutletNames.Outlet o : names.outlets()) {
            List<String> forms = new ArrayList<>(o.aliases());
            forms.add(o.name());
            for (String form : forms) {
                if (form.length() < 3) {
                    continue;
                }
                // "CNN's Jane Roe", "Jane Roe of CNN": the outlet's own staff; "Reuters contributed": another outlet helped
                Matcher m = Pattern.compile("(?:\\b(?:of|from|for|at) (?:the )?)" + Pattern.quote(form) + "\\b"
                        + "|\\b" + Pattern.quote(form) + "['’]s\\b").matcher(line);
                if (m.find() && m.start() < best) {
                    best = m.start();
                    found = o.name();
                }
            }
        }
        return Optional.ofNullable(found);
    }
}
