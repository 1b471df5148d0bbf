package dev.storybrief.analyze.entity;

import dev.storybrief.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People in Korean and Persian news, whose scripts have no capitals to find a name by: the two languages introduce a
 * person by an office or a courtesy word beside the name, and that is what is read.
 * <ul>
 *   <li>Korean writes the courtesy "씨" after a name ("상인 이영희 씨가"), or the office after it as a word of its own
 *   ("김민수 청송시장이"); a Korean name is a one-syllable surname and a given name, three syllables as a rule, so a
 *   name before an office must open with a common surname.</li>
 *   <li>Persian writes the office before the name ("فرماندار علی رضایی گفت") or after it, set off by the Arabic comma
 *   ("مریم احمدی، رئیس بیمارستان شهر گفت"); the name is the first and the last name, two words.</li>
 * </ul>
 * The words beside the name are its role; {@link #role} gives them to the quote stage.
 */
public final class UncasedNames {

    /** The commonest Korean surnames (about nine in ten Koreans bear one of them). */
    private static final String KOREAN_SURNAMES = "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모";
    /** Korean offices written after the name, as the end of a compound too ("청송시장", "소방서장"). */
    private static final String KOREAN_OFFICES = "(?:시장|장관|대표|청장|서장|원장|소장|대변인|위원장|회장|교수|의원|지사|군수"
            + "|구청장|본부장|국장|총장|사장|이사장|센터장|단장|대장|대통령|총리|부총리|대사|변호사)";
    /** The particle a Korean subject, topic or possessor takes after its last word. */
    private static final String KOREAN_PARTICLE = "(?:이|가|은|는|의|도|에게)?";
    private static final Pattern KOREAN_HONORIFIC = Pattern.compile("(?<=^|\\s)([가-힣]{2,4})\\s+씨(?=\\s|$|[가-힣.,])");
    private static final Pattern KOREAN_NAME_OFFICE = Pattern.compile("(?<=^|\\s)([" + KOREAN_SURNAMES
            + "][가-힣]{1,3})\\s+([가-힣]*" + KOREAN_OFFICES + ")" + KOREAN_PARTICLE + "(?=\\s|$|[.,])");
    /**
     * An office written before the name ("청송시장 김민수는", "대통령 박지훈이"): the name is then a common surname and a
     * two-syllable given name, the way most Koreans are named, and takes its particle.
     */
    private static final Pattern KOREAN_OFFICE_NAME = Pattern.compile("(?<=^|\\s)([가-힣]*" + KOREAN_OFFICES
            + ")\\s+([" + KOREAN_SURNAMES + "][가-힣]{2})(?:이|가|은|는|의|도|에게)(?=\\s|$|[.,])");
    /**
     * Common words that open with a syllable of a common surname and stand where a name would ("정부 대변인", the
     * government's spokesman; "서울 시장", Seoul's mayor): no person.
     */
    private static final Set<String> KOREAN_NOT_NAMES = Set.of("정부", "한국", "서울", "이번", "이날", "이후", "전국",
            "최근", "현지", "지역", "시민", "주민", "당시", "관계", "경찰", "소방", "안전", "조사", "공식", "신임", "전임",
            "전직", "현직", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "강원", "경기", "충북", "충남", "전북",
            "전남", "경북", "경남", "제주");
    /** The word before a Korean name with "씨": what the person is ("상인", a merchant; "주민", a resident). */
    private static final Pattern KOREAN_WORD_BEFORE = Pattern.compile("(?:^|\\s)([가-힣]{2,5})\\s+$");
    /** Persian offices and standings written beside a name. */
    private static final Set<String> PERSIAN_OFFICES = Set.of("فرماندار", "استاندار", "شهردار", "رئیس", "سخنگوی",
            "وزیر", "مدیر", "مدیرکل", "فرمانده", "دادستان", "نماینده", "معاون", "دبیر", "بخشدار", "دهیار", "ساکن",
            "شاهد", "کارشناس");
    private static final String PERSIAN_WORD = "[\\p{IsArabic}\\u200c]+";
    private static final String PERSIAN_OFFICE = "(?:" + String.join("|", PERSIAN_OFFICES) + ")";
    private static final Pattern PERSIAN_OFFICE_NAME = Pattern.compile("(?<=^|\\s|[،:«»])(" + PERSIAN_OFFICE + ")\\s+("
            + PERSIAN_WORD + "\\s+" + PERSIAN_WORD + ")(?=\\s*[،:]|\\s+(?:گفت|افزود|اظهار|تصریح|اعلام))");
    private static final Pattern PERSIAN_NAME_OFFICE = Pattern.compile("(?<=^|\\s|[،:«»])(" + PERSIAN_WORD + "\\s+"
            + PERSIAN_WORD + ")\\s*،\\s*(" + PERSIAN_OFFICE + ")((?:\\s+" + PERSIAN_WORD + "){0,3}?)(?=\\s+(?:گفت|افزود"
            + "|اظهار|تصریح|اعلام)|\\s*[،.])");

    private UncasedNames() {
    }

    /** Whether names of {@code language} are read here: Korean and Persian. */
    static boolean covers(String language) {
        return "ko".equals(language) || "fa".equals(language);
    }

    /** The people a sentence names, in text order. */
    static List<EntityMention> people(String sentence, String language) {
        List<EntityMention> found = new ArrayList<>();
        if ("ko".equals(language)) {
            add(found, KOREAN_HONORIFIC.matcher(sentence), 1);
            add(found, KOREAN_NAME_OFFICE.matcher(sentence), 1);
            add(found, KOREAN_OFFICE_NAME.matcher(sentence), 2);
        } else if ("fa".equals(language)) {
            // the name before the comma and its office first: "مریم احمدی، رئیس بیمارستان شهر گفت" holds an office
            // before two words and the verb too, but those words are what she heads
            List<int[]> roles = new ArrayList<>();
            Matcher after = PERSIAN_NAME_OFFICE.matcher(sentence);
            while (after.find()) {
                // "رئیس بیمارستان، ..." opens with an office: the words before the comma are no name
                if (!PERSIAN_OFFICES.contains(after.group(1).split("\\s+")[0])) {
                    addGroup(found, after, 1);
                    roles.add(new int[] {after.start(2), after.end()});
                }
            }
            Matcher before = PERSIAN_OFFICE_NAME.matcher(sentence);
            while (before.find()) {
                int office = before.start(1);
                if (roles.stream().noneMatch(r -> r[0] <= office && office < r[1])) {
                    addGroup(found, before, 2);
                }
            }
        }
        found.sort(Comparator.comparingInt(EntityMention::start));
        return found;
    }

    /**
     * The role a Korean or Persian sentence writes beside a person it names: the office after or before the name,
     * or the word before a Korean name with "씨"; null when none.
     */
    public static String role(String sentence, EntityMention person) {
        Matcher office = KOREAN_NAME_OFFICE.matcher(sentence);
        while (office.find()) {
            if (office.start(1) == person.start()) {
                return office.group(2);
            }
        }
        Matcher officeBefore = KOREAN_OFFICE_NAME.matcher(sentence);
        while (officeBefore.find()) {
            if (officeBefore.start(2) == person.start()) {
                return officeBefore.group(1);
            }
        }
        Matcher honorific = KOREAN_HONORIFIC.matcher(sentence);
        while (honorific.find()) {
            if (honorific.start(1) == person.start()) {
                Matcher before = KOREAN_WORD_BEFORE.matcher(sentence.substring(0, person.start()));
                return before.find() ? before.group(1) : null;
            }
        }
        Matcher persianBefore = PERSIAN_OFFICE_NAME.matcher(sentence);
        while (persianBefore.find()) {
            if (persianBefore.start(2) == person.start() && PERSIAN_OFFICES.contains(persianBefore.group(1))) {
                return persianBefore.group(1);
            }
        }
        Matcher persianAfter = PERSIAN_NAME_OFFICE.matcher(sentence);
        while (persianAfter.find()) {
            if (persianAfter.start(1) == person.start() && PERSIAN_OFFICES.contains(persianAfter.group(2))) {
                return (persianAfter.group(2) + persianAfter.group(3)).strip();
            }
        }
        return null;
    }

    private static void add(List<EntityMention> found, Matcher matcher, int group) {
        while (matcher.find()) {
            addGroup(found, matcher, group);
        }
    }

    private static void addGroup(List<EntityMention> found, Matcher matcher, int group) {
        int start = matcher.start(group);
        if (KOREAN_NOT_NAMES.contains(matcher.group(group))) {
            return;
        }
        if (found.stream().noneMatch(m -> m.start() < matcher.end(group) && start < m.end())) {
            found.add(new EntityMention(start, matcher.end(group), matcher.group(group), EntityType.PERSON));
        }
    }
}
