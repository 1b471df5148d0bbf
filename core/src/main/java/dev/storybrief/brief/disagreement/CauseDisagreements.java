package dev.storybrief.brief.disagreement;

import dev.storybrief.analyze.terms.TermChains;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Claim;
import dev.storybrief.model.Disagreement;
import dev.storybrief.model.DisagreementKind;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.Story;
import dev.storybrief.model.StoryView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who or what is to blame, where outlets differ: "the crash was blamed on the pilot" in one outlet against "the crash
 * was caused by a rudder failure" in another. News states a cause in a few set ways: "X was blamed on / caused by /
 * due to / attributed to Y", "Z blamed Y for X", "Z blamed X on Y" and "Y caused X". Two such statements are about
 * the same event when what they give a cause for (X) shares one of the story's central terms ("crash"); their causes
 * differ when they share no specific word ("the pilot" against "a rudder failure"; "failure" or "error" alone names
 * no cause). The disagreement is shown only when two differing causes come from different outlets: one article
 * weighing two causes reports a question, not a dispute. English only, like the stance rules.
 */
final class CauseDisagreements {
    /** Where a cause phrase ends: a clause boundary, a reporting verb or a new clause's opener. */
    private static final String CAUSE = "((?:(?!\\s(?:and|but|while|after|before|when|which|who|that|according|said|says"
            + "|as|although|rather|not|because|for|in|on|at|last|earlier)\\b)[^,;:.!?\"“”()\\[\\]])"
            + "{2,80}?)(?=\\s*(?:[,;:.!?\"“”()]|\\s(?:and|but|while|after|before|when|which|who|that|according|said"
            + "|says|as|although|rather|not|because|for|in|on|at|last|earlier)\\b|$))";
    /** "was blamed on the pilot", "caused by a rudder failure", "due to fog", "attributed to". */
    private static final Pattern PASSIVE = Pattern.compile("(?i)\\b(blamed on|caused by|due to|attributed to)\\s+"
            + CAUSE);
    /** The phrase a cue names as what was caused: "for the attack", "caused the blast". */
    private static final Pattern FOLLOWING = Pattern.compile("^\\s+" + CAUSE);
    /** Where the clause before a passive cue starts: its subject is what was caused. */
    private static final Pattern CLAUSE_START = Pattern.compile("(?i)[,;:]|\\b(?:and|but|while|said|says|that|after|"
            + "before|because|when|which|who)\\b");
    /**
     * "Interior Minister Omar Haddad blamed the rebel Front for the attack", "investigators blamed the pilot": the
     * object is the cause, unless an "on" follows it ("blamed the crash on the pilot", {@link #BLAMED_ON}).
     */
    private static final Pattern BLAMED = Pattern.compile("(?i)\\b(blam(?:ed|es|ing))\\s+(?!(?:on|for|it)\\b)" + CAUSE);
    /** "Officials blamed the crash on the pilot": the cause follows "on". */
    private static final Pattern BLAMED_ON = Pattern.compile("(?i)^\\s+on\\s+" + CAUSE);
    /** "The government said a car bomb planted by the Front had caused the blast": the subject is the cause. */
    private static final Pattern CAUSED = Pattern.compile("(?i)(?:^|[,;:]\\s*|\\b(?:said|says|believe[sd]?|concluded|"
            + "found|think|thinks|that)\\s+)((?:(?![,;:]|\\b(?:said|says|that)\\b)[^.!?\"“”()]){2,80}?)\\s+"
            + "(?:(?:has|have|had|may have|might have|probably|likely|almost certainly)\\s+)*(caused)(?=\\s+(?:the|a|an)\\b)");
    /** "was not caused by", "never blamed", "denied that ... caused": the statement rejects the cause. */
    private static final Pattern NEGATED = Pattern.compile("(?i)\\b(?:not|n't|never|no|denied|denies|deny|rejected|"
            + "dismissed|ruled out)\\s+(?:\\w+\\s+){0,2}$");
    /** "be due to arrive": the schedule sense of "due to", followed by a verb, not a cause. */
    private static final Pattern SCHEDULE = Pattern.compile("(?i)^(?:be|have|arrive|begin|start|open|close|end|finish|"
            + "meet|take|hold|visit|return|resume|leave|expire|appear|face|vote|sign|go|come|make|report|testify|deliver|"
            + "give|announce|release|launch|retire|stand|run|play|fly|sail|speak|decide|rule|publish|complete|reopen)\\b");
    /** Words that name a kind of cause but not which: "engine failure" and "rudder failure" differ. */
    private static final Set<String> GENERIC = Stream.of("failure", "failures", "error", "errors", "fault", "problem",
            "problems", "malfunction", "mistake", "defect", "breakdown", "human", "technical", "mechanical")
            .flatMap(w -> TermChains.english().terms(w).stream()).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their", "our",
            "this", "that", "these", "those", "some", "poor", "bad", "heavy");
    private final int max;

    /** At most {@code max} cause disagreements per story. */
    CauseDisagreements(int max) {
        this.max = max;
    }

    /**
     * One stated cause.
     *
     * @param sentence  the sentence stating it
     * @param statement the cue with the cause ("blamed on the pilot")
     * @param cause     the stems of the cause's specific words
     * @param effect    what the cause is given for: the subject of a passive cue ("The crash was"), the object of
     *                  "caused" or of "blamed ... for"
     * @param outlet    who reports it: the article's outlet, else the article
     */
    record Attribution(Sentence sentence, String statement, Set<String> cause, String effect, String outlet) {
        boolean sameCause(Attribution other) {
            return cause.stream().anyMatch(other.cause::contains);
        }
    }

    /** The disagreements over causes among the articles of the story's main period. */
    List<Disagreement> find(Story story) {
        List<AnalyzedArticle> articles = story.mainArticles();
        if (articles.size() < 2 || max <= 0) {
            return List.of();
        }
        List<String> central = StanceDisagreements.centralTerms(story.index(StoryView.MAIN).centroid());
        List<Attribution> all = new ArrayList<>();
        for (AnalyzedArticle article : articles) {
            String outlet = article.article().outlet() != null ? article.article().outlet() : article.id();
            for (Sentence s : article.sentences()) {
                if (!s.inQuote() && !article.headings().contains(s.paragraph())) {
                    all.addAll(attributions(s, outlet));
                }
            }
        }
        List<Disagreement> found = new ArrayList<>();
        Set<Attribution> used = new HashSet<>();
        for (Attribution a : all) {
            if (found.size() >= max || used.contains(a)) {
                continue;
            }
            List<String> topic = new ArrayList<>();
            List<Attribution> involved = new ArrayList<>(List.of(a));
            for (Attribution b : all) {
                List<String> common = commonEffect(a, b, central);
                if (b != a && !used.contains(b) && !common.isEmpty() && (a.sameCause(b) || !a.outlet().equals(b.outlet()))) {
                    involved.add(b);
                    if (!a.sameCause(b) && topic.isEmpty()) {
                        topic.addAll(common);
                    }
                }
            }
            if (topic.isEmpty()) {
                continue;
            }
            used.addAll(involved);
            found.add(new Disagreement(topic(topic), DisagreementKind.CAUSE, sided(story, involved)));
        }
        return found;
    }

    /** The causes a sentence states, each once. */
    static List<Attribution> attributions(Sentence s, String outlet) {
        String text = s.text();
        List<Attribution> found = new ArrayList<>();
        Matcher m = PASSIVE.matcher(text);
        while (m.find()) {
            boolean schedule = m.group(1).equalsIgnoreCase("due to") && SCHEDULE.matcher(m.group(2)).find();
            if (!schedule) {
                add(found, s, outlet, m.start(1), m.end(2), m.start(2), m.end(2), clauseBefore(text, m.start(1)));
            }
        }
        m = BLAMED.matcher(text);
        while (m.find()) {
            Matcher on = BLAMED_ON.matcher(text.substring(m.end(2)));
            if (on.find()) {
                int offset = m.end(2);
                add(found, s, outlet, m.start(1), offset + on.end(1), offset + on.start(1), offset + on.end(1), m.group(2));
            } else if (text.startsWith(" for", m.end(2))) {
                add(found, s, outlet, m.start(1), m.end(2), m.start(2), m.end(2), following(text, m.end(2) + 4));
            }
        }
        m = CAUSED.matcher(text);
        while (m.find()) {
            add(found, s, outlet, m.start(1), m.end(2), m.start(1), m.end(1), following(text, m.end(2)));
        }
        return found;
    }

    /** The subject of the clause a passive cue ends: "The crash was" in "..., and the crash was blamed on ...". */
    private static String clauseBefore(String text, int cue) {
        Matcher m = CLAUSE_START.matcher(text.substring(0, cue));
        int start = 0;
        while (m.find()) {
            start = m.end();
        }
        return text.substring(start, cue);
    }

    /** The phrase right after {@code from}, up to a clause boundary, or "" when none follows. */
    private static String following(String text, int from) {
        Matcher m = FOLLOWING.matcher(text.substring(from));
        return m.find() ? m.group(1) : "";
    }

    private static void add(List<Attribution> found, Sentence s, String outlet, int from, int to, int causeFrom,
                            int causeTo, String effect) {
        String text = s.text();
        if (NEGATED.matcher(text.substring(Math.max(0, from - 40), from)).find()) {
            return;
        }
        Set<String> cause = specificStems(text.substring(causeFrom, causeTo));
        if (cause.isEmpty()) {
            return;
        }
        found.add(new Attribution(s, text.substring(from, to).strip(), cause, effect, outlet));
    }

    /** The stems of a cause's words that say which cause it is (not "the", not "failure"). */
    static Set<String> specificStems(String cause) {
        Set<String> stems = new HashSet<>();
        for (String word : cause.split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty() || DETERMINERS.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (String stem : TermChains.english().terms(word)) {
                if (!GENERIC.contains(stem)) {
                    stems.add(stem);
                }
            }
        }
        return stems;
    }

    /** Central terms both statements' words outside their causes use: they give causes of the same thing. */
    private static List<String> commonEffect(Attribution a, Attribution b, List<String> central) {
        List<String> inB = StanceDisagreements.centralWords(b.effect(), central).stream()
                .map(w -> TermChains.english().terms(w).get(0)).toList();
        return StanceDisagreements.centralWords(a.effect(), central).stream()
                .filter(w -> inB.contains(TermChains.english().terms(w).get(0))).toList();
    }

    /** "causes of the crash" for a common noun of the story, "causes given for Darvan" for a name. */
    private static String topic(List<String> common) {
        return common.stream().filter(w -> Character.isLowerCase(w.charAt(0))).findFirst()
                .map(w -> "causes of the " + w.toLowerCase(Locale.ROOT))
                .orElse("causes given for " + common.get(0));
    }

    /** The claims, one side per cause: reports of the same cause stand together. */
    private static List<Claim> sided(Story story, List<Attribution> involved) {
        List<Attribution> firstOfSide = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        for (Attribution a : involved) {
            int side = -1;
            for (int i = 0; i < firstOfSide.size() && side < 0; i++) {
                if (firstOfSide.get(i).sameCause(a)) {
                    side = i;
                }
            }
            if (side < 0) {
                side = firstOfSide.size();
                firstOfSide.add(a);
            }
            Sentence s = a.sentence();
            claims.add(new Claim(s.text(), s.articleId(), a.statement(), StanceDisagreements.speaker(story, s), side));
        }
        return claims;
    }
}
