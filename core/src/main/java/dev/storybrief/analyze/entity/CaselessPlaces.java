package dev.storybrief.analyze.entity;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.storybrief.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places in Arabic, Persian, Hebrew, Hindi and Thai news, whose scripts have no capitals to find a name by. Each of
 * these languages names a town, a province or a village with its administrative or geographic noun beside the name,
 * and that noun is what is read:
 * <ul>
 *   <li>Arabic and Persian write the noun first and the name after it, Arabic's in the construct state ("مدينة
 *   الواحة", "لمحافظة الرمال", "قرية النخيل"; "شهر تهران", "استان فارس", "روستای ده‌نو"); an Arabic noun takes the
 *   conjunctions and prepositions written as one word with it (و، ف، ب، ل، ك);</li>
 *   <li>Hebrew writes the noun first too, with its own one-letter prefixes ("בעיר חדרה", "מהכפר", "מחוז הצפון");</li>
 *   <li>Hindi writes the name first and the noun after it ("सीतापुर ज़िले में", "रामपुर गाँव");</li>
 *   <li>Thai writes the noun and the name as one run of letters ("จังหวัดเชียงใหม่", "อ.แม่ริม"): the name is the
 *   words after the noun, cut by ICU's Thai word breaks at the first word that is no part of a name.</li>
 * </ul>
 * Countries and great cities are named without a noun: those ICU4J writes in each language are found as they stand
 * ({@link KnownPlaceNames}), an Arabic or Hebrew one with its one-letter prefixes too ("وبغداد", "בירושלים").
 * A name is a single word (an Arabic construct such as "دير الزور" two): the key two reports of one event share.
 */
