package dev.storybrief.wording;

import dev.storybrief.model.Words;
import java.util.regex.Pattern;

/**
 * Recognises a paywall's or subscription box's line: "Subscribe to continue reading", "You have reached your free
 * article limit", "Get unlimited digital access for $1/week", "Log in to read more", and the trial offers, small print,
 * headings, buttons and subscribers' lines of such boxes in other languages. Shared by the page extractor
 * and the text cleaner, so that {@code extract} and {@code brief} take out the same lines: the words say what the
 * line is, wherever it was found (a page's paragraph or a copied text's line). A story's sentence of more than
 * {@link #MAX_WORDS} words that names a subscription is the story's, not the site's; so is a shorter one that names
 * subscribers or a subscription and reports: it credits a speaker ("the publisher said"), or it tells an act without
 * addressing the reader ("The Courier, which has 12,000 subscribers, ran the vote on Wednesday"). A prompt's own
 * words (subscribe, unlimited access, free articles, a price a month) make a prompt wherever they stand.
 */
public final class PaywallPrompts {
    /** Longest line, in words, read as a prompt. */
    public static final int MAX_WORDS = 25;
    private static final Pattern PROMPT = Pattern.compile(
            "(?i)(?:subscribe\\b|unlimited (?:digital )?(?:access|stories)|get unlimited|free articles?"
                    + "|you've read|already a subscriber|sign up|log ?in to|\\$\\d+(?:\\.\\d\\d)?\\s*/\\s*(?:month|week|year))");
    /**
     * The paper's subscribers or subscriptions named: a prompt's words ("Subscriptions from $1 a week", "Exclusive to
     * subscribers") and a story's too ("The Courier, which has 12,000 subscribers, ..."), so read only in a line that
     * does not report.
     */
    private static final Pattern SUBSCRIBERS = Pattern.compile("(?i)\\bsubscri(?:bers?|ptions?|bed)\\b");
    /** A price: a currency sign and a figure, or a figure and a currency. */
    private static final String PRICE = "(?:[€$£]\\s?\\d|\\d+(?:[.,]\\d{1,2})?\\s?(?:€|\\$|£|euros?\\b|eur\\b|kr\\b|kronor\\b"
            + "|kroner\\b|z[łl]\\b|dollars?\\b|reais\\b)|r\\$\\s?\\d)";
    /**
     * The same box in other languages, by how such a box is made rather than by its words alone: a trial offer (a
     * number of weeks or months for a price: "Jetzt 4 Wochen für 0,99 € testen", "Prueba 4 semanas por 0,99 euros",
     * "Testa 4 veckor för 0,99 euro"), the small print that one may cancel ("Jederzeit kündbar", "Cancela cuando
     * quieras", "Avsluta när du vill"), the heading that promises the rest of the text with the paid product ("Continue
     * reading with Times+", "Sigue leyendo con Premium", "Continue a ler com Premium", "Läs vidare med Plus"), the
     * button ("Jetzt abonnieren", "Suscríbete", "Assine já", "Prenumerera nu") and the line for those who already pay
     * ("Bereits Abonnent? Hier anmelden", "¿Ya eres suscriptor?", "Já é assinante?", "Redan prenumerant?").
     */
    private static final Pattern OTHER_LANGUAGES = Pattern.compile("(?iu)(?:"
            + "\\b\\d+ (?:weeks?|months?|days?|wochen|monate?|tage|semanas?|meses|d[ií]as|veckor|vecka|m[åa]nad(?:er)?"
            + "|dagar|uger?|m[åa]ned(?:er)?|uker?|dager|weken|week|maanden|maand|dagen|semaines?|mois|jours|tygodni[e]?"
            + "|miesi[ąa]c[ey]?|dni) (?:for|f[üu]r|por|f[öo]r|voor|pour|za)\\b.{0,20}?" + PRICE
            + "|\\bcancel (?:at )?any ?time\\b|\\bjederzeit k[üu]ndbar\\b|\\bcancela cuando quieras\\b"
            + "|\\bcancele (?:quando quiser|a qualquer momento)\\b|\\bavsluta n[äa]r du vill\\b|\\bsig op n[åa]r som helst\\b"
            + "|\\bsi opp n[åa]r som helst\\b|\\bmaandelijks opzegbaar\\b|\\baltijd opzegbaar\\b"
            + "|^(?:continue reading|keep reading|read on|weiterlesen|sigue leyendo|seguir leyendo|contin[úu]a leyendo"
            + "|continue a ler|continuar a ler|continue lendo|l[äa]s vidare|les videre|l[æa]s videre|lees verder"
            + "|lire la suite|continuez [àa] lire|czytaj dalej) (?:with|mit|con|com|med|met|avec|z)\\s+\\S"
            + "|^(?:jetzt abonnieren|abonnieren sie jetzt|suscr[ií]bete|suscr[ií]base|assine j[áa]|assine agora"
            + "|prenumerera nu|bli prenumerant|abonn[ée]r nu|abonner nu|abonneer nu|abonnez-vous|zasubskrybuj|wykup dost[ęe]p)\\b"
            + "|^(?:(?:sind sie )?(?:bereits|schon) abonnent|¿?ya (?:eres|es) (?:suscriptor|abonado)|j[áa] [ée] assinante"
            + "|redan prenumerant|allerede abonnent|al abonnee|masz ju[żz] (?:subskrypcj[ęe]|abonament))\\b)");

    private PaywallPrompts() {
    }

    /** Whether the line (a paragraph) is a paywall or subscription prompt. */
    public static boolean isPrompt(String line) {
        return Words.atMost(line, MAX_WORDS) && (PROMPT.matcher(line).find()
                || SUBSCRIBERS.matcher(line).find() && !reports(line) || OTHER_LANGUAGES.matcher(line.strip()).find());
    }

    /** Whether an English line is a story's: it credits a speaker, or it tells an act and does not address the reader. */
    private static boolean reports(String line) {
        NoticeWords english = NoticeWords.ENGLISH;
        return english.saying().matcher(line).find()
                || english.tellsAnAct(line) && !english.addressed().matcher(line).find();
    }
}
