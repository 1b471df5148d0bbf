package dev.storybrief.wording;

import dev.storybrief.model.Words;
import java.util.regex.Pattern;

/**
 * Recognises a line that is a label of the page's interface rather than text: an ad label ("Werbung", "Anzeige", "Reklama"), a link that skips to the content, the menu, search or sign-in button, a play button ("Listen now"), an app's advert
 * ("Download our app"), the footer's policy links ("Cookie policy"), a sharing widget's captions ("Click to share on Twitter (Opens in new window)", "Like this:"), a
 * control's caption ("Artikel teilen", "Drucken", "Nach oben", "Zum Seitenanfang", "Partager", "Udostępnij"), a comment
 * counter or prompt ("Kommentare (3)", "Schreibe einen Kommentar"), the reading time ("Lesezeit: 4 Minuten", "5 min
 * read"), a read-aloud button ("Artikel anhören"), a feedback prompt ("War dieser Artikel hilfreich?"), a notice that
 * the page needs JavaScript or is loading, a page counter ("Seite 1 von 2"), the rights line ("Alle Rechte
 * vorbehalten"), the label of a stock picture ("Symbolbild", "Beitragsbild via ...") or the caption of a toggle
 * ("Quellen ausblenden", "Mehr anzeigen", "Show more", "Afficher plus", "Pokaż więcej"), in English, German, French
 * and Polish. The page extractor asks it of a page's blocks, the text cleaner of the lines a reader copied from a
 * browser. Only a whole line counts: "Werbung" may open a sentence of the story, a line that is nothing but "Werbung"
 * labels an ad.
 */
public final class InterfaceLabels {

    private static final int MAX_WORDS = 10;

