package dev.storybrief.clean;

import dev.storybrief.model.SentenceMarks;
import dev.storybrief.model.Words;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lines in which a page speaks to its reader about the page rather than about the event, in English, German, French
 * and Polish: a note on whose views a column gives, the state of its comment section and the links to it, a prompt to
 * keep reading past an advertisement, the thanks after a newsletter sign-up, a read-aloud button with its length, a
 * share button, a prompt to comment ("Share your thoughts in the comments below"), a feedback prompt with its buttons
 * ("Was this article helpful? Yes No"), the app's offer of a place on the home screen, a newsletter's sign-up box, a
 * prompt to follow the outlet on a social network, a correction note (which says what an earlier version got wrong,
 * not what happened; also in Spanish, Portuguese, Italian, Swedish, Danish, Norwegian, Dutch and Arabic), a caption that labels itself as one, the warnings and helpline footers a story of death or
 * abuse carries ("Trigger warning: ...", "If you have been affected ... Samaritans on 116 123"), an archive's age
 * banner ("This article is more than 5 years old"), the furniture of an e-mail newsletter or of a story forwarded by
 * e-mail or shared from an app ("View this email in your browser", "You are receiving this email because ...",
 * "Sent from my iPhone", "Begin forwarded message:", "Shared via ... app"), and a paid text's own label
 * ("Sponsored content", "In partnership with ...": kept in the removals, where {@code OpinionPieces} reads it). Each
 * pattern is anchored at the
 * start of the line and bounded in words, so a story's sentence that merely contains the same words ("the agency
 * said it would follow the storm on Facebook", "comments by the minister") is kept.
 */
final class ReaderNotes {
    /** The social networks a page asks its reader to follow it on; a prefix, since Polish inflects them. */
    private static final String NETWORK = "(?:facebook|faceboo|x\\b|twitter|instagram|tiktok|youtube|linkedin|threads"
            + "|bluesky|whatsapp|telegram|mastodon|google news|snapchat)";
    /** Whom to follow: "us", or a name of up to six words ("The Hill Herald"). */
    private static final String WHOM = "\\S+(?:\\s+\\S+){0,5}?";

    /** A note that opens with its kind and may go on ("The views expressed here are the author's own."). */
    private static final String PAGE_NOTE_OPENING = "(?iu)^(?:"
            // whose views a column gives
            + "(?:the )?(?:views|opinions)(?: and opinions)? expressed (?:in this (?:article|column|piece|post|essay|op-ed|commentary)"
            + "|here\\b|.{0,40}\\b(?:are|is) (?:those of|solely|entirely|the (?:author|writer)|(?:his|her|their) own))"
            + "|(?:dieser |der )?(?:gast)?(?:beitrag|kommentar|text|artikel) gibt (?:ausschlie[ßs]lich |allein )?die "
            + "(?:pers[öo]nliche )?meinung (?:des|der) (?:autors|autorin|verfasser)"
            + "|les (?:opinions|propos|id[ée]es) (?:exprim[ée]e?s|[ée]mises?)\\b"
            + "|opinie (?:wyra[żz]one|zawarte|przedstawione) w\\b"
            // the comment section is closed
            + "|comments (?:are|have been) (?:now )?(?:closed|disabled|turned off)\\b|commenting (?:is|has been) (?:closed|disabled)\\b"
            + "|(?:die )?kommentar(?:funktion|e)? (?:ist|sind|wurden?) (?:geschlossen|deaktiviert|abgeschaltet)\\b"
            + "|les commentaires sont (?:ferm[ée]s|d[ée]sactiv[ée]s)\\b|komentarze (?:s[ąa] )?(?:zamkni[ęe]te|wy[łl][ąa]czone)\\b"
            // the story goes on past an advertisement
            + "|(?:the )?(?:story|article) continues (?:below|after)\\b"
            + "|(?:der )?artikel (?:wird )?(?:unter|nach) der (?:anzeige|werbung) fortgesetzt"
            + "|la suite (?:de (?:l'|cet )article )?(?:apr[èe]s|sous) (?:cette |la )?publicit[ée]"
            + "|dalsza cz[ęe][śs][ćc] (?:artyku[łl]u|tekstu) (?:pod|poni[żz]ej) (?:reklam[ąa]|materia[łl]em)"
            // thanks after a sign-up
            + "|thank(?:s| you) for (?:subscribing|signing up|registering|your subscription)\\b"
            + "|(?:vielen )?dank f[üu]r (?:ihre|deine) (?:anmeldung|registrierung)\\b|(?:vielen )?dank f[üu]r (?:ihr|dein) abonnement\\b"
            + "|merci (?:pour|de) votre (?:inscription|abonnement)\\b|dzi[ęe]kujemy za (?:zapisanie si[ęe]|subskrypcj[ęe]|rejestracj[ęe])\\b"
            // a prompt to comment, which points to the comment section under the story
            + "|(?:share|tell us|let us know|leave) (?:your|what you) (?:thoughts|views|opinions?|think|comments?)\\b.{0,30}\\bcomments?\\b"
            + "|have your say\\b.{0,30}\\bcomments?\\b"
            // the newsroom asking for tips
            + "|(?:have you got|got|do you have) (?:a story|a news tip|a tip|news)(?: for us| to share)?\\?"
            // the site's app offering itself a place on the reader's phone
            + "|(?:tap|click|press) (?:here )?to (?:add|install|pin)\\b.{0,50}\\b(?:home ?screen|app)\\b)";

