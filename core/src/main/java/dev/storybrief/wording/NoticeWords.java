package dev.storybrief.wording;

import dev.storybrief.analyze.language.LanguageIdentifier;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One language's words for the two things the clean stage weighs to tell a site's notice from a story (its
 * {@code SiteNotices}) and that {@link ReaderAppeals} reads line by line: how a site speaks to its reader (the reader
 * addressed, the site speaking as "we" or of "this page"; words naming a site, its form and the reader's tools) and
 * how a report tells a third party's act (a verb of saying, a named day, a verb telling an act in the past). The words
 * differ by language; what they mark does not, so a notice is read alike in every language listed: English, French,
 * German, Spanish, Italian, Portuguese, Dutch, Russian, Arabic, Chinese and Japanese. A text in another language has no
 * words here and is never marked.
 *
 * @param language   the language's ISO 639-1 code
 * @param addressed  the reader addressed, or the site speaking of itself or as "we"
 * @param site       words that describe a site, its form or its reader's tools
 * @param saying     a verb or phrase telling that someone spoke ("said", "a déclaré", "sagte", "表示", "と述べた")
 * @param day        a named day: a weekday, yesterday, last week, a month's day
 * @param past       a verb telling an act in the past, not a participle describing a state ("the page was removed")
 * @param correction the words of a correction note, the outlet's own act: such a note is never a notice
 */
public record NoticeWords(String language, Pattern addressed, Pattern site, Pattern saying, Pattern day, Pattern past,
        Pattern correction) {

    private static final LanguageIdentifier LANGUAGES = new LanguageIdentifier();
    /** English words no other language storybrief reads writes: the English lists are read only for English. */
    private static final java.util.Set<String> ENGLISH_WORDS = java.util.Set.of("the", "you", "your", "is", "are", "of",
            "and", "to", "this", "with", "for", "or", "be", "can", "we", "our", "that", "it", "what", "if", "at", "from");
    /** The share of a text's words {@link #ENGLISH_WORDS} holds at least, for the text to be read as English. */
    private static final double ENGLISH_SHARE = 0.08;
    /**
     * A language identified with less confidence (the top language's share of the top two) is not trusted for its
     * words: no mark. A notice is short, so the identifier is seldom sure; its words must fit the language anyway.
     */
    private static final double SURE = 0.55;
    /** The letters of a text the language's script must hold: a page mixing scripts is not weighed. */
    private static final double SCRIPT_SHARE = 0.75;
    /** Patterns of languages that write words apart read whole words only, in any script; Unicode case folding. */
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    /** English: the lists the first version of the notice rule read. */
    public static final NoticeWords ENGLISH = new NoticeWords("en",
            Pattern.compile("(?i)\\b(?:you|your|yours|you're|you've|you'll|youre"
                    + "|please|we|we're|we've|we'll|our|contact us)\\b"
                    + "|(?i)^(?:learn more|sign (?:up|in)|log ?in|subscribe|click|tap|try|check|visit|follow|register"
                    + "|download|read more|find out|get|join|enter|continue)\\b"
                    + "|(?i)\\b(?:this|these|that) (?:page|pages|site|website|web ?site|domain|collection|collections"
                    + "|crawl|crawls|captures?|archive|content|material|service|app|form|newsletter|video|widget"
                    + "|feature)\\b"),
            // not words news also uses: "content", "play"
            Pattern.compile("(?i)\\b(?:web ?page|web ?site|website|webpage|web|page|pages"
                    + "|site|sites|domain|browser|javascript|cookies?|log ?in|logged|sign(?:ed)? (?:in|up)|account"
                    + "|password|subscribe|subscription|subscribers?|newsletter|e-?mails?|inbox|alerts?"
                    + "|notifications?|tweets?|location (?:information|history)|privacy|terms of (?:use|service)"
                    + "|copyright|dns|ip address|url|urls|links?|(?:web|e-?mail) address|search (?:box|bar|feature)"
                    + "|click|download|app|apps|crawl|crawls|crawled|crawler|wayback|archive|archived|archives"
                    + "|web (?:collections?|captures?|content)|captures?|collections?|warc|embargo|general public"
                    + "|settings|cache)\\b|https?://|www\\."),
            // "-ed" forms are the past's
            Pattern.compile("(?i)\\b(?:said|says|say|told|tells|reports|announces|confirms|claims|states|denies"
                    + "|warns|according to)\\b"),
            Pattern.compile("(?i)\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday"
                    + "|last (?:week|month|year|night))\\b|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov"
                    + "|dec)[a-z]*\\.? \\d{1,2}\\b|\\b\\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov"
                    + "|dec)[a-z]*\\b"),
            // a regular verb's "-ed" (stem of three letters at least) or a common irregular one, but not a participle
            // of state: after "is", "was", "have", "'ve" ("JavaScript is disabled", "we've detected"), a pronoun in
            // the site's talk ("the page you requested"), an article, "these" or a preposition ("these archived
            // pages"), after "or"/"and" joining it to such a participle ("is changed or removed"), or before "by" or
            // "with" ("curated by", "the files associated with this crawl")
            Pattern.compile("(?i)(?<!\\b(?:is|are|was|were|be|been|being|get|gets|got"
                    + "|has|have|had|'ve|’ve|you|we|i|they|the|a|an|these|those|this|our|your|its|of|for|in|on|to|from"
                    + "|at|with) )(?<!ed or |ed and |en or |en and )\\b(?:\\p{L}{3,}ed|shot|fled|fell|rose|won|lost|met"
                    + "|began|broke|struck|went|came|took|gave|sent|held|fought|threw|wrote|spoke|stole|swore|used|died"
                    + "|dies|kills|wins|loses|hits|strikes|crashes|resigns)\\b(?! (?:by|with)\\b)"),
            Pattern.compile("(?i)\\b(?:correct(?:ed|ion|s)?|earlier version|misstated|misspelled|misidentified"
                    + "|incorrectly|clarification)\\b"));

    /**
     * The other languages. Each list is of the words a site's notice or a report writes: a perfect or simple past
     * counts as an act unless its subject is the reader, the site ("we") or the reader's thing ("votre session a
     * expiré", "Ihre Sitzung ..."), and a passive or a participle after "to be" is a state, as in English ("la page a
     * été supprimée", "die Seite wurde verschoben", "la página se movió", "la pagina è stata rimossa").
     */
    private static final Map<String, NoticeWords> OTHERS = Map.ofEntries(
            Map.entry("fr", spaced("fr",
                    "vous|votre|vos|veuillez|nous|notre|nos|merci de|cliquez|connectez-vous|identifiez-vous"
                            + "|inscrivez-vous|abonnez-vous|s'il vous pla[iî]t|s’il vous pla[iî]t"
                            + "|(?:cette|ce|ces|cet) (?:page|pages|site|service|contenu|article|articles|vidéo|application|formulaire"
                            + "|lettre|newsletter|espace)",
                    "(?:en savoir plus|se connecter|s'inscrire|s'abonner|connexion|inscription|continuer|télécharger"
                            + "|lire la suite)",
                    "pages?|sites?|site web|internet|web|navigateurs?|javascript|cookies?|traceurs|comptes?"
                            + "|mot de passe|identifiants?|connexion|connecter|abonnements?|abonnés?|abonner"
                            + "|newsletters?|lettres? d'information|e-?mails?|courriels?|adresse électronique"
                            + "|notifications?|alertes?|confidentialité|données personnelles"
                            + "|conditions (?:générales )?d'utilisation|mentions légales|droits d'auteur|copyright"
                            + "|liens?|url|applications?|appli|télécharger|paramètres|archives?|publicités?|bloqueur"
                            + "|formulaire|captcha",
                    "(?:a|ont|avait|avaient) (?:déclaré|dit|annoncé|indiqué|affirmé|précisé|expliqué|ajouté|estimé"
                            + "|souligné|assuré|confirmé|démenti|raconté|rapporté|répondu|reconnu)|déclare|affirme"
                            + "|selon(?! (?:vos|votre|nos|notre|les|la|le)\\b)|d'après|d’après"
                            + "|(?:a|dit|déclare|affirme|estime|explique|ajoute|précise|indique)-t?-?(?:il|elle|ils|elles)"
                            + "|ont-(?:ils|elles)",
                    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|avant-hier"
                            + "|(?:la semaine|le mois|l'an|l'année|l’an|l’année) derni[eè]re?"
                            + "|\\d{1,2}(?:er)? (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre"
                            + "|novembre|décembre)",
                    "(?<!\\b(?:vous|nous|je|j'|j’|tu|on|y|votre|vos|notre|nos|ton|ta|tes) (?:\\p{L}{1,20} )?)"
                            + "\\b(?:a|ont|avait|avaient) (?!été\\b)(?:\\p{L}{1,12} )?\\p{L}{2,}(?:é|ée|és|ées|is|it"
                            + "|u|ue|us|ert|int)\\b|\\b(?:était|étaient|fut|furent|mourut|est mort|est morte"
                            + "|sont morts)\\b",
                    "rectificatif|erratum|correction|version précédente|précédente version")),
            Map.entry("de", compounding("de",
                    // "Sie" and "Ihr" are read below with their capital; "bitte", "wir", "du" in any case
                    "bitte|wir|unser|unsere|unseren|unserem|unserer|du|dein|deine|deinen|klicken|melden sie sich"
                            + "|(?:diese|dieser|dieses|diesen) (?:seite|webseite|website|inhalte?|artikel|beitrag|dienst|app|formular"
                            + "|newsletter|video|funktion)",
                    "(?:mehr erfahren|anmelden|einloggen|registrieren|abonnieren|jetzt|weiterlesen|hier klicken"
                            + "|herunterladen|zum login)",
                    "seite|webseite|website|internetseite|homepage|browser|javascript|cookie|konto|benutzerkonto"
                            + "|passwort|kennwort|anmeld|login|eingeloggt|einloggen|registrier|abo\\b|abos\\b"
                            + "|abonnement|abonnent|abonnier|newsletter|e-mail|email|postfach|benachrichtigung|datenschutz"
                            + "|nutzungsbedingungen|impressum|urheberrecht|link\\b|apps?\\b|einstellungen|archiv"
                            + "|herunterlad|werbeblocker|adblocker|formular|captcha",
                    "sagte|sagten|sagt|erklärte|erklärten|teilte|teilten|berichtete|berichteten|betonte|betonten"
                            + "|kündigte|kündigten|warnte|warnten|bestätigte|bestätigten|meldete|meldeten|zufolge"
                            + "|gab [\\p{L} ]{1,40} bekannt",
                    "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|gestern|vorgestern"
                            + "|(?:vergangene|letzte)[nrs]? (?:woche|monat|jahr)"
                            + "|\\d{1,2}\\. (?:januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober"
                            + "|november|dezember)",
                    "(?<!\\b(?:sie|wir|du|ich|ihr|ihre|ihren|ihrem|ihrer|ihres|unsere?) (?:\\p{L}{1,20} )?)"
                            + "\\b(?:hat|haben|hatte|hatten) [^.!?,;]{0,60}?\\b\\p{L}{0,8}ge\\p{L}{2,}(?:t|en)\\b"
                            + "|\\b(?:ging|gingen|kam|kamen|starb|starben|fand|fanden|traf|trafen|floh"
                            + "|flohen|verlor|verloren|gewann|gewannen|nahm|nahmen|schoss|stürzte|stürzten|brach"
                            + "|brachen|hielt|hielten)\\b",
                    "korrektur|berichtigung|korrigiert|frühere[nr]? (?:version|fassung)")),
            Map.entry("es", spaced("es",
                    "usted|ustedes|tu|tus|te|vos|por favor|nosotros|nosotras|nuestro|nuestra|nuestros|nuestras"
                            + "|haga clic|haz clic|pulse|pulsa|suscríbete|suscríbase|regístrate|regístrese"
                            + "|inicia sesión|inicie sesión"
                            + "|(?:esta|este|estas|estos) (?:página|páginas|sitio|web|contenido|artículo|noticia|servicio|aplicación"
                            + "|formulario|boletín|vídeo|video)",
                    "(?:más información|saber más|leer más|iniciar sesión|registrarse|suscribirse|descargar"
                            + "|continuar|acceder)",
                    "páginas?|sitios?|web|navegador(?:es)?|javascript|cookies?|cuentas?|contraseña|usuario|sesión"
                            + "|suscripción|suscribirse|suscriptor(?:es)?|boletín|newsletter|correo|e-?mail"
                            + "|notificaciones|alertas|privacidad|términos (?:y condiciones|de uso)|condiciones de uso"
                            + "|aviso legal|derechos de autor|enlaces?|url|aplicación|app|descargar|configuración"
                            + "|archivo|publicidad|bloqueador|formulario|captcha",
                    "dijo|dijeron|afirmó|afirmaron|declaró|declararon|explicó|añadió|aseguró|señaló|indicó|agregó"
                            + "|anunció|anunciaron|informó|informaron|advirtió|confirmó|según|de acuerdo con",
                    "lunes|martes|miércoles|jueves|viernes|sábado|domingo|ayer|anteayer"
                            + "|(?:la semana|el mes|el año) pasad[oa]"
                            + "|\\d{1,2} de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre"
                            + "|octubre|noviembre|diciembre)",
                    "(?<!\\b(?:se|usted|tu|su|sus|tus|nuestr[oa]s?|nos|te|me|yo) (?:\\p{L}{1,20} )?)"
                            + "\\b(?:\\p{L}{2,}(?:ó|aron|ieron)|\\p{L}{3,}(?:aba|aban)|murió|murieron|hubo)\\b"
                            + "|(?<!\\b(?:usted|tu|su|sus|tus|nuestr[oa]s?|se|lo|la|le|nos|te|me) (?:\\p{L}{1,20} )?)"
                            + "\\b(?:ha|han|había|habían) (?!sido\\b)\\p{L}{2,}(?:ado|ido|ito|uesto|echo|icho)\\b",
                    "fe de erratas|corrección|rectificación|versión anterior")),
            Map.entry("it", spaced("it",
                    "tu|tuo|tua|tuoi|tue|ti|voi|vostro|vostra|vostri|vostre|per favore|per cortesia|si prega|noi"
                            + "|nostro|nostra|nostri|nostre|clicca|iscriviti|accedi|registrati|abbonati"
                            + "|(?:questa|questo|queste|questi) (?:pagina|pagine|sito|contenuto|articolo|servizio|app"
                            + "|applicazione|modulo|newsletter|video)",
                    "(?:scopri di più|leggi|continua|accedi|registrati|iscriviti|scarica|abbonati)",
                    "pagina|pagine|sito|siti|web|browser|javascript|cookies?|account|password|accesso|accedi|login"
                            + "|registrazione|abbonamento|abbonati|iscrizione|newsletter|e-?mail|posta elettronica"
                            + "|notifiche|privacy|termini (?:di|e condizioni)|condizioni d'uso|note legali|copyright"
                            + "|diritti d'autore|link|url|app|applicazione|scarica|impostazioni|archivio|pubblicità"
                            + "|adblock|modulo|captcha",
                    "(?:ha|hanno|aveva|avevano) (?:detto|dichiarato|affermato|spiegato|aggiunto|annunciato"
                            + "|sottolineato|confermato|riferito|raccontato|ribadito)|dichiara|afferma|sottolinea"
                            + "|disse|secondo(?! (?:le tue|i tuoi|la tua|il tuo)\\b)|stando a",
                    "lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|ieri|l'altro ieri"
                            + "|(?:la settimana|il mese|l'anno|l’anno) scors[oa]"
                            + "|\\d{1,2} (?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre"
                            + "|ottobre|novembre|dicembre)",
                    "(?<!\\b(?:tu|ti|ci|vi|si|mi|ne|noi|voi|tuo|tua|nostro|nostra|vostro|vostra) (?:\\p{L}{1,20} )?)"
                            + "\\b(?:ha|hanno|aveva|avevano) (?!avuto\\b)(?:\\p{L}{1,12} )?\\p{L}{2,}(?:ato|ata|ati"
                            + "|ate|uto|uta|uti|ito|ita|iti|esso|essa|otto|isto|orto)\\b"
                            + "|\\b(?!(?:però|perciò|ciò|può|farò|sarò|avrò|andrò|potrò|dovrò|vorrò|verrò|falò|comò"
                            + "|oblò|rococò|bordò|cacao|vabbè)\\b)\\p{L}{2,}ò\\b"
                            + "|\\b(?:era|erano|\\p{L}{2,}(?:ava|avano|eva|evano)|morì|morirono)\\b",
                    "rettifica|correzione|errata corrige|versione precedente")),
            Map.entry("pt", spaced("pt",
                    "você|vocês|voce|seu|sua|seus|suas|teu|tua|por favor|nós|nosso|nossa|nossos|nossas|clique"
                            + "|assine|inscreva-se|cadastre-se|faça login|faça o login"
                            + "|(?:esta|este|estas|estes|essa|esse) (?:página|páginas|site|conteúdo|artigo|matéria|reportagem|serviço"
                            + "|aplicativo|app|formulário|newsletter|vídeo)",
                    "(?:saiba mais|leia mais|continuar|entrar|assinar|cadastrar|baixar)",
                    "páginas?|sites?|navegador(?:es)?|javascript|cookies?|conta|senha|login|sessão|assinatura"
                            + "|assinantes?|newsletter|e-?mail|notificações|alertas|privacidade|termos de uso"
                            + "|condições de uso|direitos autorais|links?|url|aplicativo|app|baixar|configurações"
                            + "|arquivo|publicidade|bloqueador|formulário|captcha",
                    "disse|disseram|afirmou|afirmaram|declarou|declararam|explicou|acrescentou|anunciou|informou"
                            + "|confirmou|contou|revelou|segundo|de acordo com",
                    "segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo|ontem|anteontem"
                            + "|(?:na semana|no mês|no ano) passad[oa]"
                            + "|\\d{1,2} de (?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro"
                            + "|outubro|novembro|dezembro)",
                    "(?<!\\b(?:você|voce|vocês|seu|sua|seus|suas|nosso|nossa|nós|se|te|me|eu) (?:\\p{L}{1,20} )?)"
                            + "\\b(?!(?:museu|europeu|judeu|plebeu|ateu|liceu|apogeu|jubileu|pneu|chapeu|ocorreu)\\b)"
                            + "\\p{L}{3,}(?:ou|eu|iu|aram|eram|iram)\\b|\\b(?:morreu|morreram|houve|fez|fizeram"
                            + "|teve|tiveram|disse)\\b",
                    "errata|correção|versão anterior")),
            Map.entry("nl", compounding("nl",
                    "u|uw|je|jouw|jij|jullie|graag|alstublieft|alsjeblieft|wij|we|ons|onze|klik|meld je aan|log in"
                            + "|abonneer|(?:deze|dit) (?:pagina|site|website|inhoud|artikel|dienst|app|formulier|nieuwsbrief"
                            + "|video)",
                    "(?:meer informatie|lees meer|lees verder|inloggen|aanmelden|registreren|abonneren|downloaden"
                            + "|doorgaan)",
                    "pagina|website|site|browser|javascript|cookie|account|wachtwoord|inlog|ingelogd|aanmeld"
                            + "|registre|abonnement|abonnee|nieuwsbrief|e-mail|email|mailbox|melding|privacy"
                            + "|gebruiksvoorwaarden|voorwaarden|auteursrecht|links?\\b|url\\b|apps?\\b|download|instellingen"
                            + "|archief|advertentie|adblocker|formulier|captcha",
                    "zei|zeiden|zegt|verklaarde|verklaarden|vertelde|vertelden|meldde|meldden|liet weten|aldus"
                            + "|volgens|bevestigde|bevestigden|waarschuwde|maakte bekend|maakten bekend",
                    "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|gisteren|eergisteren"
                            + "|vorige (?:week|maand)|vorig jaar"
                            + "|\\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober"
                            + "|november|december)",
                    "(?<!\\b(?:u|je|jij|wij|we|uw|jouw|onze|ons|ik) (?:\\p{L}{1,20} )?)"
                            + "\\b(?:heeft|hebben|had|hadden) [^.!?,;]{0,60}?\\b\\p{L}{0,8}ge\\p{L}{2,}(?:d|t|en)\\b"
                            + "|\\b(?:ging|gingen|kwam|kwamen|vond|vonden|stierf|stierven|vluchtte|vluchtten|viel"
                            + "|vielen|won|wonnen|verloor|verloren|schoot|schoten|brak|braken)\\b",
                    "correctie|rectificatie|eerdere versie")),
            Map.entry("ru", compounding("ru",
                    "вы|вас|вам|вами|ваш|ваша|ваше|ваши|вашего|вашей|вашу|вашим|ваших|ты|тебя|твой|твоя|пожалуйста"
                            + "|просим|мы|нас|нам|наш|наша|наше|наши|нашего|нашей|нашу|нашем|нажмите|войдите"
                            + "|зарегистрируйтесь|подпишитесь|перейдите|обновите|включите"
                            + "|(?:эта|этот|эту|это|этой|этого|эти) (?:страниц|сайт|сервис|приложени|форм|рассылк"
                            + "|видео|материал)",
                    "(?:подробнее|узнать больше|читать далее|войти|регистрация|подписаться|скачать|продолжить)",
                    "страниц|сайт|браузер|javascript|cookie|куки|аккаунт|учётн|учетн|парол|войти|вход|авториз"
                            + "|регистрац|подписк|рассылк|почт|e-mail|email|уведомлен|конфиденциальн"
                            + "|пользовательск|условия использования|авторск|ссылк|url\\b|приложени|скача|настройк"
                            + "|архив|реклам|капч",
                    // Russian's past ends by the speaker's gender ("сказал", "сказала", "сказали")
                    "сказал|сказала|сказали|заявил|заявила|заявили|сообщил|сообщила|сообщили|сообщает|отметил"
                            + "|отметила|отметили|подчеркнул|подчеркнула|рассказал|рассказала|рассказали|объявил"
                            + "|объявила|объявили|по словам|по данным|как сообщает|передает|передаёт",
                    "в (?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|вчера|позавчера"
                            + "|на прошлой неделе|в прошлом (?:году|месяце)"
                            + "|\\d{1,2} (?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября"
                            + "|ноября|декабря)",
                    // the past tense (the l-form) of a third party: not the reader's or the site's ("вы вошли", "мы
                    // обнаружили", "ваша сессия истекла"), not the subjunctive ("чтобы сайт работал", "работал бы"),
                    // not "an error occurred", not a noun ending alike
                    "(?<!\\b(?:вы|мы|я|ты|ваш|ваша|ваше|ваши|наш|наша|наше|наши|чтобы) (?:\\p{L}{1,20} )?)"
                            + "\\b(?!(?:произошл|канал|материал|сигнал|портал|журнал|финал|капитал|персонал|сериал"
                            + "|генерал|адмирал|идеал|сила|дела|детали|недели|цели|модели|отели|могила|правила"
                            + "|правил|бывали|стали|сталь|мысли|был)\\p{L}*\\b)"
                            + "\\p{L}{2,}(?:ал|ял|ил|ел|ула|ала|яла|ила|ела|али|яли|или|ели|ули)(?:ся|сь)?\\b(?! бы\\b)"
                            + "|\\b(?:погиб|погибла|погибли|умер|умерла|умерли)\\b",
                    "поправк|исправлени|уточнени|опровержени")),
            Map.entry("ar", unspaced("ar",
                    "(?<!\\p{L})[وفل]?(?:أنت|انت|أنتم|لك|لكم|يرجى|يُرجى|الرجاء|من فضلك|نحن|لدينا|موقعنا|اضغط|انقر"
                            + "|سجل الدخول|سجّل|اشترك|حسابك|بريدك|متصفحك|جهازك|هذه الصفحة|هذا الموقع|هذا المحتوى"
                            + "|هذه الخدمة|هذا التطبيق)(?!\\p{L})",
                    "الصفحة|صفحة|الموقع|موقع|المتصفح|متصفح|جافا ?سكريبت|javascript|ملفات تعريف الارتباط|كوكيز"
                            + "|حساب|كلمة المرور|كلمة السر|تسجيل الدخول|الدخول|اشتراك|الاشتراك|النشرة|البريد الإلكتروني"
                            + "|بريد|إشعارات|الإشعارات|الخصوصية|شروط الاستخدام|حقوق النشر|حقوق الطبع|رابط|روابط|التطبيق"
                            + "|تطبيق|تحميل|الإعدادات|إعدادات|الأرشيف|أرشيف|إعلان|الإعلانات",
                    // a word of its own, after the conjunction "و" or "ف" at most
                    "(?<!\\p{L})[وف]?(?:قال|قالت|قالوا|أعلن|أعلنت|أعلنوا|أكد|أكدت|صرح|صرّح|صرحت|أوضح|أوضحت|أضاف"
                            + "|أضافت|أفاد|أفادت|ذكر|ذكرت|نقلت|وفقا ل|وفقاً ل|بحسب|نقلا عن|نقلاً عن)(?!\\p{L})",
                    "(?<!\\p{L})(?:يوم )?(?:الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد|أمس"
                            + "|الأسبوع الماضي|العام الماضي|الشهر الماضي)(?!\\p{L})"
                            + "|\\d{1,2} (?:يناير|فبراير|مارس|أبريل|إبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر"
                            + "|ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين)",
                    // the verbs news tells acts with, in the past; not "an error occurred"
                    "(?<!\\p{L})[وف]?(?:وقع|وقعت|قتل|قتلت|قُتل|لقي|لقيت|أسفر|أسفرت|اندلع|اندلعت|شن|شنت|فاز|فازت"
                            + "|خسر|خسرت|توفي|توفيت|اعتقل|اعتقلت|هاجم|هاجمت|أصيب|أصيبت|غادر|غادرت|زار|زارت|التقى"
                            + "|عقد|عقدت|شهد|شهدت|جرى|جرت|أطلق|أطلقت|نفذ|نفذت|قام|قامت|كان|كانت|كانوا|انفجر|انفجرت"
                            + "|سقط|سقطت|وصل|وصلت)(?!\\p{L})",
                    "تصحيح|تصويب|استدراك")),
            Map.entry("zh", unspaced("zh",
                    "您|你|请|我们|本站|本网站|本页|点击|登录|登陆|注册|订阅|了解更多|阅读更多|该页面|此页面|这个页面",
                    "页面|网页|网站|网址|本站|浏览器|javascript|cookie|帐号|账号|账户|帐户|密码|登录|登陆|注册|订阅"
                            + "|邮件|邮箱|通知|隐私|使用条款|服务条款|用户协议|版权|链接|客户端|下载|设置|存档|广告"
                            + "|验证码",
                    // a verb of saying before its words (a comma or a colon after it), or a source's phrase
                    "(?<!即)表示(?![您你])|宣布|透露|强调|指出|据悉|据报道|据了解|获悉|证实|记者|新华社|(?:说|称|介绍)[，,：:]",
                    "星期[一二三四五六日天]|周[一二三四五六日]|礼拜[一二三四五六日天]|昨天|昨日|前天|上周|去年|上个月"
                            + "|\\d{1,2}月\\d{1,2}日|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日",
                    "发生了(?!错误)|造成|死亡|遇难|受伤|被捕|逮捕|袭击|爆炸|举行了|召开了|签署|当选|抵达|会见|去世",
                    "更正|勘误")),
            Map.entry("ja", unspaced("ja",
                    "あなた|お客様|ください|下さい|お願い|私たち|当サイト|本サイト|弊社|クリック|タップ|ログイン"
                            + "|登録|購読|詳しくは|詳細はこちら|こちら",
                    "ページ|サイト|ウェブ|ブラウザ|javascript|クッキー|cookie|アカウント|パスワード|ログイン|会員"
                            + "|登録|購読|ニュースレター|メール|通知|プライバシー|利用規約|著作権|リンク|アプリ"
                            + "|ダウンロード|設定|アーカイブ|広告",
                    "と述べ|と語っ|と話し|と発表|と明らかにし|と説明し|と強調し|によると|によれば|と伝え|と報じ"
                            + "|と指摘し|と言っ|としている",
                    "[月火水木金土日]曜日?|昨日|一昨日|先週|昨年|去年|先月|\\d{1,2}月\\d{1,2}日|[（(][月火水木金土日][）)]",
                    // plain past closing a clause ("逮捕した。"), or the acts news tells in any form; the polite past
                    // ("ログアウトしました", "見つかりませんでした") is the site's
                    "(?<![まで])(?:した|った|いた|んだ|れた)[。、]|逮捕|死亡|負傷|襲撃|爆発|開かれ|行われ|会談|就任|当選"
                            + "|到着|亡くな",
                    "訂正|おわび|お詫び")));

    /**
     * The words of the text's language, when it is one listed and is told surely enough; else empty. English is read
     * by its own words unless the identifier is sure of another listed language (Dutch writes "is" and "of" too).
     */
    public static Optional<NoticeWords> of(String text) {
        String language = language(text);
        NoticeWords words = language == null ? null : OTHERS.get(language);
        if (words == null) {
            return isEnglish(text) && isMostly(text, Character.UnicodeScript.LATIN) ? Optional.of(ENGLISH)
                    : Optional.empty();
        }
        return isMostly(text, script(language)) ? Optional.of(words) : Optional.empty();
    }

    /**
     * The words of every listed language a line may be in: the identified one first when the identifier is sure, then
     * each listed language whose script writes most of the line's letters (a line of a few words is seldom identified
     * right, "Dit artikel is alleen beschikbaar voor abonnees" may be told German; each language's words are its own).
     */
    public static java.util.List<NoticeWords> candidates(String line) {
        java.util.List<NoticeWords> out = new java.util.ArrayList<>();
        of(line).ifPresent(out::add);
        if (!out.contains(ENGLISH) && isMostly(line, Character.UnicodeScript.LATIN)) {
            out.add(ENGLISH);
        }
        OTHERS.values().stream().filter(w -> !out.contains(w) && isMostly(line, script(w.language())))
                .sorted(java.util.Comparator.comparing(NoticeWords::language)).forEach(out::add);
        return out;
    }

    /** Whether the identifier is sure the text is English (a count of English words is not: Dutch writes "is", "we"). */
    public static boolean isSurelyEnglish(String text) {
        return "en".equals(LANGUAGES.identify(text).codeIfSure(SURE));
    }

    /** Whether a sentence tells a third party's act: someone said something, a day is named, an act is told. */
    public boolean tellsAnAct(String sentence) {
        return saying.matcher(sentence).find() || day.matcher(sentence).find() || past.matcher(sentence).find();
    }

    /**
     * The language, by its script where the script tells it (kana is Japanese; Han without kana, Chinese), else by
     * the identifier when it is sure; null when neither tells.
     */
    private static String language(String text) {
        long han = text.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
        long kana = text.codePoints().filter(cp -> {
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            return s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA;
        }).count();
        if (kana > 0 && isMostly(text, Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA,
                Character.UnicodeScript.KATAKANA)) {
            return "ja";
        }
        if (han > 0 && isMostly(text, Character.UnicodeScript.HAN)) {
            return "zh";
        }
        return LANGUAGES.identify(text).codeIfSure(SURE);
    }

    private static Character.UnicodeScript[] script(String language) {
        return switch (language) {
            case "ru" -> new Character.UnicodeScript[] {Character.UnicodeScript.CYRILLIC};
            case "ar" -> new Character.UnicodeScript[] {Character.UnicodeScript.ARABIC};
            case "zh" -> new Character.UnicodeScript[] {Character.UnicodeScript.HAN};
            case "ja" -> new Character.UnicodeScript[] {Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA,
                    Character.UnicodeScript.KATAKANA};
            default -> new Character.UnicodeScript[] {Character.UnicodeScript.LATIN};
        };
    }

    /**
     * Whether the script holds most of the text's letters: nine in ten for English (its first version's measure), three
     * in four for the others (a Russian notice names "JavaScript", a Chinese one "Cookie").
     */
    private static boolean isMostly(String text, Character.UnicodeScript... scripts) {
        java.util.List<Character.UnicodeScript> wanted = java.util.List.of(scripts);
        long letters = text.codePoints().filter(Character::isLetter).count();
        long inScript = text.codePoints().filter(cp -> Character.isLetter(cp)
                && wanted.contains(Character.UnicodeScript.of(cp))).count();
        double share = wanted.size() == 1 && wanted.get(0) == Character.UnicodeScript.LATIN ? 0.9 : SCRIPT_SHARE;
        return letters > 0 && inScript >= share * letters;
    }

    /** Whether enough of the words are English ones no other language writes ({@link #ENGLISH_WORDS}). */
    private static boolean isEnglish(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
        long english = java.util.Arrays.stream(words).filter(ENGLISH_WORDS::contains).count();
        return words.length > 0 && english >= ENGLISH_SHARE * words.length;
    }

    /**
     * A language that writes words apart: each list is read as whole words; the imperatives and links a notice's line
     * opens with ("En savoir plus", "Mehr erfahren") count only at a sentence's start.
     */
    private static NoticeWords spaced(String language, String addressed, String opening, String site, String saying,
            String day, String past, String correction) {
        return new NoticeWords(language,
                Pattern.compile("\\b(?:" + addressed + ")\\b|^" + opening + "\\b", FLAGS),
                Pattern.compile("\\b(?:" + site + ")\\b|https?://|www\\.", FLAGS),
                Pattern.compile("\\b(?:" + saying + ")\\b", FLAGS),
                Pattern.compile("\\b(?:" + day + ")\\b", FLAGS),
                Pattern.compile(past, FLAGS),
                Pattern.compile("\\b(?:" + correction + ")\\b", FLAGS));
    }

    /**
     * A language that writes compounds or endings onto its words (German "Datenschutzerklärung", Dutch
     * "nieuwsbriefinstellingen", Russian "страницы"): the site's words count at a word's start, with any letters after.
     * German's polite "Sie" and "Ihr" are the reader only with their capital, away from a sentence's start ("sie" is
     * "she" and "they").
     */
    private static NoticeWords compounding(String language, String addressed, String opening, String site,
            String saying, String day, String past, String correction) {
        String polite = "de".equals(language)
                ? "|(?<!^)(?<![.!?:»«\"] )(?-i:\\b(?:Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)\\b)" : "";
        return new NoticeWords(language,
                Pattern.compile("\\b(?:" + addressed + ")\\b|^" + opening + "\\b" + polite, FLAGS),
                Pattern.compile("\\b(?:" + site + ")|https?://|www\\.", FLAGS),
                Pattern.compile("\\b(?:" + saying + ")\\b", FLAGS),
                Pattern.compile("\\b(?:" + day + ")\\b", FLAGS),
                Pattern.compile(past, FLAGS),
                Pattern.compile("\\b(?:" + correction + ")", FLAGS));
    }

    /** A language whose words are read as written, inside longer runs: Chinese, Japanese, Arabic (with its prefixes). */
    private static NoticeWords unspaced(String language, String addressed, String site, String saying, String day,
            String past, String correction) {
        return new NoticeWords(language, Pattern.compile(addressed, FLAGS),
                Pattern.compile("(?:" + site + ")|https?://|www\\.", FLAGS), Pattern.compile(saying, FLAGS),
                Pattern.compile(day, FLAGS), Pattern.compile(past, FLAGS), Pattern.compile(correction, FLAGS));
    }
}
