package dev.storybrief.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Finds a recipe's ingredient list when the article container left it out. Recipe pages put the ingredients in a box
 * of their own beside the text (a table of amounts and names, a list with section labels such as "Für den Teig:"),
 * which holds no prose and so never wins as container, or inside the container a recipe card whose names get it pruned,
 * while the page's schema.org Recipe (JSON-LD {@code recipeIngredient}) says what they are. The ingredient box is the
 * smallest element holding the blocks the article left out that read as those ingredients; it is taken when it holds
 * most of them and little else.
 */
final class RecipeIngredients {

    /** Share of the declared ingredients the box must hold (and the article must lack). */
    static final double MIN_SHARE = 0.5;
    /**
     * Shortest block key (letters and digits) that may stand for part of an ingredient anywhere in it; a shorter one
     * ("egg" of "1 egg") only as the ingredient's end, its name after the amount.
     */
    private static final int MIN_KEY = 4;

    private RecipeIngredients() {
    }

    /**
     * The blocks of the ingredient box in page order (an ingredient's links not counted as links), or an empty list when the page declares no ingredients, the
     * article's paragraphs already hold most of them, or no small box outside the container holds most of them.
     */
    static List<TextBlock> missing(List<TextBlock> blocks, Element container, List<String> paragraphs,
            List<String> ingredients) {
        if (ingredients.size() < 2) {
            return List.of();
        }
        List<String> keys = new ArrayList<>(ingredients.size());
        int declaredChars = 0;
        for (String i : ingredients) {
            String k = TextNormalizer.key(i);
            if (!k.isEmpty()) {
                keys.add(k);
                declaredChars += i.length();
            }
        }
        String article = TextNormalizer.key(String.join(" ", paragraphs));
        if (keys.stream().filter(article::contains).count() >= MIN_SHARE * keys.size()) {
            return List.of();
        }
        boolean[] found = new boolean[keys.size()];
        Element box = null;
        for (TextBlock b : blocks) {
            if (paragraphs.contains(b.text())) {
                continue;
            }
            String k = TextNormalizer.key(b.text());
            if (k.length() >= 2 && marks(k, keys, found)) {
                Element common = box == null ? b.owner() : LeadFinder.commonAncestor(box, b.owner());
                // A block of a part the pruner cut off shares no ancestor with the page: the cut part stands.
                box = common != null ? common : box.root();
            }
        }
        int matched = 0;
        for (boolean f : found) {
            matched += f ? 1 : 0;
        }
        if (box == null || matched < MIN_SHARE * keys.size() || LeadFinder.within(container, box)
                || box.text().length() > 2 * declaredChars + 300) {
            return List.of();
        }
        List<TextBlock> out = new ArrayList<>();
        boolean[] ignored = new boolean[keys.size()];
        for (TextBlock b : blocks) {
            if (LeadFinder.within(b.owner(), box)) {
                String k = TextNormalizer.key(b.text());
                // Ingredient names often link to a glossary or a shop; the name is still the ingredient, not a link list.
                out.add(k.length() >= 2 && marks(k, keys, ignored)
                        ? new TextBlock(b.text(), b.chars(), 0, b.words(), b.owner(), b.kind()) : b);
            }
        }
        return out;
    }

    /**
     * Whether the block key reads as one of the ingredients (it holds the whole ingredient and not much more, or it is
     * most of one: a table cell with the name but not the amount), marking each ingredient it reads as. A step of the
     * instructions ("heat up some cooking oil ...") holds an ingredient among much more.
     */
    private static boolean marks(String blockKey, List<String> keys, boolean[] found) {
        boolean any = false;
        for (int i = 0; i < keys.size(); i++) {
            String k = keys.get(i);
            boolean holds = blockKey.contains(k) && blockKey.length() <= 2 * k.length() + 8;
            boolean part = k.contains(blockKey) && blockKey.length() * 2 >= k.length()
                    && (blockKey.length() >= MIN_KEY || k.endsWith(blockKey));
            if (holds || part) {
                found[i] = true;
                any = true;
            }
        }
        return any;
    }
}
