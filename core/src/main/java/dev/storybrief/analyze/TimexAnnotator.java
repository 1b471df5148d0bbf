package dev.storybrief.analyze;

import dev.storybrief.analyze.time.TemporalMention;
import dev.storybrief.analyze.time.EuropeanDateTagger;
import dev.storybrief.analyze.time.TemporalTagger;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Granularity;
import dev.storybrief.model.Layer;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.TimexSpan;
import dev.storybrief.model.TimexValues;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Adds the temporal expressions of every sentence, resolved against the article's own publication date
 * ({@link TemporalTagger}) and written as TIMEX3 values: {@code 2011-10-28}, {@code 2011-W43}, {@code 2011-10},
 * {@code 2011}, and the other TIMEX3 types as the tagger finds them (durations {@code P3D}, times {@code 2011-10-28TEV},
 * sets, quarters {@code 2011-Q3}, {@code PRESENT_REF}); articles in the languages of {@link EuropeanDateTagger}
 * (French, German, Spanish, Italian, Portuguese, Dutch, Polish, Czech, Turkish, Russian, Arabic, Indonesian) with it. Without an article date a relative expression keeps no value: unknown stays
 * unknown.
 */
public final class TimexAnnotator implements Annotator {
    private final TemporalTagger tagger = new TemporalTagger();

    @Override
    public String name() {
        return "timexes";
    }

    @Override
    public Layer layer() {
        return Layer.TIMEXES;
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public AnalyzedArticle annotate(AnalyzedArticle article) {
        LocalDate published = article.article().published();
        // French, German, Spanish, Italian and Portuguese have their own month, weekday and relative words
        EuropeanDateTagger european = EuropeanDateTagger.forLanguage(article.language());
        List<TimexSpan> timexes = new ArrayList<>();
        // English rules read the article as a whole (an anchor named in one sentence serves the next)
        List<List<TemporalMention>> tagged = european != null ? null
                : tagger.tagArticle(article.sentences().stream().map(Sentence::text).toList(), published,
                        article.article().outlet());
        for (int i = 0; i < article.sentences().size(); i++) {
            Sentence s = article.sentences().get(i);
            int offset = article.start(s);
            List<TemporalMention> mentions = tagged != null ? tagged.get(i) : european.tag(s.text(), published);
            for (TemporalMention m : mentions) {
                timexes.add(new TimexSpan(offset + m.start(), offset + m.end(), s.index(), m.text(), m.type(),
                        timex3(m), m.granularity(), m.relative(), m.length()));
            }
        }
        return article.withTimexes(timexes);
    }

    /** The TIMEX3 value: the tagger's value, except that a week is named by its ISO week ("2011-W43"). */
    static String timex3(TemporalMention m) {
        if (m.value() == null || m.granularity() != Granularity.WEEK) {
            return m.value();
        }
        return TimexValues.isoWeek(LocalDate.parse(m.value()));
    }
}