public final class CaselessPlaces {
    private static final String ARABIC_LETTERS = "[\\p{IsArabic}&&[\\p{L}\\p{M}]]";
    private static final Pattern WORD = Pattern.compile("(?:" + ARABIC_LETTERS + "|\\u200c)+|[\\p{IsHebrew}&&[\\p{L}\\p{M}]]+"
            + "|[\\p{IsDevanagari}&&[\\p{L}\\p{M}]]+|[\\p{L}\\p{M}\\p{N}]+");
    /** Arabic nouns of administrative units and geography, written before the name. */
    private static final Set<String> ARABIC_NOUNS = Set.of("مدينة", "محافظة", "ولاية", "قرية", "بلدة", "منطقة",
            "إقليم", "اقليم", "جزيرة", "نهر", "ميناء", "مقاطعة", "ناحية", "قضاء", "مخيم", "حي", "وادي", "جبل", "بحيرة",
            "بلدية", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي");
    /** Persian nouns of administrative units and geography, written before the name (the ezafe unwritten). */
    private static final Set<String> PERSIAN_NOUNS = Set.of("شهر", "استان", "شهرستان", "روستای", "روستا", "بخش",
            "جزیره", "رودخانه", "دریاچه", "کشور", "پایتخت");
    /** Hebrew nouns of administrative units and geography, written before the name. */
    private static final Set<String> HEBREW_NOUNS = Set.of("עיר", "העיר", "מחוז", "כפר", "הכפר", "קיבוץ", "מושב",
            "נהר", "הנהר", "ישוב", "היישוב", "יישוב", "עיירה", "העיירה", "בירה", "הבירה");
    /** Hindi nouns of administrative units and geography, written after the name, direct and oblique. */
    private static final Set<String> HINDI_NOUNS = Set.of("शहर", "ज़िले", "जिले", "ज़िला", "जिला", "गाँव", "गांव",
            "कस्बे", "कस्बा", "प्रखंड", "तहसील", "प्रांत", "नदी", "महानगर");
    /** Arabic offices held over a town or a province, before it in the construct: a governor, a mayor. */
    private static final Set<String> ARABIC_TOWN_OFFICES = Set.of("محافظ", "عمدة", "حاكم", "والي");
    /** Hindi offices held over a district or a city, after its name and the genitive: a magistrate, a mayor. */
    private static final Set<String> HINDI_TOWN_OFFICES = Set.of("जिलाधिकारी", "ज़िलाधिकारी", "महापौर", "डीएम", "एसपी",
            "उपायुक्त", "कलेक्टर", "जिलाधीश", "मेयर");
    private static final Set<String> HINDI_GENITIVES = Set.of("के", "की", "का");
    /** Thai nouns of administrative units, written before the name with no space, in full and abbreviated. */
    private static final Pattern THAI_NOUN = Pattern.compile("(?:จังหวัด|อำเภอ|ตำบล|หมู่บ้าน"
            + "|(?<!\\p{IsThai})[จอต]\\.)\\s?");
    /**
     * Words that follow an administrative noun but name no place: prepositions, demonstratives, the noun's
     * adjectives ("مدينة صغيرة", "העיר הגדולה"), the generic nouns that stand after a direction ("جنوب البلاد") and
     * what an area is the area of ("منطقة الحادث", the scene), and the verbs of saying a Persian sentence ends on
     * ("رئیس بیمارستان شهر گفت").
     */
    private static final Set<String> NOT_NAMES = Set.of(
            "في", "من", "إلى", "الى", "على", "عن", "مع", "التي", "الذي", "هذه", "هذا", "تلك", "ذلك", "كل", "بعض", "أي",
            "قد", "لم", "كان", "كانت", "حيث", "بين", "عدة", "واحدة", "واحد", "أخرى", "اخرى", "آخر", "كبيرة", "كبير",
            "صغيرة", "صغير", "جديدة", "جديد", "قديمة", "قديم", "قريبة", "قريب", "بعيدة", "مجاورة", "مجاور", "نائية",
            "البلاد", "المدينة", "المدن", "العاصمة", "المحافظة", "الولاية", "المنطقة", "القرية", "الإقليم", "الاقليم",
            "البلدة", "الحي", "الجزيرة", "الحادث", "الحادثة", "الانفجار", "الزلزال", "الكارثة", "الهجوم", "الحريق",
            "الفيضانات", "السيول", "الحدث", "السيد", "السيدة", "الحدود", "النزاع", "القتال", "الاشتباكات", "العمليات", "الأزمة", "حدودية",
            "را", "و", "در", "به", "از", "که", "این", "آن", "ها", "های", "هم", "نیز", "بزرگ", "کوچک", "جدید", "خود",
            "ما", "شما", "دیگر", "همان", "همین", "مورد", "زلزله", "حادثه", "گفت", "افزود", "گفته", "اعلام", "کرد", "است",
            "بود", "شد", "شده", "تصریح", "اظهار",
            "של", "זו", "זאת", "הזאת", "הזו", "הזה", "זה", "הגדולה", "הגדול", "הקטנה", "הקטן", "גדולה", "קטנה", "החדשה",
            "חדשה", "שלה", "שלו", "אחת", "אחר", "אחרת", "כולה", "כולו", "עצמה", "הסמוכה", "סמוכה", "בה", "בו",
            "इस", "उस", "पूरे", "हर", "एक", "अपने", "किसी", "कई", "पास", "के", "की", "का", "में", "से", "बड़े", "छोटे",
            "दूसरे", "उनके", "हमारे", "सभी", "पूरा", "पड़ोसी", "नए", "पुराने", "इसी", "उसी", "उनका", "ने", "को", "पर",
            "और", "या", "तथा", "भी", "ही", "तो");
    /** Thai words after which a place's name has ended: prepositions, conjunctions and common verbs. */
    private static final Set<String> THAI_STOPS = Set.of("ที่", "ใน", "และ", "ของ", "เมื่อ", "ได้", "มี", "ว่า", "จาก",
            "ซึ่ง", "โดย", "ให้", "เป็น", "กับ", "ไป", "มา", "แล้ว", "เกิด", "หลัง", "ขณะ", "นี้", "นั้น", "ทั้ง", "ยัง",
            "จะ", "ถูก", "อย่าง", "เพื่อ", "ต่อ", "ตั้งแต่", "จน", "ถึง", "หรือ", "แต่", "ทำให้", "รวม", "ไม่");
    /** The most Thai words a name after its noun runs to. */
    private static final int THAI_MAX_WORDS = 3;
    /** The languages whose known names each script read here is searched for. */
    private static final Map<Character.UnicodeScript, String[]> LANGUAGES = Map.of(
            Character.UnicodeScript.ARABIC, new String[] {"ar", "fa"},
            Character.UnicodeScript.HEBREW, new String[] {"he"},
            Character.UnicodeScript.DEVANAGARI, new String[] {"hi"},
            Character.UnicodeScript.THAI, new String[] {"th"});
    /** Each script's known names, loaded from ICU when a text in the script first comes (a second or so each). */
    private static final Map<Character.UnicodeScript, KnownNames> KNOWN = new java.util.concurrent.ConcurrentHashMap<>();

    private CaselessPlaces() {
    }

    /** Whether the sentence holds letters of a script read here (Arabic, Hebrew, Devanagari, Thai). */
    public static boolean covers(String sentence) {
        for (int i = 0; i < sentence.length(); i++) {
            if (LANGUAGES.containsKey(scriptOf(sentence.charAt(i)))) {
                return true;
            }
        }
        return false;
    }

    /** The places the sentence names, by their noun or as known countries and cities, in text order. */
    public static List<EntityMention> find(String sentence) {
        List<EntityMention> found = new ArrayList<>(byNoun(sentence));
        for (EntityMention known : known(sentence)) {
            if (found.stream().noneMatch(m -> m.start() < known.end() && known.start() < m.end())) {
                found.add(known);
            }
        }
        found.sort(Comparator.comparingInt(EntityMention::start));
        return List.copyOf(found);
    }

    /**
     * The places the sentence names by an administrative or geographic noun, in text order: a town, a province, a
     * village, the places that tell one event from another of its kind, where a country is named by every report
     * of a region.
     */
    public static List<EntityMention> byNoun(String sentence) {
        if (!covers(sentence)) {
            return List.of();
        }
        List<EntityMention> found = new ArrayList<>();
        List<int[]> words = words(sentence);
        for (int i = 0; i < words.size(); i++) {
            String word = text(sentence, words.get(i));
            Character.UnicodeScript script = scriptOf(word.charAt(0));
            if (script == Character.UnicodeScript.ARABIC && i + 1 < words.size()
                    && (isArabicNoun(word) || PERSIAN_NOUNS.contains(word) && isPersian(sentence))) {
                addArabicName(found, sentence, words, i + 1);
            } else if (script == Character.UnicodeScript.HEBREW && i + 1 < words.size()
                    && isHebrewNoun(word)) {
                addName(found, sentence, words.get(i + 1));
            } else if (script == Character.UnicodeScript.DEVANAGARI && i > 0 && HINDI_NOUNS.contains(word)) {
                addName(found, sentence, words.get(i - 1));
            } else if (script == Character.UnicodeScript.ARABIC && i + 1 < words.size() && ARABIC_TOWN_OFFICES.contains(word)
                    && text(sentence, words.get(i + 1)).startsWith("ال") && (i + 2 >= words.size()
                    || !isNisba(text(sentence, words.get(i + 2))))) {
                // "محافظ الواحة يوسف الحداد": a governor's or a mayor's complement is the town he governs
                // ("محافظ البنك المركزي", the central bank's, has its adjective after it)
                addArabicName(found, sentence, words, i + 1);
            } else if (script == Character.UnicodeScript.DEVANAGARI && i + 2 < words.size()
                    && HINDI_GENITIVES.contains(text(sentence, words.get(i + 1)))
                    && HINDI_TOWN_OFFICES.contains(text(sentence, words.get(i + 2)))) {
                addName(found, sentence, words.get(i)); // "पटना के जिलाधिकारी": the district the magistrate heads
            }
        }
        thai(sentence, found);
        found.sort(Comparator.comparingInt(EntityMention::start));
        return found;
    }

    private static boolean isArabicNoun(String word) {
        if (ARABIC_NOUNS.contains(word)) {
            return true;
        }
        // the conjunction and then the preposition written with the noun: "وبمدينة", "لمحافظة", "فقرية"
        String rest = word;
        if (rest.length() > 3 && (rest.charAt(0) == 'و' || rest.charAt(0) == 'ف')) {
            rest = rest.substring(1);
            if (ARABIC_NOUNS.contains(rest)) {
                return true;
            }
        }
        return rest.length() > 3 && "بلك".indexOf(rest.charAt(0)) >= 0 && ARABIC_NOUNS.contains(rest.substring(1));
    }

    /**
     * The name after an Arabic noun: one word, or two when the first is in the construct state before a word with the
     * article ("دير الزور", "شرم الشيخ"); a word without the article ending in "ية" is the noun's adjective ("منطقة
     * سكنية").
     */
    private static void addArabicName(List<EntityMention> found, String sentence, List<int[]> words, int at) {
        String name = text(sentence, words.get(at));
        if (NOT_NAMES.contains(name) || !name.startsWith("ال") && name.endsWith("ية") || isArabicNoun(name)) {
            return; // "بلدية مدينة بوخارست": the second noun introduces the name, which the next word gives
        }
        int end = words.get(at)[1];
        if (!name.startsWith("ال") && at + 1 < words.size() && words.get(at + 1)[0] == end + 1) {
            String next = text(sentence, words.get(at + 1));
            if (next.startsWith("ال") && next.length() > 3 && !NOT_NAMES.contains(next)) {
                end = words.get(at + 1)[1];
            }
        }
        found.add(new EntityMention(words.get(at)[0], end, sentence.substring(words.get(at)[0], end), EntityType.PLACE));
    }

    /**
     * Whether the sentence is Persian, not Arabic: Persian writes its own yeh and keheh ("ی", "ک") and the letters
     * Arabic lacks ("پ", "چ", "ژ", "گ"). A Persian noun may be an Arabic word: "شهر" is a city in Persian and a month
     * in Arabic ("شهر يوليو").
     */
    private static boolean isPersian(String sentence) {
        return sentence.chars().anyMatch(c -> "یکپچژگ".indexOf(c) >= 0);
    }

    /** An Arabic adjective with the article that says what kind a noun is ("المركزي", "الوطنية"). */
    private static boolean isNisba(String word) {
        return word.startsWith("ال") && word.length() > 4 && (word.endsWith("ي") || word.endsWith("ية"));
    }

    /**
     * The places among {@code names} (found in the story by their noun, where it introduced them) that the sentence
     * names again bare, with the one-letter prefixes of its language ("وصلت المياه إلى الواحة", "בנתיבות").
     */
    static List<EntityMention> named(String sentence, List<String> names) {
        List<EntityMention> found = new ArrayList<>();
        java.util.EnumSet<Character.UnicodeScript> scripts = java.util.EnumSet.noneOf(Character.UnicodeScript.class);
        sentence.chars().mapToObj(CaselessPlaces::scriptOf).filter(LANGUAGES::containsKey).forEach(scripts::add);
        for (Character.UnicodeScript script : scripts) {
            // not a nisba with the article ("الايرانية", Iranian): where a noun took one for a name, every
            // "المياه الايرانية" would repeat the error
            List<String> ofScript = names.stream().filter(n -> n.length() > 2 && scriptOf(n.charAt(0)) == script
                    && script != Character.UnicodeScript.THAI && !isNisba(n)).toList();
            if (!ofScript.isEmpty()) {
                new KnownNames(ofScript).find(sentence, script, found);
            }
        }
        found.sort(Comparator.comparingInt(EntityMention::start));
        return found;
    }

    private static void addName(List<EntityMention> found, String sentence, int[] word) {
        String name = text(sentence, word);
        if (name.length() > 1 && !NOT_NAMES.contains(name) && !NOT_NAMES.contains(withoutHebrewPrefixes(name))) {
            found.add(new EntityMention(word[0], word[1], name, EntityType.PLACE));
        }
    }

    /** Thai places: the words after each administrative noun up to the first word that is no part of a name. */
    private static void thai(String sentence, List<EntityMention> found) {
        Matcher noun = THAI_NOUN.matcher(sentence);
        while (noun.find()) {
            int start = noun.end();
            int end = start;
            BreakIterator breaks = BreakIterator.getWordInstance(new ULocale("th"));
            breaks.setText(sentence);
            int words = 0;
            for (int from = start, to = breaks.following(start); to != BreakIterator.DONE && words < THAI_MAX_WORDS;
                 from = to, to = breaks.next()) {
                String word = sentence.substring(from, to);
                if (!word.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.THAI)
                        || THAI_STOPS.contains(word) || THAI_NOUN.matcher(word).lookingAt()) {
                    break;
                }
                end = to;
                words++;
            }
            if (end - start > 1) {
                found.add(new EntityMention(start, end, sentence.substring(start, end), EntityType.PLACE));
            }
        }
    }

