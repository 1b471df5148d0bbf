package dev.storybrief.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One news article after ingest and cleaning: its identity, metadata and the body paragraphs that survived
 * boilerplate removal. Unknown metadata is {@code null}, never guessed.
 *
 * @param id         file name without extension, or the JSON Lines document id
 * @param path       the source file, or {@code null} when the article came from a stream
 * @param title      headline, or {@code null}
 * @param outlet     publishing outlet, or {@code null}
 * @param author     byline author, or {@code null}
 * @param published  publication date, or {@code null}
 * @param dateOrigin where {@code published} came from ("meta", "text: Last Modified", "--date"...), or {@code null}
 * @param paragraphs cleaned body paragraphs, in order
 * @param removed    what cleaning removed, with reasons
 * @param dating     how the date is known (source, confidence, basis, upper bound); never {@code null}
 * @param url        the page's address (fetched, or given by a feed, a JSON line or the page itself), or {@code null}
 * @param wire       the agency whose text this is, when another outlet publishes it ("BRENMOOR (Northern Wire) -" in
 *                   a text whose page or closing "© 2026 Brenmoor Star" names its publisher): the text's source, while
 *                   {@code outlet} is its publisher; {@code null} when the outlet publishes its own text
 * @param filedFrom  the place the dateline names ("Brenmoor" for "BRENMOOR (Northern Wire) -"), where the story was
 *                   filed: cleaning removes the dateline, and the place would be lost; or {@code null}
 * @param entryDays  for a live blog, the day each entry's paragraph was posted, by paragraph index (its time stamp,
 *                   which cleaning removed, with the page's date); empty for any other article
 * @param kind       what kind of text it is (a report, a live blog, an opinion piece, ...), as its page or copy marks
 *                   it; when not given, a live blog when it has {@code entryDays}, else a report
 * @param kindMark   what marked its kind, in words (a headline label "Opinion:", schema.org OpinionNewsArticle), for
 *                   the reader; {@code null} for a report
 */
public record Article(String id, Path path, String title, String outlet, String author, LocalDate published,
                      String dateOrigin, List<String> paragraphs, List<Removal> removed, DateProvenance dating,
                      String url, String wire, String filedFrom, java.util.Map<Integer, LocalDate> entryDays,
                      ArticleKind kind, String kindMark) {

    public Article {
        Objects.requireNonNull(id, "id");
        paragraphs = List.copyOf(paragraphs);
        removed = List.copyOf(removed);
        if (dating == null) {
            dating = published == null ? DateProvenance.UNDATED : DateProvenance.given(dateOrigin, null, null);
        }
        entryDays = entryDays == null ? java.util.Map.of() : java.util.Map.copyOf(entryDays);
        if (wire != null && wire.equals(outlet)) {
            wire = null;
        }
        if (kind == null) {
            kind = entryDays.isEmpty() ? ArticleKind.NEWS : ArticleKind.LIVE_BLOG;
            kindMark = entryDays.isEmpty() ? null : "entries stamped with their time";
        }
    }

    /** An article whose kind follows from its entries: a live blog when it has {@code entryDays}, else a report. */
    public Article(String id, Path path, String title, String outlet, String author, LocalDate published,
                   String dateOrigin, List<String> paragraphs, List<Removal> removed, DateProvenance dating,
                   String url, String wire, String filedFrom, java.util.Map<Integer, LocalDate> entryDays) {
        this(id, path, title, outlet, author, published, dateOrigin, paragraphs, removed, dating, url, wire, filedFrom,
                entryDays, null, null);
    }

    /** An article that is its outlet's own text (no wire named apart from its publisher). */
    public Article(String id, Path path, String title, String outlet, String author, LocalDate published,
                   String dateOrigin, List<String> paragraphs, List<Removal> removed, DateProvenance dating,
                   String url) {
        this(id, path, title, outlet, author, published, dateOrigin, paragraphs, removed, dating, url, null, null, null);
    }

    /** An article whose date provenance follows from its origin note (see {@link DateProvenance#given}), no address. */
    public Article(String id, Path path, String title, String outlet, String author, LocalDate published,
                   String dateOrigin, List<String> paragraphs, List<Removal> removed) {
        this(id, path, title, outlet, author, published, dateOrigin, paragraphs, removed, null, null);
    }

    /** An article without an address. */
    public Article(String id, Path path, String title, String outlet, String author, LocalDate published,
                   String dateOrigin, List<String> paragraphs, List<Removal> removed, DateProvenance dating) {
        this(id, path, title, outlet, author, published, dateOrigin, paragraphs, removed, dating, null);
    }

    /** Rule name under which cleaning lists a flash label it took off the headline ("BREAKING:"). */
    public static final String FLASH_RULE = "flash-label";

    /** The flash label the headline ran under ("BREAKING:", "UPDATE:", "LIVE:"), which cleaning took off, or null. */
    public String flashLabel() {
        return removed.stream().filter(r -> FLASH_RULE.equals(r.rule())).map(Removal::text).findFirst().orElse(null);
    }

    /** Whose text it is: the wire that wrote it when another outlet publishes it, else the outlet (or null). */
    public String source() {
        return wire != null ? wire : outlet;
    }

    /** The name a reader recognises: the outlet when known, else the article id. */
    public String label() {
        return outlet != null ? outlet : id;
    }

    /** Number of whitespace-separated words in the body. */
    public int wordCount() {
        return paragraphs.stream().mapToInt(Words::count).sum();
    }

    /** A copy with another publication date, recording where it came from; an upper bound already known stays. */
    public Article withPublished(LocalDate date, String origin) {
        DateProvenance next = date == null ? dating.undated()
                : DateProvenance.given(origin, dating.notAfter(), dating.notAfterSource());
        return new Article(id, path, title, outlet, author, date, origin, paragraphs, removed, next, url, wire, filedFrom, entryDays,
                kind, kindMark);
    }

    /** A copy with a date and its full provenance (an inferred date names the articles it rests on). */
    public Article withDating(LocalDate date, String origin, DateProvenance provenance) {
        return new Article(id, path, title, outlet, author, date, origin, paragraphs, removed, provenance, url, wire, filedFrom,
                entryDays, kind, kindMark);
    }

    /** A copy with another outlet. */
    public Article withOutlet(String name) {
        return new Article(id, path, title, name, author, published, dateOrigin, paragraphs, removed, dating, url, wire, filedFrom, entryDays,
                kind, kindMark);
    }

    /** A copy with other body paragraphs (a long article cut short), everything else kept. */
    public Article withParagraphs(List<String> shorter) {
        return new Article(id, path, title, outlet, author, published, dateOrigin, shorter, removed, dating, url, wire,
                filedFrom, entryDays, kind, kindMark);
    }

    /** A copy of another kind, with what marked it ({@code null} for a report). */
    public Article withKind(ArticleKind other, String mark) {
        return new Article(id, path, title, outlet, author, published, dateOrigin, paragraphs, removed, dating, url, wire,
                filedFrom, entryDays, other, mark);
    }

    /** True when the date was worked out rather than read from the page, the text or the user. */
    public boolean dateInferred() {
        return dating.inferred();
    }
}
