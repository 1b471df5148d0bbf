package dev.storybrief.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The outlet's name as its page shows it, when the page declares none (no {@code og:site_name}, no JSON-LD
 * publisher): a print version, a stripped-down copy or an older template keeps the masthead (the logo's text or its
 * image's alternative text), the site's part of the title ("... | Kelby Courier") and the copyright line, but not the
 * head's metadata. Any of them counts only when the page's host spells the name ("kelbycourier.co.uk" for "Kelby
 * Courier", "bbc.co.uk" for "BBC News"): the outlet's own name, not a section, a sponsor or a photo agency.
 */
public final class HostNames {
    /** Where a page puts its own name: its logo, its masthead, its brand. */
    private static final String MASTHEAD = "header img[alt], [class*=logo] img[alt], [id*=logo] img[alt], [class*=masthead],"
            + " [id*=masthead], [class*=logo], [id*=logo], [class*=site-name], [class*=sitename], [class*=brand],"
            + " [class*=print-header], [class*=header] img[alt]";
    /** "© 2026 Kelby Courier", "Copyright 2026 Kelby Courier Ltd." */
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)(?:©|\\(c\\)|copyright)\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?"
            + "\\s*([\\p{L}][\\p{L}\\p{N}&.'’ -]{1,60}?)(?:\\s+(?:ltd|limited|inc|llc|gmbh|plc)\\.?)?\\s*(?:[.,|]|all rights|$)");
    /** A name is a few words. */
    private static final int MAX_WORDS = 6;
    /** The shortest host label that can stand for a name's start ("bbc" for "BBC News"). */
    private static final int MIN_LABEL = 3;

    private HostNames() {
    }

    /** The name the page shows for itself that its host spells, or null. */
    static String of(Document doc, String host, String title) {
        if (host == null) {
            return null;
        }
        String label = label(host);
        if (label.length() < MIN_LABEL) {
            return null;
        }
        List<String> candidates = new ArrayList<>();
        candidates.add(TitleSiteName.of(title));
        for (Element e : doc.select(MASTHEAD)) {
            candidates.add(e.normalName().equals("img") ? e.attr("alt") : e.ownText().isBlank() ? e.text() : e.ownText());
        }
        Element body = doc.body();
        if (body != null) {
            Matcher m = COPYRIGHT.matcher(body.text());
            while (m.find()) {
                candidates.add(m.group(1));
            }
        }
        for (String candidate : candidates) {
            if (candidate != null && spells(label, candidate.strip())) {
                return candidate.strip();
            }
        }
        return null;
    }

    /** The host's name part: "kelbycourier" for "kelbycourier.co.uk", "thetimes" for "news.thetimes.com". */
    public static String label(String host) {
        String[] parts = host.toLowerCase(Locale.ROOT).split("\\.");
        int i = parts.length - 2;
        // a country's second level ("co.uk", "com.au", "org.nz") comes before the name
        if (i > 0 && parts[i].length() <= 3 && parts[parts.length - 1].length() == 2) {
            i--;
        }
        return i >= 0 ? parts[i].replace("-", "") : "";
    }

    /**
     * Whether the host's label spells the name, or its first words ("bbc" for "BBC News", "consumeralert" for
     * "Consumer Alert Network"), "the" aside. A host name has no accents, so the name's letters are compared without
     * theirs ("noticiaslusas" spells "Notícias Lusas").
     */
    public static boolean spells(String label, String name) {
        if (name.isEmpty() || name.split("\\s+").length > MAX_WORDS) {
            return false;
        }
        String key = TextNormalizer.withoutAccents(TextNormalizer.key(name).replace(" ", ""));
        String bare = key.startsWith("the") ? key.substring(3) : key;
        return key.equals(label) || bare.equals(label) || label.equals("the" + bare)
                || key.startsWith(label) && Character.isUpperCase(name.charAt(0)) && firstWordsSpell(label, name);
    }

    /** Whether the label is the name's first words run together ("consumeralert" for "Consumer Alert Network"). */
    private static boolean firstWordsSpell(String label, String name) {
        StringBuilder words = new StringBuilder();
        for (String w : name.split("\\s+")) {
            words.append(TextNormalizer.withoutAccents(w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "")));
            if (words.toString().equals(label)) {
                return true;
            }
            if (words.length() >= label.length()) {
                return false;
            }
        }
        return false;
    }
}