    /** The countries and great cities the sentence names as ICU writes them in its script. */
    static List<EntityMention> known(String sentence) {
        List<EntityMention> found = new ArrayList<>();
        if (!covers(sentence)) {
            return found;
        }
        java.util.EnumSet<Character.UnicodeScript> scripts = java.util.EnumSet.noneOf(Character.UnicodeScript.class);
        sentence.chars().mapToObj(CaselessPlaces::scriptOf).filter(LANGUAGES::containsKey).forEach(scripts::add);
        for (Character.UnicodeScript script : scripts) {
            KNOWN.computeIfAbsent(script, s -> new KnownNames(KnownPlaceNames.of(LANGUAGES.get(s)))).find(sentence,
                    script, found);
        }
        found.sort(Comparator.comparingInt(EntityMention::start));
        return found;
    }

    /** Whether the word is a Hebrew noun of a place, bare or after one or two one-letter prefixes ("בעיר"). */
    private static boolean isHebrewNoun(String word) {
        String rest = word;
        for (int i = 0; i <= 2 && rest.length() >= 2; i++) {
            if (HEBREW_NOUNS.contains(rest)) {
                return true;
            }
            if ("והבלמשכ".indexOf(rest.charAt(0)) < 0) {
                return false;
            }
            rest = rest.substring(1);
        }
        return false;
    }

