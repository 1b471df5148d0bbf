package dev.storybrief.ingest.html;

import dev.storybrief.wording.ReaderAppeals;
import dev.storybrief.wording.Hints;
import dev.storybrief.wording.InterfaceLabels;
import dev.storybrief.wording.PaywallPrompts;
import dev.storybrief.wording.SubscriptionAppeals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Turns the container's text blocks into article paragraphs. The article runs from its first to its
 * last prose block; short blocks before or after that span (kicker, headline, byline, tags, share
 * prompts, "related" headings) are dropped unless they sit in the same parent element as the prose
 * next to them, as a subheading or a closing list does. Short blocks that stay are still dropped when
 * they are mostly links or read like bylines, dates, credits or calls to action. A section the page appends after the
 * article (related teasers, author or contact box) is cut from its announcement on ({@link ClosingSections}).
 */
final class ParagraphFilter {

    private static final double MAX_LINK_DENSITY = 0.5;
    private static final int SHORT_WORDS = 25;

    private static final Pattern CALL_TO_ACTION = Pattern.compile(
            "^((advertisement|advertisements|anzeige|publicidad|publicit[eé]|sponsored|ad|ads)(?!\\p{L})|"
                    + "read more|read next|read also|see also|more:|more from|(related|recommended)(?!\\p{L})|"
                    + "also read|also see|watch:|watch more|listen:|click here|tap here|"
                    + "share (this|on|via|the)|share$|tweet$|email$|print$|"
                    + "follow (us|me|@)|like us on|subscribe( now| to| for|$)|sign up( for| to| now|$)|"
                    + "get (our|the) (free )?newsletter|join (our|the) (newsletter|mailing)|"
                    + "(\\d+ )?comments?$|leave a (comment|reply)|post a comment|show comments|"
                    + "(copyright|\\u00A9|all rights reserved)[^.]{0,60}$|"
                    + "(this|the) (story|article|post) (continues|was updated|has been updated) (below|after)|"
                    + "story continues below|continue reading|skip (to|ad)|back to top|"
                    + "(photo|image|picture|video|graphic|illustration|credit|source|foto|bild|abbildung|zdj\u0119cie|"
                    + "beitragsbild|titelbild|vorschaubild|bildquelle|bildnachweis|fotonachweis)s?( credit)?\\s*[:|/]|"
                    + "cr\u00E9dits?( photos?)?\\s*:|"
                    + "\\(?(photo|image|credit|pictured)\\b[^)]{0,80}\\)?$|\\((foto|fotos|bild|bilder|zdj\u0119cie|fot\\.)\\s*:[^)]{0,80}\\)$)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern BYLINE = Pattern.compile(
            "^(by|written by|words by|von|por|par|di|door|av|af|geschrieben von|ein beitrag von|[e\u00E9\u00C9]crit par|"
                    + "(author|autor|autorin|autorka|auteur|text|texte|tekst|redaktion)\\s?:)"
                    + "\\s+\\p{Lu}[\\p{L}.'\u2019-]*(\\s+\\p{Lu}[\\p{L}.'\u2019-]*){0,4}"
                    + "([\\s,|\u2022\u00B7-]+.{0,60})?$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern META_LINE = Pattern.compile(
            "\\b(posted|published|publicado|publi\u00E9|ver\u00F6ffentlicht|pubblicato)( \\S+)? (by|por|par|von|da)\\b|"
                    + "(^|\\s)(tags|tagged|categor(y|ies|ia|ie|ias)|filed under|schlagw\u00F6rter|etiquetas)\\s*:",
            Pattern.CASE_INSENSITIVE);

    private static final String[] CREDIT_HINTS = {
        "getty", "shutterstock", "reuters", "ap photo", "afp", "epa", "alamy", "istock", "courtesy", "photo", "image",
        "credit", "picture", "foto", "/ ap"};

    /** A label of one to three words and a colon at the start of a line. */
    private static final Pattern DATE_LABEL = Pattern.compile("(\\p{L}[\\p{L}&-]*(?: \\p{L}[\\p{L}&-]*){0,2}) ?:\\s");

