package dev.storybrief.clean;

import dev.storybrief.model.Removal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A printed question-and-answer interview whose turns open with the interviewer's and the interviewee's names in
 * ordinary case ("The Civic Review: When did you first see the cracks?" / "Anna Holm: In 2022. I wrote to them twice.").
 * The answers are the interviewee's words in the first person: left as they stand, "I wrote to them twice" would read
 * as the outlet speaking and the label would stay in the summary. Each answer sentence is written as news writes a
 * quote ({@code Anna Holm said: “I wrote to them twice.”}), so the quotes layer credits the interviewee; the questions
 * are the interviewer's prompts, not news, and are taken out (what an interviewer's turn states, "The director said on
 * Monday that ...", stays as the outlet's own words), as is a few words' reply ("No.") that means nothing without
 * them. A text counts as such an interview only when two
 * speakers' labels open its paragraphs, one of them asking (most of its turns end with a question mark) and the other
 * answering (few do), each at least twice, and the one answering named with two words or more at first: an FAQ's
 * "Question:"/"Answer:", a kicker ("Update:") or a dateline do not.
 */
final class InterviewTurns {
    /** One to five capitalised words (an outlet may open with "The"), a colon, then the turn's words. */
    private static final Pattern LABEL = Pattern.compile("^(\\p{Lu}[\\p{L}'’.&-]*(?: \\p{Lu}[\\p{L}'’.&-]*){0,4})"
            + "\\s*:\\s+(\\S.*)$");
    /** Labels that are no speaker: kickers, notes, an FAQ's own labels. */
    private static final Set<String> NOT_SPEAKERS = Set.of("update", "updated", "breaking", "urgent", "note", "correction",
            "clarification", "warning", "claim", "verdict", "watch", "listen", "read", "read more", "more", "related",
            "photo", "video", "editor's note", "editor’s note", "exclusive", "analysis", "opinion", "comment", "live",
            "source", "sources", "transcript", "question", "answer", "q", "a", "frage", "antwort", "pregunta",
            "respuesta", "question posée", "réponse", "domanda", "risposta", "pergunta", "resposta");
    /** A sentence boundary inside an answer: after a full stop, a question or an exclamation mark. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][”\"’]?)\\s+(?=[“\"‘]?\\p{Lu})");
    /** An answer's opening sentence shorter than this ("In 2022.", "No.") only answers the question taken out. */
    private static final int SHORT_SENTENCE_WORDS = 4;
    /** Turns each of the two speakers has at least. */
    private static final int TURNS_EACH = 2;

    private InterviewTurns() {
    }

    /** The paragraphs with the questions taken out and the answers quoted, when they are such an interview. */
    static List<String> asSpeech(String id, List<String> paragraphs, List<Removal> removals) {
        List<Matcher> turns = new ArrayList<>();
        Map<String, int[]> bySpeaker = new LinkedHashMap<>(); // surname -> {turns, turns ending with '?'}
        Map<String, String> fullName = new LinkedHashMap<>();
        for (String paragraph : paragraphs) {
            Matcher label = LABEL.matcher(paragraph);
            boolean turn = label.matches() && !NOT_SPEAKERS.contains(label.group(1).toLowerCase(Locale.ROOT));
            turns.add(turn ? label : null);
            if (turn) {
                String key = surname(label.group(1));
                int[] counts = bySpeaker.computeIfAbsent(key, k -> new int[2]);
                counts[0]++;
                counts[1] += label.group(2).strip().matches(".*\\?[”\"’]?$") ? 1 : 0;
                fullName.merge(key, label.group(1), (a, b) -> a.length() >= b.length() ? a : b);
            }
        }
        if (bySpeaker.size() != 2) {
            return paragraphs;
        }
        String asker = null;
        String answerer = null;
        for (Map.Entry<String, int[]> e : bySpeaker.entrySet()) {
            int[] c = e.getValue();
            if (c[0] < TURNS_EACH) {
                return paragraphs;
            }
            if (2 * c[1] >= c[0]) {
                asker = e.getKey();
            } else if (3 * c[1] < c[0]) {
                answerer = e.getKey();
            }
        }
        if (asker == null || answerer == null || !isPersonsName(fullName.get(answerer))) {
            return paragraphs;
        }
        String name = fullName.get(answerer);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            Matcher turn = turns.get(i);
            if (turn == null) {
                out.add(paragraphs.get(i));
            } else if (surname(turn.group(1)).equals(asker)) {
                removals.add(new Removal(id, paragraphs.get(i).substring(0, turn.start(2)).strip(), "speaker-label",
                        "interview speaker label (the interviewer's statements are the outlet's own words)"));
                String statements = withoutQuestions(id, turn.group(2).strip(), removals);
                if (!statements.isEmpty()) {
                    out.add(statements);
                }
            } else {
                removals.add(new Removal(id, paragraphs.get(i).substring(0, turn.start(2)).strip(), "speaker-label",
                        "interview speaker label (the answer is kept as that speaker's words)"));
                String answer = quoted(id, name, turn.group(2).strip(), removals);
                if (!answer.isEmpty()) {
                    out.add(answer);
                }
            }
        }
        return out;
    }

    /**
     * Each sentence of an answer as the speaker's own quote. A few words opening an answer ("No.", "In 2022.") answer
     * the question that was taken out and mean nothing without it: they are left out (listed in {@code removals}).
     */
    private static String quoted(String id, String name, String answer, List<Removal> removals) {
        List<String> pieces = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(answer)) {
            String s = sentence.strip();
            if (pieces.isEmpty() && s.split("\\s+").length < SHORT_SENTENCE_WORDS && !s.endsWith(",")) {
                removals.add(new Removal(id, s, "interview-question",
                        "a short reply to an interviewer's question, which was taken out"));
                continue;
            }
            pieces.add(TranscriptTurns.said(name, null, s));
        }
        return String.join(" ", pieces);
    }

    /** An interviewer's turn without its questions (listed in {@code removals}): what it states is the outlet's. */
    private static String withoutQuestions(String id, String turn, List<Removal> removals) {
        List<String> kept = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(turn)) {
            String s = sentence.strip();
            if (s.matches(".*\\?[”\"’]?$")) {
                removals.add(new Removal(id, s, "interview-question",
                        "an interviewer's question (the interviewee's answers are kept as quotes)"));
            } else {
                kept.add(s);
            }
        }
        return String.join(" ", kept);
    }

    /** Two capitalised words or more, not opening with an article: a person's name rather than an outlet's. */
    private static boolean isPersonsName(String label) {
        String[] words = label.split(" ");
        return words.length >= 2 && !words[0].equals("The");
    }

    private static String surname(String label) {
        return label.substring(label.lastIndexOf(' ') + 1);
    }
}
