package dev.storybrief.analyze.entity;

import dev.storybrief.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A body's name defined by the acronym written after it in brackets: "l'Agence régionale de santé (ARS)", "das
 * Technische Hilfswerk (THW)", "het Koninklijk Nederlands Meteorologisch Instituut (KNMI)". News writes the long form
 * once, so it is often the only place that says what the acronym stands for, and in the languages that write a body's
 * name partly in lower case ("régionale de santé") or as adjectives German and Dutch capitalise like any noun, the
 * run of capitalised words alone does not find it. The long form is the shortest run of words before the bracket that
 * opens with a capital and whose words the acronym spells ({@link NameVariants#isAcronymOf}). Stateless.
 */
final class AcronymDefinitions {

    /** How many words a long form may have beyond its acronym's letters: small words ("de", "do", "voor"). */
    private static final int SPARE_WORDS = 3;

    private AcronymDefinitions() {
    }

    /**
     * The mentions with each bracketed acronym's long form added as a name of the acronym's type (a body, unless the
     * acronym was read as a place), replacing the mentions inside it ("Agência Portuguesa" of "Agência Portuguesa do
     * Ambiente (APA)"). A long form some mention straddles is left as it was.
     */
    static List<EntityMention> withLongForms(String sentence, List<Token> tokens, List<EntityMention> mentions) {
        List<EntityMention> result = mentions;
        for (int k = 1; k + 2 < tokens.size(); k++) {
            Token acronym = tokens.get(k + 1);
            if (!tokens.get(k).text().equals("(") || !tokens.get(k + 2).text().equals(")") || !acronym.isAllCaps()) {
                continue;
            }
            int start = longFormStart(tokens, k, acronym.text());
            if (start < 0) {
                continue;
            }
            int from = tokens.get(start).start();
            int to = tokens.get(k - 1).end();
            if (result.stream().anyMatch(m -> m.start() < from && m.end() > from || m.start() < to && m.end() > to
                    || m.start() == from && m.end() == to)) {
                continue; // a name runs across its edge, or the long form is found already
            }
            EntityType type = result.stream().filter(m -> m.start() == acronym.start() && m.end() == acronym.end())
                    .map(EntityMention::type).filter(t -> t == EntityType.PLACE).findFirst()
                    .orElse(EntityType.ORGANIZATION);
            List<EntityMention> kept = new ArrayList<>(result.stream()
                    .filter(m -> m.end() <= from || m.start() >= to).toList());
            kept.add(new EntityMention(from, to, sentence.substring(from, to), type));
            kept.sort(Comparator.comparingInt(EntityMention::start));
            result = List.copyOf(kept);
        }
        return result;
    }

    /** The index of the long form's first word before the bracket at {@code bracket}, or -1. */
    private static int longFormStart(List<Token> tokens, int bracket, String acronym) {
        int letters = acronym.replace(".", "").length();
        List<String> words = new ArrayList<>();
        for (int s = bracket - 1; s >= 0 && bracket - s <= letters + SPARE_WORDS; s--) {
            Token token = tokens.get(s);
            if (!token.isWord() && !token.text().endsWith("'") && !token.text().endsWith("’")) {
                return -1; // a comma, a quote: the name does not run across it
            }
            words.add(0, token.text());
            if (token.isCapitalised() && NameVariants.isAcronymOf(acronym, words)) {
                return s;
            }
        }
        return -1;
    }
}