    /**
     * Words of labels that introduce the page's own dates: publishing, updating, writing, "as of", plain "date", and the
     * source or author the date belongs to.
     */
    private static final Pattern PUBLISHING_LABEL = Pattern.compile(
            "publi|post|updat|modif|created|written|date|datum|data\\b|stand|ver\u00F6ffentl|aktualis|ge\u00E4ndert|erstellt|"
                    + "geschrieben|zuletzt|last|mis \u00E0 jour|cr\u00E9\u00E9|\u00E9crit|opublikow|aktualizac|dodano|"
                    + "zmieniono|time|zeit|am$|quelle|source|\u017Ar\u00F3d\u0142o|autor|author|\\bvon\\b|\\bby\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern URL = Pattern.compile("(https?://|www\\.)\\S+");

    /** Link texts that ask the reader to sign up, subscribe, register or donate, in English, German, French and Polish. */
    private static final Pattern ACTION_LINK = Pattern.compile(
            "((sign|join) (up|us)|subscribe|register|donate|become a (member|supporter)|"
                    + "(jetzt|hier) (registrieren|anmelden|abonnieren|spenden|mitglied werden)|abonnieren|spenden|"
                    + "inscrivez-vous|abonnez-vous|s'inscrire|s'abonner|faire un don|"
                    + "zapisz si\u0119|zarejestruj si\u0119|zaprenumeruj|wesprzyj( nas)?)"
                    + "( here| now| today| hier| jetzt| ici| tutaj| teraz)?[\\s.!:»›→>]*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern AGENCY_CREDIT = Pattern.compile(
            "(getty images|shutterstock|reuters/|ap photo|afp( via|/| photo)|epa/|alamy|istock|"
                    + "/ ?(getty|ap|afp|reuters|epa)\\b|courtesy of|\\bphotos?:|\\bimage:|\\bcredit:|"
                    + "\\b(photos?|images?|pictures?|fotos?)\\s*(\\u00A9|\\(c\\)|by\\s))",
            Pattern.CASE_INSENSITIVE);

    private ParagraphFilter() {
    }

    /** The paragraphs, with every dropped block noted in {@code log}. */
    static List<String> paragraphs(List<TextBlock> blocks, String title, String author, RemovalLog log) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).isProse()) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        Paragraphs out = new Paragraphs();
        if (first < 0) {
            return out.list;
        }
        String titleKey = TextNormalizer.key(title);
        DataTables tables = new DataTables();
        Element firstParent = sectionOf(blocks.get(first));
        Element lastParent = sectionOf(blocks.get(last));
        int closingListEnd = closingListEnd(blocks, last);
        List<TextBlock> kept = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            String reason;
            if (i < first && !within(b.owner(), firstParent) && !introducesFirstProse(blocks, i, first, firstParent)) {
                reason = "before the article text";
            } else if (i < first && b.owner().normalName().equals("h1")) {
                // The headline above the text is the title, however it differs from the title the page declares.
                reason = "the headline";
            } else if (i > last && i > closingListEnd && !b.isProse() && !within(b.owner(), lastParent)
                    && !isClosingSentence(b)) {
                reason = "after the article text";
            } else {
                reason = reasonToDrop(b, titleKey, author, tables);
                if (reason == null && isCaptionOverCredit(blocks, i)) {
                    reason = "caption over its credit line";
                }
            }
            if (reason == null) {
                kept.add(b);
            } else {
                log.text(b.text(), reason);
            }
        }
        ClosingSections.cut(kept, log);
        // A heading at the very end introduces nothing of the article: what it announced ("Read more", "Related
        // posts", "About the author") was dropped or lies outside the container.
        while (!kept.isEmpty() && kept.get(kept.size() - 1).kind() == BlockKind.HEADING) {
            log.text(kept.remove(kept.size() - 1).text(), "heading with nothing after it");
        }
        kept.forEach(out::add);
        return out.list;
    }

    /**
     * Whether the block right before the first prose block is a line that introduces it ("Osoby niewidome,
     * słabowidzące:", "What you need:") in the same section: it ends with a colon and shares the grandparent of the
     * first prose block, as a label over a list does when the list items are the first prose.
     */
    static boolean introducesFirstProse(List<TextBlock> blocks, int i, int first, Element firstParent) {
        if (i != first - 1 || firstParent == null || firstParent.parent() == null) {
            return false;
        }
        String t = blocks.get(i).text().strip();
        return t.endsWith(":") && within(blocks.get(i).owner(), firstParent.parent());
    }

    /**
     * The index of the last item of a list that closes the article right after its last prose block (a heading, then
     * at least two list items, each at most half linked: "Die Voraussetzungen: ...", "What you need: ..."), or -1. Such a
     * list often sits in a box of its own beside the prose's box, where the trimming after the last prose would cut
     * it; teaser lists are links, and tags and share bars have no heading with items.
     */
    static int closingListEnd(List<TextBlock> blocks, int last) {
        int h = last + 1;
        if (last < 0 || h >= blocks.size() || blocks.get(h).kind() != BlockKind.HEADING) {
            return -1;
        }
        int end = h;
        while (end + 1 < blocks.size() && blocks.get(end + 1).kind() == BlockKind.LIST_ITEM
                && blocks.get(end + 1).linkDensity() <= MAX_LINK_DENSITY) {
            end++;
        }
        return end - h >= 2 ? end : -1;
    }

    /**
     * Every block that passes the per-block checks, with no trimming around prose: for bodies made of
     * tables or lists, where there may be no prose to anchor on.
     */
    static List<String> allParagraphs(List<TextBlock> blocks, String title, String author, RemovalLog log) {
        Paragraphs out = new Paragraphs();
        String titleKey = TextNormalizer.key(title);
        DataTables tables = new DataTables();
        for (TextBlock b : blocks) {
            String reason = reasonToDrop(b, titleKey, author, tables);
            if (reason == null) {
                out.add(b);
            } else {
                log.text(b.text(), reason);
            }
        }
        return out.list;
    }

    /**
     * Output paragraphs; the cells of one table row are joined into one line. Blocks of one cell stay paragraphs of
     * their own: a page laid out in a table puts its whole story in one cell, its paragraphs parted by line breaks.
     */
    private static final class Paragraphs {
        final List<String> list = new ArrayList<>();
        private Element lastRow;
        private Element lastCell;

        void add(TextBlock b) {
            Element cell = b.kind() == BlockKind.TABLE_CELL ? enclosing(b.owner(), "td", "th") : null;
            Element row = cell == null ? null : enclosing(cell, "tr", "tr");
            if (row != null && row == lastRow && cell != lastCell && !list.isEmpty()) {
                list.set(list.size() - 1, list.get(list.size() - 1) + " | " + b.text());
            } else {
                list.add(b.text());
            }
            lastRow = row;
            lastCell = cell;
        }

        private static Element enclosing(Element e, String name, String otherName) {
            for (Element p = e; p != null; p = p.parent()) {
                if (p.normalName().equals(name) || p.normalName().equals(otherName)) {
                    return p;
                }
            }
            return null;
        }
    }

    /**
     * The element a prose block's section is told by: its parent, or for an item of a list or a cell of a table, the
     * element that holds the list or table. A list's items share the list as parent, and the heading or line that
     * opens the section sits beside the list, not in it.
     */
    static Element sectionOf(TextBlock b) {
        Element owner = b.owner();
        Element parent = owner.parent();
        if (parent == null || b.kind() != BlockKind.LIST_ITEM && b.kind() != BlockKind.TABLE_CELL) {
            // A box around this paragraph alone is the paragraph's own box (a content component), not its section.
            while (parent != null && parent.parent() != null && parent.childrenSize() == 1) {
                parent = parent.parent();
            }
            return parent;
        }
        for (Element e = parent; e != null; e = e.parent()) {
            String name = e.normalName();
            if (name.equals("ul") || name.equals("ol") || name.equals("dl") || name.equals("table")) {
                return e.parent() != null ? e.parent() : e;
            }
        }
        return parent;
    }

    /** Whether {@code e} is {@code ancestor} or lies inside it. */
    private static boolean within(Element e, Element ancestor) {
        if (ancestor == null) {
            return false;
        }
        for (Element p = e; p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a short line names the author: the name where a word begins, so that an author given as initials ("AS")
     * or a short handle is not found at the end of any word ("inúmer<b>as</b>"). Both ends may run on: author boxes glue
     * the name to what follows it ("Dana Millerriverside"), live blogs to the time before it ("14:43Dana Miller").
     */
    static boolean namesAuthor(String line, String author) {
        String text = line.toLowerCase(Locale.ROOT);
        String name = author.toLowerCase(Locale.ROOT);
        for (int at = text.indexOf(name); at >= 0 && !name.isEmpty(); at = text.indexOf(name, at + 1)) {
            if (at == 0 || !Character.isLetter(text.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why the per-block checks would drop {@code b} (mostly links, a byline, a credit...), or null to keep it;
     * {@code tables} is the page's (one for all the blocks asked of one page, so each table is read once).
     */
    static String dropReason(TextBlock b, String title, String author, DataTables tables) {
        return reasonToDrop(b, TextNormalizer.key(title), author, tables);
    }

    private static String reasonToDrop(TextBlock b, String titleKey, String author, DataTables tables) {
        if (PostEmbeds.isSignature(b.owner())) {
            return null; // an embedded post's author and day: the clean stage credits the post to its author
        }
        if (b.linkDensity() > MAX_LINK_DENSITY && !b.isProse()
                && !(b.words() >= 15 && b.words() * (1 - b.linkDensity()) >= 5)) {
            return "mostly links";
        }
        String t = b.text().strip();
        if (b.isServerMessage()) {
            return "server error message";
        }
        // Preformatted text is what the author shows as typed (a request, a log, code): its addresses are the point.
        if (b.kind() != BlockKind.PREFORMATTED && isMostlyUrls(t)) {
            return "URLs or data, not prose";
        }
        if (!titleKey.isEmpty() && t.length() <= 2 * titleKey.length() + 20
                && TextNormalizer.key(t).equals(titleKey)) {
            return "repeats the title";
        }
        // a data table's cells ("Share" heading a column of vote shares) are no buttons or labels of the page
        if (b.words() <= SHORT_WORDS && !(b.kind() == BlockKind.TABLE_CELL && tables.holds(b.owner()))) {
            if (CALL_TO_ACTION.matcher(t).lookingAt()) {
                return "call to action/credit";
            }
            if (b.linkChars() > 0 && endsWithActionLink(b, t)) {
                return "appeal ending in its sign-up or donation link";
            }
            if (ReadMorePointers.isPointer(b, t)) {
                return "points to another page";
            }
            if (SubscriptionAppeals.isAppeal(t)) {
                return "appeal to subscribe or join";
            }
            if (PaywallPrompts.isPrompt(t)) {
                return "paywall or subscription prompt";
            }
            if (ReaderAppeals.isAppeal(t)) {
                return "the site's appeal to its reader (subscription, sign-up, log-in)";
            }
            if (InterfaceLabels.isLabel(t)) {
                return "label of the page's interface";
            }
            if (b.words() <= 12 && BYLINE.matcher(t).matches() || mayBeMetaLine(t) && META_LINE.matcher(t).find()) {
                return "byline";
            }
            if (author != null && b.words() <= 10 && namesAuthor(t, author)) {
                return "byline";
            }
            if (b.words() <= 15 && mayBeCredit(t) && AGENCY_CREDIT.matcher(t).find()) {
                return "photo credit";
            }
            if (endsWithCopyright(t)) {
                return "caption with copyright";
            }
            if (b.words() <= 10 && hasDigit(t) && DateFinder.looksLikeDateLine(t) && !isLabelledEventDate(t)) {
                return "date line";
            }
        }
        return null;
    }

    /**
     * Whether a block after the last prose block is a sentence of its own ("Chapter from the book entitled Beautiful
     * Code, OReilly.", a closing remark, a reference): a few words ending in a full stop, question or exclamation mark.
     * What the trimming after the article text is for (labels, link lines, widget captions such as "%d bloggers like
     * this:", a heading over a download link) does not end so; a line ending in a colon announces what follows.
     */
    static boolean isClosingSentence(TextBlock b) {
        if (b.words() < 4 || b.linkDensity() > MAX_LINK_DENSITY) {
            return false;
        }
        String t = b.text().strip();
        char end = t.charAt(t.length() - 1);
        if ((end == '"' || end == '\u201D' || end == '\u00BB' || end == ')') && t.length() > 1) {
            end = t.charAt(t.length() - 2);
        }
        return end == '.' || end == '!' || end == '?' || end == '\u2026';
    }

    /**
     * Whether block {@code i} is an image's caption laid out as its own line over the credit line: a box that holds
     * nothing but a short line and, after it, a credit ("Rust am Westufer des Neusiedler Sees." then "© WSNA"). The
     * credit goes by itself; the line above it describes the picture, not the story, wherever the box sits (beside
     * the headline, it would otherwise pass for the lead). A credit after the article's last paragraph does not make
     * that paragraph a caption: their box holds more than the two of them.
     */
    static boolean isCaptionOverCredit(List<TextBlock> blocks, int i) {
        if (i + 1 >= blocks.size()) {
            return false;
        }
        TextBlock b = blocks.get(i);
        TextBlock next = blocks.get(i + 1);
        Element box = b.owner().parent();
        // Cheap tests first: most blocks are long or share their parent with many others.
        if (b.words() > SHORT_WORDS || box == null || box != next.owner().parent() || box.childrenSize() != 2) {
            return false;
        }
        return isCreditLine(next) && box.textNodes().stream().allMatch(org.jsoup.nodes.TextNode::isBlank);
    }

    /** A line that is only a picture's credit: "© WSNA", "Foto: Name", "Photo by Name / Getty Images". */
    private static boolean isCreditLine(TextBlock b) {
        if (b.words() > 15) {
            return false;
        }
        String t = b.text().strip();
        return t.startsWith("\u00A9") && endsWithCopyright(t) || mayBeCredit(t) && AGENCY_CREDIT.matcher(t).find();
    }

    /**
     * Whether a short block ends in a copyright notice: a caption closed by "© Agency / Name" or a site's
     * "© 2020 Publisher. All rights reserved.". Body sentences hardly ever carry a © sign, and a credit after one is a
     * few words long.
     */
    static boolean endsWithCopyright(String t) {
        int sign = t.lastIndexOf('\u00A9');
        if (sign < 0) {
            return false;
        }
        int wordsAfter = 0;
        boolean inWord = false;
        for (int i = sign + 1; i < t.length(); i++) {
            boolean letter = Character.isLetterOrDigit(t.charAt(i));
            if (letter && !inWord) {
                wordsAfter++;
            }
            inWord = letter;
        }
        return wordsAfter <= 10;
    }

    /**
     * Whether a date line is a fact of the article under a label of its own ("Termin: 29.02.2020, 19 Uhr", "Deadline:
     * 3 November 2019", "Date limite : ..."): an event's date, a deadline or a period. The page's own dates are
     * unlabelled or labelled as publishing dates ("Published:", "Stand:", "Mis à jour :", "Opublikowano:"), and those
     * labels keep the line a date line, as do source and author labels ("Quelle: Verband, 2. Februar 2022").
     */
    static boolean isLabelledEventDate(String t) {
        Matcher m = DATE_LABEL.matcher(t);
        return m.lookingAt() && !PUBLISHING_LABEL.matcher(m.group(1)).find();
    }

    /**
     * Whether the block ends with a link that asks the reader to act ("Do you want to hear from us? Sign up here",
     * "Werden Sie Mitglied: Jetzt registrieren"): an appeal ends in its link, a sentence of the article does not end in
     * a sign-up, subscription or donation link.
     */
    static boolean endsWithActionLink(TextBlock b, String t) {
        String anchor = lastLinkEndsText(b, t);
        return anchor != null && ACTION_LINK.matcher(anchor).matches();
    }

    /** The text of the block's last link when that link ends the block's text (closing punctuation aside), else null. */
    static String lastLinkEndsText(TextBlock b, String t) {
        Elements links = b.owner().getElementsByTag("a");
        if (links.isEmpty()) {
            return null;
        }
        String anchor = links.last().text().strip();
        String end = t.replaceAll("[\\s.!?:»›→>]+$", "");
        return !anchor.isEmpty() && end.endsWith(anchor.replaceAll("[\\s.!?:»›→>]+$", "")) ? anchor : null;
    }

    /** Cheap pre-check before the meta-line pattern: it needs a colon or a "by"-like word. */
    private static boolean mayBeMetaLine(String t) {
        return t.indexOf(':') >= 0 || t.indexOf(" by ") >= 0 || t.indexOf(" By ") >= 0 || t.indexOf(" por ") >= 0
                || t.indexOf(" par ") >= 0 || t.indexOf(" von ") >= 0 || t.indexOf(" da ") >= 0;
    }

    /** Cheap pre-check before the credit pattern: it needs one of a few telling letter sequences. */
    private static boolean mayBeCredit(String t) {
        return Hints.anyIn(t, CREDIT_HINTS);
    }

    private static boolean hasDigit(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isDigit(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether URLs make up most of the text (structured data or link dumps rendered as text). */
    static boolean isMostlyUrls(String t) {
        if (t.indexOf("://") < 0 && t.indexOf("www.") < 0) {
            return false;
        }
        int urlChars = 0;
        java.util.regex.Matcher m = URL.matcher(t);
        while (m.find()) {
            urlChars += m.end() - m.start();
        }
        return urlChars > 0.4 * t.length();
    }

}