    /** A note that is the whole line: a link or a button's caption. */
    private static final String PAGE_NOTE_LINE = "(?iu)^(?:"
            // links to the comment section and its counter
            + "(?:view|read|show|see|load|hide)(?: all| more)?(?: \\d+)?(?: more)? comments?|comments? \\d+"
            // a feedback prompt with its answer buttons
            + "|(?:was|is|did you find) this (?:article|story|page|post|information) (?:helpful|useful)\\??(?:\\s*(?:yes|no)){0,2}"
            + "|(?:alle )?(?:\\d+ )?kommentare (?:anzeigen|lesen|ansehen)|(?:voir|afficher|lire) (?:les )?(?:\\d+ )?commentaires"
            + "|(?:zobacz|poka[żz]|czytaj) (?:\\d+ )?komentarz[eya]?"
            // keep reading past an advertisement
            + "|continue reading(?: the (?:main )?story| below| after (?:the )?(?:ad|advertisement))?|weiterlesen nach der (?:anzeige|werbung)"
            // a read-aloud button with its length, a share button
            + "|listen to (?:this|the) (?:article|story)\\W.{0,20}|(?:artikel|beitrag) (?:anh[öo]ren|vorlesen)\\W.{0,20}"
            + "|[ée]couter (?:cet|l') ?article\\W.{0,20}|pos[łl]uchaj (?:tego )?artyku[łl]u\\b.{0,20}"
            + "|share (?:via|by|on|with) \\p{L}+|per (?:e-?mail|whatsapp) teilen|partager par (?:e-?mail|courriel)"
            + ")\\s*[.!:…]*$";

    private static final String SOCIAL_PROMPT = "(?iu)^(?:"
            + "(?:follow|like|find|join|connect with)\\s+" + WHOM + "\\s+on\\s+" + NETWORK
            + "|(?:folgen sie|folgt|folge)\\s+" + WHOM + "\\s+(?:auf|bei)\\s+" + NETWORK
            + "|(?:suivez|retrouvez)[- ]" + WHOM + "\\s+sur\\s+" + NETWORK
            + "|(?:obserwuj(?:cie)?|[śs]led[źz](?:cie)?)\\s+" + WHOM + "\\s+na\\s+" + NETWORK
            // Russian, Czech and Turkish: "Подписывайтесь на наш канал в Telegram", "Sledujte nás na Facebooku",
            // "Bizi Twitter'da takip edin"
            + "|(?:подписывайтесь|подпишитесь|следите за нами)\\s+(?:на\\s+" + WHOM + "\\s+)?(?:в|на)\\s+" + NETWORK
            + "|(?:sledujte|sleduj)\\s+" + WHOM + "\\s+na\\s+" + NETWORK
            + "|(?:bizi\\s+)?" + NETWORK + "\\S*\\s+(?:\\S+\\s+)?takip\\s+edin)";

