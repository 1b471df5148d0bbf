package dev.storybrief.analyze.time;

import dev.storybrief.model.Granularity;
import dev.storybrief.model.TimexType;
import dev.storybrief.wording.SlashedDates;
import dev.storybrief.wording.WrittenDates;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in French, German, Spanish, Italian and Portuguese news, and in Dutch, Polish, Czech, Turkish, Russian,
 * Arabic, Indonesian, Swedish, Danish and Norwegian news, whose month names come from {@link WrittenDates} (as the text cleaner reads their datelines): day-month-year ("12 janvier 2011", "3. Oktober
 * 2010", "5 de marzo de 2011", "04.03.2026", "04/03/2026", day first as these languages write it), month and year ("mars 2011"), weekdays ("lundi", "am Montag", "el lunes", "segunda-feira";
 * with a part of the day, "dimanche soir", "am Sonntagabend", "el domingo por la noche", "domenica sera", a TIMEX3 TIME
 * such as {@code 2011-03-13TEV} of the day the bare weekday gives:
 * the last such day on or before the article's date, or the coming one in a clause about the future ("doivent voter
 * vendredi", {@link EuropeanFutureCues}), with the English default for a bare weekday ({@link CalendarChoices#weekday});
 * "lundi prochain", "am nächsten Montag": the next one; "bis Freitag", "jusqu'à vendredi" in a clause not told in the past
 * ({@link EuropeanPastCues}): the coming one, or the article's own day), relative words ("hier", "gestern", "ayer", "anoche", "ieri", "ontem", "gisteren", "wczoraj", "včera", "dün", "вчера", "أمس"; with
 * a part of the day, "ieri sera", "gestern Abend", "gisteravond": a time of that day;
 * "aujourd'hui", "heute", ...) and last week, month or year ("la semaine dernière", "letzte Woche", "el mes
 * pasado", "l'anno scorso", "o ano passado"), Christmas and New Year with counts from them ("la semaine avant Noël",
 * {@link EuropeanHolidays}), and bare years. Values as {@link TemporalTagger}'s; without an article
 * date a relative expression keeps no value.
 */
