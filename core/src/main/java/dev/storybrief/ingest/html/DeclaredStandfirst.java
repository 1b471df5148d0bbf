package dev.storybrief.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The standfirst a page declares about itself. Editors write an article's summary once, and the page shows it twice:
 * in its head as the description that search results and shared links show (Open Graph, HTML or Twitter card), and
 * on the page under the headline as the standfirst. So a block whose text is that description, after the headline and
 * before the body's first paragraph, is the article's standfirst, however the box around it is named or placed: a
 * "teaser" or "sidebar" class, a sticky header box beside the body, a subheading that does not end like a sentence.
 * This is the same evidence as schema.org's {@code itemprop="description"} ({@link ArticleMarks#isArticleDescription}),
 * given in the head instead of on the element.
 *
 * <p>Before the headline the same text is the site's tagline (a blog's description is often the site's); after the
 * body it is an "about" box; a block mostly of links is a teaser pointing elsewhere. None of those counts.
 */
final class DeclaredStandfirst {

    /** Fewest words of a standfirst: a shorter description ("News and views") says nothing of one article. */
    private static final int MIN_WORDS = 6;
    private static final double MAX_LINK_DENSITY = 0.3;
    /** Fewest letters and digits a cut description must keep for its start to identify the block. */
    private static final int MIN_PREFIX_KEY = 40;
    /** Characters of a block read to rule it out before its whole text is keyed. */
    private static final int HEAD_CHARS = 32;

    private DeclaredStandfirst() {
    }

    /**
     * The block showing one of {@code descriptions}, after the headline and before the container's end, or null. Asked
     * before the container is pruned: a pruned box is no longer inside it.
     */
    static TextBlock find(List<TextBlock> blocks, Element container, List<String> descriptions, String title,
            String author) {
        List<Key> keys = keys(descriptions);
        if (keys.isEmpty()) {
            return null;
        }
        String titleKey = TextNormalizer.key(title);
        boolean afterHeadline = false;
        boolean inContainer = false;
        for (TextBlock b : blocks) {
            boolean inside = b.owner() == container || ContainerLocator.isAncestor(container, b.owner());
            if (inContainer && !inside) {
                return null;
            }
            inContainer |= inside;
            if (LeadFinder.isHeadline(b.owner())) {
                // A site's name set as h1 (a blog's title over its tagline) is not the article's headline.
                afterHeadline |= !LeadFinder.isSiteLogo(b);
                continue;
            }
            if (!afterHeadline || b.kind() != BlockKind.PARAGRAPH && b.kind() != BlockKind.HEADING
                    || b.words() < MIN_WORDS || b.linkDensity() > MAX_LINK_DENSITY) {
                continue;
            }
            // The key of the block's first words must start a description's key before the whole block is keyed.
            String text = b.text();
            if (!startsAlike(TextNormalizer.key(text.substring(0, Math.min(HEAD_CHARS, text.length()))), keys)) {
                continue;
            }
            String key = TextNormalizer.key(text);
            if (!matches(key, keys) || key.equals(titleKey)) {
                continue;
            }
            return ParagraphFilter.dropReason(b, title, author, new DataTables()) == null ? b : null;
        }
        return null;
    }

    /**
     * The lead with the declared standfirst in front of it, or the lead as it is when there is none, when the lead or
     * the body ({@code kept}) holds it already, or when it comes after the body's first paragraph: a standfirst opens
     * the article, and the same words further down are a box about the article or its site.
     */
    static List<TextBlock> withStandfirst(List<TextBlock> lead, TextBlock standfirst, List<TextBlock> blocks,
            List<String> kept) {
        if (standfirst == null || lead.contains(standfirst) || kept.contains(standfirst.text())) {
            return lead;
        }
        if (!kept.isEmpty()) {
            String first = kept.get(0);
            for (TextBlock b : blocks) {
                if (b == standfirst) {
                    break;
                }
                if (b.text().equals(first)) {
                    return lead;
                }
            }
        }
        List<TextBlock> out = new ArrayList<>(lead.size() + 1);
        out.add(standfirst);
        out.addAll(lead);
        return out;
    }

    /**
     * The descriptions' keys (letters and digits, lower case). A description cut with an ellipsis ("... aus weißen
     * Rebsorten vom …") keeps the key of its words before the cut one and is matched as the start of a block; one of
     * whole sentences may also be the first sentences of a standfirst that goes on (the head's summary is often the
     * standfirst's first sentence).
     */
    private static List<Key> keys(List<String> descriptions) {
        List<Key> out = new ArrayList<>(descriptions.size());
        for (String d : descriptions) {
            String t = d.strip();
            if (TextNormalizer.collapse(t).split(" ").length < MIN_WORDS) {
                continue;
            }
            boolean cut = t.endsWith("\u2026") || t.endsWith("...");
            if (!cut) {
                char last = t.charAt(t.length() - 1);
                out.add(new Key(TextNormalizer.key(t), false, last == '.' || last == '!' || last == '?'));
                continue;
            }
            int space = t.lastIndexOf(' ');
            String prefix = space < 0 ? "" : TextNormalizer.key(t.substring(0, space));
            if (prefix.length() >= MIN_PREFIX_KEY) {
                out.add(new Key(prefix, true, false));
            }
        }
        return out;
    }

    /**
     * A description's key; {@code cut}: it is the start of the block's; {@code sentences}: it may be followed by more
     * sentences, up to as much again.
     */
    private record Key(String key, boolean cut, boolean sentences) {

        boolean matches(String block) {
            return block.equals(key) || (cut || sentences && block.length() <= 2 * key.length())
                    && block.startsWith(key);
        }
    }

    /** Whether a block whose first characters have the key {@code head} may show one of the descriptions. */
    private static boolean startsAlike(String head, List<Key> keys) {
        for (Key k : keys) {
            if (k.key().startsWith(head) || head.startsWith(k.key())) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String key, List<Key> keys) {
        for (Key k : keys) {
            if (k.matches(key)) {
                return true;
            }
        }
        return false;
    }
}