    private static final String CORRECTION = "(?iu)^(?:"
            // the note's date may stand between the word and the colon ("Correction, April 14, 2026:")
            + "(?:correction|clarification|editor's note|editor’s note)s?\\s*(?:\\([^)]{1,30}\\))?"
            + "(?:\\s*,\\s*(?:\\p{L}+\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\.?\\s+\\p{L}+\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}))?\\s*[:.—–]"
            + "|(?:an? |in an? )?(?:earlier|previous|prior) version of this (?:article|story|report|piece|column)\\b"
            // an update note says what changed ("was updated with the new death toll"), not what happened
            + "|this (?:article|story|piece|report|post) (?:has been|was|will be|is being) (?:corrected|amended|updated)\\b"
            + "|(?:korrektur|korrekturhinweis|berichtigung|richtigstellung|anmerkung der redaktion)\\s*:"
            + "|in einer (?:fr[üu]heren|vorherigen|ersten|[äa]lteren) (?:version|fassung) (?:dieses|des) (?:artikels|beitrags|textes)\\b"
            + "|(?:dieser|der) (?:artikel|beitrag|text) wurde (?:nachtr[äa]glich )?(?:korrigiert|berichtigt|aktualisiert)\\b"
            + "|(?:rectificatif|erratum|correctif|note de la r[ée]daction)\\s*:"
            + "|(?:dans )?une (?:version )?(?:pr[ée]c[ée]dente|ant[ée]rieure|premi[èe]re) (?:version )?de cet article\\b"
            + "|cet article a [ée]t[ée] (?:corrig[ée]|rectifi[ée]|mis [àa] jour|actualis[ée])\\b"
            + "|(?:sprostowanie|korekta|errata|od redakcji)\\s*:"
            // Spanish, Portuguese and Italian: the label ("Fe de errores:", "Correção:", "Errata corrige:") and the
            // earlier version it speaks of ("una versión anterior de esta noticia", "uma versão anterior deste texto")
            + "|(?:fe de errores|fe de erratas|correcci[óo]n|rectificaci[óo]n|aclaraci[óo]n|nota de la redacci[óo]n"
            + "|corre[çc][ãa]o|retifica[çc][ãa]o|rectifica[çc][ãa]o|nota da reda[çc][ãa]o|errata corrige|rettifica"
            + "|precisazione|nota della redazione)\\s*:"
            + "|(?:en )?una versi[óo]n (?:anterior|previa) de (?:esta|este) (?:noticia|art[íi]culo|informaci[óo]n|texto|cr[óo]nica)\\b"
            + "|(?:numa|em uma|uma) vers[ãa]o anterior (?:deste|desta) (?:texto|not[íi]cia|reportagem|mat[ée]ria|artigo)\\b"
            + "|(?:in )?una versione precedente di questo (?:articolo|testo)\\b"
            + "|(?:esta noticia|este art[íi]culo|esta not[íi]cia|este texto|esta mat[ée]ria|questo articolo)"
            + " (?:ha sido|fue|foi|[èe] stat[oa]) (?:corregid[oa]|actualizad[oa]|corrigid[oa]|atualizad[oa]|corrett[oa]"
            + "|aggiornat[oa])\\b"
            + "|w (?:poprzedniej|pierwszej|wcze[śs]niejszej) wersji (?:tego )?(?:artyku[łl]u|tekstu)\\b"
            // Swedish, Danish, Norwegian and Dutch: the label ("Rättelse:", "Rettelse:", "Correctie:") and the earlier
            // version ("en tidigare version av denna artikel", "en tidligere version af denne artikel", "en tidligere
            // versjon av denne saken", "een eerdere versie van dit artikel")
            + "|(?:r[äa]ttelser?|rettelser?|correctie|rectificatie|redaktionell"
            + " anm[äa]rkning|redaktionel note)\\s*:"
            + "|(?:i )?en (?:tidigare|tidligere|f[öo]reg[åa]ende|f[øo]rste|f[öo]rsta) versi(?:onen|on|jon)"
            + " (?:av|af) (?:denna|den h[äa]r|denne|dette) (?:artikel|artikkel|artikkelen|text|tekst|teksten|sak|saken|nyhed)\\b"
            + "|(?:artikeln|texten|artiklen|teksten|artikkelen) (?:har|er|ble) (?:blevet |blitt )?(?:uppdaterats"
            + "|korrigerats|r[äa]ttats|rettet|opdateret|korrigeret|oppdatert|korrigert)\\b"
            + "|(?:in )?een (?:eerdere|vorige|oudere) versie van (?:dit|het) (?:artikel|bericht|stuk)\\b"
            + "|(?:dit|het) (?:artikel|bericht) is (?:aangepast|gecorrigeerd|bijgewerkt|gewijzigd)\\b"
            // Arabic: the label ("تصحيح:", "استدراك:") and the earlier version ("في نسخة سابقة من هذا الخبر")
            + "|(?:تصحيح|استدراك|تنويه من التحرير)\\s*:"
            + "|(?:في |ورد في )?(?:نسخة|صيغة) سابقة (?:من|ل)\\s?(?:هذا|هذه) (?:ال)?(?:خبر|مقال|تقرير|مادة)"
            // Russian, Czech, Turkish, Greek, Indonesian and Hebrew: the label ("Исправление:", "Oprava:",
            // "Düzeltme:", "Διόρθωση:", "Ralat:", "תיקון:") and the earlier version ("в предыдущей версии этой
            // статьи", "v předchozí verzi článku", "haberin önceki versiyonunda"); Chinese and Japanese: "更正：", "訂正："
            + "|(?:исправление|поправка|уточнение|oprava|upřesnění|düzeltme|tashih|διόρθωση|ralat|koreksi|תיקון|הבהרה)\\s*:"
            + "|(?:в )?(?:предыдущей|первоначальной|ранней) версии (?:этой |данной )?(?:статьи|новости|заметки|материала|публикации)"
            + "|v (?:předchozí|dřívější|původní) verzi (?:tohoto )?(?:článku|textu|zprávy)"
            + "|(?:bu )?haberin (?:önceki|ilk) (?:versiyonunda|sürümünde|halinde)"
            + "|(?:更正|訂正|订正|お詫びと訂正)\\s*[:：]"
            + ")";

