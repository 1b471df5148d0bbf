package dev.storybrief.clean;

import dev.storybrief.wording.SectionNames;
import dev.storybrief.analyze.entity.GivenNames;
import dev.storybrief.model.SentenceMarks;
import dev.storybrief.model.Words;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The outlet's name as a line of its own, as a page copied from a browser carries it: a masthead above or under
 * the headline ("Harbour Times", "Island Radio"), or a signature at the very end ("— Agence France-Presse", a last
 * line "Reuters"). Only a name the list of outlets knows counts anywhere; at the head, before the story's first
 * sentence, a name in capitals at every word that is built as a newspaper's or broadcaster's name counts too: English
 * ends it in the title word ("Northshire Evening News", "Lake Arden Daily"), the Romance languages open with it and
 * join the rest with "de" ("Jornal do Planalto", "Diario del Sur", "Gazeta Regional"), German writes it as the end
 * of a compound ("Rheinische Morgenpost", "Südkurier Online"). A random short line ("Rescue teams", "Mayor Quits
 * Post" above its own story) is neither.
 */
final class Mastheads {
    /** Title words that end the name of a newspaper or broadcaster and are seldom the last word of a headline. */
    private static final Set<String> TITLE_WORDS = Set.of("herald", "gazette", "times", "tribune", "journal",
            "chronicle", "courier", "observer", "telegraph", "guardian", "monitor", "daily", "news", "inquirer",
            "examiner", "dispatch", "bulletin", "radio", "television", "tv", "ledger", "zeitung", "nachrichten",
            "anzeiger", "rundschau", "kurier", "tagblatt", "quotidien", "gazzetta", "corriere", "diario", "noticias",
            "gazeta", "dziennik", "wiadomości",
            // Dutch and Flemish papers ("Noordelijk Dagblad", "Leeuwarder Courant", "Het Nieuwsblad"), a web edition's
            // "Info" ("Valmont Info"), and a daily's "today" in a few languages ("Il Tirreno Oggi", "Health Today")
            "dagblad", "courant", "nieuwsblad", "krant", "info", "oggi", "today");
    /** Title words that end a masthead only after "The" ("The Valley Post", "The Harbour Star"): a headline drops it. */
    private static final Set<String> TITLE_WORDS_AFTER_THE = Set.of("post", "press", "star", "sun", "mirror", "express",
            "record", "review", "standard", "register", "independent", "globe", "mail", "voice", "leader", "echo",
            "desk");
    /**
     * Title words that open the name in the Romance languages, where the head noun comes first and the rest follows
     * with "de" or as an adjective ("Folha de Vale", "Corriere della Sera", "La Voz de Galicia", "Gazeta Regional").
     */
    private static final Set<String> TITLE_WORDS_FIRST = Set.of("jornal", "folha", "gazeta", "diário", "diario",
            "correio", "correo", "crónica", "crônica", "periódico", "heraldo", "voz", "tribuna", "notícias", "noticias",
            "journal", "gazette", "courrier", "dépêche", "écho", "gazzetta", "giornale", "corriere", "messaggero",
            "eco", "diari",
            // Polish names put the title word first too ("Kurier Mazurski", "Głos Regionu", "Dziennik Bałtycki",
            // "Echo Dnia"), and Dutch ones may ("Dagblad van het Noorden")
            "kurier", "głos", "dziennik", "tygodnik", "nowiny", "echo", "dagblad");
    /**
     * Title words that open the name in Arabic, where the head noun comes first as in the Romance languages and the
     * paper's own name follows it ("صحيفة الساحل", the Sahil newspaper; "وكالة أنباء الشرق", the East news agency): a
     * newspaper (صحيفة, جريدة), an agency (وكالة), a magazine (مجلة), a channel (قناة), a radio (إذاعة, راديو) or a
     * television (تلفزيون). Arabic has no capitals to tell a name from a line of the story, so the title word does.
     */
    private static final Set<String> ARABIC_TITLE_WORDS_FIRST = Set.of("وكالة", "صحيفة", "جريدة", "مجلة", "قناة",
            "إذاعة", "اذاعة", "راديو", "تلفزيون");
    /**
     * Title words of Russian, Ukrainian and Bulgarian papers, agencies and broadcasters, lower case. The name puts the
     * title word last after an adjective ("Северный вестник", "Городские новости", "Российская газета") or first
     * before the place it serves ("Вестник Севера", "Новости Приморья"), and capitalises only its first word.
     */
    private static final Set<String> CYRILLIC_TITLE_WORDS = Set.of("газета", "газеты", "вестник", "вісник",
            "новости", "новини", "известия", "ведомости", "відомості", "правда", "курьер", "кур'єр", "телеграф",
            "экспресс", "вести", "вісті", "обозрение", "огляд", "агентство", "агенція", "радио", "радіо", "тв",
            "телевидение", "телебачення", "хроника", "хроніка", "трибуна", "эхо", "неделя", "тиждень", "журнал");
    /**
     * Title words of Turkish papers, agencies and broadcasters, which end the name, often with the possessive of a
     * compound ("Marmara Postası", "Ege Gazetesi", "Kuzeykent Haber", "Karadeniz Ajansı"), lower case.
     */
    private static final Set<String> TURKISH_TITLE_WORDS = Set.of("haber", "haberleri", "habercisi", "gazete",
            "gazetesi", "postası", "ajans", "ajansı", "gündem", "ekspres", "radyo", "televizyonu", "sesi", "bülteni",
            "manşet");
    /** Letters of the Cyrillic script alone and spaces: a line in which a sentence-case name may stand. */
    private static final Pattern CYRILLIC_LINE = Pattern.compile("[\\p{IsCyrillic}'’ -]+");
    /** A line of two to five words in Arabic letters alone (no digit, no punctuation): a name, not a sentence. */
    private static final Pattern ARABIC_NAME = Pattern.compile("[\\p{IsArabic}&&\\p{L}]+(?: [\\p{IsArabic}&&\\p{L}]+){1,4}");
    /** The article before a Romance name ("La Voz de Galicia", "Il Giornale", "O Jornal"). */
    private static final Set<String> ARTICLES = Set.of("el", "la", "los", "las", "le", "les", "il", "lo", "o", "a",
            "os", "as", "l'");
    /**
     * The end of a German compound that names a paper ("Morgenpost", "Südkurier", "Abendblatt", "Volksstimme"):
     * German writes the title word as the last part of one word, not as a word of its own.
     */
    private static final Pattern COMPOUND_TITLE = Pattern.compile(
            "(?iu)\\p{L}{3,}(?:post|kurier|zeitung|blatt|bote|anzeiger|spiegel|rundschau|presse|nachrichten|echo|stimme|merkur)");
    /** The web edition's mark after a paper's name ("Südkurier Online", "Westfalenpost Digital"). */
    private static final Set<String> EDITION_WORDS = Set.of("online", "digital");
    /**
     * The words that join a name's parts: English, Romance ("do", "da", "della", "y") and German ("von", "am"),
     * written in small letters inside a name whose other words are capitalised.
     */
    private static final Pattern SMALL_WORD = Pattern.compile("(?:of|the|and|de|du|des|la|le|der|die|das|am|del|do|da"
            + "|dos|della|dello|delle|dei|di|von|vom|zum|zur|y|e|&|van|het|voor)");
    /** The characters of a name: letters and their marks (Devanagari's vowel signs), figures, a few signs. */
    private static final Pattern NAME_CHARS = Pattern.compile("[\\p{L}\\p{M}\\u200C\\d.&'’ -]+");
    /** A signature at the end: a dash before the outlet's name ("— Agence France-Presse"). */
    private static final Pattern SIGNATURE = Pattern.compile("^(?:[—–]|--?)\\s*(.{2,60})$");
    private static final int MAX_WORDS = 5;
    /** A line of the story: a sentence of this many words. */
    private static final int SENTENCE_WORDS = 8;

    private Mastheads() {
    }

    /**
     * Words that open a broadcaster's name in many languages ("Radio Costa", "Rádio Serra", "Onda Almares", "Canal
     * Sur"): the head noun first, the station's own name after it.
     */
    private static final Set<String> BROADCAST_FIRST = Set.of("radio", "rádio", "ràdio", "onda", "canal", "tele", "tv",
            "rtv", "radiotelevisión", "rádiotelevisão", "omroep");
    /**
     * A section after the name on the masthead's line ("Daily Record | Health", "Radio Costa - Noticias"): a bar or
     * a dash, then a word or three of a site's section.
     */
    private static final Pattern NAME_AND_SECTION = Pattern.compile("^(.{2,50}?)\\s+[|–—-]\\s+(\\p{L}[\\p{L}&' ]{1,30})$");
    /** A line of site furniture between a masthead and the headline: a breadcrumb, a menu, a section's label. */
    private static final Pattern NAV_LINE = Pattern.compile("^(?:.{1,40}\\s[|>›»/·•]\\s.{1,40}|\\S+(?: \\S+)?(?:\\s{2,}\\S+(?: \\S+)?){2,})$");
    /** Most words of a section's label of its own between a masthead and the headline ("Tribunales", "World News"). */
    private static final int LABEL_WORDS = 2;

    /**
     * The outlet the page's very first line names, or empty: a copied page opens with its masthead, and the headline
     * follows it (after a breadcrumb, a menu or a section's label, if any) or, when the page has no headline, the
     * story's dateline. The first line is taken as a masthead when it reads as a name ({@link #atHead}) or is built
     * as one more loosely than a line further down may be, which its place allows: a title word anywhere a paper's or
     * broadcaster's name puts it ("Harwick Evening Post", "THE MORNING STANDARD", "Diario Sur de Almares", "Onda
     * Almares"), "The" and one name ("The Sentinel"), one German compound ("Wirtschaftsspiegel"), and a section after
     * a bar or a dash ("Daily Record | Health" is the Daily Record). A first line the story's sentence follows is the
     * headline ("Mayor Quits Post" above its story).
     */
    static Optional<String> atTop(List<String> lines, int i) {
        String line = lines.get(i).replace('\u00A0', ' ').strip();
        if (line.length() > 80 || !followedByHeadline(lines, i)) {
            return Optional.empty();
        }
        Optional<String> name = atHead(line);
        if (name.isPresent()) {
            return name;
        }
        var sectioned = NAME_AND_SECTION.matcher(line);
        String bare = sectioned.matches() && Words.count(sectioned.group(2)) <= 3 ? sectioned.group(1).strip() : line;
        if (!bare.equals(line)) {
            name = atHead(bare);
            if (name.isPresent()) {
                return name;
            }
        }
        if (!NAME_CHARS.matcher(bare).matches() || GivenNames.opens(bare) || SectionNames.isKicker(bare)) {
            return Optional.empty();
        }
        String[] words = bare.split("\\s+");
        boolean built = words.length <= MAX_WORDS && builtAsNameAtTop(words) || headOfPage(lines, i, words)
                || inHeaderBar(lines, i, words);
        return built ? capitalisedName(bare) : Optional.empty();
    }

    /**
     * Whether the line stands in the page's header bar: right under the bar's buttons ("Menu", "Search"), the first
     * line of the page that is no button, two to four capitalised words and no sentence, no label in capitals, no
     * section's or region's name and not the story's topic. A page's header holds its buttons and its name; the
     * sections' labels and kickers come under it, above the headline.
     */
    private static boolean inHeaderBar(List<String> lines, int i, String[] words) {
        String line = String.join(" ", words);
        if (!underButtonsOnly(lines, i) || words.length < 2 || words.length > NAME_BY_PLACE_WORDS
                || capitalisedName(line).isEmpty() || line.equals(line.toUpperCase(java.util.Locale.ROOT))
                || SentenceMarks.endsSentence(line) || line.endsWith(":") || SectionNames.isKicker(line)) {
            return false;
        }
        int next = nextNonBlankIndex(lines, i);
        return next >= 0 && !isTopicLabel(words, lines.subList(next, lines.size()));
    }

    /** Whether the lines above line {@code i} are all buttons of the page's interface, one at least. */
    static boolean underButtonsOnly(List<String> lines, int i) {
        boolean button = false;
        for (int j = 0; j < i; j++) {
            String above = lines.get(j).replace('\u00A0', ' ').strip();
            if (above.isEmpty()) {
                continue;
            }
            if (!dev.storybrief.wording.InterfaceLabels.isLabel(above)) {
                return false;
            }
            button = true;
        }
        return button;
    }

    /** Most letters of an agency's or paper's short name in capitals ("NPA", "ANSA", "BELGA"): an acronym. */
    private static final int ACRONYM_LETTERS = 5;
    /** Most words of a first line taken as a masthead by its place alone ({@link #headOfPage}). */
    private static final int NAME_BY_PLACE_WORDS = 4;

    /**
     * Whether the first line stands where a copied page has its masthead, whatever its words: a short line of
     * capitalised words and no sentence ("Noordelijk Dagblad", "Kurier Mazurski", "Matchday Live", "The Sports Desk"),
     * then the headline, longer and in its own case, then the date bar or the byline: the head of a page, which puts
     * the outlet's name above the headline. The list of title words cannot know every name ("Dagblad", "Głos",
     * "Omroep"...), but the place does. A title-case headline has the story under it, not a headline and a date
     * ("Mayor Quits Post" above its first sentence is the headline), a menu's label is one word, and a line in
     * capitals is a label more often than a name the lists do not know ("FOR IMMEDIATE RELEASE", "BREAKING NEWS").
     * A kicker stands in the same place: a line made only of a section's or a region's words ("Middle East", "US
     * Politics") names where the site filed the story, so it is no outlet; a wrong outlet misleads more than none.
     * So does a topic kicker no list knows ("Royal Family", "Cost of Living"), told by its words ({@link #isTopicLabel}).
     */
    private static boolean headOfPage(List<String> lines, int i, String[] words) {
        int headline = nextNonBlankIndex(lines, i);
        return atPageHead(lines, i, words) && !isTopicLabel(words, lines.subList(headline, lines.size()));
    }

    /**
     * Whether the first line is a kicker at the head of a page: where {@link #headOfPage} finds a masthead, a line
     * that names a section or region ({@link SectionNames#isKicker}) or the story's topic ({@link #isTopicLabel}).
     * Like a section's label, it is site furniture above the headline, not the headline.
     */
    static boolean kickerAtTop(List<String> lines, int i) {
        String line = lines.get(i).replace('\u00A0', ' ').strip();
        String[] words = line.split("\\s+");
        if (line.isEmpty() || !NAME_CHARS.matcher(line).matches() || !atPageHead(lines, i, words)) {
            return false;
        }
        int headline = nextNonBlankIndex(lines, i);
        return SectionNames.isKicker(line) || isTopicLabel(words, lines.subList(headline, lines.size()));
    }

    /**
     * Whether a line of two to four capitalised words, no sentence and no label in capitals, stands above a longer
     * headline that the date bar, a byline or a dateline follows: the place of a masthead or a kicker.
     */
    private static boolean atPageHead(List<String> lines, int i, String[] words) {
        String line = String.join(" ", words);
        if (words.length < 2 || words.length > NAME_BY_PLACE_WORDS || capitalisedName(line).isEmpty()
                || line.equals(line.toUpperCase(java.util.Locale.ROOT))
                || SentenceMarks.endsSentence(line) || line.endsWith(":")
                || dev.storybrief.wording.InterfaceLabels.isLabel(line)) {
            return false;
        }
        int headline = nextNonBlankIndex(lines, i);
        if (headline < 0) {
            return false;
        }
        String title = lines.get(headline).replace('\u00A0', ' ').strip();
        int under = nextNonBlankIndex(lines, headline);
        if (!ArticleCleaner.looksLikeHeadline(title) || Words.count(title) <= words.length || isSentence(title)
                || under < 0) {
            return false;
        }
        String next = lines.get(under).replace('\u00A0', ' ').strip();
        return isStamp(next) || BYLINE.matcher(next).find() || Datelines.strip(next).isPresent();
    }

    /** Words of at least this many letters are matched by their stem ("family" and "families"), shorter ones whole. */
    private static final int STEM_LETTERS = 4;
    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}\\d])\\p{Ll}[\\p{L}'’-]*");

    /**
     * Whether a short capitalised line is a kicker naming the story's topic ("Royal Family", "Cost of Living",
     * "Climate Crisis"), not a masthead: a kicker labels what the story is about with the story's own common words,
     * which the headline and the story write in small letters ("the royal family", "the cost of living"), while a
     * name keeps its capitals wherever it stands, and a paper's name is seldom what its story is about ("Harrowgate
     * Spotlight", "Matchday Live"). So a line every word of which (but the small joining words) the text under it
     * writes in small letters, as itself or with another ending, is the story's topic. {@code below} are the lines
     * from the headline on.
     */
    static boolean isTopicLabel(String[] words, List<String> below) {
        Set<String> lower = new java.util.HashSet<>();
        for (String line : below) {
            var m = LOWER_WORD.matcher(line);
            while (m.find()) {
                lower.add(m.group().toLowerCase(java.util.Locale.ROOT));
            }
        }
        int content = 0;
        for (String word : words) {
            String w = word.toLowerCase(java.util.Locale.ROOT);
            if (SMALL_WORD.matcher(w).matches() || ARTICLES.contains(w)) {
                continue;
            }
            content++;
            if (!writtenInSmallLetters(w, lower)) {
                return false;
            }
        }
        return content > 0;
    }

    /** Whether the text writes the word in small letters, as itself or, past its stem, with another ending. */
    private static boolean writtenInSmallLetters(String word, Set<String> lower) {
        if (lower.contains(word)) {
            return true;
        }
        int stem = Math.max(STEM_LETTERS, word.length() - 2);
        if (word.length() < STEM_LETTERS || stem > word.length()) {
            return false;
        }
        String prefix = word.substring(0, stem);
        return lower.stream().anyMatch(w -> w.startsWith(prefix));
    }

    /** The index of the first non-blank line after index {@code i}, or -1. */
    private static int nextNonBlankIndex(List<String> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (!lines.get(j).isBlank()) {
                return j;
            }
        }
        return -1;
    }

    /** The looser ways a first line is built as a name ({@link #atTop}). */
    private static boolean builtAsNameAtTop(String[] words) {
        java.util.Locale root = java.util.Locale.ROOT;
        String first = words[0].toLowerCase(root);
        String last = words[words.length - 1].toLowerCase(root);
        if (words.length == 1) {
            return COMPOUND_TITLE.matcher(words[0]).matches();
        }
        boolean article = ARTICLES.contains(first) || first.equals("the");
        String head = article ? words[1].toLowerCase(root) : first;
        // a head-first name is two words or joins its parts ("Diario Sur de Almares"); "Journal Reveals Flood Damage"
        // is a headline in title case
        boolean joined = words.length == 2 || java.util.Arrays.stream(words).skip(1)
                .anyMatch(w -> SMALL_WORD.matcher(w).matches());
        return TITLE_WORDS.contains(last) || TITLE_WORDS_AFTER_THE.contains(last)
                || (TITLE_WORDS_FIRST.contains(head) || BROADCAST_FIRST.contains(head)) && joined
                || first.equals("the") && words.length == 2;
    }

    /**
     * Whether the page's headline or a datelined first sentence follows line {@code i}, with nothing but site
     * furniture (a date bar, a breadcrumb, a menu, a section's label) between them.
     */
    private static boolean followedByHeadline(List<String> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            String next = lines.get(j).replace('\u00A0', ' ').strip();
            if (next.isEmpty()) {
                continue;
            }
            if (Datelines.strip(next).isPresent()) {
                return true;
            }
            if (isSentence(next)) {
                return false;
            }
            // a date bar may stand between the masthead and the headline ("Greyfell Gazette", a date, the headline);
            // under a headline in title case it is followed by the story itself
            boolean furniture = isStamp(next) || NAV_LINE.matcher(next).matches()
                    || Words.count(next) <= LABEL_WORDS && !SentenceMarks.endsSentence(next);
            if (!furniture) {
                return ArticleCleaner.looksLikeHeadline(next);
            }
        }
        return false;
    }

    /** The outlet a line at the head of the page names as its masthead, or empty. */
    static Optional<String> atHead(String line) {
        String name = line.strip();
        Optional<String> listed = listed(name);
        if (listed.isPresent()) {
            return listed;
        }
        if (ARABIC_NAME.matcher(name).matches()
                && ARABIC_TITLE_WORDS_FIRST.contains(name.substring(0, name.indexOf(' ')))) {
            return Optional.of(name);
        }
        if (!NAME_CHARS.matcher(name).matches()) {
            return listed;
        }
        if (SectionNames.isKicker(name)) {
            return Optional.empty(); // "World News" names a section, though "News" ends many names
        }
        String[] words = name.split("\\s+");
        if (words.length < 2 || words.length > MAX_WORDS || !titled(words)) {
            return Optional.empty();
        }
        if (CYRILLIC_LINE.matcher(name).matches() && Character.isUpperCase(name.codePointAt(0))) {
            // Russian, Ukrainian and Bulgarian capitalise a title's first word only ("Городские новости")
            return Optional.of(name);
        }
        return capitalisedName(name);
    }

    /** Whether the words are built as the name of a paper or broadcaster in one of the ways {@link Mastheads} names. */
    private static boolean titled(String[] words) {
        String last = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
        String compound = EDITION_WORDS.contains(last) ? words[words.length - 2] : words[words.length - 1];
        return TITLE_WORDS.contains(last) || words[0].equals("The") && TITLE_WORDS_AFTER_THE.contains(last)
                || headFirst(words) || COMPOUND_TITLE.matcher(compound).matches() || titledInOtherScripts(words);
    }

    /**
     * A Russian, Ukrainian or Bulgarian name with its title word at either end ("Северный вестник", "Вестник
     * Севера"), or a Turkish one ending in its title word ("Marmara Postası"); Turkish lower-cases by its own dotted
     * and dotless i ("İ" and "I" are "i" and "ı").
     */
    private static boolean titledInOtherScripts(String[] words) {
        java.util.Locale root = java.util.Locale.ROOT;
        String first = words[0].toLowerCase(root);
        String last = words[words.length - 1].toLowerCase(root);
        // a title word first is followed by the place it serves, one or two words ("Вестник Приозерья"); a longer
        // line opening with one is a headline ("Новости о строительстве метро")
        return CYRILLIC_TITLE_WORDS.contains(last) || CYRILLIC_TITLE_WORDS.contains(first) && words.length <= 3
                || TURKISH_TITLE_WORDS.contains(words[words.length - 1].toLowerCase(java.util.Locale.forLanguageTag("tr")));
    }

    /**
     * A Romance name: the title word first (after an article, if any), then a joining word ("do", "della") or a
     * single word ("Gazeta Regional"); a longer line opening with such a word is an English headline in title case
     * ("Journal Reveals New Data") more often than a name.
     */
    private static boolean headFirst(String[] words) {
        boolean article = ARTICLES.contains(words[0].toLowerCase(java.util.Locale.ROOT));
        int head = article ? 1 : 0;
        if (head >= words.length || !TITLE_WORDS_FIRST.contains(words[head].toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        return article || words.length == 2 || SMALL_WORD.matcher(words[head + 1]).matches();
    }

    /**
     * The name when every word of it is capitalised (or a small word such as "of"), without digits; else empty. An
     * outlet's name in capitals ("ROAD GAZETTE") comes back as it writes itself in running text ("Road Gazette"); a
     * name of one short word in capitals is an acronym ("ANSA", "NPA") and stays as it is written.
     */
    static Optional<String> capitalisedName(String name) {
        String[] words = name.split("\\s+");
        for (String w : words) {
            if (!Character.isUpperCase(w.codePointAt(0)) && !SMALL_WORD.matcher(w).matches() || w.matches(".*\\d.*")) {
                return Optional.empty();
            }
        }
        boolean acronym = words.length == 1 && name.length() <= ACRONYM_LETTERS;
        boolean inCapitals = name.equals(name.toUpperCase(java.util.Locale.ROOT)) && !acronym;
        return Optional.of(inCapitals ? capitalised(words) : name);
    }

    /** Most letters of the word a byline opens with in any language ("By", "Von", "Par", "Oleh", "Av"). */
    private static final int BYLINE_OPENER_LETTERS = 4;
    /** A byline's opener ("By Anna Berg"): the writer's line, not the outlet's. */
    private static final Pattern BYLINE = Pattern.compile("^(?:" + TextMetadata.BYLINE_OPENERS + ")\\s");

    /** A publication stamp line: "Published 22 June 2026", "Posted on 3 March 2026, 09:10", or a date alone. */
    private static final Pattern PUBLICATION_STAMP = Pattern.compile("(?iu)^(?:" + TextMetadata.STAMP_WORDS + ")\\b.*\\d");

    /**
     * The outlet a name line beside the publication stamp names, or empty: between the headline and the stamp
     * ("Baltic Business" under the headline, "Published 22 June 2026" under it) or right under the stamp, above the
     * story. That is where a page puts its masthead, whatever the name's last word: a wire ("Eastern Wire") or a trade
     * paper ("Baltic Business") carries none of a newspaper's title words; the rule is the place, not the name. The
     * story's first paragraph opening with a dateline ("Vila Serrana, 8 de setembro de 2026 - ...", "新华网青川7月20日电
     * ...") stands for the stamp: it dates the story as the stamp does, and the name between it and the headline is
     * the masthead. A line opening with a given name ("Maria Silva") is the writer's, not the outlet's.
     * {@code previous} and {@code next} are the nearest non-blank lines (null at either end), {@code abovePrevious} the
     * one above {@code previous}; a line with nothing above it is the headline itself, and one with nothing under it is
     * no masthead of a story. Under the stamp, the line above the stamp must read as the headline (three words or more,
     * no sentence): a page whose date bar tops the headline has the headline itself under the stamp.
     */
    static Optional<String> besideStamp(String line, String previous, String next, String abovePrevious) {
        String name = line.strip();
        if (previous == null || next == null || !NAME_CHARS.matcher(name).matches() || BYLINE.matcher(name).find()
                || GivenNames.opens(name)) {
            return Optional.empty();
        }
        // a name in a script without spaces between words is counted by its spaced parts ("ข่าวสมุทรนที" is one)
        int words = CJK.matcher(name).find() ? Words.count(name) : Math.min(Words.count(name), name.split("\\s+").length);
        boolean headlineAboveStamp = abovePrevious != null && Words.count(abovePrevious) >= 3 && !isSentence(abovePrevious);
        // a dateline counts under the headline only: under a menu ("Home", "News") the line is a section's label
        boolean datelined = Words.count(previous) >= 3 && Datelines.strip(next.strip()).isPresent();
        boolean stamped = isStamp(next) || datelined || isStamp(previous) && headlineAboveStamp;
        if (words > MAX_WORDS || !stamped || isSentence(previous)) {
            return Optional.empty();
        }
        if (CASELESS_NAME.matcher(name).matches()) {
            return Optional.of(name); // Korean writes the name as one spaced word ("한빛일보")
        }
        if (UNCASED_WORDS.matcher(name).matches() && !CJK.matcher(name).find() && (isStamp(next) || datelined)) {
            return Optional.of(name); // "خبرآنلاین کوهستان", "रामपुर समाचार" over the date line or the dateline
        }
        String afterFirstWord = name.contains(" ") ? name.substring(name.indexOf(' ') + 1) : "";
        int firstWordLength = name.length() - afterFirstWord.length() - 1;
        if (!afterFirstWord.isEmpty() && firstWordLength <= BYLINE_OPENER_LETTERS && GivenNames.opens(afterFirstWord)) {
            return Optional.empty(); // a short word before a person's given name: a byline in any language ("Oleh Ahmad Yusof")
        }
        if (words >= 2 && capitalisedName(name).isPresent()) {
            return capitalisedName(name);
        }
        // right between the headline and a date alone on its line, a short line is the masthead however the language
        // writes its name: one word ("Fjordposten", "ข่าวสมุทรนที"), small words inside ("Sauti ya Pwani"), the later
        // words in small letters ("Brežanski list"); its first letter a capital, or of a script without capitals; the
        // headline above it of three words or more (over "Home", "News" is a menu).
        int first = name.codePointAt(0);
        boolean opensName = Character.isUpperCase(first) || Character.getType(first) == Character.OTHER_LETTER;
        if (isStamp(next) && abovePrevious == null && Words.count(previous) >= 3 && opensName && !name.matches(".*\\d.*")
                && !CJK.matcher(name).find()) {
            return Optional.of(name);
        }
        return Optional.empty();
    }

    /**
     * A name in a script without capitals, built as a paper's or broadcaster's name is in Chinese, Japanese and Korean:
     * a few characters ending in the title word ("江南日报", "東海新聞", "北陸タイムス", "한빛일보"). Capitals cannot tell
     * such a name from a line of the story; its place beside the stamp and its title word together do.
     */
    private static final Pattern CASELESS_NAME = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}ー]{1,9}"
            + "(?:新聞|新闻|报|報|通信|放送|テレビ|タイムス|タイムズ|ニュース|网|網|电视台|電視台|广播|신문|일보|뉴스|방송)");

    /**
     * A line of two words or more in a script without capitals that spaces its words (Arabic, Persian, Hebrew,
     * Devanagari): no
     * capital can tell a name there, so only the place does, right above the date line or the dateline under the
     * headline, where a page prints its name.
     */
    private static final Pattern UNCASED_WORDS = Pattern.compile("\\p{Lo}[\\p{Lo}\\p{M}\\u200C]*(?: \\p{Lo}[\\p{Lo}\\p{M}\\u200C]*)+");
    /** The scripts that do not space their words, whose names {@link #CASELESS_NAME} reads by their title word. */
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]");

    /** A publication stamp ("Published 22 June 2026") or a date alone on its line. */
    private static boolean isStamp(String line) {
        String stamp = line.strip();
        return PUBLICATION_STAMP.matcher(stamp).find() || TextMetadata.isDateOnly(stamp);
    }

    /** "ROAD GAZETTE" as the outlet calls itself in running text: "Road Gazette". */
    private static String capitalised(String[] words) {
        StringBuilder name = new StringBuilder();
        for (String w : words) {
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            boolean small = name.length() > 0 && SMALL_WORD.matcher(lower).matches();
            name.append(name.length() > 0 ? " " : "")
                    .append(small ? lower : w.charAt(0) + lower.substring(1));
        }
        return name.toString();
    }

    /** The listed outlet a signature at the end names ("— Agence France-Presse", "Reuters"), or empty. */
    static Optional<String> atEnd(String line) {
        String name = line.strip();
        var signed = SIGNATURE.matcher(name);
        return listed(signed.matches() ? signed.group(1).strip() : name);
    }

    /** A listed outlet by its name or another name, with or without "The". */
    private static Optional<String> listed(String name) {
        if (Words.count(name) > MAX_WORDS || name.length() < 2) {
            return Optional.empty();
        }
        return OutletNames.standard().byName(name).or(() -> OutletNames.standard().byName(name.replaceFirst("^The ", "")));
    }

    /** The first non-blank line after index {@code i}, or null. */
    static String nextNonBlank(List<String> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (!lines.get(j).isBlank()) {
                return lines.get(j);
            }
        }
        return null;
    }

    /** Whether a line is a sentence of the story, after which no masthead comes. */
    static boolean isSentence(String line) {
        return Words.count(line) >= SENTENCE_WORDS && SentenceMarks.endsSentence(line.strip());
    }

    /**
     * The outlet the lines name by a masthead before the story's first sentence or by a signature as their last
     * line, or empty.
     */
    static Optional<String> find(List<String> lines) {
        String previous = null;
        String abovePrevious = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (isSentence(line)) {
                break;
            }
            if (line.isBlank() || previous == null && dev.storybrief.wording.InterfaceLabels.isLabel(line.strip())) {
                continue; // the page's buttons above its name ("Menu", "Search") are no line of the page's head
            }
            Optional<String> name = previous == null ? atTop(lines, i) : atHead(line);
            if (name.isEmpty()) {
                name = besideStamp(line, previous, nextNonBlank(lines, i), abovePrevious);
            }
            if (name.isPresent()) {
                return name;
            }
            abovePrevious = previous;
            previous = line;
        }
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return atEnd(lines.get(i).replace('\u00A0', ' '));
            }
        }
        return Optional.empty();
    }
}