public final class EuropeanDateTagger {
    /**
     * "am nächsten Donnerstag", "el próximo jueves": the weekday still to come; so is one a plan is set for ("une
     * réunion est prévue jeudi", "das Treffen ist für Donnerstag geplant" reads the plan word after, see below).
     */
    private static final Pattern NEXT_BEFORE = Pattern.compile(
            "(?iu)(?:n[äa]chsten?|kommenden?|pr[óo]xim[oa]|prossim[oa]"
                    + "|pr[ée]vue?s?(?:\\s+(?:pour|le|ce))?|previst[oa](?:\\s+per)?|programad[oa](?:\\s+para)?(?:\\s+el)?)\\s+$");
    /** "lundi prochain", "el jueves que viene", "giovedì prossimo", "quinta-feira que vem", "Senin depan". */
    private static final Pattern NEXT_AFTER = Pattern.compile(
            "(?iu)\\s+(?:prochaine?|pr[óo]xim[oa]|que viene|prossim[oa]|que vem|geplant|angesetzt|depan|mendatang)"
                    + "(?![\\p{L}])");
    /**
     * "avant mardi", "antes del martes", "prima di martedì", "antes de terça-feira": a deadline too, but one that a
     * past act may also be placed before ("il est parti avant mardi"); it points ahead when an infinitive, what was
     * asked or planned, stands right before it ({@link EuropeanFutureCues#infinitiveBeforeDeadline}).
     */
    private static final String BEFORE_WORDS = "avant|antes\\s+d(?:el?|a|o)|prima\\s+d(?:i|el)";
    private static final Pattern BEFORE_DEADLINE = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + BEFORE_WORDS
            + ")\\s+$");
    /**
     * "bis Freitag", "jusqu'à vendredi", "hasta el viernes", "fino a venerdì", "tot maandag": a deadline or the end of a span, which
     * in a clause not told in the past is the weekday to come, as in English ("will stay closed until Friday").
     */
    private static final Pattern DEADLINE_BEFORE = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:bis(?:\\s+(?:zum|spätestens|einschließlich))?|jusqu['’](?:à|au)|d['’]ici(?:\\s+à)?"
                    + "|hasta(?:\\s+el)?|fino\\s+a(?:l)?|entro|tot(?:\\s+en\\s+met)?|hingga|sampai(?:\\s+dengan)?"
                    + "|" + BEFORE_WORDS + ")(?:\\s+hari)?\\s+$");
    /**
     * "seit Sonntagabend", "depuis lundi", "desde el domingo", "desde segunda-feira", "sinds maandag": the start of a
     * state that goes on as the article is written, so the last such day, whatever a verb of the clause would make of
     * it ("wird seit Sonntag vermisst" is a present passive, not a future). Italian "da lunedì" also opens what is
     * still to come ("da lunedì le scuole chiuderanno"), so it is not among them.
     */
    private static final Pattern SINCE_BEFORE = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:seit|depuis|desde|sinds|sejak(?:\\s+hari)?)(?:\\s+(?:el|la|o|a|le|dem))?\\s+$");
    /**
     * A count right before "minggu lalu" (last week): Indonesian says "N weeks ago" with the same words ("dua minggu
     * lalu", "3 bulan lalu"), which is no last week, and which this tagger does not count.
     */
    private static final Pattern COUNT_BEFORE = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:\\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa)\\s+$");
    /** Turkish "since" after the day it counts from, in the ablative: "cumadan beri", "pazartesi gününden beri". */
    private static final Pattern SINCE_AFTER = Pattern.compile("(?iu)^(?:\\s+gününden)?\\s+beri(?![\\p{L}])");
    /**
     * Polish and Czech "od", Russian "с": "from" a day, and "since" it in a clause told in the present ("trwa od
     * soboty", "закрыт с понедельника"). These languages tell what is to come in the present too, so the clause's
     * lack of a past verb says nothing here: only a future cue ("od poniedziałku szkoły będą zamknięte") makes it
     * the coming day.
     */
    private static final Pattern FROM_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])(?:od|ode|с|со)\\s+$");
    /**
     * What may stand between a weekday and the date set beside it: "terça-feira, 24 de novembro", "Dienstag, 24.
     * November", "mardi 24 novembre", "el martes 24 de noviembre", "Dienstag, den 24. November".
     */
    private static final Pattern APPOSED_DATE = Pattern.compile("(?iu),?\\s+(?:(?:den|le|el|o|il)\\s+)?");
    private final Vocabulary words;
    private final EuropeanPastCues past;
    private final EuropeanFutureCues future;
    private final Pattern dayMonth;
    private final Pattern monthYear;
    /**
     * Hungarian writes the year, the month and then the day, with a case ending on the day: "2026. december 3.",
     * "december 3-án" (on), "december 3-ig" (until), "december 3-tól" (from); null for the other languages, which put
     * the day first.
     */
    private final Pattern monthDay;
    private final Pattern weekday;
    private final Pattern relativeDay;
    /** Last and next week, month and year: the tables' own and CLDR's ({@link RelativePhrases#periods}). */
    private final Map<String, RelativePhrases.Period> periods;
    private final Pattern period;
    /** Last and next weekdays as CLDR writes them ("volgende week dinsdag", "w przyszły wtorek"). */
    private final Map<String, RelativePhrases.Weekday> relativeWeekdays;
    private final Pattern relativeWeekday;
    /** "Stamattina", "vanavond", "ce soir": a part of the article's own day. */
    private final Map<String, String> todayParts;
    private final Pattern todayPart;
    /** "hace tres días", "vor drei Tagen", "3 dni temu": counts back from the article's day. */
    private final AgoPhrases ago;
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d./])(\\d{1,2})([./])(\\d{1,2})\\2((?:19|20)\\d{2})(?![\\d/]|\\.\\d)");
    private static final Pattern YEAR = Pattern.compile("(?<![\\p{L}\\d.,])(1[89]\\d\\d|20\\d\\d)(?![\\p{L}\\d])");

    /** Lower-case nouns a number before them counts ("1974 ore", "2077 lavoratori"): such a number is no year. */
    private final java.util.Set<String> counted;

    /** Christmas, New Year and counts from them, or null for a language without such a table. */
    private final EuropeanHolidays holidays;

    private EuropeanDateTagger(String language, Vocabulary words, EuropeanPastCues past, EuropeanFutureCues future,
                               java.util.Set<String> counted, EuropeanHolidays holidays) {
        this.counted = counted;
        this.holidays = holidays;
        this.words = words;
        this.past = past;
        this.future = future;
        String months = String.join("|", words.months().keySet());
        this.dayMonth = Pattern.compile("(?<![\\p{L}\\d])(\\d{1,2})(?:er|\\.|º|°)?\\s+(?:de\\s+)?(" + months
                + ")(?:\\s+(?:de\\s+)?(\\d{4}))?(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.monthDay = !"hu".equals(language) ? null : Pattern.compile("(?<![\\p{L}\\d])(?:(\\d{4})\\.\\s+)?(" + months
                + ")\\s+(\\d{1,2})(?:\\.|-(?:j?[aáeé]n|[aáeé]?ig|t[óő]l|[aáeé]?i|j?[aáeé]))?(?![\\p{L}\\d])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.monthYear = Pattern.compile("(?<![\\p{L}])(" + months + ")\\s+(?:de\\s+)?(\\d{4})(?![\\p{L}\\d])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        // a part of the day follows the weekday, joined in German ("Sonntagabend"), as words elsewhere ("dimanche soir")
        // (a case ending glued to the name where the language has one: "pazartesiye")
        this.weekday = Pattern.compile("(?<![\\p{L}-])(" + String.join("|", words.weekdays().keySet()) + ")(?:['’]?"
                + words.weekdayWords().ending().pattern() + ")?("
                + String.join("|", words.dayParts().keySet()).replace(" ", "\\s+") + ")?(?![\\p{L}-])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        // a part of the day after a relative day, with or without a space: "ieri sera", "gestern Abend", "gisteravond"
        String parts = words.dayParts().keySet().stream().map(String::strip).map(p -> p.replace(" ", "\\s+"))
                .collect(java.util.stream.Collectors.joining("|"));
        this.relativeDay = Pattern.compile("(?<![\\p{L}'’])(" + String.join("|", words.relativeDays().keySet())
                + ")" + (parts.isEmpty() ? "()" : "(?:\\s*(" + parts + "))?") + "(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Map<String, RelativePhrases.Period> allPeriods = new java.util.LinkedHashMap<>();
        words.lastPeriods().forEach((phrase, unit) -> allPeriods.put(phrase, new RelativePhrases.Period(unit, -1)));
        RelativePhrases.periods(language).forEach(allPeriods::putIfAbsent);
        this.periods = Map.copyOf(allPeriods);
        this.period = RelativePhrases.anyOf(periods.keySet());
        this.relativeWeekdays = RelativePhrases.weekdays(language);
        this.relativeWeekday = RelativePhrases.anyOf(relativeWeekdays.keySet());
        this.todayParts = RelativePhrases.todayParts(language);
        this.todayPart = RelativePhrases.anyOf(todayParts.keySet());
        this.ago = AgoPhrases.of(language);
    }

    /**
     * The tagger of a language, or null when the language has none (only fr, de, es, it, pt, nl, pl, cs, tr, ru, ar, id,
     * sv, da, nb).
     */
    public static EuropeanDateTagger forLanguage(String language) {
        if (!supports(language)) {
            return null;
        }
        return BUILT.computeIfAbsent(language, l -> new EuropeanDateTagger(l, Vocabulary.of(l),
                EuropeanPastCues.forLanguage(l), EuropeanFutureCues.forLanguage(l), countedNouns(l),
                EuropeanHolidays.forLanguage(l)));
    }

    /**
     * The units, currencies and counted nouns of a language's quantity table, and the words for workers and
     * helpers news counts most: a four-digit number before one is a count, not a year (these languages write a
     * year after the noun it dates, "les élections de 2026", never before it).
     */
    private static java.util.Set<String> countedNouns(String language) {
        java.util.Set<String> nouns = new java.util.HashSet<>(switch (language) {
            case "fr" -> List.of("travailleurs", "salariés", "employés", "bénévoles", "ouvriers", "élèves", "emplois");
            case "de" -> List.of("arbeiter", "beschäftigte", "mitarbeiter", "helfer", "stunden", "schüler", "stellen");
            case "es" -> List.of("trabajadores", "empleados", "voluntarios", "obreros", "alumnos", "empleos");
            case "it" -> List.of("lavoratori", "dipendenti", "volontari", "operai", "studenti", "ore");
            case "pt" -> List.of("trabalhadores", "funcionários", "voluntários", "operários", "alunos", "empregos");
            case "nl" -> List.of("uur", "uren", "dagen", "mensen", "werknemers", "vrijwilligers", "euro", "inwoners");
            case "pl" -> List.of("godzin", "dni", "osób", "pracowników", "wolontariuszy", "złotych", "mieszkańców");
            case "id" -> List.of("orang", "warga", "rumah", "jiwa", "unit", "pekerja", "karyawan", "relawan", "jam");
            default -> List.<String>of();
        });
        dev.storybrief.analyze.quantity.QuantityLanguage table = dev.storybrief.analyze.quantity.QuantityLanguage.of(language);
        if (table != null) {
            nouns.addAll(table.measures().keySet());
            nouns.addAll(table.neutralKeys().keySet());
            nouns.addAll(table.currencies());
        }
        nouns.removeIf(n -> n.length() < 2 || n.contains(" "));
        return java.util.Set.copyOf(nouns);
    }

    private static final Map<String, EuropeanDateTagger> BUILT = new java.util.concurrent.ConcurrentHashMap<>();

    /** True for the languages this tagger reads. */
    public static boolean supports(String language) {
        return Vocabulary.of(language) != null;
    }

    /** The month names of a language, lower case (empty for a language without a tagger): other rules exclude dates. */
    public static java.util.Set<String> monthNames(String language) {
        Vocabulary words = Vocabulary.of(language);
        return words == null ? java.util.Set.of() : java.util.Collections.unmodifiableSet(words.months().keySet());
    }

    /**
     * True when {@code text} is a weekday as this language writes it, perhaps with a case ending or a part of the
     * day ("samedi", "am Samstag" is not: only the name, "Samstagabend", "sábado por la noche"), with no word that
     * says which week: the form a report names a day of its own week by.
     */
    public boolean isBareWeekday(String text) {
        Matcher m = weekday.matcher(text.strip());
        return m.matches() && words.weekdays().containsKey(key(m.group(1)));
    }

    /** The temporal expressions of one sentence, resolved against {@code published} (may be null). */
    public List<TemporalMention> tag(String sentence, LocalDate published) {
        List<TemporalMention> found = new ArrayList<>();
        // "04.03.2026", "04/03/2026": these languages write the day first
        Matcher numeric = NUMERIC.matcher(sentence);
        while (numeric.find()) {
            Optional<LocalDate> date = SlashedDates.read(Integer.parseInt(numeric.group(1)),
                    Integer.parseInt(numeric.group(3)), numeric.group(4), SlashedDates.Order.DAY_FIRST);
            if (date.isPresent()) {
                found.add(new TemporalMention(numeric.start(), numeric.end(), numeric.group(), date.get().toString(),
                        Granularity.DAY, false));
            }
        }
        Matcher m = dayMonth.matcher(sentence);
        while (m.find()) {
            int day = Integer.parseInt(m.group(1));
            Integer month = words.months().get(key(m.group(2)));
            if (month == null) {
                continue;
            }
            String value = dayValue(sentence, m, day, month, m.group(3), published);
            add(found, new TemporalMention(m.start(), m.end(), m.group(), value, Granularity.DAY, m.group(3) == null));
        }
        if (monthDay != null) {
            m = monthDay.matcher(sentence);
            while (m.find()) {
                Integer month = words.months().get(key(m.group(2)));
                if (month != null) {
                    String value = dayValue(sentence, m, Integer.parseInt(m.group(3)), month, m.group(1), published);
                    add(found, new TemporalMention(m.start(), m.end(), m.group(), value, Granularity.DAY,
                            m.group(1) == null));
                }
            }
        }
        m = monthYear.matcher(sentence);
        while (m.find()) {
            Integer month = words.months().get(key(m.group(1)));
            if (month == null) {
                continue;
            }
            String value = String.format(Locale.ROOT, "%s-%02d", m.group(2), month);
            add(found, new TemporalMention(m.start(), m.end(), m.group(), value, Granularity.MONTH, false));
        }
        if (holidays != null) {
            // "Noël", "la semaine avant Noël": before the weekdays, whose tense reading they share
            for (TemporalMention holiday : holidays.find(sentence, published, this::tense)) {
                add(found, holiday);
            }
        }
        // "dua minggu lalu", "hace tres semanas": before the weekdays and periods whose words they hold
        for (TemporalMention counted : ago.find(sentence, published)) {
            add(found, counted);
        }
        m = relativeWeekday.matcher(sentence);
        while (m.find()) {
            // "volgende week dinsdag", "w przyszły wtorek": which week CLDR's phrase says, whatever the tense
            RelativePhrases.Weekday day = relativeWeekdays.get(key(m.group()));
            if (day != null) {
                add(found, new TemporalMention(m.start(), m.end(), m.group(),
                        published == null ? null : day.value(published).toString(), Granularity.DAY, true));
            }
        }
        m = weekday.matcher(sentence);
        while (m.find()) {
            DayOfWeek day = words.weekdays().get(key(m.group(1)));
            if (day == null || !words.weekdayWords().stands(sentence, m)) {
                continue; // "pazar" the market, "dua minggu" two weeks
            }
            TemporalMention apposed = apposedDate(found, sentence, m.end());
            if (apposed != null) {
                // "na terça-feira, 24 de novembro": the date set beside the weekday says which one; one expression
                found.remove(apposed);
                found.add(new TemporalMention(m.start(), apposed.end(), sentence.substring(m.start(), apposed.end()),
                        apposed.value(), Granularity.DAY, apposed.relative()));
                continue;
            }
            String left = sentence.substring(Math.max(0, m.start() - 20), m.start());
            boolean since = SINCE_BEFORE.matcher(left).find() || SINCE_AFTER.matcher(sentence.substring(m.end())).find();
            // "i måndags", "på måndag": the language's own words say which one, whatever the verbs
            Tense side = words.sides().of(sentence, m);
            boolean next = !since && side == Tense.UNKNOWN && (NEXT_BEFORE.matcher(left).find()
                    || NEXT_AFTER.matcher(sentence.substring(m.end())).lookingAt());
            Tense tense = side != Tense.UNKNOWN ? side : since ? Tense.PAST : FROM_BEFORE.matcher(left).find()
                    ? (cuedTense(sentence, m.start(), m.end()) == Tense.FUTURE ? Tense.FUTURE : Tense.PAST)
                    : tense(sentence, m.start(), m.end());
            // "avant mardi" is a deadline only when what it bounds is still to be done: an infinitive ("de ne pas
            // revenir avant mardi") or a future clause; "il est parti avant mardi" places a past act
            Matcher before = BEFORE_DEADLINE.matcher(left);
            boolean beforeWord = before.find();
            boolean bounded = beforeWord && future != null && future.infinitiveBeforeDeadline(
                    sentence.substring(0, m.start() - left.length() + before.start()));
            boolean comingDeadline = !next && side == Tense.UNKNOWN && past != null && DEADLINE_BEFORE.matcher(left).find()
                    && (beforeWord ? bounded || tense == Tense.FUTURE : tense != Tense.PAST);
            String value = published == null ? null : next ? published.with(TemporalAdjusters.next(day)).toString()
                    : CalendarValues.day(CalendarChoices.weekday(day, published, comingDeadline ? Tense.FUTURE : tense));
            String part = m.group(2) == null ? null : dayPart(m.group(2));
            add(found, part == null ? new TemporalMention(m.start(), m.end(), m.group(), value, Granularity.DAY, true)
                    : TemporalRule.timeOfDay(sentence, m.start(), m.end(), value, part, true));
        }
        m = todayPart.matcher(sentence);
        while (m.find()) {
            String part = todayParts.get(key(m.group()));
            if (part != null) {
                add(found, TemporalRule.timeOfDay(sentence, m.start(), m.end(),
                        published == null ? null : published.toString(), part, true));
            }
        }
        m = relativeDay.matcher(sentence);
        while (m.find()) {
            if (m.group(1).equals("Morgen")) {
                continue; // German: "der Morgen" is the morning; tomorrow is written "morgen"
            }
            Integer shift = words.relativeDays().get(key(m.group(1)));
            if (shift == null) {
                continue; // a case-insensitive match the lower-cased key misses (Turkish dotless i)
            }
            String value = published == null ? null : published.plusDays(shift).toString();
            String part = m.group(2) == null || m.group(2).isEmpty() ? null : dayPart(m.group(2));
            add(found, part == null ? new TemporalMention(m.start(), m.end(), m.group(), value, Granularity.DAY, true)
                    : TemporalRule.timeOfDay(sentence, m.start(), m.end(), value, part, true));
        }
        m = period.matcher(sentence);
        while (m.find()) {
            RelativePhrases.Period shift = periods.get(key(m.group()));
            if (shift != null && !COUNT_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - 12), m.start())).find()) {
                add(found, new TemporalMention(m.start(), m.end(), m.group(),
                        published == null ? null : shift.value(published), shift.unit(), true));
            }
        }
        m = YEAR.matcher(sentence);
        while (m.find()) {
            if (counted.contains(Words.after(sentence, m.end()).toLowerCase(Locale.ROOT))) {
                continue; // "per 1974 ore", "2077 lavoratori": a count
            }
            add(found, new TemporalMention(m.start(), m.end(), m.group(), m.group(1), Granularity.YEAR, false));
        }
        found.sort(java.util.Comparator.comparingInt(TemporalMention::start));
        return RangeEnds.apply(sentence, sameDayOnceWritten(found));
    }

    /**
     * The day of "15 gennaio" or "15 stycznia 2027", null when impossible or when a year-less one has no article date.
     * A year-less day takes the year English gives it ({@link CalendarChoices#dayWithoutYear}) from the tense of its
     * own clause ({@link #tense}): "si terrà il 15 gennaio" or "odbędzie się 15 stycznia" in a December article is
     * next January, "is op 15 januari" (no cue) the nearest one, the coming January too, and a day told in the past
     * the last one; after "since" ("desde 15 de novembro") the last such day on or before the article.
     */
    private String dayValue(String sentence, Matcher m, int day, int month, String writtenYear, LocalDate published) {
        if (writtenYear != null) {
            int year = Integer.parseInt(writtenYear);
            return day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth() ? null
                    : LocalDate.of(year, month, day).toString();
        }
        if (published == null || day < 1 || day > java.time.Month.of(month).maxLength()) {
            return null;
        }
        java.time.MonthDay monthDay = java.time.MonthDay.of(month, day);
        String left = sentence.substring(Math.max(0, m.start() - 20), m.start());
        LocalDate date = SINCE_BEFORE.matcher(left).find() ? CalendarChoices.latestOnOrBefore(monthDay, published)
                : CalendarChoices.dayWithoutYear(monthDay, published, tense(sentence, m.start(), m.end()));
        return date.toString();
    }

    /** A day and month without a year, "MM-DD" with the leading dash of a value's last part: "-07-07". */
    private static final Pattern DAY_VALUE = Pattern.compile("\\d{4}(-\\d{2}-\\d{2})");

    /**
     * "Les attentats du 7 juillet étaient ... le matin du 7 juillet 2005": a sentence that names a day twice, once with
     * its year, names one day; the year-less mention takes the written year rather than the one nearest the article
     * (2008 in an article of 2008). Only a day of the same day and month as a dated one, in the same sentence.
     */
    private static List<TemporalMention> sameDayOnceWritten(List<TemporalMention> found) {
        Map<String, String> written = new java.util.HashMap<>();
        for (TemporalMention m : found) {
            Matcher day = m.value() == null ? null : DAY_VALUE.matcher(m.value());
            if (!m.relative() && m.granularity() == Granularity.DAY && day.matches()) {
                written.putIfAbsent(day.group(1), m.value());
            }
        }
        if (written.isEmpty()) {
            return found;
        }
        List<TemporalMention> out = new ArrayList<>(found.size());
        for (TemporalMention m : found) {
            Matcher day = m.value() == null ? null : DAY_VALUE.matcher(m.value());
            String dated = day != null && day.matches() && m.relative() && m.granularity() == Granularity.DAY
                    && m.type() == TimexType.DATE && m.text().chars().anyMatch(Character::isDigit)
                    ? written.get(day.group(1)) : null;
            out.add(dated == null ? m : m.withValue(m.type(), dated, m.granularity()));
        }
        return out;
    }

    /** The day-exact date found right after a weekday that ends at {@code end}, set beside it; null without one. */
    private static TemporalMention apposedDate(List<TemporalMention> found, String sentence, int end) {
        Matcher gap = APPOSED_DATE.matcher(sentence).region(end, sentence.length());
        if (!gap.lookingAt()) {
            return null;
        }
        for (TemporalMention date : found) {
            if (date.start() == gap.end() && date.granularity() == Granularity.DAY && date.value() != null) {
                return date;
            }
        }
        return null;
    }

    /**
     * The tense of the clause around a weekday, as English reads it from its verbs: a past cue makes it the last such
     * day, a future cue ("doivent voter", "votarán") the coming one; with both the nearer cue decides, and with none
     * the weekday follows the English default ({@link CalendarChoices#weekday}).
     */
    private Tense tense(String sentence, int start, int end) {
        Tense cued = cuedTense(sentence, start, end);
        if (cued == Tense.UNKNOWN) {
            // no cue either way: where every past verb is marked, a clause without one is told in the present
            boolean unmarked = past != null && future != null && past.nearest(sentence, start, end) == EuropeanPastCues.NONE
                    && future.unmarkedClauseIsFuture(sentence, start, end);
            return unmarked ? Tense.FUTURE : Tense.UNKNOWN;
        }
        return cued;
    }

    /** The tense the clause's own cues give, the nearer deciding; {@link Tense#UNKNOWN} without one or with a tie. */
    private Tense cuedTense(String sentence, int start, int end) {
        int pastCue = past == null ? EuropeanPastCues.NONE : past.nearest(sentence, start, end);
        int futureCue = future == null ? EuropeanPastCues.NONE : future.nearest(sentence, start, end);
        return pastCue == futureCue ? Tense.UNKNOWN : pastCue < futureCue ? Tense.PAST : Tense.FUTURE;
    }

    /** Adds a mention unless an earlier, longer one already covers its place. */
    private static void add(List<TemporalMention> found, TemporalMention mention) {
        for (TemporalMention other : found) {
            if (mention.start() < other.end() && other.start() < mention.end()) {
                return;
            }
        }
        found.add(mention);
    }

    /** The TIMEX3 time of a written part of the day, with or without the space the table keys begin with. */
    private String dayPart(String written) {
        String part = words.dayParts().get(key(written));
        return part != null ? part : words.dayParts().get(" " + key(written));
    }

    private static String key(String written) {
        return RelativePhrases.key(written);
    }

    /** A language's weekdays need nothing more than their names ({@link WeekdayWords#NONE}). */
    private static final Pattern NO_ENDING = Pattern.compile("");

    /**
     * How a language writes a weekday beyond its name: the forms that are also another word ("pazar" a market,
     * "minggu" a week), a weekday only after the word for "day" ({@code dayBefore}: "hari Minggu"), before a part of
     * the day ("pazar sabahı", "Minggu malam") or, where {@code capitalised}, written with a capital inside a sentence
     * ("pada Minggu"), as a name is; and the case endings glued to the name ({@code ending}: Turkish "pazartesiye",
     * "cumadan").
     */
    private record WeekdayWords(java.util.Set<String> bound, Pattern dayBefore, boolean capitalised, Pattern ending,
                                Pattern countBefore) {
        static final WeekdayWords NONE = new WeekdayWords(java.util.Set.of(), Pattern.compile("(?!)"), false, NO_ENDING);

        WeekdayWords(java.util.Set<String> bound, Pattern dayBefore, boolean capitalised, Pattern ending) {
            this(bound, dayBefore, capitalised, ending, null);
        }

        /**
         * A language whose bound form is the weekday unless a count or quantifier stands before it or "de zile"
         * after it: Romanian "luni" is Monday and months ("trei luni", "câteva luni", "luni de zile").
         */
        static WeekdayWords unlessCounted(java.util.Set<String> bound, Pattern countBefore) {
            return new WeekdayWords(bound, Pattern.compile("(?!)"), false, NO_ENDING, countBefore);
        }

        /** True when a bound form found at {@code m} (group 1 the name, group 2 a part of the day) is a weekday. */
        boolean stands(String sentence, Matcher m) {
            // a language without parts of the day matches an empty one
            if (!bound.contains(key(m.group(1))) || m.group(2) != null && !m.group(2).isEmpty()) {
                return true;
            }
            String left = sentence.substring(Math.max(0, m.start() - 12), m.start());
            if (countBefore != null) {
                return !countBefore.matcher(left).find() && !MONTHS_OF_DAYS.matcher(sentence).region(m.end(),
                        sentence.length()).lookingAt();
            }
            if (dayBefore.matcher(left).find()) {
                return true;
            }
            // a capital inside the sentence, not the capital every sentence opens with
            return capitalised && Character.isUpperCase(m.group(1).charAt(0))
                    && !sentence.substring(0, m.start()).strip().isEmpty();
        }
    }

    /**
     * Which side of the article's day a weekday lies on by the words the language dates it with, whatever the verbs:
     * Swedish and Danish name the last one in a form of its own ("i måndags", "i mandags": {@code lastForms}),
     * Norwegian with "i" ("i mandag": {@code lastBefore}), and all three the coming one with "på" ("på måndag":
     * {@code comingBefore}).
     */
    private record WeekdaySides(java.util.Set<String> lastForms, Pattern lastBefore, Pattern comingBefore) {
        static final WeekdaySides NONE = new WeekdaySides(java.util.Set.of(), Pattern.compile("(?!)"),
                Pattern.compile("(?!)"));

        /** The side the weekday found at {@code m} (group 1 its name) is told on, {@link Tense#UNKNOWN} for neither. */
        Tense of(String sentence, Matcher m) {
            String left = sentence.substring(Math.max(0, m.start() - 6), m.start());
            if (lastForms.contains(key(m.group(1))) || lastBefore.matcher(left).find()) {
                return Tense.PAST;
            }
            return comingBefore.matcher(left).find() ? Tense.FUTURE : Tense.UNKNOWN;
        }
    }

    /** Romanian "luni de zile", months on end: "luni" is no Monday there. */
    private static final Pattern MONTHS_OF_DAYS = Pattern.compile("(?iu)\\s+de\\s+zile(?![\\p{L}])");
    /** A count or quantifier before Romanian "luni": "trei luni", "câteva luni", "ultimele luni" are months. */
    private static final Pattern ROMANIAN_COUNT = Pattern.compile("(?iu)(?<![\\p{L}])(?:\\d+|două|doua|trei|patru"
            + "|cinci|[șşs]ase|[șşs]apte|opt|nouă|noua|zece|c[âa]teva|multe|ultimele|primele|următoarele|urm[ăa]toarele)"
            + "\\s+$");

    /** "på" before a weekday in the Nordic languages: the coming one ("på fredag"). */
    private static final Pattern ON_COMING = Pattern.compile("(?iu)(?<![\\p{L}])på\\s+$");

    /** The words of one language; keys lower case, longer forms before their prefixes. */
    private record Vocabulary(Map<String, Integer> months, Map<String, DayOfWeek> weekdays,
                              Map<String, Integer> relativeDays, Map<String, Granularity> lastPeriods,
                              Map<String, String> dayParts, WeekdayWords weekdayWords, WeekdaySides sides) {

        Vocabulary(Map<String, Integer> months, Map<String, DayOfWeek> weekdays, Map<String, Integer> relativeDays,
                   Map<String, Granularity> lastPeriods, Map<String, String> dayParts) {
            this(months, weekdays, relativeDays, lastPeriods, dayParts, WeekdayWords.NONE);
        }

        Vocabulary(Map<String, Integer> months, Map<String, DayOfWeek> weekdays, Map<String, Integer> relativeDays,
                   Map<String, Granularity> lastPeriods, Map<String, String> dayParts, WeekdayWords weekdayWords) {
            this(months, weekdays, relativeDays, lastPeriods, dayParts, weekdayWords, WeekdaySides.NONE);
        }

        static Vocabulary of(String language) {
            return language == null ? null : switch (language) {
                case "fr" -> new Vocabulary(months("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                        "septembre", "octobre", "novembre", "décembre"),
                        weekdays("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
                        ordered("avant-hier", -2, "hier", -1, "aujourd'hui", 0, "après-demain", 2, "demain", 1),
                        periods("la semaine dernière", Granularity.WEEK, "la semaine passée", Granularity.WEEK,
                                "le mois dernier", Granularity.MONTH, "l'année dernière", Granularity.YEAR,
                                "l'an dernier", Granularity.YEAR, "l'an passé", Granularity.YEAR),
                        dayParts(" matin", "TMO", " après-midi", "TAF", " soir", "TEV", " midi", "TMI"));
                case "de" -> new Vocabulary(months("januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
                        "september", "oktober", "november", "dezember"),
                        weekdays("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"),
                        ordered("vorgestern", -2, "gestern", -1, "heute", 0, "übermorgen", 2, "morgen", 1),
                        periods("letzte woche", Granularity.WEEK, "vergangene woche", Granularity.WEEK,
                                "letzten monat", Granularity.MONTH, "vergangenen monat", Granularity.MONTH,
                                "letztes jahr", Granularity.YEAR, "vergangenes jahr", Granularity.YEAR,
                                "im vergangenen jahr", Granularity.YEAR),
                        dayParts("vormittag", "TMO", "nachmittag", "TAF", "morgen", "TMO", "mittag", "TMI", "abend", "TEV",
                                "nacht", "TNI"));
                case "es" -> new Vocabulary(months("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                        "septiembre", "octubre", "noviembre", "diciembre"),
                        weekdays("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
                        ordered("anteayer", -2, "anoche", -1, "ayer", -1, "hoy", 0),
                        periods("la semana pasada", Granularity.WEEK, "el mes pasado", Granularity.MONTH,
                                "el año pasado", Granularity.YEAR),
                        dayParts(" por la mañana", "TMO", " por la tarde", "TAF", " por la noche", "TNI"));
                case "it" -> new Vocabulary(months("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
                        "agosto", "settembre", "ottobre", "novembre", "dicembre"),
                        weekdays("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
                        ordered("l'altro ieri", -2, "ieri", -1, "oggi", 0, "dopodomani", 2, "domani", 1),
                        periods("la settimana scorsa", Granularity.WEEK, "il mese scorso", Granularity.MONTH,
                                "l'anno scorso", Granularity.YEAR),
                        dayParts(" mattina", "TMO", " mattino", "TMO", " pomeriggio", "TAF", " sera", "TEV", " notte", "TNI"));
                case "pt" -> new Vocabulary(months("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho",
                        "agosto", "setembro", "outubro", "novembro", "dezembro"),
                        weekdays("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado",
                                "domingo"),
                        ordered("anteontem", -2, "ontem", -1, "hoje", 0, "amanhã", 1),
                        periods("a semana passada", Granularity.WEEK, "o mês passado", Granularity.MONTH,
                                "o ano passado", Granularity.YEAR),
                        dayParts(" de manhã", "TMO", " à tarde", "TAF", " à noite", "TNI"));
                // the languages below read their months from WrittenDates, which the text cleaner shares; a weekday
                // is listed in the cases a date puts it in ("w piątek", "v sobotu", "в пятницу")
                case "nl" -> new Vocabulary(WrittenDates.monthsOf(language),
                        weekdays("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
                        ordered("eergisteren", -2, "gisteren", -1, "gister", -1, "vandaag", 0, "overmorgen", 2,
                                "morgen", 1),
                        periods("vorige week", Granularity.WEEK, "afgelopen week", Granularity.WEEK,
                                "vorige maand", Granularity.MONTH, "vorig jaar", Granularity.YEAR,
                                "afgelopen jaar", Granularity.YEAR),
                        dayParts("ochtend", "TMO", "morgen", "TMO", "middag", "TAF", "avond", "TEV", "nacht", "TNI"));
                case "pl" -> new Vocabulary(WrittenDates.monthsOf(language),
                        // the genitive after "od" (since, from) and "do" (until): "od poniedziałku", "do piątku"
                        weekdays("poniedziałek|poniedziałku", "wtorek|wtorku", "środę|środa|środy",
                                "czwartek|czwartku", "piątek|piątku", "sobotę|sobota|soboty",
                                "niedzielę|niedziela|niedzieli"),
                        ordered("przedwczoraj", -2, "wczoraj", -1, "dzisiaj", 0, "dziś", 0, "pojutrze", 2, "jutro", 1),
                        periods("w zeszłym tygodniu", Granularity.WEEK, "w ubiegłym tygodniu", Granularity.WEEK,
                                "w zeszłym miesiącu", Granularity.MONTH, "w ubiegłym miesiącu", Granularity.MONTH,
                                "w zeszłym roku", Granularity.YEAR, "w ubiegłym roku", Granularity.YEAR),
                        dayParts(" wieczorem", "TEV", " rano", "TMO", " po południu", "TAF", " w nocy", "TNI"));
                case "cs" -> new Vocabulary(WrittenDates.monthsOf(language),
                        weekdays("pondělí", "úterý", "středu|středa|středy", "čtvrtek|čtvrtka", "pátek|pátku",
                                "sobotu|sobota|soboty", "neděli|neděle"),
                        ordered("předevčírem", -2, "včera", -1, "dnes", 0, "pozítří", 2, "zítra", 1),
                        periods("minulý týden", Granularity.WEEK, "minulý měsíc", Granularity.MONTH,
                                "minulý rok", Granularity.YEAR, "loni", Granularity.YEAR),
                        dayParts(" večer", "TEV", " ráno", "TMO", " dopoledne", "TMO", " odpoledne", "TAF",
                                " v noci", "TNI"));
                case "tr" -> new Vocabulary(WrittenDates.monthsOf(language),
                        // "pazar" alone is also a market: Sunday only as "pazar günü" or with a part of the day
                        // ("pazar sabahı"); a case ending is glued to the name ("pazartesiye kadar", "cumadan beri",
                        // "salıdan itibaren"), with an apostrophe when it is written with a capital ("Pazartesi'ye")
                        weekdays("pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar günü|pazar"),
                        ordered("evvelsi gün", -2, "dün", -1, "bugün", 0, "öbür gün", 2, "yarın", 1),
                        periods("geçen hafta", Granularity.WEEK, "geçen ay", Granularity.MONTH,
                                "geçen yıl", Granularity.YEAR, "geçen sene", Granularity.YEAR),
                        dayParts(" akşamı", "TEV", " akşam", "TEV", " sabahı", "TMO", " sabah", "TMO",
                                " öğleden sonra", "TAF", " gecesi", "TNI", " gece", "TNI"),
                        new WeekdayWords(java.util.Set.of("pazar"), Pattern.compile("(?!)"), false,
                                Pattern.compile("(?:y?[eaıi]|[dt][ea]n|[dt][ea]|n[ıiuü]n)")));
                case "ru" -> new Vocabulary(WrittenDates.monthsOf(language),
                        // the genitive after "с" (since, from) and "до" (until): "с понедельника", "до пятницы"
                        weekdays("понедельник|понедельника", "вторник|вторника", "среду|среда|среды",
                                "четверг|четверга", "пятницу|пятница|пятницы", "субботу|суббота|субботы",
                                "воскресенье|воскресенья"),
                        ordered("позавчера", -2, "вчера", -1, "сегодня", 0, "послезавтра", 2, "завтра", 1),
                        periods("на прошлой неделе", Granularity.WEEK, "в прошлом месяце", Granularity.MONTH,
                                "в прошлом году", Granularity.YEAR),
                        dayParts(" вечером", "TEV", " утром", "TMO", " днём", "TAF", " днем", "TAF", " ночью", "TNI"));
                // Arabic names the part of the day before the weekday ("صباح الأحد"), which stays a date
                case "ar" -> new Vocabulary(WrittenDates.monthsOf(language),
                        weekdays("الاثنين|الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
                        ordered("أول أمس", -2, "أمس", -1, "الأمس", -1, "غداً", 1, "غدا", 1),
                        periods("الأسبوع الماضي", Granularity.WEEK, "الشهر الماضي", Granularity.MONTH,
                                "العام الماضي", Granularity.YEAR, "السنة الماضية", Granularity.YEAR),
                        Map.of());
                // Indonesian writes weekdays with a capital and without endings ("pada hari Senin", "Selasa lalu",
                // "Minggu malam"); "minggu" is also the week ("minggu lalu", "dua minggu"), so Sunday is "Minggu" only
                // as a name is written, after "hari" or before a part of the day (the old "Ahad" is no word else)
                case "id" -> new Vocabulary(WrittenDates.monthsOf(language),
                        weekdays("senin", "selasa", "rabu", "kamis", "jumat|jum'at", "sabtu", "minggu|ahad"),
                        ordered("kemarin lusa", -2, "kemarin dulu", -2, "kemarin", -1, "hari ini", 0, "besok", 1,
                                "lusa", 2),
                        periods("pekan lalu", Granularity.WEEK, "minggu lalu", Granularity.WEEK,
                                "bulan lalu", Granularity.MONTH, "tahun lalu", Granularity.YEAR),
                        dayParts(" pagi", "TMO", " siang", "TMI", " sore", "TAF", " malam", "TNI"),
                        new WeekdayWords(java.util.Set.of("minggu"), Pattern.compile("(?iu)(?<![\\p{L}])hari\\s+$"),
                                true, NO_ENDING));
                // Swedish, Danish and Norwegian (bokmål): months as CLDR writes them, weekdays with the side they lie on
                // (WeekdaySides), "i går" and "igår" alike
                case "sv" -> new Vocabulary(WrittenDates.monthsOf(language),
                        weekdays("måndag|måndags", "tisdag|tisdags", "onsdag|onsdags", "torsdag|torsdags",
                                "fredag|fredags", "lördag|lördags", "söndag|söndags"),
                        ordered("i förrgår", -2, "i går", -1, "igår", -1, "i dag", 0, "idag", 0, "i övermorgon", 2,
                                "i morgon", 1, "imorgon", 1),
                        periods("förra veckan", Granularity.WEEK, "förra månaden", Granularity.MONTH,
                                "förra året", Granularity.YEAR, "i fjol", Granularity.YEAR),
                        dayParts(" förmiddag", "TMO", " morgon", "TMO", " eftermiddag", "TAF", " kväll", "TEV",
                                " natt", "TNI"),
                        WeekdayWords.NONE, new WeekdaySides(java.util.Set.of("måndags", "tisdags", "onsdags",
                                "torsdags", "fredags", "lördags", "söndags"), Pattern.compile("(?!)"), ON_COMING));
                case "da" -> new Vocabulary(WrittenDates.monthsOf(language),
                        weekdays("mandag|mandags", "tirsdag|tirsdags", "onsdag|onsdags", "torsdag|torsdags",
                                "fredag|fredags", "lørdag|lørdags", "søndag|søndags"),
                        ordered("i forgårs", -2, "i går", -1, "igår", -1, "i dag", 0, "idag", 0, "i overmorgen", 2,
                                "i morgen", 1, "imorgen", 1),
                        periods("sidste uge", Granularity.WEEK, "i sidste uge", Granularity.WEEK,
                                "sidste måned", Granularity.MONTH, "sidste år", Granularity.YEAR),
                        dayParts(" formiddag", "TMO", " morgen", "TMO", " eftermiddag", "TAF", " aften", "TEV",
                                " nat", "TNI"),
                        WeekdayWords.NONE, new WeekdaySides(java.util.Set.of("mandags", "tirsdags", "onsdags",
                                "torsdags", "fredags", "lørdags", "søndags"), Pattern.compile("(?!)"), ON_COMING));
                case "nb", "no" -> new Vocabulary(WrittenDates.monthsOf("nb"),
                        weekdays("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
                        ordered("i forgårs", -2, "i går", -1, "igår", -1, "i dag", 0, "idag", 0, "i overmorgen", 2,
                                "i morgen", 1, "imorgen", 1),
                        periods("forrige uke", Granularity.WEEK, "forrige måned", Granularity.MONTH,
                                "i fjor", Granularity.YEAR),
                        dayParts(" formiddag", "TMO", " morgen", "TMO", " ettermiddag", "TAF", " kveld", "TEV",
                                " natt", "TNI"),
                        WeekdayWords.NONE, new WeekdaySides(java.util.Set.of(),
                                Pattern.compile("(?iu)(?<![\\p{L}])i\\s+$"), ON_COMING));
                // the languages whose date words CLDR gives (CldrDateWords), with the parts of the day each writes
                // after a weekday or yesterday; no table of last periods beside CLDR's (RelativePhrases)
                default -> CldrDateWords.LANGUAGES.contains(language) ? new Vocabulary(
                        WrittenDates.monthsOf(language), CldrDateWords.weekdays(language),
                        CldrDateWords.relativeDays(language), Map.of(), cldrDayParts(language), "ro".equals(language)
                        ? WeekdayWords.unlessCounted(java.util.Set.of("luni"), ROMANIAN_COUNT) : WeekdayWords.NONE)
                        : null;
            };
        }

        /**
         * The parts of the day the languages of {@link CldrDateWords} write after a weekday or yesterday ("vineri
         * seara", "u petak navečer", "pénteken este", "την Παρασκευή το βράδυ", "divendres al vespre", "Jumaat
         * malam"); Finnish also joins them with a hyphen ("perjantai-iltana"). CLDR's day periods are the forms a
         * clock time takes ("8 del vespre"), not these.
         */
        private static Map<String, String> cldrDayParts(String language) {
            return switch (language) {
                case "ro" -> dayParts(" dimineața", "TMO", " dimineaţa", "TMO", " după-amiaza", "TAF",
                        " după-amiază", "TAF", " seara", "TEV", " noaptea", "TNI");
                case "hr" -> dayParts(" ujutro", "TMO", " prijepodne", "TMO", " poslijepodne", "TAF",
                        " popodne", "TAF", " navečer", "TEV", " uvečer", "TEV", " noću", "TNI");
                case "sk" -> dayParts(" ráno", "TMO", " dopoludnia", "TMO", " popoludní", "TAF", " večer", "TEV",
                        " v noci", "TNI");
                case "uk" -> dayParts(" вранці", "TMO", " зранку", "TMO", " вдень", "TAF", " ввечері", "TEV",
                        " увечері", "TEV", " вночі", "TNI", " уночі", "TNI");
                case "hu" -> dayParts(" reggel", "TMO", " délelőtt", "TMO", " délután", "TAF", " este", "TEV",
                        " éjjel", "TNI", " éjszaka", "TNI");
                case "fi" -> dayParts("-aamuna", "TMO", "-iltapäivänä", "TAF", "-iltana", "TEV", "-yönä", "TNI",
                        " aamulla", "TMO", " iltapäivällä", "TAF", " illalla", "TEV", " yöllä", "TNI");
                case "el" -> dayParts(" το πρωί", "TMO", " το μεσημέρι", "TMI", " το απόγευμα", "TAF",
                        " το βράδυ", "TEV", " τη νύχτα", "TNI", " το βράδι", "TEV");
                case "ca" -> dayParts(" al matí", "TMO", " al migdia", "TMI", " a la tarda", "TAF",
                        " al vespre", "TEV", " a la nit", "TNI");
                case "ms" -> dayParts(" pagi", "TMO", " tengah hari", "TMI", " petang", "TAF", " malam", "TNI");
                default -> Map.of();
            };
        }

        private static Map<String, Integer> months(String... names) {
            Map<String, Integer> map = new java.util.LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
                map.put(names[i], i + 1);
            }
            return map;
        }

        /** Monday to Sunday, each perhaps in several forms separated by "|" (the cases a language puts it in). */
        private static Map<String, DayOfWeek> weekdays(String... names) {
            Map<String, DayOfWeek> map = new java.util.LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
                for (String form : names[i].split("\\|")) {
                    map.put(form, DayOfWeek.of(i + 1));
                }
            }
            return map;
        }

        /** A part of the day written after a weekday, with its TIMEX3 time ("soir": {@code TEV}). */
        private static Map<String, String> dayParts(String... pairs) {
            Map<String, String> map = new java.util.LinkedHashMap<>();
            for (int i = 0; i < pairs.length; i += 2) {
                map.put(pairs[i], pairs[i + 1]);
            }
            return map;
        }

        private static Map<String, Integer> ordered(Object... pairs) {
            Map<String, Integer> map = new java.util.LinkedHashMap<>();
            for (int i = 0; i < pairs.length; i += 2) {
                map.put((String) pairs[i], (Integer) pairs[i + 1]);
            }
            return map;
        }

        private static Map<String, Granularity> periods(Object... pairs) {
            Map<String, Granularity> map = new java.util.LinkedHashMap<>();
            for (int i = 0; i < pairs.length; i += 2) {
                map.put((String) pairs[i], (Granularity) pairs[i + 1]);
            }
            return map;
        }
    }
}