    /**
     * A newsletter's sign-up box: its label ("Newsletter abonnieren: ..."), its pitch ("Get the day's top stories in your
     * inbox every morning"), its field ("Enter your email address") and its small print ("By signing up you agree to
     * our Terms and Privacy Policy").
     */
    private static final String SIGN_UP_BOX = "(?iu)^(?:"
            + "(?:get|receive|have|find) [^.]{0,60}\\b(?:in|to|into|straight to|delivered to) your (?:e-?mail )?inbox\\b"
            + "|(?:please )?enter your e-?mail(?: address)?\\b"
            + "|by (?:signing up|subscribing|registering|clicking|submitting|entering your e-?mail)\\b[^.]{0,60}"
            + "\\byou (?:agree|accept|consent|acknowledge|confirm)\\b"
            + "|this (?:site|form) is protected by recaptcha\\b"
            // the box's own label: "Newsletter abonnieren: Die wichtigsten Nachrichten ... in Ihrem Postfach."
            + "|newsletter(?:\\s+(?:abonnieren|bestellen|anmelden|gratis))?\\s*[:—–]"
            + "|(?:abonnez-vous|inscrivez-vous) [àa] (?:la|notre) newsletter\\b|zapisz si[ęe] do newslettera\\b)";

    /**
     * A warning to the reader before a story of death, abuse or violence, under any of its usual names, or a note
     * saying what the story contains that "some readers may find distressing".
     */
    private static final String CONTENT_WARNING = "(?iu)^(?:(?:editor'?s|editor’s) note\\s*:\\s*)?(?:"
            + "(?:content|trigger|reader|viewer)s?\\s+(?:warning|advisory|note)\\s*[:.—–-]"
            + "|(?:warning|cw|tw)\\s*:\\s*(?:this|the following)\\b"
            + "|(?:this|the following) (?:article|story|report|piece|video|content|episode) (?:contains|discusses|includes"
            + "|deals with|describes|mentions|references)\\b.{0,120}\\b(?:distressing|upsetting|disturbing|graphic"
            + "|sensitive|some readers|triggering)\\b)";
    /**
     * A helpline footer: the line that points readers affected by the story to a support service. It opens like one
     * and names the service or a number to call, so a story's sentence about people affected by a flood is kept.
     */
    private static final String HELPLINE = "(?iu)^(?:if you(?: or someone you know)?(?:'ve|’ve| have| are| were| feel|'re|’re| is)?\\s*(?:been )?"
            + "(?:affected|struggling|worried|concerned|having|in need|need (?:help|support|to talk))"
            + "|if (?:this|these|the issues|any of the issues)\\b.{0,60}\\b(?:affected|raised)"
            + "|(?:support|help|advice) (?:is|and support are|and advice are) available|for (?:confidential )?(?:support|help)"
            + "|anyone (?:affected|struggling|who needs)|you can (?:call|contact|text) (?:the )?(?:samaritans|helpline)"
            + "|(?:in the uk|in the us|in ireland|in australia)(?: and ireland)?,? (?:the )?(?:samaritans|helpline|lifeline))"
            + "(?=.*\\b(?:samaritans|helpline|lifeline|hotline|crisis|support line|childline|befrienders|mind"
            + "|\\d{3}[ -]?\\d{3}|\\d{3}\\b))";
    /** An archive's banner over an old story; it says how old the page was when copied, not when anything happened. */
    private static final String ARCHIVE_AGE = "(?iu)^this (?:article|story|page|piece|content|report) is (?:more|over)"
            + " than (?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2}) (?:years?|months?) old\\.?$";
    /**
     * The furniture an e-mail newsletter puts around its news, and the marks a forward or an app's share leaves: the
     * browser link at its top, its greeting, why the reader receives it, the forward's header and the phone's
     * signature, the app's share line and its store links.
     */
    private static final String MAIL_FURNITURE = "(?iu)^(?:"
            + "(?:view|read|open|see) (?:this|the|our|today's|today’s) (?:e-?mail|newsletter|message|issue)"
            + "(?: (?:in|on) (?:your|a|the) (?:web )?browser| online| as a web ?page)"
            + "|(?:having )?trouble (?:viewing|reading) (?:this|the) (?:e-?mail|newsletter)"
            + "|you(?:'re|’re| are) receiving this (?:e-?mail|newsletter|message)|you received this (?:e-?mail|message)"
            + "|this (?:e-?mail|newsletter|message) was sent to\\b"
            + "|(?:good (?:morning|afternoon|evening)\\b[^.!?]{0,40}[.!,]\\s*)?here(?:'s|’s| is| are) (?:what you need to know"
            + "|your (?:\\p{L}+ )?(?:briefing|brief|digest|round-?up|newsletter|update))\\b"
            + "|our (?:mailing|postal) address is\\b"
            + "|sent from my (?:iphone|ipad|android|samsung|galaxy|pixel|phone|mobile|blackberry|smartphone)"
            + "|get outlook for (?:ios|android)"
            + "|-*\\s*(?:begin forwarded message|forwarded message|original message)\\s*-*\\s*:?\\s*$"
            + "|shared (?:via|from|using|with|through) (?:the )?.{1,50}\\b(?:app|application)\\b"
            + "|download (?:it|the app|our app|the .{1,40} app)\\b.{0,20}\\b(?:app store|google play)\\b)";
    /** A postal address: a house number and a street, or a postcode or zip code ("12 Mill Street, Brayford BR1 4QT"). */
    private static final Pattern POSTAL_ADDRESS = Pattern.compile("\\b\\d{1,4},? \\p{Lu}\\p{L}+ (?:\\p{Lu}\\p{L}+ )?"
            + "(?:Street|St|Road|Rd|Avenue|Ave|Lane|Way|Square|Place|Drive|Boulevard|Blvd)\\b"
            + "|\\b\\p{Lu}{1,2}\\d{1,2}\\p{Lu}? \\d\\p{Lu}{2}\\b|\\b\\p{Lu}{2},? \\d{5}(?:-\\d{4})?\\b");
    /** An address line is short. */
    private static final int ADDRESS_WORDS = 20;
    /** Lines a newsletter's foot holds under its address at most (an unsubscribe link, a preferences line). */
    private static final int FOOT_LINES = 6;

