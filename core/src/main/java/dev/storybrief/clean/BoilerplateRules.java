package dev.storybrief.clean;

import dev.storybrief.model.SentenceMarks;
import dev.storybrief.model.Words;
import dev.storybrief.wording.ClosingAnnouncements;
import dev.storybrief.wording.CookieNotices;
import dev.storybrief.wording.InterfaceLabels;
import dev.storybrief.wording.PaywallPrompts;
import dev.storybrief.wording.SubscriptionAppeals;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.Set;

/**
 * The default chain of boilerplate rules for news text copied from a browser or extracted from a page.
 * Each rule is named so {@code --explain} can say why a line went, and so a caller can drop or add rules.
 */
public final class BoilerplateRules {
    private static final String NAME = "\\p{Lu}[\\p{L}.'’-]+";
    private static final String NAMES = NAME + "(?: " + NAME + "){0,3}";
    /** An appeal to subscribe is a short line; a longer one is a story's sentence about a newsletter. */
    private static final int APPEAL_WORDS = 25;
    /** A teaser's bullet is a line or two; a longer bulleted paragraph is the story's. */
    private static final int TEASER_WORDS = 20;

    private BoilerplateRules() {
    }

    /** The rules in the order they are tried. */
    public static List<LineRule> defaults() {
        List<LineRule> rules = new java.util.ArrayList<>();
        rules.addAll(List.of(
                new PatternRule("video-timestamp", "^\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[-–—]\\s*Source:.*)?$", 8,
                        "video time stamp"),
                new PatternRule("widget-marker", "^\\[[^\\]]{1,40}]$", 3, "page widget marker"),
                new StampRule(),
                new WordingRule("relative-time", RelativeTimes::isLine,
                        "how long ago the page was posted (it dates nothing once read later)"),
                new LineRule() {
                    @Override
                    public String name() {
                        return "date-line";
                    }

                    @Override
                    public Optional<String> match(LineContext context) {
                        return TextMetadata.isDateOnly(context.line())
                                || TextMetadata.outletOfDateLine(context.line()).isPresent()
                                ? Optional.of("publication date line (kept as the article date)") : Optional.empty();
                    }
                },
                new MastheadRule(),
                new PatternRule("source-line", "^(?:Source:.*|.{2,40} and agencies|\\(?(?:Reuters|AP|AFP)\\)?)$", 6,
                        "source attribution (kept as the outlet)"),
                new PatternRule("dateline-marker", "^\\p{Lu}[\\p{L}.&' ]{0,30}\\s+[—–]\\s*$", 5,
                        "dateline marker (kept as the outlet)"),
                new PatternRule("byline", "^(?:" + TextMetadata.BYLINE_OPENERS + ")\\s+" + NAMES + "(?:\\s*(?:,|and|und|et|oraz|&|\\||-|–)\\s*.{0,60})?$", 14,
                        "byline (kept as author and outlet)"),
                new CreditRule(),
                new RightsLineRule(),
                new NameLineRule()));
        // a press release's marker, contact line and closing paragraph
        rules.addAll(PressReleases.rules());
        rules.addAll(List.of(
                new PatternRule("photo-credit",
                        "^(?:(?:Photo|Image|Picture|Credit|Photograph|Foto|Bild|Fot\\.|Zdj[ęe]cie|Cr[ée]dit photo|Фото|Fotografie"
                                + "|Fotoğraf|Φωτογραφία|Φωτό|Gambar)s?:\\s*.*"
                                + "|(?i:(?:image|photo|picture|video) (?:source|credit|caption)s?|bildquelle|source (?:de l'image|photo)"
                                + "|[źz]r[óo]d[łl]o (?:zdj[ęe]cia|fot\\.?))\\s*[,:]\\s*.*|" + NAMES + "\\s*/\\s*" + NAMES
                                + "|(?:AP|AFP|Reuters|EPA|Getty Images)(?: Photo)?(?:\\s*/\\s*.*)?)$", 8,
                        "photo credit"),
                new CaptionRule(),
                // a photo gallery copied from a page: captions (often twice), credits, "Image 1 of / 25", "Back to
                // Gallery"; its counter and a gallery word together mark it however long its captions are
                new PatternRule("photo-gallery", "(?i)^(?=.*\\b(?:image|photo|slide|picture)\\s+\\d+\\s+of\\b)"
                        + "(?=.*\\b(?:caption|gallery)\\b)", 200, "photo gallery (captions, credits, gallery controls)"),
                // a bullet of a box above the lead or repeating the body; a list in the story stays (ListBoxes)
                new ContextRule("teaser-bullet", context -> Words.atMost(context.line(), TEASER_WORDS)
                        && ListBoxes.isBullet(context.line()) && ListBoxes.isTeaserBox(context), "teaser line"),
                // the page extractor takes out the same lines (PaywallPrompts), so extract and brief agree
                new WordingRule("paywall", PaywallPrompts::isPrompt, "paywall or subscription prompt"),
                new PatternRule("link-prompt",
                        "(?iu)^(?:click here|read more|see also|more:|watch:|listen:|share this|follow us|email this|print this|related:"
                                + "|lesen sie (?:auch|mehr)\\b|mehr zum thema\\b|weiterlesen\\b|auch interessant\\b"
                                + "|(?:à )?(?:lire|voir) aussi\\b|(?:prze)?czytaj (?:także|też|również)\\b"
                                + "|zobacz (?:także|też|również)\\b"
                                // Russian, Czech, Turkish, Greek and Indonesian: "Читайте также:", "Čtěte také:",
                                // "Ayrıca okuyun:", "Διαβάστε επίσης:", "Baca juga:"
                                + "|(?:читайте|смотрите) (?:также|ещё|еще)\\b|(?:čtěte|přečtěte si) (?:také|též|více)\\b"
                                + "|ayrıca (?:okuyun|bakınız)\\b|ilgili haber\\b|διαβάστε (?:επίσης|ακόμη)\\b"
                                + "|baca (?:juga|selengkapnya)\\b)", 16,
                        "link prompt"),
                new LinkListRule()));
        // the readers' comments, and the page speaking to its reader about itself
        rules.add(new CommentSectionRule());
        rules.addAll(ReaderNotes.rules());
        // an encyclopedia copy's reference list and footer, a fact check's claim
        rules.addAll(ReferenceWorks.rules());
        rules.addAll(List.of(
                // a radio's or a live page's button may carry a flash label ("LIVE: Listen now"): a button still
                new WordingRule("interface-label", line -> InterfaceLabels.isLabel(line)
                        || InterfaceLabels.isLabel(FlashLabels.without(line)), "label of the page's interface"),
                new WordingRule("subscription-appeal",
                        line -> Words.count(line) <= APPEAL_WORDS && SubscriptionAppeals.isAppeal(line),
                        "appeal to subscribe or join"),
                // the other languages' paywall and newsletter lines, as the page extractor reads them (ReaderAppeals)
                new ReaderAppealRule(),
                new WordingRule("cookie-notice", CookieNotices::isNotice, "cookie notice"),
                new ConsentDialogRule(),
                new PatternRule("breadcrumb", "^(?:[^>›»\\s][^>›»]{0,30}\\s[>›»]\\s){1,5}[^>›»]{1,40}$", 14,
                        "breadcrumb (the site's sections)"),
                new WordingRule("site-menu", dev.storybrief.wording.SectionNames::isMenu,
                        "the site's menu (its sections' names in a row)"),
                new ShareBarRule(),
                new PatternRule("copyright", "(?i)^(?:©|copyright\\b|\\(c\\) \\d{4})", 30, "copyright notice"),
                // the page's footer: its links in a row, ending in the copyright ("About us Contact Terms © Herald 2026")
                new PatternRule("footer", "^\\p{Lu}[^.!?:©]{2,120}\\s(?:©|\\([cC]\\)\\s*\\d{4}|Copyright\\s+(?:©\\s*)?\\d{4})"
                        + ".{0,100}$", 20, "the page's footer (links and copyright)"),
                new PatternRule("print-edition", "(?i)^A version of this (?:article|story) appears? in print\\b", 60,
                        "print edition note"),
                // WordPress appends this line to every item of its feeds by default (and in its translations)
                new PatternRule("feed-footer", "(?iu)^(?:The post .{2,200} appeared first on"
                        + "|Der Beitrag .{2,200} erschien zuerst auf|L[’']article .{2,200} est apparu en premier sur"
                        + "|La entrada .{2,200} se publicó primero en|Il post .{2,200} è apparso per primo su)"
                        + " .{2,100}$", 50, "the feed's footer (\"The post ... appeared first on ...\")"),
                new PatternRule("reporting-from", "^Reporting from \\p{Lu}[\\p{L}.,' -]{1,60}$", 10,
                        "where the reporter was (kept out of the text)"),
                new PatternRule("captioned-credit", "\\sCredit(?:\\.\\.\\.|…|:)\\s*\\p{Lu}"
                        // a caption that ends with its photo's credit: "... on Monday night. Photo: Jo Pirelli/Courier"
                        + "|[.!?)]\\s+\\(?(?:Photo|Photograph|Picture|Image|Foto|Bild|Fot\\.|Zdj[ęe]cie)s?\\s*:\\s*[^.!?]{2,60}\\)?$", 40,
                        "photo caption with its credit"),
                // the agency's and the broadcaster's mark at the end of a copy or a transcript
                new PatternRule("end-marker", "^\\(?(?:END|ENDS|End|Ends)\\)?$", 1, "end-of-copy marker"),
                new PatternRule("separator", "^[\\p{P}\\p{S}_\\s]{3,}$", 1, "separator line"),
                new AuthorBioRule(),
                new ContextRule("highlights-label", context -> ListBoxes.LABEL.matcher(context.line()).matches()
                        && ListBoxes.isTeaserBox(context), "story highlights (they repeat the body)"),
                new FollowerRule("highlights", Set.of("highlights-label", "highlights"),
                        FollowerRule.shortUnpunctuated(30), "story highlights (they repeat the body)"),
                new PatternRule("topics-label", "(?i)^(?:topics in this (?:article|story)|topics|tags|filed under|more on)\\s*:?$", 5,
                        "topic tags"),
                new FollowerRule("topics", Set.of("topics-label", "topics"), FollowerRule.shortUnpunctuated(3), "topic tags"),
                new PatternRule("topics-line", "(?i)^(?:see more on|more on|filed under|tags?|topics?)\\s*:\\s*\\S", 12,
                        "topic tags"),
                new TrailingListRule(),
                new PageTailRule(),
                new SectionLabelRule()));
        return List.copyOf(rules);
    }

