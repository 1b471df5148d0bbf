package dev.storybrief.analyze.quote;

import dev.storybrief.analyze.entity.AccordingTo;
import dev.storybrief.analyze.entity.RelationNouns;
import dev.storybrief.analyze.entity.RomanceOffices;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word lists for attribution: verbs of saying, pronouns, and nouns that describe a speaker's role. */
final class SpeechWords {

    private static final Set<String> VERBS = Set.of("said", "says", "say", "told", "tells", "added", "adds", "asked",
            "stated", "states", "declared", "announced", "warned", "insisted", "noted", "explained", "argued", "wrote",
            "writes", "reported", "reports", "continued", "concluded", "acknowledged", "admitted", "recalled",
            "replied", "commented", "suggested", "urged", "confirmed", "claimed", "predicted", "cautioned", "stressed",
            "remarked", "observed", "complained", "quoted", "declares", "announces", "warns", "notes", "explains",
            "asks", "tweeted", "tweets", "posted", "responded", "answered", "assured", "echoed", "joked", "quipped",
            "shouted", "yelled", "exclaimed", "boasted", "bragged", "vowed", "promised", "pledged", "demanded",
            "countered", "retorted", "conceded", "asserted", "asserts", "contended", "maintained", "reiterated",
            "repeated", "testified", "argues", "insists", "claims", "recalls", "adding", "saying", "asking", "writing",
            "noting", "telling", "explaining", "arguing", "insisting", "warning", "declaring", "interjected",
            "agreed", "agrees", "chanted", "whispered", "sighed", "mused", "wondered", "opined", "emailed", "pressed",
            "read", "reads", "stating", "interrupted", "snapped", "fired", "predicts", "predicting");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "one", "another", "this", "that", "his",
            "her", "their", "its", "our", "some", "many", "several", "two", "three", "four", "other");
    /**
     * Articles of French, German, Spanish, Italian and Portuguese, which open a description as "the" does ("sagte die
     * Oberbürgermeisterin", "dijo la alcaldesa", "ha detto il sindaco", "disse o prefeito", "a dit l'avocate"; the
     * elided "l'" is a word of its own in {@link ZoneWords}). None is an English word.
     */
    private static final Set<String> OTHER_ARTICLES = Set.of("le", "la", "les", "l'", "l’", "un", "une", "der", "die",
            "das", "den", "dem", "ein", "eine", "einer", "el", "los", "las", "una", "il", "lo", "gli", "uno", "un'",
            "un’", "o", "os", "um", "uma");
    /** Auxiliaries of a compound past, which stand between a subject and the participle ("ha detto", "a déclaré"). */
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "a", "ont", "avait", "avaient", "ha",
            "han", "hanno", "había", "habían", "aveva", "avevano", "hat", "haben", "hatte", "hatten", "tem", "têm",
            "tinha", "tinham",
            // Turkish "diye" (saying) ties a quote to the verb after it ("\"...\" diye konuştu X"): like an
            // auxiliary it is no subject, and a name after the verb is the speaker
            "diye");
    /**
     * Verbs of saying in French, German, Spanish, Italian and Portuguese, in the forms news copy writes next to a
     * quote (past participle after the auxiliary, simple past, present); none is an English word.
     */
    private static final Set<String> OTHER_VERBS = Set.copyOf(java.util.List.of(
            // French: "a déclaré", "a-t-il dit", "estime-t-il"
            "dit", "déclaré", "affirmé", "expliqué", "ajouté", "estimé", "indiqué", "souligné", "précisé", "assuré",
            "annoncé", "confié", "raconté", "martelé", "déclare", "affirme", "explique", "ajoute", "estime",
            "indique", "souligne", "précise", "assure", "annonce", "lance", "lancé",
            // German: "sagte", "erklärte er"
            "sagte", "sagt", "sagten", "erklärte", "erklärt", "betonte", "betont", "meinte", "berichtete", "warnte",
            "fügte", "kündigte", "teilte",
            // Spanish
            "dijo", "afirmó", "declaró", "explicó", "añadió", "aseguró", "señaló", "indicó", "agregó", "anunció",
            "advirtió", "afirma", "explica", "asegura", "señala", "declara",
            // Italian: "ha detto"
            "detto", "dichiarato", "affermato", "spiegato", "aggiunto", "sottolineato", "annunciato", "afferma",
            "spiega", "dichiara", "sottolinea", "aggiunge",
            // Portuguese: the simple past news writes beside a quote ("contou Manuel Guerreiro"), its plural and
            // the present
            "disse", "afirmou", "declarou", "explicou", "acrescentou", "disseram", "anunciou", "garantiu",
            "ressaltou", "diz", "afirma", "explica", "declara", "contou", "referiu", "sublinhou", "salientou",
            "frisou", "adiantou", "assegurou", "destacou", "lembrou", "considerou", "defendeu", "alertou",
            "avisou", "admitiu", "reconheceu", "confirmou", "revelou", "relatou", "comentou", "respondeu",
            "insistiu", "concluiu", "desabafou", "afirmaram", "declararam", "contaram", "explicaram",
            "garantiram", "referiram", "sublinha", "refere", "garante", "acrescenta", "considera", "defende",
            // Dutch: "zei burgemeester Ellen de Vries", "meldt de veiligheidsregio"
            "zei", "zegt", "zeiden", "zeggen", "verklaarde", "verklaart", "vertelde", "vertelt", "meldde", "meldt",
            "benadrukte", "benadrukt", "stelde", "stelt", "antwoordde", "waarschuwde", "waarschuwt", "schreef",
            "reageerde", "erkende", "bevestigde", "bevestigt", "liet", "aldus",
            // Swedish: "säger kommunalrådet Anna Berg"
            "säger", "sade", "sa", "berättar", "berättade", "förklarar", "förklarade", "uppger", "uppgav", "skriver",
            "skrev", "konstaterar", "konstaterade", "menar", "betonar", "betonade", "tillägger", "tillade", "svarar",
            "svarade", "varnar", "varnade",
            // Danish and Norwegian (bokmål): "siger borgmester Jens Holm", "sier ordfører Kari Dahl"
            "siger", "sier", "sagde", "fortæller", "fortalte", "forteller", "udtaler", "uttaler", "udtalte",
            "uttalte", "forklarer", "forklarede", "forklarte", "oplyser", "opplyser", "oplyste", "opplyste",
            "tilføjer", "tilføyer", "understreger", "understreker", "advarer", "svarer", "mener",
            // Czech: the past tense ends by the speaker's gender ("řekl starosta", "řekla Králová"), beside the present
            "řekl", "řekla", "řekli", "uvedl", "uvedla", "uvedli", "dodal", "dodala", "prohlásil", "prohlásila",
            "sdělil", "sdělila", "vysvětlil", "vysvětlila", "upozornil", "upozornila", "potvrdil", "potvrdila",
            "říká", "uvádí", "dodává",
            // Romanian: the compound past after "a" ("a declarat un muncitor", "a spus prefectul") and the present
            "declarat", "spus", "afirmat", "precizat", "explicat", "adăugat", "anunțat", "menționat", "subliniat",
            "povestit", "mărturisit", "transmis", "declarați", "declară", "afirmă", "precizează", "explică",
            "adaugă", "spune", "susține", "povestește",
            // Hungarian: the definite past after a dash quote ("– mondta Nagy Péter polgármester") and the present
            "mondta", "mondja", "mondták", "nyilatkozta", "közölte", "közölték", "hangsúlyozta", "fogalmazott",
            "nyilatkozott", "felelte", "válaszolta", "magyarázta", "mesélte", "tette",
            // Vietnamese: "nói" (said) and "cho biết" (let know), after the speaker and an apposition ("ông Nguyễn
            // Văn Hùng, Chủ tịch UBND tỉnh, nói")
            "nói", "biết",
            // Indonesian: before the speaker ("kata Siti Rahmawati") or after ("Budi Santoso, mengatakan"), and
            // with the speaker written onto it ("ujarnya")
            "kata", "ujar", "ujarnya", "katanya", "mengatakan", "menjelaskan", "menambahkan", "tuturnya",
            "jelasnya", "ungkapnya", "ucapnya",
            // Korean: the verb closes the sentence after the quote, its "고" and the speaker ("”고 김민수 시장이
            // 말했다")
            "말했다", "밝혔다", "전했다", "설명했다", "강조했다", "덧붙였다", "말했습니다", "밝혔습니다", "말한다", "주장했다",
            // Hindi: the verb closes the sentence after the speaker and "ने" ("सुनीता देवी ने कहा"); Hebrew: before the
            // speaker or after ("אמרה התושבת מיכל כהן")
            "कहा", "बताया", "אמר", "אמרה", "מסר", "מסרה", "הוסיף", "הוסיפה",
            // Persian: the verb closes the clause ("مریم احمدی، رئیس بیمارستان شهر گفت"); "می‌گوید" is written
            // with a non-joiner, and "گوید" is its stem's word
            "گفت", "افزود", "گوید", "گفته",
            // Bulgarian: the aorist news writes after a quote ("каза кметът Иван Петров") and the present
            "каза", "заяви", "добави", "посочи", "обясни", "подчерта", "съобщи", "коментира", "допълни", "казва",
            "заявява", "посочва", "обяснява", "отбеляза", "уточни",
            // Turkish: the verb closes the sentence after the quote, the speaker before it ("X, \"...\" dedi") or
            // after the verb ("\"...\" dedi X", "\"...\" diye konuştu X")
            "dedi", "dediler", "söyledi", "söylediler", "konuştu", "belirtti", "açıkladı", "ekledi", "vurguladı",
            "kaydetti", "anlattı", "bildirdi", "uyardı", "diyor", "söylüyor", "belirtiyor", "sordu",
            "yanıtladı", "cevapladı"));
    /**
     * Russian, Ukrainian and Belarusian verbs of saying by their stems: the past tense ends by the speaker's gender
     * and number (Russian "заявил", "заявила", "заявили"; Ukrainian "заявив", "заявила"), and news writes the present
     * beside it ("говорит", "каже", "отмечает"). The stems are those news writes after a quote ("«…», — заявил X").
     */
    private static final Pattern EAST_SLAVIC_VERB = Pattern.compile("(?:заяви|сказа|добави|отмети|подчеркну"
            + "|поясни|сообщи|рассказа|призна|уточни|написа|ответи|предупреди|замети|объясни|завери|констатирова"
            + "|указа|дода|зазначи|наголоси|повідоми|розпові|підкресли|відпові|запевни|попереди|визна|пообеща"
            + "|пообіця|повтори|возрази|подытожи|резюмирова|прокомментирова|прокоментува)(?:л|ла|ли|ло|в)"
            + "|говорит|говорят|говорить|кажуть|каже|отмечает|отмечают|подчеркивает|подчёркивает|поясняет"
            + "|заявляет|заявляют|считает|считают|пишет|пишут|сообщает|сообщают|рассказывает"
            + "|зазначає|наголошує|пояснює|заявляє|вважає|пише|повідомляє|розповідає");
    /**
     * Polish verbs of saying by their stems: the past tense ends by the speaker's gender and number ("powiedział",
     * "powiedziała", "powiedzieli", "powiedziały"), and news uses the present beside it ("mówi", "dodaje").
     */
    private static final Pattern POLISH_VERB = Pattern.compile("(?:powiedzia|doda|stwierdzi|podkreśli|zaznaczy"
            + "|oświadczy|przekaza|poinformowa|wyjaśni|tłumaczy|oceni|przyzna|zapewni|napisa|relacjonowa|mówi"
            + "|ostrzega|zapowiedzia|odpowiedzia|przypomnia|informowa)(?:ł|ła|li|ły|ło)|ostrzegł(?:a|y|o)?|ostrzegli"
            + "|mówi|mówią|dodaje|dodają|podkreśla|zaznacza|twierdzi|uważa|przekonuje|tłumaczy|wyjaśnia|informuje"
            + "|relacjonuje|ocenia|przyznaje|zapewnia|ostrzega"
            // the men's plural changes the stem's vowel: "powiedzieli", "odpowiedzieli"
            + "|(?:od|za)?powiedzieli");
    /**
     * Offices Dutch, Polish, Czech, Swedish, Danish and Norwegian (and Russian, Ukrainian, Bulgarian, Romanian and
     * Hungarian) write lower case right before a name, alone or as the end
     * of a compound ("burgemeester Ellen de Vries", "dijkgraaf", "politiewoordvoerder", "rzecznik", "wójt",
     * "kommunalrådet", "räddningsledaren", "borgmester", "ordfører"); Swedish, Danish and Norwegian may write the
     * definite ending onto it ("presschefen", "borgmesteren").
     */
    private static final Pattern NORTHERN_OFFICE = Pattern.compile("\\p{L}+(?:minister|ministern|ministeren|chef"
            // English writes "minister", "premier", "senator" and "chef" too: those only as the end of a compound
            + "|chefen|commandant)|\\p{L}*(?:"
            // Dutch
            + "burgemeester|wethouder|woordvoerder|woordvoerster|dijkgraaf|voorzitter"
            + "|commissaris|rechter|advocaat|hoogleraar|gedeputeerde"
            + "|burgervader"
            // Polish, in the nominative a title takes before a name
            + "|rzecznik|rzeczniczka|wójt|burmistrz|prezydent|starosta|wojewoda|ministra|komendant|komendantka"
            + "|prokurator|prokuratorka|dyrektor|dyrektorka|prezes|prezeska|przewodniczący|przewodnicząca|poseł"
            + "|posłanka|marszałek|sołtys|sędzia|adwokat|mecenas|radny|radna|kierownik|kierowniczka"
            // Swedish, with the definite ending
            + "|kommunalråd|kommunalrådet|talesperson|talespersonen|presschef|presschefen|räddningsledare"
            + "|räddningsledaren|insatsledare|insatsledaren|polisinspektör|polisinspektören|ordförande|ordföranden"
            + "|åklagare|åklagaren|borgmästare|direktör|direktören"
            // Danish and Norwegian, with the definite ending
            + "|borgmester|borgmesteren|ordfører|ordføreren|talsmand|talsmanden|talsperson|talspersonen"
            + "|pressetalsmand|politiinspektør|politiinspektøren|vagtchef|vagtchefen|vakthavende|indsatsleder"
            + "|innsatsleder|anklager|anklageren|formand|formanden"
            + "|direktør|direktøren|vagthavende|advokat|advokaten"
            // Swedish "vd" (verkställande direktör), written lower case before the name ("säger vd Per Holm")
            + "|vd"
            // Czech, as a title before a name; a resident ("místní obyvatelka Marie Horáková") is introduced as one
            + "|starostka|hejtman|hejtmanka|mluvčí|ministr|ministryně|ředitel|ředitelka|předseda|předsedkyně"
            + "|obyvatel|obyvatelka"
            // Romanian, with the definite ending ("a spus prefectul Mihai Ionescu", "primarul", "purtătorul de
            // cuvânt"), and a worker or a resident introduced as one ("un muncitor, Ion Popescu")
            + "|prefectul|primarul|primărița|ministrul|directorul|directoarea|șeful|șefa|comandantul|președintele"
            + "|purtătorul|muncitor|muncitorul|locuitor|locuitoarea|martor"
            // Hungarian, written after the name ("Nagy Péter polgármester") or before it ("egy helyi lakos, Kovács
            // Anna")
            + "|polgármester|szóvivő|szóvivője|igazgató|igazgatója|lakos|miniszter|parancsnok|kapitány"
            // Russian, Ukrainian and Bulgarian, lower case before the name ("сказал мэр Игорь Петров", "заявив мер
            // Ігор Петренко", "каза кметът Иван Петров")
            + "|мэр|губернатор|министр|депутат|глава|директор|председатель|представитель|инженер|предприниматель"
            + "|житель|жительница|эксперт|мер|міністр|речник|речниця|мешканець|мешканка|інженер|інженерка|кмет|кметът"
            + "|министър)");

    /**
     * Indonesian and Malay verbs of saying that take the enclitic "-nya" (his, her: "ujarnya" is "said he/she"): the
     * speaker is written onto the verb as a pronoun, to be resolved as "he said" is, to the person named last before.
     */
    private static final Set<String> ENCLITIC_SPEECH_STEMS = Set.of("ujar", "kata", "tutur", "jelas", "ungkap",
            "ucap", "tambah", "imbuh", "terang", "papar", "tegas", "lanjut", "sebut", "tandas", "pungkas", "aku");
    /** The enclitic third-person pronoun of Indonesian and Malay. */
    private static final String ENCLITIC = "nya";
    /**
     * The words that open a reported clause after a verb of saying in Spanish, Portuguese, French and Italian ("dijo
     * que", "disse que", "ha detto che"): a name after them is the reported clause's, never the one who said it.
     */
    private static final Set<String> COMPLEMENTIZERS = Set.of("que", "che");
    /**
     * Prepositions that put a listener between a verb of saying and its reported clause ("dijo a los periodistas
     * que", "disse aos jornalistas que", "ha detto ai giornalisti che", "a déclaré aux journalistes que").
     */
    private static final Set<String> LISTENER_PREPOSITIONS = Set.of("a", "al", "ao", "aos", "à", "às", "ai", "alla",
            "alle", "agli", "allo", "au", "aux");
    /** A French verb or auxiliary with its inverted subject pronoun: "a-t-il", "dit-elle", "estime-t-il". */
    private static final Pattern INVERTED = Pattern.compile("(\\p{L}+)(?:-t)?-(il|elle)");
    /**
     * Third-person singular pronouns: of English, the Romance languages, German, Dutch ("hij"), Swedish ("han",
     * "hon") and Danish and Norwegian ("hun"). Polish drops its pronoun ("– powiedział."), and its "on" is French's
     * and English's word as well.
     */
    private static final Set<String> PRONOUNS = Set.of("he", "she", "il", "elle", "er", "sie", "él", "ella", "lui",
            "lei", "ele", "ela", "hij", "han", "hon", "hun",
            // Russian, Ukrainian and Bulgarian ("— добавил он", "— додав він", "каза тя")
            "он", "она", "він", "вона", "той", "тя");
    private static final Set<String> NAMES_NOBODY = Set.of("it", "its", "this", "that", "these", "those", "there",
            "they", "we", "i", "you", "which", "what", "who",
            // "Ils ont dit", "Wir sagten": the plural and first- and second-person pronouns of the other languages
            "ils", "elles", "on", "nous", "vous", "je", "wir", "ihr", "ellos", "ellas", "nosotros", "loro", "noi",
            "voi", "eles", "elas", "nós",
            // Dutch, Polish, Swedish, Danish and Norwegian
            "wij", "ik", "jullie", "my", "wy", "oni", "one", "ja", "vi", "jag", "ni", "jeg", "dere", "dem",
            // Russian, Ukrainian and Bulgarian
            "они", "мы", "я", "вы", "оно", "вони", "ми", "ви", "воно", "ние", "те", "аз");
    private static final Set<String> ROLE_NOUNS = Set.of("official", "officials", "spokesman", "spokeswoman",
            "spokesperson", "diplomat", "diplomats", "source", "sources", "analyst", "analysts", "expert", "experts",
            "minister", "ministers", "officer", "officers", "leader", "leaders", "envoy", "envoys", "commander",
            "general", "president", "chief", "secretary", "secretary-general", "ambassador", "director", "chairman",
            "head", "aide", "aides", "adviser", "advisers", "advisor", "lawyer", "lawyers", "prosecutor",
            "prosecutors", "organizers", "organisers", "witness", "witnesses", "residents", "resident", "authorities",
            "police", "statement", "correspondent", "editor", "producer", "professor", "researcher", "economist",
            "member", "members", "negotiator", "negotiators", "governor", "mayor", "premier", "king", "queen",
            "colonel", "captain", "lieutenant", "sergeant", "senator", "representative", "speaker", "deputy",
            "manager", "executive", "founder", "activist", "activists", "agency", "ministry", "government", "council",
            "parliament", "newspaper", "paper", "daily", "television", "radio", "dean", "scientist", "scholar",
            "doctor", "doctors", "judge", "chancellor", "emir", "sheikh", "prince", "princess", "pope", "bishop",
            "cardinal", "rabbi", "imam", "candidate", "opposition", "rebels", "militants", "protesters", "supporters",
            "critics", "observers", "monitors", "investigators", "staff", "team", "group", "commission", "committee",
            "office", "department", "embassy", "mission", "alliance", "coalition");

    private SpeechWords() {
    }

    static boolean isSpeechVerb(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (VERBS.contains(lower) || OTHER_VERBS.contains(lower) || POLISH_VERB.matcher(lower).matches()
                || EAST_SLAVIC_VERB.matcher(lower).matches() || encliticSpeaker(lower)) {
            return true;
        }
        // "déclare-t-elle", "dit-il": French writes the inverted pronoun onto the verb
        Matcher inverted = INVERTED.matcher(lower);
        return inverted.matches() && OTHER_VERBS.contains(inverted.group(1));
    }

    /**
     * The pronoun French writes onto an inverted verb or auxiliary ("il" of "a-t-il", "elle" of "déclare-t-elle"),
     * as written; null for any other word.
     */
    static String attachedPronoun(String word) {
        if (encliticSpeaker(word.toLowerCase(Locale.ROOT))) {
            // "ujarnya", "katanya": Indonesian writes the speaker's pronoun onto the verb as "-nya"
            return word.substring(word.length() - ENCLITIC.length());
        }
        Matcher inverted = INVERTED.matcher(word.toLowerCase(Locale.ROOT));
        if (!inverted.matches() || !(isAuxiliary(inverted.group(1)) || OTHER_VERBS.contains(inverted.group(1)))) {
            return null;
        }
        return word.substring(word.length() - inverted.group(2).length());
    }

    /** "ujarnya", "tuturnya", "jelasnya": an Indonesian or Malay verb of saying with the speaker's "-nya" on it. */
    private static boolean encliticSpeaker(String lower) {
        return lower.endsWith(ENCLITIC) && ENCLITIC_SPEECH_STEMS.contains(lower.substring(0,
                lower.length() - ENCLITIC.length()));
    }

    /**
     * An office of French, Spanish, Italian or Portuguese ("maire", "sindaca"), or of Dutch, Polish, Swedish, Danish or
     * Norwegian, as written before a name ("burgemeester", "rzecznik", "kommunalrådet", "borgmester").
     */
    static boolean isOtherLanguageOffice(String word) {
        return RomanceOffices.isOffice(word) || NORTHERN_OFFICE.matcher(word.toLowerCase(Locale.ROOT)).matches();
    }

    /**
     * Verbs of saying of the scripts without capitals that {@link dev.storybrief.analyze.entity.TitledNames} reads:
     * Hindi, Arabic and Hebrew as words ("ने कहा", "وقالت", "אמרה"; Hindi's vowel signs split the words {@link
     * ZoneWords} reads, so they are matched here), and Chinese, Japanese and Thai, which write no space between words,
     * anywhere ("说", "と述べた", "กล่าวว่า").
     */
    private static final Pattern CASELESS_VERB = Pattern.compile("(?<![\\p{L}\\p{M}])(?:कहा|बताया|कहते|कहती"
            + "|قال|قالت|وقال|وقالت|أضاف|أضافت|وأضاف|وأضافت|أكد|أكدت|وأكد|وأكدت"
            + "|אמר|אמרה|מסר|מסרה|הוסיף|הוסיפה)(?![\\p{L}\\p{M}])"
            + "|说(?![明法])|表示|指出|と述べた|と話した|と語った|と説明した|กล่าวว่า|บอกว่า|เปิดเผยว่า|ระบุว่า|กล่าว");

    /** Whether text written without capitals has one of its scripts' verbs of saying. */
    static boolean hasCaselessSpeechVerb(String text) {
        return CASELESS_VERB.matcher(text).find();
    }

    /** A one-word "according to" of another language. */
    static boolean isAccordingTo(String word) {
        return AccordingTo.isOneWord(word);
    }

    /** "saying", "adding": a participle whose subject is the clause's, not a word next to it. */
    static boolean isParticiple(String word) {
        return isSpeechVerb(word) && word.toLowerCase(Locale.ROOT).endsWith("ing");
    }

    /** Words that open a describing noun phrase: "the", "one", "another", "his", "la", "die", "il". */
    static boolean isDeterminer(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return DETERMINERS.contains(lower) || OTHER_ARTICLES.contains(lower);
    }

    /** "que", "che": a word that opens a reported clause after a verb of saying. */
    static boolean isComplementizer(String word) {
        return COMPLEMENTIZERS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "a", "aos", "ai", "aux": a preposition that opens the listener after a verb of saying in a Romance language. */
    static boolean isListenerPreposition(String word) {
        return LISTENER_PREPOSITIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** An auxiliary of a compound past: "has" of "has said", "ha" of "ha detto", "a" of "a déclaré". */
    static boolean isAuxiliary(String word) {
        return AUXILIARIES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** An article of another language than English ("die", "la", "il", "l'"). */
    static boolean isOtherLanguageArticle(String word) {
        return OTHER_ARTICLES.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isPronoun(String word) {
        return PRONOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Words that can stand where a speaker's name stands but name nobody the reader could look up: "It added:",
     * "They said", "I said" (the author, whom the byline names). A speaker shown as "It" is worse than none.
     */
    static boolean namesNobody(String word) {
        return NAMES_NOBODY.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A noun of kinship or closeness ("sister", "daughter", "wife"), lower-cased, trailing punctuation ignored. */
    static boolean isRelationNoun(String word) {
        return RelationNouns.is(word);
    }

    /** Lower-cased, trailing punctuation ignored. */
    static boolean isRoleNoun(String word) {
        return ROLE_NOUNS.contains(word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}-]", ""));
    }
}
