package dev.storybrief.clean;

import dev.storybrief.model.Removal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The turns of a broadcast transcript, which open with the speaker's name in capitals, with a role the first time
 * ("RAVI MENON, CHIEF ENGINEER: There is no crack.") and the surname alone after ("MENON: ..."). The label is no part
 * of what was said: a journalist's turn (presenter, reporter) is the broadcaster's own reporting and keeps its words
 * alone (the first speaker is taken for the presenter: a programme opens with its host); anyone else's turn is that
 * person's speech and is written as news writes it
 * ({@code Ravi Menon, chief engineer, said: "There is no crack."}), so the quotes layer credits the speaker and the
 * summary never shows the label. A text counts as a transcript only with {@link #TURNS} labelled paragraphs of two
 * speakers or more: one capitalised word before a colon ("WASHINGTON: ...") is a dateline or a kicker.
 */
final class TranscriptTurns {
    /** A name in capitals of one to four words, then an optional role in capitals, then a colon and the words. */
    private static final Pattern LABEL = Pattern.compile("^(\\p{Lu}[\\p{Lu}'’.-]+(?: \\p{Lu}[\\p{Lu}'’.-]+){0,3})"
            + "(?:,\\s*(\\p{Lu}[\\p{Lu} &'’.,-]{1,60}?))?\\s*:\\s+(\\S.*)$");
    /** Capitalised words before a colon that label something other than a speaker. */
    private static final Set<String> NOT_SPEAKERS = Set.of("UPDATE", "BREAKING", "URGENT", "FLASH", "NOTE", "CORRECTION",
            "WARNING", "CLAIM", "VERDICT", "WATCH", "LISTEN", "READ", "MORE", "RELATED", "PHOTO", "VIDEO", "EDITOR'S NOTE",
            "EXCLUSIVE", "ANALYSIS", "OPINION", "COMMENT", "LIVE", "UPDATED", "SOURCE", "SOURCES", "TRANSCRIPT");
    /** Roles whose turns are the broadcaster's own reporting, not a source's speech. */
    private static final Pattern JOURNALIST = Pattern.compile("(?i)\\b(?:presenter|host|co-host|anchor|reporter"
            + "|correspondent|newsreader|editor|interviewer|moderator|narrator|announcer)\\b");
    /** Labelled paragraphs a transcript has at least. */
    private static final int TURNS = 3;

    private TranscriptTurns() {
    }

    /** The paragraphs with each turn's label taken out (and listed in {@code removals}) when they are a transcript. */
    static List<String> asSpeech(String id, List<String> paragraphs, List<Removal> removals) {
        List<Matcher> turns = new ArrayList<>();
        Set<String> speakers = new HashSet<>();
        for (String paragraph : paragraphs) {
            Matcher label = LABEL.matcher(paragraph);
            boolean turn = label.matches() && !NOT_SPEAKERS.contains(label.group(1));
            turns.add(turn ? label : null);
            if (turn) {
                speakers.add(surname(label.group(1)));
            }
        }
        if (turns.stream().filter(t -> t != null).count() < TURNS || speakers.size() < 2) {
            // no broadcast transcript: perhaps a printed interview labelled by names in ordinary case
            return InterviewTurns.asSpeech(id, paragraphs, removals);
        }
        // a programme opens with its presenter, whatever the label calls the show ("BECKY ANDERSON, CONNECT THE WORLD:")
        String host = turns.stream().filter(t -> t != null).findFirst().map(t -> surname(t.group(1))).orElse(null);
        Map<String, String[]> introduced = new HashMap<>();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            Matcher turn = turns.get(i);
            if (turn == null) {
                out.add(paragraphs.get(i));
                continue;
            }
            String label = turn.group(1);
            String[] speaker = turn.group(2) != null || label.contains(" ")
                    ? new String[] {label, turn.group(2)} : introduced.getOrDefault(label, new String[] {label, null});
            if (turn.group(2) != null || label.contains(" ")) {
                introduced.put(surname(label), speaker);
            }
            String words = turn.group(3);
            removals.add(new Removal(id, paragraphs.get(i).substring(0, turn.start(3)).strip(), "speaker-label",
                    "transcript speaker label (the turn is kept as that speaker's words)"));
            boolean journalist = speaker[1] != null && JOURNALIST.matcher(speaker[1]).find()
                    || surname(speaker[0]).equals(host);
            out.add(journalist ? words : said(speaker[0], speaker[1], words));
        }
        return out;
    }

    /** {@code words} as {@code name}'s quote, the way news writes one ({@code Ravi Menon, chief engineer, said: “...”}). */
    static String said(String name, String role, String words) {
        String who = (name.equals(name.toUpperCase(Locale.ROOT)) ? properCase(name) : name)
                + (role == null ? "" : ", " + role.strip().toLowerCase(Locale.ROOT) + ",");
        String inner = words.replace('“', '‘').replace('”', '’').replace('"', '\'');
        return who + " said: “" + inner + "”";
    }

    private static String surname(String label) {
        return label.substring(label.lastIndexOf(' ') + 1);
    }

    /** "RAVI MENON" as "Ravi Menon", "O'NEILL" as "O'Neill". */
    private static String properCase(String name) {
        StringBuilder out = new StringBuilder();
        boolean start = true;
        for (char c : name.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return out.toString();
    }
}