    /**
     * Removes a heading such as "Featured on Al Jazeera" or "Related stories" in the last part of the page and
     * every line after it: the rest of the page is other stories' teasers, unless the story resumes under a box of
     * headlines ({@link #resumesStory}).
     */
    static final class TrailingListRule implements LineRule {
        private static final String NAME = "trailing-links";
        private static final java.util.regex.Pattern HEADING = java.util.regex.Pattern.compile(
                "(?i)^(?:featured(?: on .{1,40})?|related(?: (?:stories|articles|content|coverage|news|links))?"
                        + "|more (?:from|on|stories)(?: .{1,40})?|most (?:popular|read|viewed|shared)|recommended(?: for you)?"
                        + "|you (?:may|might) also like|read next|latest news|trending(?: now)?|editor's picks)\\s*:?$");

        /** A paragraph of the story is a sentence of some length. */
        private static final int RESUMED_WORDS = 10;
        /** A box's headline is short. */
        private static final int HEADLINE_WORDS = 16;
        /** Words the resumed paragraph shares with the story above the box. */
        private static final int SHARED_WORDS = 2;
        /** Shorter words are mostly grammar. */
        private static final int CONTENT_LETTERS = 5;

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public Optional<String> match(LineContext context) {
            if (inList(context)) {
                return resumesStory(context) ? Optional.empty() : Optional.of("link list at the end of the page");
            }
            if (context.position() >= 0.5 && isHeading(context.line())) {
                return Optional.of("\"" + context.line() + "\" link list at the end of the page");
            }
            return Optional.empty();
        }