    /**
     * Whether the line is a newsletter's postal address at its foot: an address written on one line in parts ("Kellport
     * Courier, 1 Quay Street, Kellport"), short, no sentence, and under it only the foot's few short lines, never a
     * paragraph of the story (an address in a story's listing has the story around it).
     */
    static boolean isClosingAddress(LineContext context) {
        String line = context.line();
        if (!line.contains(",") || !Words.atMost(line, ADDRESS_WORDS) || SentenceMarks.endsSentence(line)
                || !POSTAL_ADDRESS.matcher(line).find()) {
            return false;
        }
        int after = 0;
        for (int i = context.index() + 1; i < context.size(); i++) {
            String next = context.lineAt(i);
            if (next.isEmpty()) {
                continue;
            }
            if (++after > FOOT_LINES || !Words.atMost(next, ADDRESS_WORDS)) {
                return false;
            }
        }
        return true;
    }

    /** A forward's header fields under "Begin forwarded message:". */
    private static final Pattern MAIL_HEADER = Pattern.compile("(?iu)^(?:from|to|cc|date|sent|subject)\\s*:\\s*\\S");
    /**
     * The label a paid text carries above or under it ("Sponsored content", "Paid post", "Advertisement feature",
     * "In partnership with ...", "This content was paid for by ..."). A bare "Sponsored" or "Advertisement" mid-page is
     * an advertising slot's label ({@link ShareBarRule}), and "Sponsored content" low on a page heads a box of other
     * sites' advertisements: a label counts only around the headline, before the story's first paragraph. The
     * disclosure sentence ("This content was paid for by ...") says what the whole text is wherever it stands.
     */
    private static final Pattern PAID_LABEL = Pattern.compile("(?iu)^(?:(?:sponsored|paid|promoted|partner|branded)"
            + " (?:content|post|feature|article|story|partnership)|advertisement feature|advertising feature|advertorial"
            + "|(?:sponsored|promoted|presented|brought to you) by\\s+\\S.{0,50}|in (?:paid )?partnership with\\s+\\S.{0,50})$");
    private static final Pattern PAID_DISCLOSURE = Pattern.compile("(?iu)^this (?:content|article|feature|page|story)"
            + " (?:was|is|has been) (?:paid for|funded|sponsored|commissioned) by\\b.{0,160}$");
    /** Kept lines above a paid label: the headline, and a date or kicker line kept beside it. */
    private static final int PAID_LABEL_TOP = 2;

