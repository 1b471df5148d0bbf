package dev.storybrief.analyze.quote;

import dev.storybrief.analyze.entity.EntityMention;
import dev.storybrief.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answers of a question-and-answer interview as quotes of the person interviewed. News prints an interview as
 * an introduction that names the interviewee ("Harbour director Mia Sund spoke to the Courier about the strike."),
 * then turns marked "Q:" / "A:" (or "Question:" / "Answer:"): an answer is the interviewee's own words though it
 * stands in no quotation marks. An answer runs from its label to the end of its paragraph (or to the next question).
 * Nothing is credited when the introduction names nobody to credit, or when the article asks no question: a lone
 * "A:" is no interview.
 */
public final class InterviewAnswers {
    private static final Pattern QUESTION = Pattern.compile("^\\s*(?:Q|Question)\\s*:\\s*\\S");
    private static final Pattern ANSWER = Pattern.compile("^\\s*((?:A|Answer)\\s*:)\\s*(?=\\S)");
    /** Words of an interview's introduction: who answered is named there. */
    private static final Pattern INTRODUCTION = Pattern.compile("(?i)\\b(?:interview(?:s|ed)?|spoke (?:to|with)|"
            + "talked (?:to|with)|sat down with|answered|questions|Q&A)\\b");

    private InterviewAnswers() {
    }

    /**
     * The answers as quotes, in text order.
     *
     * @param sentences  the article's sentences
     * @param paragraphs the paragraph of each sentence
     * @param entities   the names in each sentence
     */
    public static List<Quote> find(List<String> sentences, List<Integer> paragraphs, List<List<EntityMention>> entities) {
        int firstQuestion = -1;
        for (int i = 0; i < sentences.size() && firstQuestion < 0; i++) {
            if (QUESTION.matcher(sentences.get(i)).find()) {
                firstQuestion = i;
            }
        }
        if (firstQuestion < 0) {
            return List.of();
        }
        Quote.Stretch interviewee = interviewee(sentences, entities, firstQuestion);
        if (interviewee == null) {
            return List.of();
        }
        String name = sentences.get(interviewee.sentence()).substring(interviewee.start(), interviewee.end());
        List<Quote> answers = new ArrayList<>();
        for (int i = firstQuestion; i < sentences.size(); i++) {
            Matcher label = ANSWER.matcher(sentences.get(i));
            if (!label.find()) {
                continue;
            }
            int end = i;
            while (end + 1 < sentences.size() && paragraphs.get(end + 1).equals(paragraphs.get(i))
                    && !QUESTION.matcher(sentences.get(end + 1)).find() && !ANSWER.matcher(sentences.get(end + 1)).find()) {
                end++;
            }
            String last = sentences.get(end);
            int contentEnd = last.stripTrailing().length();
            StringBuilder text = new StringBuilder(sentences.get(i).substring(label.end()).strip());
            for (int s = i + 1; s <= end; s++) {
                text.append(' ').append(sentences.get(s).strip());
            }
            Quote.Stretch cue = new Quote.Stretch(i, label.start(1), label.end(1));
            answers.add(new Quote(text.toString(), name, i, false,
                    new Quote.Where(i, label.end(), end, contentEnd, interviewee, cue)));
            i = end;
        }
        return answers;
    }

    /**
     * The person the introduction names: the first name of a person in a sentence before the first question that
     * speaks of the interview, else the only person named before it.
     */
    private static Quote.Stretch interviewee(List<String> sentences, List<List<EntityMention>> entities, int firstQuestion) {
        List<Quote.Stretch> named = new ArrayList<>();
        List<String> distinct = new ArrayList<>();
        for (int i = 0; i < firstQuestion; i++) {
            boolean introduces = INTRODUCTION.matcher(sentences.get(i)).find();
            for (EntityMention e : entities.get(i)) {
                if (e.type() != EntityType.PERSON) {
                    continue;
                }
                if (introduces) {
                    return new Quote.Stretch(i, e.start(), e.end());
                }
                named.add(new Quote.Stretch(i, e.start(), e.end()));
                // "Mia Sund" and a later "Sund" are one person
                if (distinct.stream().noneMatch(d -> d.endsWith(e.text()) || e.text().endsWith(d))) {
                    distinct.add(e.text());
                }
            }
        }
        return distinct.size() == 1 ? named.get(0) : null;
    }
}