        /**
         * Whether the line is in a list at the end of the page: above it, past the lines other rules took (a gallery's
         * credit, a share row, an advertisement's label standing in the list), is a line of the list or its heading,
         * not the story.
         */
        private static boolean inList(LineContext context) {
            for (int i = context.previousNonBlank(); i >= 0; i = context.nonBlankBefore(i)) {
                String by = context.removedBy(i);
                if (by == null) {
                    return false;
                }
                if (NAME.equals(by) || isHeading(context.lineAt(i)) && (double) i / (context.size() - 1) >= 0.5) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isHeading(String line) {
            return HEADING.matcher(line).matches() || ClosingAnnouncements.isAnnouncement(line);
        }

        /**
         * Whether the line is the story again after a box of other stories' headlines in its lower part: a sentence
         * under one of the box's headlines that shares no word with that headline (so it is not its teaser) and shares
         * words with the story above the box. A teaser sentence directly under the box's heading stays the box's.
         */
        private static boolean resumesStory(LineContext context) {
            String line = context.line();
            int above = context.previousNonBlank();
            String headline = context.lineAt(above);
            if (!SentenceMarks.endsSentence(line) || Words.count(line) < RESUMED_WORDS || isHeading(headline)
                    || SentenceMarks.endsSentence(headline) || !Words.atMost(headline, HEADLINE_WORDS)) {
                return false;
            }
            Set<String> words = contentWords(line);
            if (!java.util.Collections.disjoint(words, contentWords(headline))) {
                return false;
            }
            int start = above;
            while (start > 0 && NAME.equals(context.removedBy(context.nonBlankBefore(start)))) {
                start = context.nonBlankBefore(start);
            }
            Set<String> story = new java.util.HashSet<>();
            for (int i = 0; i < start; i++) {
                if (context.removedBy(i) == null) {
                    story.addAll(contentWords(context.lineAt(i)));
                }
            }
            story.retainAll(words);
            return story.size() >= SHARED_WORDS;
        }

        /** The line's words of five letters or more, lower-cased: the words that say what it is about. */
        private static Set<String> contentWords(String line) {
            Set<String> words = new java.util.HashSet<>();
            for (String w : line.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\d]+")) {
                if (w.length() >= CONTENT_LETTERS) {
                    words.add(w);
                }
            }
            return words;
        }


    }