    /** A further line of a sign-up box is short. */
    private static final int SIGN_UP_WORDS = 25;
    private static final Pattern READER = Pattern.compile("(?iu)\\b(?:you|your)\\b");
    private static final Pattern SIGNING_UP = Pattern.compile("(?iu)\\b(?:click|sign(?:ing)? up|subscrib\\w*|register"
            + "|e-?mail|inbox|newsletters?)\\b");

    /** A caption that says it is one ("Photo caption: ...", "Pictured: ...", "Bildunterschrift: ...", "Légende : ..."). */
    private static final String LABELLED_CAPTION = "(?iu)^(?:(?:photo|image|picture|video) caption|caption|pictured"
            + "|bildunterschrift|bildlegende|l[ée]gende(?: de la photo)?|podpis(?: zdj[ęe]cia)?)\\s*[:,]";

    /** Longest correction note or caption taken: a paragraph, not a story. */
    private static final int NOTE_WORDS = 80;

    private ReaderNotes() {
    }

    /** The rules, in the order they are tried. */
    static List<LineRule> rules() {
        return List.of(
                new PaidLabelRule(),
                new PatternRule("reader-warning", CONTENT_WARNING, 40,
                        "content warning to the reader (it says how the story is told, not what happened)"),
                new PatternRule("helpline", HELPLINE, 50, "helpline footer (support for readers, not news of the event)"),
                new PatternRule("archive-age", ARCHIVE_AGE, 12, "archive banner on the page's age when it was copied"),
                new PatternRule("mail-furniture", MAIL_FURNITURE, 30,
                        "e-mail newsletter or forward furniture (browser link, greeting, why it was sent, signature)"),
                // under the furniture: a forward's header fields, or the newsletter's postal address at its foot
                new FollowerRule("mail-furniture", Set.of("mail-furniture", "paywall", "sign-up-box"),
                        line -> MAIL_HEADER.matcher(line).find() || POSTAL_ADDRESS.matcher(line).find()
                                && Words.atMost(line, ADDRESS_WORDS) && !SentenceMarks.endsSentence(line),
                        "e-mail newsletter or forward furniture (forward header, postal address)"),
                // the sender's address at the foot, after the story itself or a line no rule above took
                new BoilerplateRules.ContextRule("mail-address", ReaderNotes::isClosingAddress,
                        "e-mail newsletter furniture (the sender's postal address at its foot)"),
                new PatternRule("page-note", PAGE_NOTE_OPENING + "|" + PAGE_NOTE_LINE.substring("(?iu)".length()), 25,
                        "the page speaking to its reader about itself"),
                new PatternRule("sign-up-box", SIGN_UP_BOX, 30, "a newsletter's sign-up box"),
                // the box's further lines speak to the reader about signing up too ("All you need is one click to get it!")
                new FollowerRule("sign-up-box", Set.of("sign-up-box"), line -> Words.atMost(line, SIGN_UP_WORDS)
                        && READER.matcher(line).find() && SIGNING_UP.matcher(line).find(), "a newsletter's sign-up box"),
                new PatternRule("social-prompt", SOCIAL_PROMPT, 20, "prompt to follow the outlet on a social network"),
                new PatternRule("correction", CORRECTION, NOTE_WORDS,
                        "correction note (what an earlier version said, not news of the event)"),
                new PatternRule("labelled-caption", LABELLED_CAPTION, NOTE_WORDS, "photo caption"));
    }

    /** The label of paid content, at the top of the text, or its disclosure sentence anywhere ({@link #PAID_LABEL}). */
    static final class PaidLabelRule implements LineRule {
        /** The rule's name, which {@code OpinionPieces} looks for among an article's removals. */
        static final String NAME = "paid-label";

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public java.util.Optional<String> match(LineContext context) {
            String line = context.line();
            boolean label = context.keptBefore() <= PAID_LABEL_TOP && PAID_LABEL.matcher(line).matches();
            return label || PAID_DISCLOSURE.matcher(line).matches()
                    ? java.util.Optional.of("label of paid content (an advertisement, not a report)")
                    : java.util.Optional.empty();
        }
    }
}
