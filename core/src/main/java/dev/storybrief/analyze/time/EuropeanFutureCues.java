package dev.storybrief.analyze.time;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells whether the clause holding a date in French, German, Spanish, Italian, Portuguese, Dutch, Polish, Czech,
 * Turkish, Russian, Arabic or Indonesian news is about the future:
 * "Les adhérents doivent voter vendredi", "Der Hafen wird am Samstag öffnen", "Los afiliados votarán el viernes",
 * "Il porto riaprirà sabato", "Os sócios vão votar na sexta-feira". English reads its tense from "will", "is to" and
 * the like ({@link TenseCues}); these languages say the same with a modal or "go" before an infinitive ("doivent
 * voter", "van a votar", "vai votar"), with an auxiliary of their own ("wird", "soll"), or with the simple future's
 * endings ("rouvrira", "votarán", "riaprirà", "votarão").
 *
 * <p>Like {@link EuropeanPastCues} it reads the words of the date's clause on both sides, and says how near the
 * nearest cue stands, so that a clause with both ("a annoncé qu'il votera vendredi") follows the nearer one.
 */
final class EuropeanFutureCues {

    private static final Pattern NEVER = Pattern.compile("(?!)");
    /** Arabic "since", which opens a past span rather than a planned day. */
    private static final Pattern SINCE = Pattern.compile("[وف]?منذ");
    /**
     * Spanish and Portuguese infinitives: "-ar", "-er", "-ir" ("-or", "-ôr" of "pôr" and its compounds in Portuguese),
     * the short ones of "to be", "to have", "to go" among them ("va a ser", "vai ser retomada", "vão ter", "va a ir").
     */
    private static final Pattern INFINITIVE_ES = Pattern.compile("\\p{L}{2,}(?:ar|er|ir)|ser|ir|ver|dar");
    private static final Pattern INFINITIVE_PT = Pattern.compile("\\p{L}{2,}(?:ar|er|ir|or)|ser|ter|ir|ver|dar|pôr");
    /** Words this close after a modal may still be its infinitive ("van a votar", "deve ancora votare"). */
    private static final int INFINITIVE_REACH = 2;
    /** Dutch sets the infinitive at the end of the clause, after the objects ("moet woensdag een besluit nemen"). */
    private static final int DUTCH_INFINITIVE_REACH = 5;

    private final Set<String> futureForms;
    private final Pattern futureEnding;
    private final Pattern notFuture;
    private final Set<String> modals;
    private final Pattern infinitive;

    /** Words after a modal its infinitive may stand: Dutch puts it at the clause's end ("moet woensdag een besluit nemen"). */
    private final int infinitiveReach;
    /** Verbs that decide or announce what is to be done ("أعلنت", "قررت"); never for languages without the cue. */
    private Pattern decision;
    /** Nouns of the act decided ("إغلاق" closure, "تأجيل" postponement), read as planned after a {@link #decision}. */
    private Pattern plannedAct;
    /**
     * Words that set a {@link #plannedAct} noun as the place or time of the deciding rather than its object ("anunció
     * durante la reunión del viernes", "a annoncé lors de la réunion de vendredi"): then the date is the deciding's.
     */
    private Pattern actScene = NEVER;
    /**
     * The {@link #decision} verbs that announce rather than convene or set ("anunció", "a annoncé", "kündigte ... an"):
     * an announcement is dated by its own day as often as the act it names ("anunció el fin de la huelga el viernes"
     * was said on Friday), so the act lies ahead only when a word of purpose sets the date for it ("anunció una huelga
     * para el viernes", {@link #FOR_WORDS}).
     */
    private Pattern announcing = NEVER;
    /** "Para", "pour", "per", "für": the date after it is the one set for the act before it. */
    private static final Set<String> FOR_WORDS = Set.of("para", "pra", "pour", "per", "für");
    /** How many words before the date a {@link #plannedAct} noun may stand and still be what the date dates. */
    private int actReach = Integer.MAX_VALUE;
    /**
     * A finite present verb right before a weekday ("bezoekt donderdag"): the present that names a scheduled day,
     * for a language that says the coming day so ("De minister bezoekt donderdag het gebied"); never elsewhere.
     */
    private Pattern presentVerb = NEVER;
    /** Words shaped like {@link #presentVerb} that are past forms, participles or function words ("zat", "bezocht", "niet"). */
    private Pattern notPresentVerb = NEVER;
    /**
     * For a language that marks every past verb (Polish, Czech and Russian, with their l-participle, which
     * {@link EuropeanPastCues} reads):
     * adjectival participles ("zamknięte", "zniszczony"), which tell a state of no time; null where an unmarked clause
     * says nothing.
     */
    private Pattern timelessParticiple;

    private EuropeanFutureCues(Set<String> futureForms, Pattern futureEnding, Pattern notFuture, Set<String> modals,
                               Pattern infinitive) {
        this(futureForms, futureEnding, notFuture, modals, infinitive, INFINITIVE_REACH);
    }

    private EuropeanFutureCues(Set<String> futureForms, Pattern futureEnding, Pattern notFuture, Set<String> modals,
                               Pattern infinitive, int infinitiveReach) {
        this(futureForms, futureEnding, notFuture, modals, infinitive, infinitiveReach, NEVER, NEVER);
    }

    private EuropeanFutureCues(Set<String> futureForms, Pattern futureEnding, Pattern notFuture, Set<String> modals,
                               Pattern infinitive, int infinitiveReach, Pattern decision, Pattern plannedAct) {
        this.decision = decision;
        this.plannedAct = plannedAct;
        this.infinitiveReach = infinitiveReach;
        this.futureForms = futureForms;
        this.futureEnding = futureEnding;
        this.notFuture = notFuture;
        this.modals = modals;
        this.infinitive = infinitive;
    }

    /** The cues of a language, or null for one without. */
    static EuropeanFutureCues forLanguage(String language) {
        return language == null ? null : switch (language) {
            // futur simple "votera", "rouvrira", "prendra", "pourra"; "extra" and "ultra" only look like one
            case "fr" -> new EuropeanFutureCues(Set.of("sera", "seront", "aura", "auront", "fera", "feront", "ira",
                    "iront"), Pattern.compile("\\p{L}{2,}(?:era|eront|ira|iront|dra|dront|rra|rront|tra|tront)"),
                    Pattern.compile("extra|ultra|contra|\\p{L}*(?:sp|p)ira"),
                    Set.of("doit", "doivent", "devra", "devront", "va", "vont", "compte", "comptent", "prévoit",
                            "prévoient", "entend", "entendent", "espère", "espèrent", "espérait", "espéraient",
                            "souhaite", "souhaitent", "souhaitait", "souhaitaient", "comptait", "comptaient",
                            "prévoyait", "prévoyaient"),
                    Pattern.compile("\\p{L}{2,}(?:er|ir|re|oir)")).withConvenedActs(
                    "convoqu\\p{L}*|fix\\p{L}*|programm\\p{L}*|appel\\p{L}*", "annonc\\p{L}*",
                    "réunions?|séances?|votes?|scrutin|audiences?|sommet|assemblées?|rencontres?|grèves?"
                            + "|manifestations?|rassemblements?|référendum|négociations?|consultations?",
                    "lors|pendant|durant|après|dans|cours|issue");
            // German has no future endings: "wird"/"werden" with an infinitive, or a plan ("soll", "will", "plant")
            case "de" -> new EuropeanFutureCues(Set.of("wird", "werden", "soll", "sollen", "will", "wollen", "plant",
                    "planen", "voraussichtlich"), Pattern.compile("(?!)"), Pattern.compile("(?!)"), Set.of(),
                    Pattern.compile("(?!)")).withConvenedActs(
                    "berief|beruft|einberufen|lud|lädt|eingeladen|setzte|setzt|angesetzt|rief|ruft|aufgerufen",
                    "kündigte|kündigt|angekündigt",
                    "\\p{L}*(?:treffen|sitzung|abstimmung|versammlung|gipfel|anhörung|gespräche?|streik|kundgebung"
                            + "|demonstration|verhandlung|verhandlungen)",
                    "bei|beim|nach|während|in|im|auf");
            case "es" -> new EuropeanFutureCues(Set.of(), Pattern.compile("\\p{L}{2,}(?:rá|rán|ré|remos)"),
                    Pattern.compile("(?!)"), Set.of("va", "van", "vamos", "debe", "deben", "prevé", "prevén",
                            "planea", "planean", "espera", "esperan", "esperaba", "esperaban", "preveía", "preveían",
                            "pretende", "pretenden", "pretendía"), INFINITIVE_ES)
                    .withConvenedActs("convoc\\p{L}*|cit(?:ó|a|an|aron|ado|ada)|fij(?:ó|a|an|aron|ado|ada)"
                                    + "|program(?:ó|a|an|aron|ado|ada)", "anunci(?:ó|a|an|aron|ado|ada)",
                            "reuni(?:ón|ones)|sesi(?:ón|ones)|votaci(?:ón|ones)|asambleas?|cumbres?|audiencias?"
                                    + "|encuentros?|huelgas?|paros?|manifestaci(?:ón|ones)|marchas?"
                                    + "|concentraci(?:ón|ones)|negociaci(?:ón|ones)|consultas?|referéndum",
                            "en|durante|tras|después|término");
            // "però" and "perciò" end like a future
            case "it" -> new EuropeanFutureCues(Set.of(), Pattern.compile("\\p{L}{2,}(?:rà|ranno|rò|remo)"),
                    Pattern.compile("però|perciò"), Set.of("deve", "devono", "intende", "intendono", "sta", "stanno",
                    "spera", "sperano", "sperava", "speravano", "prevede", "prevedono", "prevedeva", "conta",
                    "contava"),
                    Pattern.compile("\\p{L}{2,}(?:are|ere|ire)")).withConvenedActs(
                    "convoc\\p{L}*|fiss\\p{L}*|indett\\p{L}*|programm\\p{L}*", "annunci\\p{L}*",
                    "riunion[ei]|incontr[oi]|sedut[ae]|vertic[ei]|udienz[ae]|votazion[ei]|assemble[ae]|scioper[oi]"
                            + "|manifestazion[ei]|presidi?|tavol[oi]|referendum",
                    "durante|dopo|nel|nella|nell|in|corso|margine|termine");
            case "pt" -> new EuropeanFutureCues(Set.of(), Pattern.compile("\\p{L}{2,}(?:rá|rão|rei|remos)"),
                    Pattern.compile("(?!)"), Set.of("vai", "vão", "deve", "devem", "pretende", "pretendem", "espera",
                    "esperam", "esperava", "esperavam", "pretendia", "prevê", "previa"),
                    INFINITIVE_PT).withConvenedActs(
                    "convoc\\p{L}*|marc(?:ou|aram|ado|ada)|agend\\p{L}*", "anunci\\p{L}*",
                    "reuni(?:ão|ões)|sess(?:ão|ões)|vota(?:ção|ções)|assembleias?|audiências?|cúpulas?|cimeiras?"
                            + "|encontros?|greves?|manifesta(?:ção|ções)|paralisa(?:ção|ções)|protestos?",
                    "na|no|nas|nos|em|durante|após|depois");
            // Dutch says the future with "zal"/"zullen", "gaat" with an infinitive, a modal with one ("moet
            // maandag beslissen"), or a plan ("wordt verwacht", "staat gepland"); its infinitives end in "-en", as its
            // plural nouns do, so only the listed modals look for one
            case "nl" -> new EuropeanFutureCues(Set.of("zal", "zullen", "zult", "wordt verwacht", "worden verwacht",
                    "gepland", "staat gepland", "staan gepland", "verwachting"), Pattern.compile("(?!)"),
                    Pattern.compile("(?!)"), Set.of("gaat", "gaan", "moet", "moeten", "wil", "willen", "kan", "kunnen",
                    "mag", "mogen"), Pattern.compile("\\p{L}{2,}en"), DUTCH_INFINITIVE_REACH)
                    .withPresentVerb(DUTCH_PRESENT, DUTCH_NOT_PRESENT);
            // Polish: the future of "być" ("będzie", "będą"), the perfective present that is a future ("zostanie",
            // "odbędzie się"), and what is planned or due ("ma się odbyć", "planowane", "zaplanowano"); perfective
            // futures of other verbs are present forms no ending tells apart, so they are left out. "Mieć" with an
            // infinitive says what is due ("Wojewoda ma przyjechać w sobotę", "konsul ma odwiedzić pasażerów"), as
            // do "musi", "chce", "zamierza", "planuje" with one; the infinitive ends in "-ć" (or "-c": "móc", "pomóc")
            case "pl" -> new EuropeanFutureCues(Set.of("będzie", "będą", "będziemy", "będziecie", "zostanie",
                    "zostaną", "odbędzie", "odbędą", "ma się odbyć", "mają się odbyć", "planowane", "planowany",
                    "planowana", "planowanych", "zaplanowano", "zaplanowane", "zaplanowany", "zaplanowana",
                    "przewidziano", "przewidziane"), Pattern.compile("(?!)"), Pattern.compile("(?!)"),
                    Set.of("ma", "mają", "mamy", "macie", "musi", "muszą", "chce", "chcą", "zamierza", "zamierzają",
                            "planuje", "planują", "powinien", "powinna", "powinno", "powinni", "powinny"),
                    Pattern.compile("\\p{L}{2,}ć|\\p{L}*móc")).withUnmarkedPresent(POLISH_PARTICIPLE);
            // Arabic marks the future with the prefix "sa-" on an imperfect verb ("ستغلق", "سيعقد", "وسنعمل") or the
            // word "سوف"; "من المتوقع"/"يتوقع" (expected) and "من المقرر" (scheduled) plan ahead. Nouns that start
            // like such a verb ("سيارة" car, "سياسة" politics, "سيول" floods, "سنة" year, "ستة" six) are not cues.
            // A verb of deciding or announcing often names the act decided by its verbal noun, with no future verb
            // at all: "وأعلنت السلطات إغلاق المدارس يوم الأحد" (announced the closing of the schools on Sunday); a
            // weekday after that noun dates the act, which lies ahead of the deciding (a weekday right after the
            // verb, "أعلنت يوم الأحد إغلاق المدارس", dates the announcing and gets no cue)
            case "ar" -> new EuropeanFutureCues(Set.of("سوف", "وسوف", "المتوقع", "متوقع", "متوقعة", "يتوقع",
                    "ويتوقع", "تتوقع", "وتتوقع", "توقعت", "وتوقعت", "المقرر", "مقرر", "مقررة", "المرتقب", "المرتقبة",
                    "مرتقب", "المزمع", "يعتزم", "تعتزم"),
                    Pattern.compile("[وف]?(?:س[يتن]|سأ)\\p{L}{2,}"),
                    Pattern.compile("[وف]?(?:سيار\\p{L}*|سياس\\p{L}*|سيول|سيولة|سيد|سيدة|سيدات|سيطر\\p{L}*|سيناء|سينما"
                            + "|سيناريو\\p{L}*|سيرة|سير|سيف|سيجار\\p{L}*|ستة|ستين|ستون|ستار|ستارة|ستاد|ستوديو\\p{L}*"
                            + "|سنة|سنوات|سنوي\\p{L}*|سنين|سنت|سنتيمتر\\p{L}*|سند|سندات|سنغافورة|سناتور\\p{L}*)"),
                    Set.of(), NEVER, INFINITIVE_REACH,
                    Pattern.compile("[وف]?(?:أعلن|أعلنت|أعلنوا|قرر|قررت|قرروا|أمر|أمرت|أقر|أقرت|دعا|دعت)"),
                    Pattern.compile("[وبل]?(?:ال)?(?:إغلاق|تعليق|تعطيل|إعادة|استئناف|تأجيل|إلغاء|إخلاء|حظر|منع|فتح"
                            + "|افتتاح|إجراء|تنظيم|إقامة|بدء|إطلاق|رفع|فرض|تمديد|وقف)"));
            // Czech: the future of "být" ("bude", "budou"), the perfective presents that are futures of taking
            // place, starting and ending ("proběhne", "začne", "skončí"), and what is planned or expected; other
            // perfective futures are present forms no ending tells apart, so they are left out (as in Polish).
            // "Mít" with an infinitive says what is due ("Hejtman má přijet v sobotu"), as do "musí", "chce",
            // "hodlá" with one; the infinitive ends in "-t" ("přijet", "navštívit") or "-ci" ("moci", "pomoci").
            // Like Polish it makes every past verb with an l-participle, so a clause without one is told in the
            // present, which news uses for what is to come ("Armáda přiveze pytle v pátek")
            case "cs" -> new EuropeanFutureCues(Set.of("bude", "budou", "budeme", "budete", "proběhne", "proběhnou",
                    "uskuteční", "začne", "začnou", "zahájí", "skončí", "plánuje", "plánují", "plánováno",
                    "naplánováno", "naplánován", "naplánována", "očekává", "očekávají", "má se konat", "mají se konat"),
                    NEVER, NEVER, Set.of("má", "mají", "musí", "musejí", "chce", "chtějí", "hodlá", "hodlají"),
                    Pattern.compile("\\p{L}{2,}t|\\p{L}*moci")).withUnmarkedPresent(CZECH_PARTICIPLE);
            // Turkish marks the future with "-ecek"/"-acak" on the verb ("ziyaret edecek", "açılacak", "kalacak"),
            // an expectation or plan with "bekleniyor", "planlanıyor"; "kadar" after a day is "until" it
            // ("pazartesi gününe kadar"), a day still ahead. Nouns with the same ending (food, drink) are no cue.
            case "tr" -> new EuropeanFutureCues(Set.of("bekleniyor", "beklenen", "planlanıyor", "planlanan", "kadar"),
                    Pattern.compile("\\p{L}{2,}(?:ecek|acak|eceğ|acağ)\\p{L}*"),
                    Pattern.compile("(?:yiyecek|içecek|giyecek)\\p{L}*"), Set.of(), NEVER);
            // Romanian: the future's auxiliary with an infinitive ("va avea loc", "vor redeschide"), the spoken
            // future "o să" with a subjunctive, and what is to come ("urmează să", "este programat"); "voi" is also
            // the pronoun, so only its other persons
            case "ro" -> new EuropeanFutureCues(Set.of("va", "vor", "vom", "veți", "vei", "o să", "o sa", "urmează",
                    "programat", "programată", "programate", "preconizat", "preconizată"), NEVER, NEVER, Set.of(),
                    NEVER);
            // Croatian makes its future with the clitic forms of "htjeti" ("će", "ću", "ćemo"; "zatvorit će",
            // "bit će", "neće"), and plans with "planira", "očekuje se"
            case "hr" -> new EuropeanFutureCues(Set.of("ću", "ćeš", "će", "ćemo", "ćete", "neću", "nećeš", "neće",
                    "nećemo", "nećete", "planira", "planiraju", "planirano", "očekuje"), NEVER, NEVER, Set.of(), NEVER);
            // Catalan's simple future ("tancarà", "tindrà lloc", "obriran"); "va" with an infinitive is its past
            case "ca" -> new EuropeanFutureCues(Set.of("previst", "prevista", "previstos", "previstes"),
                    Pattern.compile("\\p{L}{2,}(?:rà|ran|ré|rem|reu|ràs)"), NEVER,
                    Set.of("ha", "han", "hauran", "haurà", "pensa", "pensen", "vol", "volen", "espera", "esperen"),
                    Pattern.compile("\\p{L}{2,}(?:ar|er|re|ir)"));
            // Greek puts "θα" before every future verb; "πρόκειται να" (is to), "αναμένεται" (is expected) and
            // "προγραμματίζεται" (is scheduled) plan ahead
            case "el" -> new EuropeanFutureCues(Set.of("θα", "πρόκειται", "αναμένεται", "αναμένονται", "προβλέπεται",
                    "προγραμματίζεται", "προγραμματίζονται"), NEVER, NEVER, Set.of(), NEVER);
            // Hungarian: "fog" with an infinitive ("meg fogják tartani"), "lesz" (will be), and what is planned or
            // expected ("várhatóan", "tervezik"). Like Finnish it tells most of what is to come in the present
            // ("A hidat holnap megnyitják"), so a word of time ahead in the clause is its future cue ({@link #AHEAD_HU})
            case "hu" -> new EuropeanFutureCues(union(Set.of("lesz", "lesznek", "várhatóan", "tervezik", "tervezi"),
                    AHEAD_HU), NEVER,
                    NEVER, Set.of("fog", "fognak", "fogja", "fogják", "fogunk", "fogok"), Pattern.compile("\\p{L}{2,}ni"));
            // Finnish has no future tense: it says a plan with "aikoo" and an infinitive, an expectation with the
            // passive "odotetaan", "on määrä" (is due) and "tulee olemaan", and what is to come in the present with a
            // word of time ahead ("Silta avataan huomenna", {@link #AHEAD_FI})
            case "fi" -> new EuropeanFutureCues(union(Set.of("aikoo", "aikovat", "odotetaan", "suunnitellaan",
                    "on määrä", "tulee olemaan", "tulevat olemaan"), AHEAD_FI), NEVER, NEVER, Set.of(), NEVER);
            // Malay, as Indonesian: "akan", "bakal" (will), "dijadualkan" (scheduled), "dijangka" (expected)
            case "ms" -> new EuropeanFutureCues(Set.of("akan", "bakal", "dijadualkan", "dijadual", "dijangka",
                    "dijangkakan", "dirancang"), NEVER, NEVER, Set.of(), NEVER);
            // Ukrainian: the future of "бути" ("буде", "будуть"), its synthetic future ("працюватиме",
            // "відкриватимуть"), what takes place or is planned, and "має", "планує" with an infinitive
            case "uk" -> new EuropeanFutureCues(Set.of("буде", "будуть", "будемо", "відбудеться", "відбудуться",
                    "планується", "очікується", "заплановано"),
                    Pattern.compile("\\p{L}{3,}(?:тиму|тимеш|тиме|тимемо|тимете|тимуть)"), NEVER,
                    Set.of("має", "мають", "планує", "планують", "збирається", "збираються", "хоче", "хочуть"),
                    Pattern.compile("\\p{L}{2,}(?:ти|тися|ть)"));
            // Slovak: the future of "byť" ("bude", "budú"), what takes place or is planned, "má" with an infinitive
            case "sk" -> new EuropeanFutureCues(Set.of("bude", "budú", "budeme", "budete", "budem", "uskutoční",
                    "uskutočnia", "plánuje", "plánujú", "naplánovaný", "naplánovaná", "očakáva", "má sa konať"),
                    NEVER, NEVER, Set.of("má", "majú", "musí", "musia", "chce", "chcú"), Pattern.compile("\\p{L}{2,}ť"));
            // Indonesian tells what is to come with "akan", "bakal" (will), and a plan with "dijadwalkan"
            // (scheduled), "direncanakan", "rencananya" (planned), "diperkirakan" (expected)
            case "id" -> new EuropeanFutureCues(Set.of("akan", "bakal", "dijadwalkan", "direncanakan", "rencananya",
                    "diperkirakan", "diharapkan"), NEVER, NEVER, Set.of(), NEVER);
            // Russian: the future of "быть", what is to take place, planned or expected; perfective futures of other
            // verbs are present forms no ending tells apart
            // "должен", "собирается", "планирует" with an infinitive ("-ть", "-ти", "-чь", reflexive "-ся") say what
            // is due; every past verb is marked (the l-participle, and the few pasts without it that
            // EuropeanPastCues lists), so a clause without one is told in the present, as in Polish
            case "ru" -> new EuropeanFutureCues(Set.of("будет", "будут", "состоится", "состоятся", "пройдёт",
                    "пройдет", "планируется", "ожидается", "намерен", "намерена", "намерены", "запланировано",
                    "запланирован", "запланирована"), NEVER, NEVER, Set.of("должен", "должна", "должно", "должны",
                    "собирается", "собираются", "планирует", "планируют", "хочет", "хотят"),
                    Pattern.compile("\\p{L}{2,}(?:ть|ти|чь)(?:ся|сь)?")).withUnmarkedPresent(RUSSIAN_PARTICIPLE);
            default -> null;
        };
    }

    /**
     * Finnish words of time ahead: tomorrow, the day after, tomorrow's, and "next" week, month, year or season
     * ("ensi viikolla"; "ensi" alone is also "first", as in "ensi kertaa", so only with its noun). A language without a
     * future tense tells what is to come in the present, and such a word in the clause is then all that says so: "Silta
     * avataan huomenna, ja tie maanantaina" is the coming Monday, as "jövő héten kedden nyit" is the coming Tuesday.
     * A past cue nearer the date still wins ("kertoi huomenna avattavasta sillasta maanantaina").
     */
    private static final Set<String> AHEAD_FI = Set.of("huomenna", "ylihuomenna", "huomisaamuna", "huomisiltana",
            "huomisesta", "huomiseen", "huomisen", "ensi viikolla", "ensi viikon", "ensi viikosta", "ensi viikonloppuna",
            "ensi kuussa", "ensi kuun", "ensi vuonna", "ensi vuoden", "ensi keväänä", "ensi kesänä", "ensi syksynä",
            "ensi talvena", "tulevalla viikolla", "tulevana viikonloppuna");
    /**
     * Hungarian words of time ahead ({@link #AHEAD_FI}): tomorrow and its cases ("holnap", "holnaptól", "holnapi"),
     * the day after, and "jövő" (next, coming: "jövő héten", "jövő hónapban"), "jövőre" (next year), "a jövőben".
     */
    private static final Set<String> AHEAD_HU = Set.of("holnap", "holnapután", "holnaptól", "holnapig", "holnapi",
            "jövő", "jövőre", "jövőben", "jövőtől");

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /**
     * Dutch, like German, tells a scheduled day in the simple present ("De minister bezoekt donderdag het gebied",
     * "De school gaat maandag weer open"): the finite verb of a main clause stands second, right before an adverb of
     * time, and its singular ends in "-t" ("bezoekt", "opent", "houdt", "wordt"). The past stands apart: a preterite
     * ("bezocht", "zat", "sloot", "trad") or a perfect whose auxiliary "heeft" is left out.
     */
    private static final Pattern DUTCH_PRESENT = Pattern.compile("\\p{L}{2,}t");
    /**
     * Words ending in "-t" that are no present verb: "-cht" preterites and participles ("bezocht", "gebracht",
     * "verwacht"), participles "ge-...-t", preterites ending in "t" ("zat", "liet", "sloot", "moest"), the auxiliary of
     * the perfect, function words, and the nouns news writes most that end so ("niet", "met", "nacht", "kabinet",
     * "president", "journalist", "universiteit", "advocaat"; "gaat" and "laat" stay verbs).
     */
    private static final Pattern DUTCH_NOT_PRESENT = Pattern.compile("\\p{L}*cht|ge(?!eft)\\p{L}{2,}t"
            + "|\\p{L}*(?:zat|liet|sloot|schoot|goot|moest|wist|mocht|at)|heeft|het|niet|met|dat|wat|tot|want|echt"
            + "|ooit|nooit|eerst|laatst|uiterlijk|vanaf|sindsdien|nacht|maart|augustus|west|oost|best|meest|markt"
            + "|kabinet|punt|feit|recht|debat|bezit|budget|tekort|\\p{L}*(?:ment|dent|gent|cent|lent|ant|ist|iteit|ict|ect|uut"
            + "|port|(?<![gl])aat)");
    /**
     * Polish participles used as adjectives ("szkoły zamknięte", "zniszczone domy", "ewakuowani mieszkańcy"): a state
     * or a description, not a verb told in the present.
     */
    private static final Pattern POLISH_PARTICIPLE = Pattern.compile(
            "\\p{L}{3,}(?:an|on|en|ęt|ęc)(?:y|a|e|i|ych|ym|ymi|ego|ej)");

    /**
     * Czech participles used as adjectives or in the passive ("silnice zůstane uzavřená", "zatopené domy",
     * "evakuovaní obyvatelé", "zabitý"): passive stems in "-en", "-án", "-an", "-it", "-yt", "-ut", "-ět" with an
     * adjective's ending; verbal nouns ("jednání") end alike and tell no time either.
     */
    private static final Pattern CZECH_PARTICIPLE = Pattern.compile(
            "\\p{L}{2,}(?:en|án|an|it|yt|ut|ět)(?:ý|á|é|í|ých|ým|ými|ého|ém|ému)|\\p{L}{3,}(?:en|án)[aoyi]?");
    /**
     * Russian participles: long passive and active forms ("закрытые", "пострадавших", "работающий") and short
     * passives ("закрыта", "эвакуированы", "отменён"), which tell a state or describe, not a verb in the present.
     */
    private static final Pattern RUSSIAN_PARTICIPLE = Pattern.compile(
            "\\p{L}{2,}(?:нн|т|щ|вш)(?:ый|ий|ая|яя|ое|ее|ые|ие|ых|их|ым|им|ую|юю|ой|ей|ого|его)"
                    + "|\\p{L}{2,}(?:ен|ён|ан|ян|ыт|ит)[аоы]?");

    private EuropeanFutureCues withPresentVerb(Pattern verb, Pattern notVerb) {
        this.presentVerb = verb;
        this.notPresentVerb = notVerb;
        return this;
    }

    /**
     * A verb that convenes, calls, sets or announces ({@code verbs}) an event named by a noun ({@code acts}: a
     * meeting, a vote, a strike): "convocó a las partes a una reunión el viernes", "a convoqué les syndicats à une
     * réunion vendredi", "ha indetto uno sciopero venerdì". Whatever the tense of the convening, a date right after
     * the noun is the event's, which lies ahead of it, as with the Arabic decided act; a noun after a word of
     * {@code scenes} ("durante la reunión") is where the convening happened. After one of {@code announcingVerbs} the
     * date is the act's only when set for it ({@link #announcing}).
     */
    private EuropeanFutureCues withConvenedActs(String verbs, String announcingVerbs, String acts, String scenes) {
        this.decision = Pattern.compile(verbs + "|" + announcingVerbs);
        this.announcing = Pattern.compile(announcingVerbs);
        this.plannedAct = Pattern.compile(acts);
        this.actScene = Pattern.compile(scenes);
        this.actReach = CONVENED_ACT_REACH;
        return this;
    }

    private EuropeanFutureCues withUnmarkedPresent(Pattern participle) {
        this.timelessParticiple = participle;
        return this;
    }

    /** True for a language that marks every past verb, so that a sentence's past verbs are all its past acts. */
    boolean marksEveryPast() {
        return timelessParticiple != null;
    }

    /**
     * True when a clause with no tense cue either way still speaks of the coming day: in a language that marks every
     * past verb ({@link #withUnmarkedPresent}), a clause of some words without a past form is told in the present or
     * the perfective present, which news uses for what is to come ("Wojewoda odwiedzi gminę w czwartek"); a clause of
     * a word or two (a headline, "w czwartek") or one whose verb is an adjectival participle ("szkoły zamknięte w
     * czwartek") says nothing. Only asked when {@link EuropeanPastCues} found no past cue.
     */
    boolean unmarkedClauseIsFuture(String sentence, int start, int end) {
        if (timelessParticiple == null) {
            return false;
        }
        List<String> clause = new java.util.ArrayList<>(EuropeanPastCues.clauseWords(sentence.substring(0, start), true));
        clause.addAll(EuropeanPastCues.clauseWords(sentence.substring(end), false));
        clause.removeIf(w -> w.length() <= 1); // "w", "z", "i": prepositions and conjunctions of a letter
        return clause.size() >= UNMARKED_CLAUSE_WORDS
                && clause.stream().noneMatch(w -> timelessParticiple.matcher(w).matches());
    }

    /** How many words of their own a clause needs before its lack of a past form says anything. */
    private static final int UNMARKED_CLAUSE_WORDS = 3;

    /** The longest cue phrase the tables hold, in words ("ma się odbyć"). */
    private static final int PHRASE_WORDS = 3;

    /** How many words from the date the nearest future cue of its clause stands, {@link EuropeanPastCues#NONE} without. */
    int nearest(String sentence, int start, int end) {
        List<String> before = EuropeanPastCues.clauseWords(sentence.substring(0, start), true);
        List<String> clause = new java.util.ArrayList<>(before);
        clause.addAll(EuropeanPastCues.clauseWords(sentence.substring(end), false));
        int best = EuropeanPastCues.NONE;
        for (int i = 0; i < clause.size(); i++) {
            int cue = cueAt(clause, i);
            if (cue >= 0) {
                best = Math.min(best, EuropeanPastCues.distance(cue, before.size()));
            }
        }
        // the finite verb of a main clause stands second: right before the date ("bezoekt donderdag"), a few words
        // before it ("bezoekt het gebied donderdag"), or right after a date that opens the clause ("Donderdag bezoekt")
        for (int i = Math.max(0, before.size() - PRESENT_VERB_REACH); i < before.size(); i++) {
            if (isPresentVerb(before.get(i))) {
                best = Math.min(best, EuropeanPastCues.distance(i, before.size()));
            }
        }
        if (before.isEmpty() && clause.size() > 0 && isPresentVerb(clause.get(0))) {
            best = Math.min(best, 1);
        }
        int act = decidedAct(before);
        return act < 0 ? best : Math.min(best, EuropeanPastCues.distance(act, before.size()));
    }

    /** How many words before a date a present verb may stand and still be its clause's finite verb. */
    private static final int PRESENT_VERB_REACH = 4;

    private boolean isPresentVerb(String word) {
        return presentVerb.matcher(word).matches() && !notPresentVerb.matcher(word).matches();
    }

    /**
     * Where, among the words before a date, the noun of an act decided stands ("إغلاق" after "أعلنت"), or -1: the
     * date after it is the act's, not the deciding's.
     */
    private int decidedAct(List<String> before) {
        // "منذ يوم الأحد" (since Sunday): a span begun in the past, whatever was decided
        for (int i = Math.max(0, before.size() - 2); i < before.size(); i++) { // "منذ يوم الأحد" or "منذ الأحد"
            if (SINCE.matcher(before.get(i)).matches()) {
                return -1;
            }
        }
        boolean decided = false;
        boolean announced = false;
        int act = -1;
        for (int i = 0; i < before.size(); i++) {
            if (decision.matcher(before.get(i)).matches()) {
                decided = true;
                announced = announcing.matcher(before.get(i)).matches();
            } else if (decided && plannedAct.matcher(before.get(i)).matches() && !inScene(before, i)
                    && before.size() - i <= actReach
                    && (!announced || before.subList(i + 1, before.size()).stream().anyMatch(FOR_WORDS::contains))) {
                act = i;
            }
        }
        return act;
    }

    /**
     * The convened event's noun stands right before its date, its preposition and article between ("reunión para el
     * viernes"): farther off, the date may date anything else the clause tells ("el fin de la huelga que ... el lunes").
     */
    private static final int CONVENED_ACT_REACH = 3;
    /** How many words before an act's noun a word setting the scene may stand ("después de la reunión"). */
    private static final int SCENE_REACH = 3;

    /** True when one of the few words before the act's noun at {@code i} makes it the scene of the deciding. */
    private boolean inScene(List<String> words, int i) {
        for (int k = Math.max(0, i - SCENE_REACH); k < i; k++) {
            if (actScene.matcher(words.get(k)).matches()) {
                return true;
            }
        }
        return false;
    }

    /** How many words before a deadline an infinitive may stand and still be what the deadline bounds. */
    private static final int DEADLINE_REACH = 3;
    /** Words right before an infinitive that is a verb's complement: prepositions and negations. */
    private static final java.util.Set<String> INFINITIVE_LEADS = java.util.Set.of("de", "d", "à", "di", "a", "para",
            "por", "per", "pas", "no", "non", "não");

    /**
     * True when one of the last words of {@code before} (the clause up to a deadline word such as "avant") is an
     * infinitive: "a demandé aux habitants de ne pas revenir chez eux avant mardi". What was asked, hoped or planned
     * is bounded by the deadline, so the deadline lies ahead whatever the tense of the asking.
     */
    boolean infinitiveBeforeDeadline(String before) {
        List<String> clause = EuropeanPastCues.clauseWords(before, true);
        for (int i = clause.size() - 1; i >= Math.max(1, clause.size() - DEADLINE_REACH); i--) {
            // the word that introduces an infinitive ("de revenir", "di non rientrare", "no volver", "para voltar")
            // tells it from a noun that ends like one ("le maire est parti avant mardi")
            if (infinitive.matcher(clause.get(i)).matches() && INFINITIVE_LEADS.contains(clause.get(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the future cue starting at word {@code i} stands, or -1 for none: the word itself, or for a modal the
     * infinitive it governs, which is what the date belongs to ("espérait reprendre le service à partir de jeudi":
     * the hope's own imperfect is no nearer to the date than the hoped-for act).
     */
    private int cueAt(List<String> clause, int i) {
        String word = clause.get(i);
        // a cue of several words ("wordt verwacht", "من المقرر", "ma się odbyć") stands where it starts
        StringBuilder phrase = new StringBuilder(word);
        for (int k = i + 1; k < Math.min(clause.size(), i + PHRASE_WORDS); k++) {
            phrase.append(' ').append(clause.get(k));
            if (futureForms.contains(phrase.toString())) {
                return i;
            }
        }
        if (futureForms.contains(word) || futureEnding.matcher(word).matches() && !notFuture.matcher(word).matches()) {
            return i;
        }
        if (!modals.contains(word)) {
            return -1;
        }
        for (int j = i + 1; j < Math.min(clause.size(), i + 1 + infinitiveReach); j++) {
            if (infinitive.matcher(clause.get(j)).matches()) {
                return j;
            }
        }
        return -1;
    }
}
