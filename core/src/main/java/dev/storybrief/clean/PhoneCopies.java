package dev.storybrief.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A news app's screen copied from a phone: the text opens with the phone's status bar ("9:41 ⚡ 📶 87%"), then the
 * app's bar with its back arrow and the outlet's name ("← Kelby Live"), its icons, a label ("BREAKING 🔴") and the
 * headline; under the story sit the reaction row ("👍 1.2K 💬 210 ↗️ Share"), the share row ("📲 WhatsApp | Facebook |
 * X"), the app's call to join its channel and the hashtags. Told by the shape of the lines (a clock and symbols with
 * no word, an arrow and a name, counts between pictographs, tags), not by words of one language; the status bar, which
 * no article or page prints, is what says the text is such a copy; a copy cropped below it opens with the app's bar
 * (a back arrow and a name), which no page prints either. The names of messaging and social platforms are
 * the one word list, as a fallback for a channel appeal that only its pictograph and platform give away.
 */
final class PhoneCopies {
    /** A clock, then only symbols, figures and signs: signal, battery, network ("9:41 ⚡ 📶 87%", "10:02 5G 64%"). */
    private static final Pattern STATUS_BAR = Pattern.compile("^\\d{1,2}[:.]\\d{2}(?:\\s*[AaPp]\\.?[Mm]\\.?)?"
            + "(?:\\s+(?:[^\\p{L}\\s]+|\\d?[GgEe]|LTE|[A-Z]{1,3}))*\\s*$");
    /** A status bar's longest line: a screen's width; a longer line is read no further (and cannot overflow the stack). */
    private static final int STATUS_BAR_LENGTH = 80;
    /** The app's bar: a back arrow and the outlet's name. */
    private static final Pattern APP_BAR = Pattern.compile("^[←‹⬅◀❮<]\\s*(\\p{L}[\\p{L}\\p{M}\\d .&'’-]{1,60}?)\\s*$");
    /** A count as apps print it: "1.2K", "348", "2,1 rb". */
    private static final Pattern COUNT = Pattern.compile("^\\d+(?:[.,]\\d+)?[KkMm]?$");
    /** Messaging and social platforms, named in the app's appeal to join its channel. */
    private static final Pattern PLATFORM = Pattern.compile("\\b(?:WhatsApp|Telegram|Signal|Viber|LINE|Facebook|Instagram"
            + "|TikTok|YouTube|Threads|Messenger)\\b");
    /** Words a label in capitals holds at most ("BREAKING", "BERITA TERKINI", "ÚLTIMA HORA"). */
    private static final int LABEL_WORDS = 3;

    private PhoneCopies() {
    }

    /** A phone copy's lines without the app's furniture, and the outlet its app bar names. */
    record Copy(List<String> lines, Optional<String> outlet) {
    }

    /** The copy read, when the text opens with a phone's status bar or, cropped below it, the app's bar; else empty. */
    static Optional<Copy> of(List<String> lines) {
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first == lines.size() || lines.get(first).strip().length() > STATUS_BAR_LENGTH) {
            return Optional.empty();
        }
        String opening = lines.get(first).strip();
        // a copy cropped below the status bar opens with the app's bar: a back arrow no page or article prints
        // (not "<", which a text may open with) and the outlet's name
        boolean statusBar = STATUS_BAR.matcher(opening).matches();
        if (!statusBar && !(opening.codePointAt(0) > 0x7F && APP_BAR.matcher(opening).matches())) {
            return Optional.empty();
        }
        String outlet = null;
        boolean inHead = true;
        List<String> kept = new ArrayList<>();
        for (int i = statusBar ? first + 1 : first; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            var bar = APP_BAR.matcher(line);
            if (inHead && bar.matches()) {
                outlet = outlet == null ? bar.group(1).strip() : outlet;
                continue;
            }
            if (inHead && (line.isEmpty() || noWords(line) || isLabel(line))) {
                continue;
            }
            inHead = false;
            if (!line.isEmpty() && (noWords(line) || isReactionRow(line) || isHashtags(line) || isShareRow(line)
                    || isChannelAppeal(line))) {
                continue;
            }
            kept.add(lines.get(i));
        }
        return Optional.of(new Copy(kept, Optional.ofNullable(outlet)));
    }

    /** Icons alone ("🔍", "☰ ⋮"): no letter and no figure. */
    private static boolean noWords(String line) {
        return line.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /** A label in capitals beside a pictograph ("BREAKING 🔴"): a few words, every letter a capital, a symbol. */
    private static boolean isLabel(String line) {
        String letters = line.replaceAll("[^\\p{L}\\s]", " ").strip();
        return !letters.isEmpty() && letters.split("\\s+").length <= LABEL_WORDS
                && letters.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && line.codePoints().anyMatch(PhoneCopies::isPictograph);
    }

    /** Counts between pictographs, with a word or two ("👍 1.2K 💬 210 ↗️ Share"). */
    private static boolean isReactionRow(String line) {
        int counts = 0;
        int words = 0;
        for (String token : line.split("\\s+")) {
            if (COUNT.matcher(token).matches()) {
                counts++;
            } else if (token.codePoints().anyMatch(Character::isLetter)) {
                words++;
            }
        }
        return counts >= 2 && words <= 2 && line.codePoints().anyMatch(PhoneCopies::isPictograph);
    }

    /** Tags only ("#banjir #LembahJati"). */
    private static boolean isHashtags(String line) {
        String[] tokens = line.split("\\s+");
        return tokens.length >= 1 && java.util.Arrays.stream(tokens).allMatch(t -> t.startsWith("#") && t.length() > 1);
    }

    /** Share buttons in a row ("📲 WhatsApp | Facebook | X | Copy link"): three or more short parts between bars. */
    private static boolean isShareRow(String line) {
        String[] parts = line.split("\\s*[|·•]\\s*");
        return parts.length >= 3 && java.util.Arrays.stream(parts).allMatch(p -> p.strip().split("\\s+").length <= 3);
    }

    /** A pictograph, then an appeal naming a messaging or social platform ("📲 Join our WhatsApp channel!"). */
    private static boolean isChannelAppeal(String line) {
        return isPictograph(line.codePointAt(0)) && PLATFORM.matcher(line).find();
    }

    private static boolean isPictograph(int c) {
        return Character.getType(c) == Character.OTHER_SYMBOL || c >= 0x1F000;
    }
}