    /** A Hebrew word without the one-letter prefixes (and, the, in, to, from, that, as) it may carry, at most two. */
    private static String withoutHebrewPrefixes(String word) {
        String rest = word;
        for (int i = 0; i < 2 && rest.length() > 3 && "והבלמשכ".indexOf(rest.charAt(0)) >= 0; i++) {
            rest = rest.substring(1);
        }
        return rest;
    }

    private static List<int[]> words(String sentence) {
        List<int[]> words = new ArrayList<>();
        Matcher word = WORD.matcher(sentence);
        while (word.find()) {
            words.add(new int[] {word.start(), word.end()});
        }
        return words;
    }

    private static String text(String sentence, int[] word) {
        return sentence.substring(word[0], word[1]);
    }

    private static Character.UnicodeScript scriptOf(int c) {
        return Character.UnicodeScript.of(c);
    }

    /**
     * The known names of one script, found as whole words, with the one-letter prefixes its language writes; indexed
     * by their first two letters, so that a sentence is read once, not once a name.
     */
    private static final class KnownNames {
        private final Map<String, List<String>> byStart = new HashMap<>();

        KnownNames(List<String> names) {
            // longest first within each start, as given: "الولايات المتحدة" before a shorter name within it
            names.forEach(name -> byStart.computeIfAbsent(name.substring(0, 2), k -> new ArrayList<>()).add(name));
        }