    /** A rule that asks one of the {@link dev.storybrief.wording} recognisers about the whole line. */
    record WordingRule(String name, java.util.function.Predicate<String> recognises, String reason) implements LineRule {
        @Override
        public Optional<String> match(LineContext context) {
            return recognises.test(context.line()) ? Optional.of(reason) : Optional.empty();
        }
    }

    /** A rule that decides on the line with what the rules decided above it and what follows it. */
    record ContextRule(String name, java.util.function.Predicate<LineContext> recognises, String reason)
            implements LineRule {
        @Override
        public Optional<String> match(LineContext context) {
            return recognises.test(context) ? Optional.of(reason) : Optional.empty();
        }
    }

    /**
     * The writer's note at the end of an article: "Dana Lowe is a national correspondent covering the West." Only in
     * the last fifth of the text: higher up, a sentence saying someone is a reporter is part of the story.
     */
    static final class AuthorBioRule implements LineRule {
        private static final Pattern BIO = Pattern.compile("^\\p{Lu}[\\p{L}.'-]+(?: \\p{Lu}[\\p{L}.'-]+){1,3} (?:is|was)"
                + " (?:a|an|the) [\\p{L} ,-]{0,40}?(?:correspondent|reporter|writer|editor|columnist|journalist"
                + "|contributor|bureau chief)\\b.{0,80}$");

        @Override
        public String name() {
            return "author-bio";
        }

        @Override
        public Optional<String> match(LineContext context) {
            boolean atTheEnd = context.position() >= 0.8;
            return atTheEnd && Words.count(context.line()) <= 25
                    && BIO.matcher(context.line()).matches() ? Optional.of("the writer's note") : Optional.empty();
        }
    }

    /**
     * A publication or update time stamp. The reason says which, since a reader of the removals should not take an
     * update stamp for the article's date: it only bounds it.
     */
    static final class StampRule implements LineRule {
        private final PatternRule stamp = new PatternRule("time-stamp",
                "(?iu)^(?:" + TextMetadata.STAMP_WORDS + ")\\s*(?:on|at|am|le)?\\s*:?\\s*.*\\d", 20, "time stamp");

        @Override
        public String name() {
            return stamp.name();
        }

        @Override
        public Optional<String> match(LineContext context) {
            return stamp.match(context).map(found -> TextMetadata.isChangeStamp(context.line())
                    ? "update time stamp (kept as the latest the article can date from)"
                    : "publication time stamp (kept as the article date)");
        }
    }