    private static final Pattern LABEL = Pattern.compile(
            "(werbung|anzeige|reklama|gesponsert|advertorial|"
                    + "skip to (main )?(content|navigation|site index)|zum inhalt springen|aller au contenu( principal)?|"
                    // the skip link in the other languages the tool reads, as sites and WordPress's translations
                    // write it: "Vai al contenuto", "Przejdź do treści", "Pular para o conteúdo", "Naar hoofdinhoud"
                    + "(vai|salta|passa) al (contenuto|contenuto principale)|(saltar|ir|pasar) al contenido( principal)?|"
                    + "(pular|ir|saltar|avan[cç]ar) para o conte[uú]do( principal)?|"
                    + "(direct )?naar (de )?(hoofd)?inhoud|ga (direct )?naar (de )?(hoofd)?inhoud|"
                    + "przejd[zź] do (g[lł][oó]wnej )?(tre[sś]ci|zawarto[sś]ci)|"
                    + "p[rř]ej[ií]t k (hlavn[ií]mu )?obsahu|p[rř]esko[cč]it na obsah|"
                    + "перейти к (основному )?(содержимому|содержанию|контенту)|перейти до (основного )?(вмісту|змісту)|"
                    + "i̇?çeri[gğ]e (ge[cç]|atla)|μετάβαση στο (κύριο )?περιεχόμενο|(langsung|lompat|lewati) ke (konten|isi)|"
                    + "hoppa till (huvud)?inneh[aå]llet|spring til (hoved)?indhold(et)?|hopp til (hoved)?innhold(et)?|"
                    + "siirry (suoraan )?sis[aä]lt[oö][oö]n|hypp[aä][aä] sis[aä]lt[oö][oö]n|ugr[aá]s a (f[oő] )?tartalomhoz|"
                    + "(sari|treci|mergi) la con[tțţ]inut( principal)?|chuy[eể]n (đ|d)[eế]n n[oộ]i dung( ch[ií]nh)?|"
                    + "본문 바로가기|(پرش|رفتن) به (محتوا|محتوای اصلی)|सामग्री पर (जाएं|जाएँ)|"
                    + "(انتقل|تخطي|تجاوز) (إلى|الى) (المحتوى|المحتوى الرئيسي)|"
                    + "(share|gift) (full |this )?article|skip advertisement|image|video ad feedback|related content|"
                    + "(share on \\p{L}+ ?)+(e-?mail)?|comments?( \\(\\d+\\))?|cookie settings( \\| accept( \\| reject)?)?|"
                    + "menu|men[uü]|search|suche|recherche|szukaj|sign in|log ?in|anmelden|se connecter|zaloguj( si[eę])?|"
                    // a broadcaster's play button, an app's advert, the footer's policy links, a comment box's prompt
                    + "(listen|watch) (now|live|again)|(download|get) (our|the) (free )?app|"
                    + "(cookie|privacy) (policy|notice)|terms (of (use|service)|(and|&) conditions)|"
                    + "(sign|log) ?in to (comment|reply)|"
                    + "scroll to continue( reading)?|like this:|like loading[.…]*|"
                    + "click to (share|email|print) on \\p{L}+( \\(opens in new window\\))?|\\(?opens in new window\\)?|"
                    + "((diesen |den )?(artikel|beitrag) )?(teilen|drucken|merken|versenden|empfehlen)|"
                    + "partager( cet article| l'article)?|imprimer( (cet|l') ?article)?|udost[eę]pnij|drukuj|"
                    + "nach oben|zum seitenanfang|zur[uü]ck nach oben|haut de (la )?page|retour en haut( de (la )?page)?|"
                    + "(powr[oó]t )?do g[oó]ry|"
                    + "(\\d+ )?(kommentare?|commentaires?|komentarz[ey]?)( \\(\\d+\\))?|(jetzt )?kommentieren|"
                    + "kommentar (schreiben|verfassen)|schreiben? (sie )?einen kommentar|(laisser|[eé]crire) un commentaire|"
                    + "dodaj komentarz|(eine )?antwort (schreiben|hinterlassen)|hinterlasse einen kommentar|"
                    + "laisser une r[eé]ponse|zostaw (komentarz|odpowied[zź])|"
                    + "zur[uü]ck zur (vorherigen seite|[uü]bersicht|startseite|liste)|"
                    + "(war|ist) (dieser|der) (artikel|beitrag) hilfreich\\?|was this (article|page|post) helpful\\?|"
                    + "hat (ihnen|dir) (dieser|der) (artikel|beitrag) gefallen\\?|"
                    + "(bitte )?aktivieren sie javascript[^.]{0,60}|please enable javascript[^.]{0,60}|"
                    + "(loading|wird geladen|l[aä]dt|chargement|[lł]adowanie)( \\.\\.\\.|\\.\\.\\.|…)?|"
                    + "seite \\d+ (von|aus) \\d+|page \\d+ (of|sur|de) \\d+|strona \\d+ z \\d+|"
                    + "alle rechte vorbehalten|tous droits r[eé]serv[eé]s|wszelkie prawa zastrze[zż]one|"
                    + "symbolbild|(beitrags|titel)bild via [^.]{1,40}|"
                    + "(\\p{L}+ )?(anzeigen|ausblenden|einblenden|aufklappen|zuklappen)|show (more|less|all)|"
                    + "(afficher|voir) (plus|moins|tout)|poka[zż] (wi[eę]cej|mniej|wszystko)|"
                    + "(lesezeit|lesedauer|reading time|temps de lecture|czas czytania)\\s*:?\\s*(ca\\.\\s*)?\\d+[^.]{0,12}|"
                    + "\\d+\\s*(min\\.?|minuten|minutes?)\\s*(read|lesezeit|de lecture)|"
                    + "((diesen |den )?artikel )?(vorlesen( lassen)?|anh[oö]ren)|"
                    + "listen to (this|the) (article|story)( · \\d+:\\d+ min)?( learn more)?|"
                    + "[eé]couter (cet |l')article)[\\s.:!…]*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private InterfaceLabels() {
    }

    /** Whether the line is nothing but one of the labels above. */
    public static boolean isLabel(String line) {
        return Words.count(line) <= MAX_WORDS && LABEL.matcher(line.strip()).matches();
    }
}
