package dev.storybrief.brief;

import dev.storybrief.analyze.entity.AliasMerger;
import dev.storybrief.analyze.entity.CanonicalEntity;
import dev.storybrief.analyze.entity.EntityMention;
import dev.storybrief.analyze.EntityAnnotator;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.EntityItem;
import dev.storybrief.model.Layer;
import dev.storybrief.model.Section;
import dev.storybrief.model.Story;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The people, organisations and places of a story: recognised per article, merged across spellings and short
 * forms (Gadhafi / Gaddafi / Qaddafi, NTC / National Transitional Council), counted per article.
 */
public final class EntityCollector implements BriefingPart {
    private final AliasMerger merger = new AliasMerger();
    private final int max;

    /** A collector keeping the {@code max} most mentioned entities. */
    public EntityCollector(int max) {
        this.max = max;
    }

    /**
     * English, and the languages whose names it was measured on (made-up stories, at least four in five of what the
     * section shows right): German, French, Spanish, Italian, Portuguese and Dutch, whose people are told by a given
     * name, an office or a verb of saying beside the name, and Arabic, by the title beside it; Japanese, Korean and
     * Chinese, whose people are told by the title, office or verb of saying written onto or beside the name (their
     * places and firms are mostly missed: the section shows their people).
     */
    private static final Set<String> MEASURED = Set.of("en", "de", "fr", "es", "it", "pt", "nl", "ar", "ja", "ko", "zh");

    @Override
    public boolean supports(String language) {
        return MEASURED.contains(language);
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.ENTITIES);
    }

    @Override
    public void addTo(BriefingDraft draft) {
        draft.put(Section.ENTITIES, collect(draft.story(), draft.apart()));
    }

    /** The entities of a story, most mentioned first. */
    public List<EntityItem> collect(Story story) {
        return collect(story, Set.of());
    }

    /**
     * The entities of a story, most mentioned first, leaving out the articles named in {@code apart}: an article that
     * comes close to none of the others is another story's, and so are the people it names.
     */
    public List<EntityItem> collect(Story story, Set<String> apart) {
        Map<String, List<EntityMention>> byArticle = new LinkedHashMap<>();
        List<EntityMention> all = new ArrayList<>();
        for (AnalyzedArticle article : story.articles()) {
            // a page that is no article names no one of the story ("Winds SW" of a weather widget)
            if (apart.contains(article.id()) || article.article().kind() == dev.storybrief.model.ArticleKind.NOT_AN_ARTICLE) {
                continue;
            }
            List<EntityMention> mentions = EntityAnnotator.perSentence(article).stream().flatMap(List::stream).toList();
            byArticle.put(article.id(), mentions);
            all.addAll(mentions);
        }
        // the story's language tells which written forms are one name's cases ("Srí Lanka", "na Srí Lance")
        List<CanonicalEntity> entities = merger.merge(all, story.language());
        AliasMerger.Lookup lookup = merger.lookup(entities);
        Map<CanonicalEntity, Map<String, Integer>> counts = new HashMap<>();
        byArticle.forEach((id, mentions) -> {
            for (EntityMention m : mentions) {
                Optional<CanonicalEntity> entity = lookup.find(m.text(), m.type());
                entity.ifPresent(e -> counts.computeIfAbsent(e, k -> new LinkedHashMap<>()).merge(id, 1, Integer::sum));
            }
        });
        return entities.stream()
                .filter(counts::containsKey)
                .map(e -> new EntityItem(e.name(), e.type(), e.aliases().stream()
                        .filter(a -> !a.equals(e.name())).toList(), counts.get(e)))
                .sorted(Comparator.comparingInt(EntityItem::total).reversed().thenComparing(EntityItem::name))
                .limit(max)
                .toList();
    }
}