    /**
     * Removes the line directly under a photo credit or an image marker (no blank line between): the photo's
     * caption. Under a bare marker ("Image", "[Photo]"), which a page may leave without a caption, only a caption's
     * length is taken. A credit has one caption, on one side: when the line above the credit was a caption, the line
     * under it is the story again. A caption says what the picture shows, so a line that quotes someone, says someone
     * spoke, or tells what will happen is a paragraph of the story, not a caption, whatever stands above it.
     */
    static final class CaptionRule implements LineRule {
        private static final Pattern IMAGE_MARKER = Pattern.compile("(?iu)^\\[?(?:image|photo|picture|photograph|foto|bild"
                + "|zdj[ęe]cie|illustration|graphic|grafik)\\]?$");
        private static final int MARKED_CAPTION_WORDS = 30;
        /** A caption under a credit is a sentence or two; a longer line is the story's paragraph. */
        private static final int CAPTION_WORDS = 45;
        /** Rules whose line is a caption: a credit under it belongs to it. */
        private static final Set<String> CAPTIONS = Set.of("caption", "captioned-credit", "labelled-caption");
        /** What will happen: a picture cannot show it. */
        private static final Pattern FUTURE = Pattern.compile("(?iu)\\b(?:will|won't|shall|would|wird|werden)\\b");

        @Override
        public String name() {
            return "caption";
        }

        @Override
        public Optional<String> match(LineContext context) {
            boolean adjacent = context.previousNonBlank() == context.index() - 1 && context.index() > 0;
            if (adjacent && "photo-credit".equals(context.previousRemovedBy())) {
                String aboveCredit = context.removedBy(context.nonBlankBefore(context.index() - 1));
                boolean captionAbove = aboveCredit != null && CAPTIONS.contains(aboveCredit);
                return captionAbove || !isCaptionLike(context.line()) ? Optional.empty()
                        : Optional.of("photo caption under a credit");
            }
            boolean underMarker = adjacent && IMAGE_MARKER.matcher(context.lineAt(context.index() - 1)).matches();
            return underMarker && Words.count(context.line()) <= MARKED_CAPTION_WORDS
                    ? Optional.of("photo caption under an image marker") : Optional.empty();
        }

        private static boolean isCaptionLike(String line) {
            return Words.atMost(line, CAPTION_WORDS) && !ReportedSpeech.isReported(line) && !FUTURE.matcher(line).find();
        }
    }

    /**
     * Removes very short lines above the headline, such as a site section ("Africa", "World News"): nothing of the
     * story comes before its headline. A two-word headline set apart above the story's first sentence is the headline
     * itself ({@link ArticleCleaner#isShortHeadline}).
     */
    static final class SectionLabelRule implements LineRule {
        /**
         * Sections of one or two words joined by a bar or a slash: "NEWS | LOCAL", "World / Europe", "Portada | Política |
         * Municipales 2026" (a section may carry its year), or a whole menu bar ("HOME | NEWS | CRIME | SPORT |
         * WEATHER"); a menu copied from a browser sets its items apart by runs of spaces instead ("Home  News  Business
         * Tech  Life").
         */
        private static final Pattern SECTIONS = Pattern.compile("^(?:[\\p{L}\\d&'-]+(?: [\\p{L}\\d&'-]+)?"
                + "(?:\\s+[|/·•]\\s+[\\p{L}\\d&'-]+(?: [\\p{L}\\d&'-]+)?){1,11}"
                + "|[\\p{L}&'-]+(?: [\\p{L}&'-]+)?(?:(?: {2,}|\\t+)[\\p{L}&'-]+(?: [\\p{L}&'-]+)?){2,11})$");

        @Override
        public String name() {
            return "section-label";
        }

        @Override
        public Optional<String> match(LineContext context) {
            String line = context.line();
            boolean tiny = dev.storybrief.model.Words.count(line) <= 2 && !line.matches(".*[" + SentenceMarks.ENDS + ":：]$");
            if ((tiny || SECTIONS.matcher(line).matches()) && context.keptBefore() == 0
                    && !ArticleCleaner.isShortHeadline(context.lines(), context.index())) {
                return Optional.of("site section label above the headline");
            }
            // a skip link or the site's name above the menu copied one item a line, in any language
            if (SiteMenus.headsMenu(context)) {
                return Optional.of("the page's header above its menu (a skip link or the site's name)");
            }
            // a kicker of three or four words ("Cost of Living") where a page has its masthead: no headline either
            if (context.keptBefore() == 0 && Words.count(line) > 2 && Mastheads.kickerAtTop(context.lines(), context.index())) {
                return Optional.of("site section label above the headline");
            }
            return Optional.empty();
        }
    }
}
