package dev.storybrief.brief.disagreement;

import dev.storybrief.analyze.terms.TermChains;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Claim;
import dev.storybrief.model.Disagreement;
import dev.storybrief.model.DisagreementKind;
import dev.storybrief.model.QuoteSpan;
import dev.storybrief.model.Story;
import dev.storybrief.model.StoryView;
import dev.storybrief.model.vector.SentenceIndex;
import dev.storybrief.model.vector.TermVector;
import dev.storybrief.model.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds statements whose stance differs on the story's central subject: someone reported as judging it a success
 * against someone reported as saying it is premature or wrong ("NATO declared mission accomplished" vs "an NTC
 * official said it was too soon to end the mission"). Only reported statements count (a speech verb names who
 * holds the view), both sides must speak of one of the story's most central terms, and they must come from
 * different outlets or different speakers. A small cue lexicon decides the polarity; it is deliberately strict.
 */
public final class StanceDisagreements {
    private static final Pattern SPEECH = Pattern.compile("(?i)\\b(?:said|says|told|declared|warned|insisted|argued|"
            + "hailed|praised|criticized|criticised|called|believes|claimed|added|stated)\\b");
    private static final Pattern POSITIVE = Pattern.compile("(?i)\\b(?:success(?:ful)?|accomplished|achieved|"
            + "job (?:is )?(?:now )?done|done what|worked (?:pretty )?well|proud|good model|right decision|welcomed?)\\b");
    private static final Pattern NEGATIVE = Pattern.compile("(?i)\\b(?:too soon|too early|premature|not the right|"
            + "(?:was|is) wrong|a mistake|failed|failure|not (?:yet )?over|still pose[sd]?|opposed?|criticized|criticised|"
            + "exceeded|breach(?:ed|ing)?|accus(?:ed|ing))\\b");
    private static final int CENTRAL_TERMS = 8;
    private final int max;

    /** At most {@code max} stance disagreements per story. */
    public StanceDisagreements(int max) {
        this.max = max;
    }

    private record Stance(Sentence sentence, int polarity) {
    }

    /** Stance disagreements among the articles of the story's main period. */
    public List<Disagreement> find(Story story) {
        List<AnalyzedArticle> articles = story.mainArticles();
        if (articles.size() < 2) {
            return List.of();
        }
        SentenceIndex index = story.index(StoryView.MAIN);
        List<String> central = centralTerms(index.centroid());
        List<Stance> positive = new ArrayList<>();
        List<Stance> negative = new ArrayList<>();
        for (AnalyzedArticle article : articles) {
            for (Sentence s : article.sentences()) {
                if (!SPEECH.matcher(s.text()).find() || sharedCentral(s, central).isEmpty()) {
                    continue;
                }
                int polarity = count(POSITIVE, s.text()) - count(NEGATIVE, s.text());
                (polarity > 0 ? positive : polarity < 0 ? negative : new ArrayList<Stance>()).add(new Stance(s, polarity));
            }
        }
        List<Disagreement> found = new ArrayList<>();
        negative.sort(Comparator.comparingInt(Stance::polarity));
        for (Stance con : negative) {
            positive.stream()
                    .filter(pro -> !pro.sentence.articleId().equals(con.sentence.articleId())
                            || !pro.sentence.text().equals(con.sentence.text()))
                    .filter(pro -> !common(pro.sentence, con.sentence, central).isEmpty())
                    .max(Comparator.comparingDouble(pro -> index.vector(pro.sentence).cosine(index.vector(con.sentence))))
                    .ifPresent(pro -> found.add(new Disagreement(topic(pro.sentence, con.sentence, central),
                            DisagreementKind.STANCE, List.of(claim(story, pro.sentence), claim(story, con.sentence)))));
            if (found.size() >= max) {
                break;
            }
        }
        return found;
    }

    /**
     * "assessments of the mission" when both speak of a common noun of the story, "assessments of NATO" when they
     * share only a name (written as the sentence writes it), else a general label.
     */
    private static String topic(Sentence a, Sentence b, List<String> central) {
        List<String> shared = common(a, b, central);
        return shared.stream().filter(w -> Character.isLowerCase(w.charAt(0))).findFirst()
                .map(w -> "assessments of the " + w)
                .or(() -> shared.stream().findFirst().map(name -> "assessments of " + name))
                .orElse("opposing assessments");
    }

    private static Claim claim(Story story, Sentence s) {
        return new Claim(s.text(), s.articleId(), s.text(), speaker(story, s));
    }

    /** Whom the article quotes in the sentence, by the name it gives, or null. */
    static String speaker(Story story, Sentence s) {
        return story.articles().stream().filter(a -> a.id().equals(s.articleId())).findFirst()
                .flatMap(a -> a.quotes().stream().filter(q -> q.sentence() == s.index() && q.speakerName() != null)
                        .map(QuoteSpan::speakerName).findFirst())
                .orElse(null);
    }

    /** The story's most central terms (stems), most central first. */
    static List<String> centralTerms(TermVector centroid) {
        return centroid.weights().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(CENTRAL_TERMS).map(Map.Entry::getKey).toList();
    }

    /** The surface words of {@code s} whose stems are central terms. */
    private static List<String> sharedCentral(Sentence s, List<String> central) {
        return centralWords(s.text(), central);
    }

    /** The surface words of {@code text} whose stems are central terms. */
    static List<String> centralWords(String text, List<String> central) {
        List<String> words = new ArrayList<>();
        for (String word : text.split("[^\\p{L}]+")) {
            List<String> stem = TermChains.english().terms(word);
            if (!stem.isEmpty() && central.contains(stem.get(0))) {
                words.add(word);
            }
        }
        return words;
    }

    /** Central words both sentences use, most central first. */
    private static List<String> common(Sentence a, Sentence b, List<String> central) {
        List<String> inB = sharedCentral(b, central).stream().map(w -> TermChains.english().terms(w).get(0)).toList();
        return sharedCentral(a, central).stream().filter(w -> inB.contains(TermChains.english().terms(w).get(0)))
                .sorted(Comparator.comparingInt(w -> central.indexOf(TermChains.english().terms(w).get(0)))).toList();
    }

    private static int count(Pattern cue, String text) {
        Matcher m = cue.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
