package dev.storybrief.analyze.entity;

import dev.storybrief.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People in Hindi, Arabic, Hebrew, Japanese, Chinese and Thai news, whose scripts have no capitals to find a name by.
 * News in these languages introduces a person by a courtesy title or an office written next to the name, and that is
 * what is read:
 * <ul>
 *   <li>Hindi, Arabic and Hebrew put the title or office before the name, as a word of its own ("जिलाधिकारी अनिल
 *   वर्मा", "السيدة فاطمة حداد", "ראש העיר יוסי לוי"); the name is the next one or two words, up to a postposition,
 *   a particle or a verb. Arabic also names the speaker right after its verb of saying ("وقال خالد منصور"), and Hebrew
 *   right before it ("מיכל כהן אמרה"), two words that open with no article.</li>
 *   <li>Japanese writes the courtesy word or the office after the name ("佐藤花子さん", "山田太郎市長"); Chinese writes
 *   the office before the name ("市长张伟") or the courtesy word after it ("李明先生"), a common surname and one or
 *   two characters, and names a speaker before the verb ("李红梅说").</li>
 *   <li>Thai writes the title onto the first name, the surname after a space ("นายสมชาย ใจดี", "นางสาวมาลี ศรีสุข"),
 *   and so the ranks of the police and the army, abbreviated with dots ("พล.ต.ท.ประยุทธ์ วงศ์ทอง", "พ.ต.อ.วิชัย").</li>
 * </ul>
 * {@link #role} gives the office (not the courtesy word) to the quote stage.
 */
public final class TitledNames {

    private static final Set<String> LANGUAGES = Set.of("hi", "ar", "he", "ja", "zh", "th");

    /** Hindi courtesy titles, which are no role. */
    private static final Set<String> HINDI_COURTESY = Set.of("श्री", "श्रीमती", "सुश्री", "डॉ", "कुमारी");
    /** Hindi offices and standings written before a name. */
    private static final Set<String> HINDI_OFFICES = Set.of("मुख्यमंत्री", "प्रधानमंत्री", "राष्ट्रपति", "मंत्री",
            "जिलाधिकारी", "कलेक्टर", "प्रवक्ता", "विधायक", "सांसद", "अध्यक्ष", "निरीक्षक", "इंस्पेक्टर",
            "थानाध्यक्ष", "डॉक्टर", "प्रोफेसर", "महापौर", "राज्यपाल", "उपायुक्त", "एसपी", "डीएम", "अधीक्षक", "आयुक्त",
            "महानिरीक्षक", "मजदूर", "कर्मचारी", "किसान", "दुकानदार", "छात्र", "छात्रा", "अधिकारी", "निदेशक", "सचिव");
    /** Hindi postpositions, particles and verbs that end a name. */
    private static final Set<String> HINDI_STOPS = Set.of("ने", "का", "की", "के", "को", "से", "में", "पर", "और",
            "भी", "है", "हैं", "था", "थे", "थी", "कहा", "बताया", "तो", "ही", "या", "एवं", "तथा");
    private static final Set<String> ARABIC_COURTESY = Set.of("السيد", "السيدة", "الدكتور", "الدكتورة", "الشيخ",
            "المهندس", "المهندسة", "الأستاذ", "الأستاذة", "الحاج");
    private static final Set<String> ARABIC_OFFICES = Set.of("المحافظ", "الوزير", "الوزيرة", "الرئيس", "الرئيسة",
            "النائب", "العميد", "اللواء", "العقيد", "القاضي", "المتحدث", "المتحدثة", "رئيس", "وزير",
            "محافظ", "مدير", "مديرة", "المدير", "المديرة", "مفوض", "المفوض",
            // the feminine of the minister and the president before the name ("وزيرة البيئة", "رئيسة")
            "وزيرة", "رئيسة");
    /** Arabic verbs of saying, with the "and" news writes onto them; the subject follows the verb. */
    private static final Set<String> ARABIC_SAYING = Set.of("قال", "قالت", "وقال", "وقالت", "أضاف", "أضافت", "وأضاف",
            "وأضافت", "أكد", "أكدت", "وأكد", "وأكدت", "أوضح", "أوضحت", "وأوضح", "وأوضحت", "صرح", "وصرح");
    /** Arabic words that make one name with the word after them ("عبد الجليل", "أبو بكر", "بن علي"): never its end. */
    private static final Set<String> ARABIC_NAME_LINKS = Set.of("عبد", "أبو", "ابو", "بن", "ابن", "بنت", "آل");
    /**
     * The names of the Latin letters as Arabic writes them: a foreign name's middle initial ("دبليو." for W.) is one
     * of them with a dot.
     */
    private static final Set<String> ARABIC_LETTER_NAMES = Set.of("إيه", "إي", "بي", "سي", "دي", "إف", "جي", "جيه",
            "إتش", "آي", "كيه", "كي", "إل", "إم", "إن", "أو", "كيو", "آر", "إس", "تي", "يو", "في", "دبليو", "إكس",
            "واي", "زد", "زي");
    /**
     * Nouns without the article inside what an office is over, in a chain of constructs: "رئيس وزراء المملكة المتحدة"
     * (the prime minister of the United Kingdom), "رئيس أركان الجيش", "رئيس مجلس الإدارة".
     */
    private static final Set<String> ARABIC_CONSTRUCT_NOUNS = Set.of("وزراء", "أركان", "اركان", "مجلس", "هيئة",
            "بلدية", "لجنة", "وزارة", "جهاز", "شركة", "شرطة", "خارجية", "داخلية", "دفاع", "مالية", "عدل");
    /** Arabic particles and prepositions that end a name. */
    private static final Set<String> ARABIC_STOPS = Set.of("إن", "أن", "في", "من", "على", "إلى", "عن", "مع", "إنه",
            "إنها", "أنه", "أنها", "وهو", "وهي", "الذي", "التي", "قد", "لقد", "بعد", "قبل", "منذ", "كان", "كانت",
            "باسم",
            // the same written without the hamza, as much news copy is, and other words of a clause that stand
            // after a verb of saying where its subject would ("قال ايضا ان", "أكدت بأن", "قال أحد الجنود")
            "ان", "انه", "انها", "بأن", "بان", "وأن", "وان", "ايضا", "أيضا", "اذا", "إذا", "عندما", "حيث", "كما",
            "الى", "لا", "لم", "لن", "ما", "هذا", "هذه", "ذلك", "أحد", "احد", "إحدى", "احدى", "اليوم", "امس", "أمس");
    /**
     * Arabic words that open the name of a body or a building, never a given name: a company, a hospital, a ministry,
     * a university, a bank, a council, an authority, an organisation, an agency, a court, a school, a party, a union
     * ("وقالت شركة الكهرباء", the electricity company said; "مديرة مستشفى الزرقاء", the director of Zarqa hospital).
     */
    private static final Set<String> ARABIC_BODY_HEADS = Set.of("شركة", "مستشفى", "وزارة", "جامعة", "بنك", "مصرف",
            "مجلس", "هيئة", "منظمة", "مؤسسة", "جمعية", "وكالة", "محكمة", "مدرسة", "حزب", "نقابة", "مديرية", "دائرة",
            "سلطة", "لجنة", "مكتب", "مركز", "قناة", "صحيفة");
    private static final Set<String> HEBREW_COURTESY = Set.of("מר", "גב'", "גברת", "ד\"ר", "פרופ'", "עו\"ד");
    /** Hebrew offices, standings and police ranks written before a name. */
    private static final Set<String> HEBREW_OFFICES = Set.of("הנשיא", "השר", "השרה", "ראש", "דובר", "דוברת",
            "פקד", "טפסר", "העובד", "העובדת", "רפ\"ק", "סנ\"צ", "נצ\"מ", "ניצב", "תנ\"צ", "התושב", "התושבת", "מנכ\"ל", "מנכ\"לית", "הרב",
            "אלוף", "תת-אלוף", "סגן", "השופט", "השופטת");
    /**
     * A Hebrew spokesman or spokeswoman is named after the body they speak for, in the construct ("דובר כבאות והצלה,
     * רונן לוי,"): a name set off by a comma after the body is the holder's.
     */
    private static final Set<String> HEBREW_SPOKESMEN = Set.of("דובר", "דוברת");
    /** Hebrew offices of two words: the second is a body's ("ראש העיר", the mayor). */
    private static final Set<String> HEBREW_OFFICE_SECONDS = Set.of("העיר", "המועצה", "הממשלה", "העירייה");
    private static final Set<String> HEBREW_SAYING = Set.of("אמר", "אמרה", "מסר", "מסרה", "הוסיף", "הוסיפה",
            "ציין", "ציינה", "הסביר", "הסבירה");
    private static final Set<String> HEBREW_STOPS = Set.of("כי", "אמר", "אמרה", "מסר", "מסרה", "הוסיף", "הוסיפה",
            "של", "את", "על", "עם", "גם", "לא", "היה", "הייתה", "ציין", "ציינה", "הסביר", "הסבירה", "ש", "אשר");
    /** A word of a spaced script, with the inner quote mark or geresh of an abbreviation ("ד\"ר", "גב'"). */
    private static final Pattern SPACED_WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:[\"״][\\p{L}\\p{M}]+|['׳])?");

    /** Japanese courtesy words and offices written right after a name. */
    private static final Pattern JAPANESE = Pattern.compile("(?<![\\p{IsHan}々\\p{IsKatakana}])"
            + "([\\p{IsHan}々]{1,3}(?:[\\p{IsHan}々]{1,3}|[ぁ-ゖ]{2,4}|[ァ-ヺー]{2,5})?)"
            + "(さん|氏|容疑者|被告|首相|知事|市長|町長|村長|社長|会長|教授|議員|監督|選手|先生|署長|部長|課長|院長|校長|委員長|代表)");
    private static final Set<String> JAPANESE_COURTESY = Set.of("さん", "氏", "先生");
    /** Endings of a place or a body, which a name before an office never has ("川辺市長" is the city's mayor). */
    private static final Pattern JAPANESE_NOT_NAME = Pattern.compile(".*[市県町村区都府道省庁国党社会局部課署院所州].?");

    /** The commonest Chinese surnames. */
    private static final String CHINESE_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋"
            + "蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String CHINESE_OFFICES = "市长|县长|省长|镇长|乡长|村长|区长|主席|总统|总理|部长|局长|厅长|处长|发言人|经理"
            + "|教授|医生|居民|村民|记者|警官|队长|书记|校长|院长|董事长|主任|负责人|店主|司机|厂长|站长|所长|科长|工人|老师|护士";
    /** What follows a Chinese name: a verb of saying, a particle, a preposition, punctuation, a digit. */
    private static final String CHINESE_AFTER = "(?=说|表示|称|指出|介绍|告诉|认为|强调|透露|回忆|在|的|对|向|也|还|将|已|和|与|是"
            + "|[，、：。“”「」\\s\\d]|$)";
    private static final Pattern CHINESE_OFFICE_NAME = Pattern.compile("(" + CHINESE_OFFICES + ")([" + CHINESE_SURNAMES
            + "][\\p{IsHan}]{1,2}?)" + CHINESE_AFTER);
    private static final Pattern CHINESE_NAME_COURTESY = Pattern.compile("(?<![\\p{IsHan}])([" + CHINESE_SURNAMES
            + "][\\p{IsHan}]{1,2})(先生|女士|" + CHINESE_OFFICES + ")");
    /** What names a unit of place at its end (a city, a province, a county, a district, a town, a village). */
    private static final String CHINESE_PLACE_UNITS = "市省县区镇乡村州";
    /** Prepositions written between a name and whom it speaks to or acts with ("对记者说", "向居民", "和工人"). */
    private static final String CHINESE_LINKS = "对向和与给跟";
    /** A name opening a clause before a verb of saying ("李红梅说，"). */
    private static final Pattern CHINESE_NAME_SAYS = Pattern.compile("(?<=^|[，。：“”\\s])([" + CHINESE_SURNAMES
            + "][\\p{IsHan}]{1,2}?)(?=说(?![明法])|表示|称|指出|告诉)");
    /** Words that open with a surname's character and stand before a verb of saying ("方面表示", "高温说"). */
    private static final Set<String> CHINESE_NOT_NAMES = Set.of("方面", "高温", "有关", "相关", "目前", "同时", "此前",
            "随后", "黄色", "白天", "金额", "周边", "江水", "何时", "石头", "林业", "高层", "万一", "钱款", "任何");

    /** Thai titles written onto the first name; "นายก..." is an office (the prime minister, a mayor). */
    private static final String THAI_TITLE = "นางสาว|นายแพทย์|แพทย์หญิง|นาย(?!ก(?:รัฐ|เทศ|สมาคม|อบ)|อำเภอ|ตำรวจ|ทหาร"
            + "|ช่าง|จ้าง|ทุน|ประกัน|หน้า)|นาง(?!สาว)|ดร\\.|[ก-ฮ]{1,3}\\.(?:[ก-ฮ]{1,3}\\.){1,3}";
    private static final Pattern THAI = Pattern.compile("(?<![\\u0E01-\\u0E4E.])(" + THAI_TITLE
            + ")\\s?([\\u0E01-\\u0E4E]{2,})(?:\\s+([\\u0E01-\\u0E4E]{2,}))?");
    /** A Thai rank: abbreviated with dots ("พล.ต.ท.", "พ.ต.อ."), unlike the doctor's "ดร.". */
    private static final Pattern THAI_RANK = Pattern.compile("[ก-ฮ]{1,3}\\.(?:[ก-ฮ]{1,3}\\.){1,3}");
    /** Words that follow a Thai first name where a surname would stand: a verb of saying, an office. */
    private static final Set<String> THAI_NOT_SURNAMES = Set.of("กล่าวว่า", "กล่าว", "บอกว่า", "เปิดเผยว่า",
            "ระบุว่า", "ผู้ว่าราชการจังหวัด", "ชาวบ้าน", "และ", "ได้", "เป็น");

    private TitledNames() {
    }

    /** Whether names of {@code language} are read here. */
    static boolean covers(String language) {
        return LANGUAGES.contains(language);
    }

    /** The people a sentence names by the title, office or verb beside the name, in text order. */
    static List<EntityMention> people(String sentence, String language) {
        List<EntityMention> found = new ArrayList<>();
        for (Found f : find(sentence, language)) {
            if (found.stream().noneMatch(m -> m.start() < f.end && f.start < m.end())) {
                found.add(new EntityMention(f.start, f.end, sentence.substring(f.start, f.end), EntityType.PERSON));
            }
        }
        found.sort(java.util.Comparator.comparingInt(EntityMention::start));
        return found;
    }

    /**
     * The office written beside a person this class found ("जिलाधिकारी", "市长", "ראש העיר", "พล.ต.ท."), the language
     * told by the name's script; null for a courtesy word or a name found otherwise.
     */
    public static String role(String sentence, EntityMention person) {
        String language = languageOf(sentence, person);
        if (language == null) {
            return null;
        }
        for (Found f : find(sentence, language)) {
            if (f.start == person.start() && f.office != null) {
                return f.office;
            }
        }
        return null;
    }

    /** The language whose rules read a name in this script; Japanese when the sentence writes kana, else Chinese. */
    private static String languageOf(String sentence, EntityMention person) {
        if (person.text().isEmpty()) {
            return null;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(person.text().codePointAt(0));
        return switch (script) {
            case DEVANAGARI -> "hi";
            case ARABIC -> "ar";
            case HEBREW -> "he";
            case THAI -> "th";
            case HAN, HIRAGANA, KATAKANA -> sentence.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HIRAGANA || Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.KATAKANA) ? "ja" : "zh";
            default -> null;
        };
    }

    /** A name found, where, and the office beside it (null for a courtesy word or a verb). */
    private record Found(int start, int end, String office) {
    }

    private static List<Found> find(String sentence, String language) {
        return switch (language) {
            case "hi", "ar", "he" -> spaced(sentence, language);
            case "ja" -> japanese(sentence);
            case "zh" -> chinese(sentence);
            case "th" -> thai(sentence);
            default -> List.of();
        };
    }

    /** A word and where it stands. */
    private record Word(String text, int start, int end) {
    }

    private static List<Found> spaced(String sentence, String language) {
        List<Word> words = new ArrayList<>();
        Matcher m = SPACED_WORD.matcher(sentence);
        while (m.find()) {
            words.add(new Word(m.group(), m.start(), m.end()));
        }
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i).text();
            int first = -1;
            String office = null;
            if (isCourtesy(word, language) || isOffice(word, language)) {
                first = i + 1;
                office = isOffice(word, language) ? word : null;
                if ("ar".equals(language) && office != null) {
                    // "وزير الداخلية سامر الخطيب", "المتحدث باسم الهلال الأحمر ماجد السعدي": what the office is
                    // over stands between it and the name, in the construct, its words with the article
                    first = afterArabicComplement(sentence, words, first);
                }
                if ("he".equals(language) && first < words.size()
                        && HEBREW_OFFICE_SECONDS.contains(words.get(first).text())) {
                    // "ראש העיר יוסי לוי": the office is two words, the mayor
                    office = sentence.substring(words.get(i).start(), words.get(first).end());
                    first++;
                }
            } else if ("ar".equals(language) && ARABIC_SAYING.contains(word)) {
                first = i + 1; // "وقال خالد منصور": the subject follows the verb
            }
            if (first >= 0) {
                int end = nameEnd(sentence, words, first, language);
                boolean spokesman = "he".equals(language) && HEBREW_SPOKESMEN.contains(word)
                        && holderAfterComma(sentence, words, i + 1, language) >= 0;
                if ("he".equals(language) && office != null && (runsOn(sentence, words, end, language) || spokesman)) {
                    // "דוברת מגן דוד אדום, שירה פרץ": more words than a name's two after the office are what it is
                    // over (Hebrew's construct: the spokeswoman of Magen David Adom); its holder follows the comma
                    first = holderAfterComma(sentence, words, spokesman ? i + 1 : end, language);
                    end = first < 0 ? -1 : nameEnd(sentence, words, first, language);
                }
                // an office or a verb before one word is often before a common word ("المتحدث باسم الشرطة", the
                // police's spokesman): a first and a last name, or any name after a courtesy title
                if (first >= 0 && end > first && ("hi".equals(language) || end - first >= 2 || isCourtesy(word, language))) {
                    found.add(new Found(words.get(first).start(), words.get(end - 1).end(), office));
                }
            }
            if ("he".equals(language) && HEBREW_SAYING.contains(word) && i >= 2) {
                // "מיכל כהן אמרה": two words before the verb, neither with the article, neither a word of the clause
                if (nameWord(words.get(i - 2).text(), language) && nameWord(words.get(i - 1).text(), language)
                        && adjacent(sentence, words.get(i - 2), words.get(i - 1))
                        && adjacent(sentence, words.get(i - 1), words.get(i))
                        && (i == 2 || !isCourtesy(words.get(i - 3).text(), language)
                        && !isOffice(words.get(i - 3).text(), language))) {
                    found.add(new Found(words.get(i - 2).start(), words.get(i - 1).end(), null));
                }
            }
        }
        return found;
    }

    /**
     * The word after what an Arabic office is over ("وزير الداخلية", "المتحدث باسم الشرطة", "مدير الدفاع المدني"):
     * "باسم" (in the name of) and up to three words with the article, each right after the other; {@code first} when
     * none stands there. A given name takes no article, so the name opens after them.
     */
    private static int afterArabicComplement(String sentence, List<Word> words, int first) {
        int k = first;
        if (k < words.size() && words.get(k).text().equals("باسم")) {
            k++;
        }
        int start = k;
        while (k < words.size() && k - start < 3
                && (words.get(k).text().startsWith("ال") || ARABIC_CONSTRUCT_NOUNS.contains(words.get(k).text()))
                && !isOffice(words.get(k).text(), "ar") && !isCourtesy(words.get(k).text(), "ar")
                && adjacent(sentence, words.get(k - 1), words.get(k))) {
            k++;
        }
        return k > start ? k : first;
    }

    /** Whether the name words run on past {@code end}: the word there is one, with only spaces before it. */
    private static boolean runsOn(String sentence, List<Word> words, int end, String language) {
        return end > 0 && end < words.size() && nameWord(words.get(end).text(), language)
                && adjacent(sentence, words.get(end - 1), words.get(end));
    }

    /**
     * The first word after the comma that closes the run of up to four words from {@code from}, where a name
     * stands apposed ("..., שירה פרץ,"); -1 when no comma closes the run.
     */
    private static int holderAfterComma(String sentence, List<Word> words, int from, String language) {
        int k = from;
        // a body's words (with the article too: "שירותי הכבאות"), up to four, only spaces between
        while (k > 0 && k < words.size() && k - from < 4 && adjacent(sentence, words.get(k - 1), words.get(k))
                && !HEBREW_STOPS.contains(words.get(k).text())) {
            k++;
        }
        if (k == from || k >= words.size()) {
            return -1;
        }
        boolean comma = k < words.size() && sentence.substring(words.get(k - 1).end(), words.get(k).start()).strip()
                .equals(",");
        return comma && nameWord(words.get(k).text(), language) ? k : -1;
    }

    /**
     * The end (exclusive word index) of the name opening at word {@code first}: one or two name words; in Hindi a
     * third before the agent's postposition ("अमित कुमार सिंह ने"), as Hindi names often have three.
     */
    private static int nameEnd(String sentence, List<Word> words, int first, String language) {
        int end = first;
        // an Arabic family name may carry the article ("ماجد الخطيب"), the given name never does
        while (end < words.size() && end - first < 2
                && nameWord(words.get(end).text(), "ar".equals(language) && end > first ? "ar-family" : language)
                && (end == first || adjacent(sentence, words.get(end - 1), words.get(end)))) {
            end++;
        }
        if ("hi".equals(language) && end - first == 2 && runsOn(sentence, words, end, language)
                && end + 1 < words.size() && words.get(end + 1).text().equals("ने")) {
            end++; // the agent's "ने" (a time takes "को", "की": "राजेश कुमार मंगलवार को" is Tuesday)
        }
        if ("ar".equals(language) && end > first && end < words.size()
                && ARABIC_NAME_LINKS.contains(words.get(end - 1).text()) && adjacent(sentence, words.get(end - 1), words.get(end))) {
            end++; // "عثمان عبد الجليل": "عبد" (servant of), "أبو", "بن" join the word after them into one name
        }
        if ("ar".equals(language) && end - first == 2 && end < words.size()
                && ARABIC_LETTER_NAMES.contains(words.get(end - 1).text())
                && sentence.substring(words.get(end - 1).end(), words.get(end).start()).strip().equals(".")
                && nameWord(words.get(end).text(), "ar-family")) {
            // "جورج دبليو. بوش", "جون إف. كينيدي": a foreign middle initial, spelled as its Latin letter's name and
            // followed by a dot, is a part of the name, and the family name comes after it
            end++;
        }
        return end;
    }

    /** Whether only spaces stand between two words (a comma or a mark ends a name). */
    private static boolean adjacent(String sentence, Word a, Word b) {
        return sentence.substring(a.end(), b.start()).isBlank();
    }

    private static boolean nameWord(String word, String language) {
        if (isCourtesy(word, language) || isOffice(word, language)) {
            return false;
        }
        return switch (language) {
            case "hi" -> !HINDI_STOPS.contains(word);
            // Arabic given names and Hebrew names open with no article ("ال", "ה" is rarer but a clause word's)
            // nor with the preposition and the article written onto it ("قالت للبي بي سي", told the BBC)
            case "ar" -> !ARABIC_STOPS.contains(word) && !word.startsWith("ال") && !ARABIC_SAYING.contains(word)
                    && !ARABIC_BODY_HEADS.contains(word) && !word.startsWith("لل");
            // nor a courtesy title: "شرطة العاصمة لندن السيد ايان بيلر" names a town, then the man
            case "ar-family" -> !ARABIC_STOPS.contains(word) && !ARABIC_SAYING.contains(word) && !isOffice(word, "ar")
                    && !isCourtesy(word, "ar");
            case "he" -> !HEBREW_STOPS.contains(word) && !word.startsWith("ה");
            default -> false;
        };
    }

    private static boolean isCourtesy(String word, String language) {
        return switch (language) {
            case "hi" -> HINDI_COURTESY.contains(word);
            case "ar" -> ARABIC_COURTESY.contains(word);
            case "he" -> HEBREW_COURTESY.contains(word);
            default -> false;
        };
    }

    static boolean isOffice(String word, String language) {
        return switch (language) {
            case "hi" -> HINDI_OFFICES.contains(word);
            case "ar" -> ARABIC_OFFICES.contains(word);
            case "he" -> HEBREW_OFFICES.contains(word);
            default -> false;
        };
    }

    private static List<Found> japanese(String sentence) {
        List<Found> found = new ArrayList<>();
        Matcher m = JAPANESE.matcher(sentence);
        while (m.find()) {
            String title = m.group(2);
            boolean courtesy = JAPANESE_COURTESY.contains(title);
            String name = m.group(1);
            // an office needs a full name, three characters or more, that is not a place's or a body's ("英首相",
            // "川辺市長": a town's mayor; a surname alone before an office is lost with them)
            if (courtesy || name.length() >= 3 && !JAPANESE_NOT_NAME.matcher(name).matches()) {
                found.add(new Found(m.start(1), m.end(1), courtesy ? null : title));
            }
        }
        return found;
    }

    private static List<Found> chinese(String sentence) {
        List<Found> found = new ArrayList<>();
        Matcher before = CHINESE_OFFICE_NAME.matcher(sentence);
        while (before.find()) {
            found.add(new Found(before.start(2), before.end(2), before.group(1)));
        }
        Matcher after = CHINESE_NAME_COURTESY.matcher(sentence);
        while (after.find()) {
            String title = after.group(2);
            String name = after.group(1);
            if (CHINESE_PLACE_UNITS.indexOf(name.charAt(name.length() - 1)) >= 0) {
                continue; // "郑州市市长何雄": the city whose mayor it is, not a name (郑 is a surname too)
            }
            if (name.length() == 3 && CHINESE_LINKS.indexOf(name.charAt(2)) >= 0) {
                // "王凯对记者说": a preposition between the name and the word is no part of the name, and the word
                // (the reporters spoken to) is no title of the name's
                found.add(new Found(after.start(1), after.end(1) - 1, null));
                continue;
            }
            found.add(new Found(after.start(1), after.end(1), title.equals("先生") || title.equals("女士") ? null : title));
        }
        Matcher says = CHINESE_NAME_SAYS.matcher(sentence);
        while (says.find()) {
            if (!CHINESE_NOT_NAMES.contains(says.group(1))) {
                found.add(new Found(says.start(1), says.end(1), null));
            }
        }
        return found;
    }

    private static List<Found> thai(String sentence) {
        List<Found> found = new ArrayList<>();
        Matcher m = THAI.matcher(sentence);
        while (m.find()) {
            boolean surname = m.group(3) != null && !THAI_NOT_SURNAMES.contains(m.group(3));
            int end = surname ? m.end(3) : m.end(2);
            found.add(new Found(m.start(2), end, THAI_RANK.matcher(m.group(1)).matches() ? m.group(1) : null));
        }
        return found;
    }
}
