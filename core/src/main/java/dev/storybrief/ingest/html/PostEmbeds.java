package dev.storybrief.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A social media post the page embeds in the markup the network gives it to paste: X/Twitter's
 * {@code blockquote.twitter-tweet}, Bluesky's {@code blockquote.bluesky-embed}, Mastodon's
 * {@code blockquote.mastodon-embed}, Threads' {@code blockquote.text-post-media}, Instagram's
 * {@code blockquote.instagram-media}, TikTok's {@code blockquote.tiktok-embed}. The post is part of the story the
 * article tells (a witness's words, an official's statement), but its class names read as a widget's ("embed",
 * "media"), and its signature line ("— Jane Doe (@janedoe) March 3, 2026") as a date line. Each post is read as a
 * plain quotation of its words with its signature under them, which the clean stage credits to the author; a post
 * whose words the page does not carry (Mastodon's and Threads' newer embeds hold only a "View on ..." link) goes.
 */
final class PostEmbeds {
    /** The embeds' markup, as each network gives it. */
    static final String SELECTOR = "blockquote.twitter-tweet, blockquote.twitter-video, blockquote.bluesky-embed,"
            + " blockquote[data-bluesky-uri], blockquote.mastodon-embed, blockquote.text-post-media,"
            + " blockquote.instagram-media, blockquote.tiktok-embed";
    /** Marks the paragraph that is a post's signature, so the paragraph rules leave it to the clean stage. */
    static final String SIGNATURE_MARK = "data-post-signature";
    /** A signature: a dash, a name, the account in brackets, maybe the day. */
    private static final Pattern SIGNATURE = Pattern.compile("^[—–-]{1,2}\\s*[^()]{0,80}\\(@[^()\\s]{1,120}\\).{0,60}$");

    private PostEmbeds() {
    }

    /** Rewrites every embedded post under {@code root} as a plain quotation of its words and its signature. */
    static void readAsQuotes(Element root, RemovalLog log) {
        for (Element embed : new ArrayList<>(root.select(SELECTOR))) {
            if (embed.parent() == null) {
                continue;
            }
            List<String> words = new ArrayList<>();
            for (Element p : embed.select("p")) {
                String text = TextNormalizer.collapse(p.wholeText().replace('\u00A0', ' ')).strip();
                if (!text.isEmpty() && !SIGNATURE.matcher(text).matches()) {
                    words.add(text);
                }
            }
            String signature = signature(embed);
            if (words.isEmpty()) {
                log.element(embed, "embedded post whose words the page does not carry");
                embed.remove();
                continue;
            }
            Element quote = new Element("blockquote");
            words.forEach(w -> quote.appendElement("p").text(w));
            if (signature != null) {
                quote.appendElement("p").attr(SIGNATURE_MARK, "").text(signature);
            }
            outermostWrapper(embed, root).replaceWith(quote);
        }
    }

    /** Whether the element is a post's signature as {@link #readAsQuotes} left it. */
    static boolean isSignature(Element e) {
        return e.hasAttr(SIGNATURE_MARK);
    }

    /** The line the embed signs its post with: its own text outside the post's paragraphs, when it reads as one. */
    private static String signature(Element embed) {
        StringBuilder own = new StringBuilder();
        for (Node n : embed.childNodes()) {
            if (n instanceof TextNode t) {
                own.append(t.text());
            } else if (n instanceof Element e && !e.normalName().equals("p")) {
                own.append(' ').append(e.text()).append(' ');
            }
        }
        String line = TextNormalizer.collapse(own.toString().replace('\u00A0', ' ')).strip()
                .replaceAll("\\s+\\)", ")").replaceAll("\\(\\s+", "(");
        if (SIGNATURE.matcher(line).matches()) {
            return line;
        }
        for (Element p : embed.select("p")) {
            String text = TextNormalizer.collapse(p.text()).strip();
            if (SIGNATURE.matcher(text).matches()) {
                return text;
            }
        }
        return null;
    }

    /**
     * The embed, or the outermost box around it that holds nothing else (a CMS's "embed-twitter" wrapper): the
     * wrapper's own class names would take the post with them.
     */
    private static Element outermostWrapper(Element embed, Element root) {
        Element box = embed;
        String text = embed.text();
        for (Element up = embed.parent(); up != null && up != root && !up.normalName().equals("body"); up = up.parent()) {
            if (!up.text().equals(text) || up.normalName().equals("article") || up.normalName().equals("main")) {
                break;
            }
            box = up;
        }
        return box;
    }
}
