package dev.storybrief.wording;

import dev.storybrief.model.Words;
import java.util.regex.Pattern;

/**
 * The short line with which a page announces what follows the story: related links, an author or contact box, the
 * label of the tag list ("Related articles", "Lesen Sie auch", "À lire aussi", "Czytaj także", "Tags"), in English,
 * German, French and Polish. After most of the story such a line ends it, in a page's blocks as in copied text.
 */
public final class ClosingAnnouncements {

    private static final int MAX_WORDS = 6;

    private static final Pattern ANNOUNCEMENT = Pattern.compile(
            "(more (on|about) this( topic| story)?|more from|related (articles|stories|posts|content|topics)|"
                    + "read (more|also|next)|you (may|might) also (like|enjoy|be interested( in)?)|about the author|"
                    + "(recommended|suggested) (for you|reading|articles|stories)|further reading|more stories|"
                    + "mehr zum thema|mehr zu diesem thema|weiterlesen|lesen sie auch|lesen sie mehr|auch interessant|"
                    + "(das|dies|diese( artikel| beitr[aä]ge| themen)?) k[oö]nnten? (sie|dich|euch|ihnen) (auch|ebenfalls)( noch)? interessieren|"
                    + "interessante (artikel|beitr[aä]ge)|([aä]hnliche|verwandte) (artikel|beitr[aä]ge|themen)|"
                    + "passend (dazu|zum thema)|schon gelesen|weitere (artikel|beitr[aä]ge|meldungen|nachrichten)|"
                    + "[uü]ber (den autor|die autorin|die autoren)|zur person|"
                    + "(à|a) lire aussi|lire aussi|(à|a) voir aussi|vous aimerez aussi|articles similaires|sur le m[eê]me sujet|"
                    + "dans la m[eê]me rubrique|(à|a) propos de l'auteur|"
                    + "(prze)?czytaj (tak[zż]e|te[zż]|r[oó]wnie[zż]|wi[eę]cej)|zobacz (tak[zż]e|te[zż]|r[oó]wnie[zż])|"
                    + "(podobne|powi[aą]zane) artyku[lł]y|polecamy|o autorze|"
                    + "kontakt|contact|pressekontakt|ansprechpartner(in)?( zum thema)?|"
                    + "tags|tagged( with| as)?|schlagw[oö]rter|stichw[oö]rter|markiert mit|mots[- ]cl[eé]s|"
                    + "[eé]tiquettes|tagi|s[lł]owa kluczowe)[\\s:?!.…]*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private ClosingAnnouncements() {
    }

    /** Whether the line is nothing but an announcement of a closing section. */
    public static boolean isAnnouncement(String line) {
        return Words.count(line) <= MAX_WORDS && ANNOUNCEMENT.matcher(line.strip()).matches();
    }
}