        void find(String sentence, Character.UnicodeScript script, List<EntityMention> found) {
            BreakIterator thaiBreaks = null;
            if (script == Character.UnicodeScript.THAI) {
                thaiBreaks = BreakIterator.getWordInstance(new ULocale("th"));
                thaiBreaks.setText(sentence);
            }
            for (int at = 0; at + 2 <= sentence.length(); at++) {
                List<String> names = byStart.get(sentence.substring(at, at + 2));
                if (names == null || !startsWord(sentence, at, script, thaiBreaks)) {
                    continue;
                }
                for (String name : names) {
                    int start = at;
                    int end = at + name.length();
                    if (sentence.startsWith(name, at) && endsWord(sentence, end, script, thaiBreaks)
                            && found.stream().noneMatch(m -> m.start() < end && start < m.end())) {
                        found.add(new EntityMention(start, end, name, EntityType.PLACE));
                        at = end - 1;
                        break;
                    }
                }
            }
        }

        /**
         * Whether a name may begin at {@code at}: at a word's start, or after one-letter prefixes of the language
         * (Arabic "و، ف، ب، ل، ك", Hebrew "ו، ה، ב، ל، מ، ש، כ"); in Thai, which puts no space between words, where
         * ICU's word breaks fall.
         */
        private static boolean startsWord(String sentence, int at, Character.UnicodeScript script, BreakIterator thai) {
            if (thai != null) {
                return thai.isBoundary(at);
            }
            int start = at;
            while (start > 0 && isLetter(sentence.charAt(start - 1), script)) {
                start--;
            }
            String prefix = sentence.substring(start, at);
            String allowed = script == Character.UnicodeScript.ARABIC ? "وفبلك"
                    : script == Character.UnicodeScript.HEBREW ? "והבלמשכ" : "";
            return prefix.length() <= 2 && prefix.chars().allMatch(c -> allowed.indexOf(c) >= 0);
        }

        private static boolean endsWord(String sentence, int end, Character.UnicodeScript script, BreakIterator thai) {
            if (end > sentence.length()) {
                return false;
            }
            return thai != null ? thai.isBoundary(end) : end == sentence.length() || !isLetter(sentence.charAt(end), script);
        }

        private static boolean isLetter(char c, Character.UnicodeScript script) {
            return (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK) && Character.UnicodeScript.of(c) == script;
        }
    }
}
