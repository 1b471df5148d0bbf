package dev.storybrief.analyze.entity;

import dev.storybrief.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Public bodies and firms in Arabic, Hebrew and Hindi news, whose scripts have no capitals to find a name by. Each
 * language names a ministry, a company, a university or an agency by a noun of such a body beside what it is of, and
 * that noun is what is read:
 * <ul>
 *   <li>Arabic writes the noun first, in the construct state, before a word with the article ("وزارة الصحة", the
 *   ministry of health; "شركة الطرق الوطنية", the national roads company), and a spokesman speaks "باسم" (in the name
 *   of) a body ("المتحدث باسم الهلال الأحمر"); the noun takes the conjunctions written as one word with it ("ووزارة");
 *   </li>
 *   <li>Hebrew writes the noun first too, in its construct form, before a word with the article ("משרד הבריאות",
 *   "חברת החשמל");</li>
 *   <li>Hindi writes the noun last, after what it is of ("मौसम विभाग", "स्वास्थ्य मंत्रालय", "राष्ट्रीय आपदा मोचन
 *   बल").</li>
 * </ul>
 * The name is the noun with the words of its complement: one word with the article, and the adjectives with the
 * article that follow it ("الوطنية", a nisba; "الأحمر"); in Hindi up to three words before the noun, back to a
 * postposition, a particle or a verb.
 */
public final class CaselessBodies {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:[\"״][\\p{L}\\p{M}]+)?");
    /** Arabic nouns of a body, in the construct state before what the body is of. */
    private static final Set<String> ARABIC_NOUNS = Set.of("وزارة", "شركة", "جامعة", "هيئة", "منظمة", "مؤسسة",
            "جمعية", "وكالة", "محكمة", "نقابة", "مديرية", "سلطة", "مصلحة", "إدارة", "قيادة", "شرطة",
            "مستشفى", "بنك", "مصرف", "مجلس", "لجنة", "حركة", "حزب", "اتحاد");
    /** Arabic adjectives with the article that go on a body's name besides the nisbas ("الهلال الأحمر"). */
    private static final Set<String> ARABIC_ADJECTIVES = Set.of("الأحمر", "الأعلى", "العليا", "العام", "العامة",
            "المتحدة", "الكبرى", "المدني", "المدنية");
    /** Arabic words with the article that stand after a body's noun but are no part of its name. */
    private static final Set<String> ARABIC_NOT_NAMES = Set.of("الذي", "التي", "الذين", "اليوم", "الأمس", "الآن",
            "المحلية", "الأخرى", "السابق", "السابقة", "الجديد", "الجديدة", "نفسها", "نفسه",
            // common nouns a spokesman speaks for ("المتحدث باسم الحكومة"): a body, but no name of one
            "الحكومة", "الشبكة", "الوزارة", "الشركة", "المنظمة", "الجيش", "الشرطة", "الرئاسة", "الرئيس");
    /** Hebrew nouns of a body in the construct form, before what the body is of. */
    private static final Set<String> HEBREW_NOUNS = Set.of("משרד", "חברת", "עיריית", "משטרת", "אוניברסיטת",
            "רשות", "מועצת", "בנק", "ארגון", "שירותי", "מכון", "איגוד", "הסתדרות", "בית-החולים", "מפלגת", "תנועת");
    /** Hindi nouns of a body, written after what the body is of. */
    private static final Set<String> HINDI_NOUNS = Set.of("विभाग", "मंत्रालय", "विश्वविद्यालय", "आयोग", "प्राधिकरण",
            "निगम", "परिषद", "बोर्ड", "कंपनी", "संस्थान", "बल", "बैंक", "अस्पताल");
    /** Hindi postpositions, particles, pronouns and verbs: a body's name reaches back to none of them. */
    private static final Set<String> HINDI_STOPS = Set.of("ने", "का", "की", "के", "को", "से", "में", "पर", "और",
            "भी", "है", "हैं", "था", "थे", "थी", "कहा", "बताया", "तो", "ही", "या", "एवं", "तथा", "कि", "यह", "वह",
            "इस", "उस", "एक", "इसी", "उसी", "अपने", "अपनी", "सभी", "कई", "लिए", "साथ", "बाद", "द्वारा", "अनुसार",
            "गया", "गई", "गए", "किया", "दी", "दिया", "रहा", "रही", "रहे", "जब", "तक", "लेकिन", "पुलिस");
    /** The most words before a Hindi body's noun that its name runs to. */
    private static final int HINDI_MAX_WORDS = 3;

    private CaselessBodies() {
    }

    /** A word and where it stands. */
    private record Word(String text, int start, int end) {
    }

    /** The bodies the sentence names by a noun of a body, in text order. */
    public static List<EntityMention> find(String sentence) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            words.add(new Word(m.group(), m.start(), m.end()));
        }
        List<EntityMention> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i).text();
            int[] span = switch (Character.UnicodeScript.of(word.codePointAt(0))) {
                case ARABIC -> arabic(sentence, words, i);
                case HEBREW -> hebrew(sentence, words, i);
                case DEVANAGARI -> hindi(sentence, words, i);
                default -> null;
            };
            if (span != null && (found.isEmpty() || found.get(found.size() - 1).end() <= words.get(span[0]).start())) {
                Word first = words.get(span[0]);
                // "ووزارة الصحة": the "and" written onto the noun is no part of the name
                int start = first.start() + (isArabicNoun(first.text()) && !ARABIC_NOUNS.contains(first.text()) ? 1 : 0);
                int end = words.get(span[1] - 1).end();
                found.add(new EntityMention(start, end, sentence.substring(start, end), EntityType.ORGANIZATION));
                i = span[1] - 1;
            }
        }
        return found;
    }

    /** An Arabic noun of a body and its complement, or "باسم" and the body after it: word indices [from, to). */
    private static int[] arabic(String sentence, List<Word> words, int i) {
        String word = words.get(i).text();
        boolean inTheNameOf = word.equals("باسم");
        if (!inTheNameOf && !isArabicNoun(word)) {
            return null;
        }
        int k = i + 1;
        if (k >= words.size() || !adjacent(sentence, words.get(k - 1), words.get(k))
                || !isArabicComplement(words.get(k).text())) {
            return null;
        }
        k++;
        while (k < words.size() && k - i <= 3 && adjacent(sentence, words.get(k - 1), words.get(k))
                && isArabicAdjective(words.get(k).text())) {
            k++;
        }
        // after "باسم" the body is what follows it, without the preposition
        return new int[] {inTheNameOf ? i + 1 : i, k};
    }

    private static boolean isArabicNoun(String word) {
        return ARABIC_NOUNS.contains(word) || word.length() > 4 && word.charAt(0) == 'و'
                && ARABIC_NOUNS.contains(word.substring(1));
    }

    private static boolean isArabicComplement(String word) {
        return word.startsWith("ال") && word.length() > 3 && !ARABIC_NOT_NAMES.contains(word);
    }

    /** A nisba with the article ("الوطنية", "الفلسطيني") or an adjective names take ("الأحمر"). */
    private static boolean isArabicAdjective(String word) {
        return word.startsWith("ال") && !ARABIC_NOT_NAMES.contains(word) && (ARABIC_ADJECTIVES.contains(word)
                || word.length() > 5 && (word.endsWith("ية") || word.endsWith("ي") || word.endsWith("يين")));
    }

    /** A Hebrew noun of a body and the word with the article after it: word indices [from, to). */
    private static int[] hebrew(String sentence, List<Word> words, int i) {
        if (!HEBREW_NOUNS.contains(words.get(i).text()) || i + 1 >= words.size()
                || !adjacent(sentence, words.get(i), words.get(i + 1))) {
            return null;
        }
        String next = words.get(i + 1).text();
        return next.startsWith("ה") && next.length() > 2 ? new int[] {i, i + 2} : null;
    }

    /** A Hindi noun of a body and the words before it that say what it is of: word indices [from, to). */
    private static int[] hindi(String sentence, List<Word> words, int i) {
        if (!HINDI_NOUNS.contains(words.get(i).text())) {
            return null;
        }
        int from = i;
        while (from > 0 && i - from < HINDI_MAX_WORDS && !HINDI_STOPS.contains(words.get(from - 1).text())
                && !TitledNames.isOffice(words.get(from - 1).text(), "hi")
                && adjacent(sentence, words.get(from - 1), words.get(from))) {
            from--;
        }
        return from < i ? new int[] {from, i + 1} : null;
    }

    /** Whether only spaces stand between two words (a comma or a mark ends a name). */
    private static boolean adjacent(String sentence, Word a, Word b) {
        return sentence.substring(a.end(), b.start()).isBlank();
    }
}
