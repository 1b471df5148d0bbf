package dev.storybrief.brief.summary;

import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.ArticleKind;
import dev.storybrief.model.Sentence;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A live blog's line that says what was not known yet when its entry was posted ("Ainda não há informações sobre
 * vítimas", "There is no word yet on casualties", "Die Ursache ist noch unklar"). A live blog posts the story as it
 * unfolds, and cleaning tells its entries in the order they were posted ({@link LeadDistance}): such a line is true
 * of its minute only, and once the blog posted later entries it no longer tells the reader the state of the story.
 * Beside the later entries and the reports, it would read as current ("no information on victims" after the toll),
 * so neither the summary nor the list of what one outlet reports takes it. The blog's newest entry keeps its "not
 * yet": nothing after it has answered it. The words are those of the languages storybrief reads.
 */
public final class StaleEntries {
    /** "Not yet", "still no", "so far no" and their like, in each language. */
    private static final Pattern NOT_YET = Pattern.compile("(?iU)"
            // English
            + "\\bnot yet\\b|\\byet to\\b|\\bas yet\\b|\\bstill (?:no|not|unknown|unclear)\\b"
            + "|\\bno\\b[^.;]{0,40}\\b(?:yet|so far)\\b"
            // Portuguese, Spanish, Italian, French
            + "|\\bainda (?:não|sem|nenhum\\w*|desconhecid\\w*)\\b|\\baté (?:agora|o momento),? (?:não|sem|nenhum\\w*)\\b"
            + "|\\b(?:todavía|aún) (?:no|sin|se desconoce\\w*|ningún|ninguna)\\b"
            + "|\\bhasta (?:el momento|ahora),? (?:no|sin|ningún|ninguna)\\b"
            + "|\\bnon ancora\\b|\\bancora (?:nessun\\w*|non|sconosciut\\w*)\\b"
            + "|\\bpas encore\\b|\\btoujours pas\\b|\\bencore (?:aucun\\w*|inconnu\\w*)\\b"
            // German, Dutch
            + "|\\b(?:noch|bislang|bisher) (?:nicht|kein\\w*|unklar|unbekannt|nichts)\\b"
            + "|\\bnog (?:niet|geen|onduidelijk|onbekend|niets)\\b"
            // Swedish, Danish, Norwegian
            + "|\\b(?:ännu|fortfarande) (?:inte|ingen|inga|okänd\\w*|oklart)\\b|\\binte ännu\\b"
            + "|\\b(?:endnu|ennå|enda|fortsatt|stadig) (?:ikke|ingen|uklart|ukendt|ukjent)\\b"
            // Polish
            + "|\\b(?:jeszcze|wciąż|nadal|na razie) nie\\b|\\bwciąż brak\\b"
            // Arabic: a negation with "until now"
            + "|(?:لم|لا|ليس)\\s(?:\\S+\\s){0,5}?حتى الآن|حتى الآن\\s(?:لم|لا)");

    private StaleEntries() {
    }

    /** True for a "not yet" line of a live blog's entry that later entries of the blog followed. */
    public static boolean isStale(AnalyzedArticle article, Sentence sentence) {
        if (article.article().kind() != ArticleKind.LIVE_BLOG || !NOT_YET.matcher(sentence.text()).find()) {
            return false;
        }
        List<Sentence> sentences = article.sentences();
        // entries are told oldest first: a sentence of a later paragraph is a later entry's
        return !sentences.isEmpty() && sentences.get(sentences.size() - 1).paragraph() > sentence.paragraph();
    }
}
