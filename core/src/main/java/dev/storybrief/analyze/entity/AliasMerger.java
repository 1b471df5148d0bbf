package dev.storybrief.analyze.entity;

import dev.storybrief.model.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.function.ToIntFunction;

/**
 * Merges the mentions of one article or story into canonical entities.
 *
 * <p>Written forms are compared longest first, so the fullest form becomes the canonical name. A shorter form joins
 * an entity of the same type when it is a spelling variant ("Gaddafi"/"Qaddafi", see {@link NameVariants}), an
 * acronym of it ("NTC", "U.N."), a person's surname or other name word ("Rasmussen", "Mahathir"), or the tail of
 * an organisation's name ("Security Council"). A short form that fits several entities equally well stays apart,
 * because guessing would merge two people, unless it is a lone surname and one of the people is named at least three
 * times and twice as often as each other: news calls the person it is about by the bare surname ("Elena Vos ... Vos, 34, had broken
 * her ankle") and names a relative or a namesake in full ("her brother Daniel Vos"). Places only merge on variants
 * and acronyms: "Korea" is not "North Korea".
 */
public final class AliasMerger {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_THE = Pattern.compile("^(?i:the) ");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");

    /** Canonical entities, most mentioned first, of mentions in a language not known. */
    public List<CanonicalEntity> merge(List<EntityMention> mentions) {
        return merge(mentions, null);
    }

    /**
     * Canonical entities, most mentioned first, of mentions written in {@code language} (an ISO 639-1 code, or null
     * when not known): where names decline, one name's case forms are one entity ("Srí Lanka", "na Srí Lance").
     */
    public List<CanonicalEntity> merge(List<EntityMention> mentions, String language) {
        Objects.requireNonNull(mentions, "mentions");
        NameCaseForms cases = NameCaseForms.of(language);
        Map<String, Surface> surfaces = new LinkedHashMap<>();
        for (EntityMention mention : mentions) {
            String form = normalize(mention.text());
            surfaces.computeIfAbsent(form, f -> new Surface(f, surfaces.size())).add(mention.type());
        }
        List<Surface> longestFirst = new ArrayList<>(surfaces.values());
        longestFirst.sort(Comparator.comparingInt((Surface s) -> s.words.size()).reversed()
                .thenComparing(Comparator.comparingInt((Surface s) -> s.form.length()).reversed())
                .thenComparingInt(s -> s.order));
        List<Cluster> clusters = new ArrayList<>();
        Map<String, List<Cluster>> byKey = new HashMap<>();
        for (Surface surface : longestFirst) {
            Cluster home = findHome(surface, candidates(surface, byKey, cases));
            if (home == null) {
                Cluster cluster = new Cluster(surface, cases);
                clusters.add(cluster);
                surface.keys(cases).forEach(key -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(cluster));
            } else {
                home.members.add(surface);
            }
        }
        return clusters.stream().map(Cluster::toEntity)
                .sorted(Comparator.comparingInt(CanonicalEntity::mentionCount).reversed()).toList();
    }

    /**
     * The clusters a surface could join: every rule of {@link #strength} needs its first word to be a variant of a
     * word of the cluster's canonical form (so both share a consonant skeleton), or the surface to be an acronym of
     * it (so it equals the canonical form's initials). Looking up only those keeps merging a story of thousands of
     * names from comparing every name with every entity.
     */
    private static <T> List<T> candidates(Surface surface, Map<String, List<T>> byKey, NameCaseForms cases) {
        List<T> found = new ArrayList<>(byKey.getOrDefault(surface.skeletons.get(0), List.of()));
        for (T c : byKey.getOrDefault(SPELLING + spelling(surface.words), List.of())) {
            if (!found.contains(c)) {
                found.add(c); // "Royaume-Uni" of "Royaume Uni": one word with its hyphen, two without
            }
        }
        if (cases.declines()) {
            // "Praze" of "Praha": a case ending may change the stem's last consonant, and so its skeleton
            for (T c : byKey.getOrDefault(caseKey(surface.words.get(0), cases), List.of())) {
                if (!found.contains(c)) {
                    found.add(c);
                }
            }
        }
        if (surface.words.size() == 1) {
            List<T> spelled = new ArrayList<>(byKey.getOrDefault(INITIALS + surface.form.replace(".", ""), List.of()));
            spelled.addAll(byKey.getOrDefault(FIRST_LETTER + surface.form.charAt(0), List.of()));
            for (T c : spelled) {
                if (!found.contains(c)) {
                    found.add(c);
                }
            }
        }
        return found;
    }

    private static final String INITIALS = "initials:";
    /** The key of a name by its words' stems under {@link NameCaseForms}, where names decline. */
    private static final String CASE_STEM = "case-stem:";

    /** The consonant skeleton of a word's stem: "Mahmúdem" is found under "Mahmoud"'s key, a variant's case form. */
    private static String caseKey(String word, NameCaseForms cases) {
        return CASE_STEM + NameVariants.skeleton(NameVariants.plain(cases.stem(word)));
    }
    /** The key of a name by its words without hyphens and accents ({@link #sameSpelling}). */
    private static final String SPELLING = "spelling:";
    /** The key of a name by the initial of its first or second word: the first letter of an acronym that spells it. */
    private static final String FIRST_LETTER = "first-letter:";
    /** How often a person must be named, at least, to be the one a lone surname shared with another stands for. */
    private static final int PRINCIPAL_MENTIONS = 3;

    /** The form used for comparison: whitespace collapsed, a leading "the" and a trailing possessive dropped. */
    public static String normalize(String surface) {
        String form = SPACES.matcher(surface.strip()).replaceAll(" ");
        form = LEADING_THE.matcher(form).replaceFirst("");
        // "des Deutschen Wetterdienstes" and "der Deutsche Wetterdienst" name one body, by its base form
        return GermanBodies.baseForm(POSSESSIVE.matcher(form).replaceFirst(""));
    }

    private static Cluster findHome(Surface surface, List<Cluster> clusters) {
        Cluster home = bestUnique(clusters, cluster -> cluster.matchStrength(surface));
        return home == null && surface.words.size() == 1 && surface.type() == EntityType.PERSON
                ? principal(surface, clusters) : home;
    }

    /**
     * Of the people a lone surname fits equally well, the one named at least twice as often as each other (the
     * person the story is about); null when none is.
     */
    private static Cluster principal(Surface surface, List<Cluster> clusters) {
        int best = clusters.stream().mapToInt(c -> c.matchStrength(surface)).max().orElse(0);
        if (best == 0) {
            return null;
        }
        List<Cluster> tied = clusters.stream().filter(c -> c.matchStrength(surface) == best)
                .sorted(Comparator.comparingInt(Cluster::mentions).reversed()).toList();
        // three full mentions at least: "Kari Lind" twice beside "Tom Lind" once says too little
        return tied.size() >= 2 && tied.get(0).mentions() >= PRINCIPAL_MENTIONS
                && tied.get(0).mentions() >= 2 * tied.get(1).mentions() ? tied.get(0) : null;
    }

    /** The item with the highest positive strength; null when none matches or the best is tied. */
    private static <T> T bestUnique(List<T> items, ToIntFunction<T> strength) {
        T best = null;
        int bestStrength = 0;
        boolean tie = false;
        for (T item : items) {
            int score = strength.applyAsInt(item);
            if (score > bestStrength) {
                best = item;
                bestStrength = score;
                tie = false;
            } else if (score == bestStrength && score > 0) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /**
     * The entity among {@code entities} that {@code surface} names, by the same rules as {@link #merge}: an exact
     * alias first, else the single best match; empty when none or when two entities match equally well.
     *
     * @param type the type the surface was recognised as, or null to accept each entity's own type
     */
    public Optional<CanonicalEntity> find(List<CanonicalEntity> entities, String surface, EntityType type) {
        return lookup(entities).find(surface, type);
    }

    /** A lookup of many surfaces in the same entities: their aliases are indexed once. */
    public Lookup lookup(List<CanonicalEntity> entities) {
        return new Lookup(entities);
    }

    /** Finds the entity a surface names among fixed entities; see {@link #find}. */
    public static final class Lookup {
        private final Map<String, List<CanonicalEntity>> byAlias = new HashMap<>();
        private final Map<String, List<CanonicalEntity>> byKey = new HashMap<>();

        private Lookup(List<CanonicalEntity> entities) {
            for (CanonicalEntity entity : entities) {
                for (String alias : new java.util.LinkedHashSet<>(entity.aliases())) {
                    byAlias.computeIfAbsent(alias, a -> new ArrayList<>()).add(entity);
                }
                for (String key : new Surface(entity.name(), 0).keys(NameCaseForms.NONE)) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(entity);
                }
            }
        }

        /** The entity {@code surface} names, recognised as {@code type} (null: any type). */
        public Optional<CanonicalEntity> find(String surface, EntityType type) {
            String form = normalize(surface);
            for (CanonicalEntity entity : byAlias.getOrDefault(form, List.of())) {
                if (type == null || entity.type() == type) {
                    return Optional.of(entity);
                }
            }
            Surface asWritten = new Surface(form, 0);
            List<CanonicalEntity> candidates = candidates(asWritten, byKey, NameCaseForms.NONE);
            return Optional.ofNullable(bestUnique(candidates, entity -> strength(asWritten.words,
                    type == null ? entity.type() : type, Arrays.asList(entity.name().split(" ")), entity.type(),
                    NameCaseForms.NONE)));
        }
    }

    /** 0 = no match; higher = a more specific match (variant of the whole 3, last words or acronym 2, other word 1). */
    private static int strength(List<String> candidate, EntityType candidateType, List<String> canonical,
                                EntityType type, NameCaseForms cases) {
        if (type == EntityType.ORGANIZATION && isNameBeforeLegalForm(candidate, canonical)) {
            return 3; // "Harlow Brandt" of "Harlow Brandt Ltd", whatever a sentence without the "Ltd" made of it
        }
        boolean acronym = candidate.size() == 1 && NameVariants.isAcronymOf(candidate.get(0), canonical);
        boolean compatible = type == candidateType
                || acronym && type != EntityType.PERSON && candidateType != EntityType.PERSON;
        if (!compatible) {
            return 0;
        }
        if (NameVariants.sameWords(candidate, canonical) || sameSpelling(candidate, canonical)
                || cases.sameName(candidate, canonical, type)) {
            return 3;
        }
        if (acronym) {
            return 2;
        }
        return switch (type) {
            case PERSON -> personMatch(candidate, canonical, cases);
            // "Morgan" of "Morgan Stanley", "Brandt" of "Harlow Brandt Ltd": a firm is called by a founder's name
            case ORGANIZATION -> isTail(candidate, withoutLegalForm(canonical)) ? 2
                    : isFounderWord(candidate, withoutLegalForm(canonical)) ? 1 : 0;
            case PLACE -> 0;
        };
    }

    /**
     * One name written with or without its hyphen and accents ("Royaume Uni" and "Royaume-Uni", "Etats Unis" and
     * "États-Unis"): news copy typed without them writes the same place.
     */
    private static boolean sameSpelling(List<String> candidate, List<String> canonical) {
        return spelling(candidate).equals(spelling(canonical));
    }

    private static String spelling(List<String> words) {
        return KnownPlaceNames.folded(String.join(" ", words));
    }

    /** The hyphens and the letters outside ASCII a name is written with ("É" and "-" of "États-Unis"). */
    private static long marks(String form) {
        return form.chars().filter(c -> c == '-' || c > 0x7F && Character.isLetter(c)).count();
    }

    /** A lone word that starts a firm's name of two or three words ("Morgan" of "Morgan Stanley"). */
    private static boolean isFounderWord(List<String> shorter, List<String> full) {
        // a keyword alone ("United", "Council") names a kind, not one founder's firm
        return shorter.size() == 1 && full.size() >= 2 && full.size() <= 3
                && !Lexicon.standard().isOrganizationKeyword(shorter.get(0))
                && NameVariants.sameWord(shorter.get(0), full.get(0));
    }

    /** A company's name without its legal form ("Harlow Brandt" of "Harlow Brandt Ltd"). */
    private static List<String> withoutLegalForm(List<String> name) {
        return name.size() > 1 && CandidateFinder.isLegalForm(name.get(name.size() - 1))
                ? name.subList(0, name.size() - 1) : name;
    }

    /** "Harlow Brandt" and "Harlow Brandt Ltd": a company's name written without its legal form. */
    private static boolean isNameBeforeLegalForm(List<String> shorter, List<String> full) {
        return full.size() == shorter.size() + 1 && CandidateFinder.isLegalForm(full.get(full.size() - 1))
                && NameVariants.sameWords(shorter, full.subList(0, shorter.size()));
    }

    private static int personMatch(List<String> shorter, List<String> full, NameCaseForms cases) {
        if (isTail(shorter, full) || cases.isTail(shorter, full, EntityType.PERSON)) {
            return 2;
        }
        if (shorter.size() == 1) {
            for (String word : full.subList(0, full.size() - 1)) {
                if (NameVariants.sameWord(shorter.get(0), word)) {
                    return 1;
                }
            }
        }
        return 0;
    }

    /** "Rasmussen" of "Anders Fogh Rasmussen", "Security Council" of "UN Security Council". */
    private static boolean isTail(List<String> shorter, List<String> full) {
        if (shorter.size() >= full.size()) {
            return false;
        }
        return NameVariants.sameWords(shorter, full.subList(full.size() - shorter.size(), full.size()));
    }

    /** One distinct written form and the types it was given. */
    private static final class Surface {
        final String form;
        final List<String> words;
        final List<String> skeletons;
        final int order;
        final Map<EntityType, Integer> typeVotes = new EnumMap<>(EntityType.class);
        private EntityType type;

        Surface(String form, int order) {
            this.form = form;
            this.words = Arrays.asList(form.split(" "));
            this.skeletons = words.stream().map(w -> NameVariants.skeleton(NameVariants.plain(w))).toList();
            this.order = order;
        }

        /** The keys a cluster with this canonical form is found by: each word's skeleton, and its initials. */
        List<String> keys(NameCaseForms cases) {
            List<String> keys = new ArrayList<>(new java.util.LinkedHashSet<>(skeletons));
            keys.add(SPELLING + spelling(words));
            if (cases.declines()) {
                words.forEach(word -> keys.add(caseKey(word, cases)));
            }
            if (words.size() >= 2) {
                keys.add(INITIALS + NameVariants.initials(words));
                // "THW" of "Technisches Hilfswerk", "DGAC" of "la Direction générale de l'aviation civile"
                keys.add(FIRST_LETTER + NameVariants.initials(words.subList(0, 1)));
                keys.add(FIRST_LETTER + NameVariants.initials(words.subList(1, 2)));
            }
            return keys;
        }

        void add(EntityType vote) {
            typeVotes.merge(vote, 1, Integer::sum);
            type = null;
        }

        int count() {
            return typeVotes.values().stream().mapToInt(Integer::intValue).sum();
        }

        EntityType type() {
            if (type == null) {
                type = typeVotes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            }
            return type;
        }
    }

    /** Forms judged to name one entity; the first member is the canonical one. */
    private static final class Cluster {
        final List<Surface> members = new ArrayList<>();
        private final NameCaseForms cases;

        Cluster(Surface canonical, NameCaseForms cases) {
            members.add(canonical);
            this.cases = cases;
        }

        Surface canonical() {
            return members.get(0);
        }

        int mentions() {
            return members.stream().mapToInt(Surface::count).sum();
        }

        int matchStrength(Surface candidate) {
            Surface canonical = canonical();
            return strength(candidate.words, candidate.type(), canonical.words, canonical.type(), cases);
        }

        CanonicalEntity toEntity() {
            List<Surface> inOrder = new ArrayList<>(members);
            inOrder.sort(Comparator.comparingInt(s -> s.order));
            List<String> aliases = inOrder.stream().map(s -> s.form).toList();
            int count = members.stream().mapToInt(Surface::count).sum();
            // of one name's spellings, the one news writes most ("Royaume-Uni" over a "Royaume Uni" typed once), and
            // of as many, the one with its hyphens and accents, which copy typed in haste leaves out
            Surface shown = canonical();
            for (Surface member : inOrder) {
                boolean more = member.count() > shown.count()
                        || member.count() == shown.count() && marks(member.form) > marks(shown.form);
                if (more && spelling(member.words).equals(spelling(shown.words))) {
                    shown = member;
                }
            }
            if (cases.declines()) {
                shown = mostUsedCase(inOrder, shown);
            }
            return new CanonicalEntity(shown.form, canonical().type(), aliases, count);
        }

        /**
         * Of one name's case forms ("Srí Lanka", "Srí Lance"), the one written most; of as many, the shorter, which in
         * these languages is the nominative where the two differ in length ("Babiš" of "Babiše", "Tusk" of
         * "Tuskiem"); else the first written. An accent is no tie-break here: Polish "Kowalską" and "Kowalska" are
         * two cases, not one name typed with and without its accent.
         */
        private Surface mostUsedCase(List<Surface> inOrder, Surface shown) {
            String key = cases.key(shown.words);
            Surface best = null;
            for (Surface member : inOrder) {
                if (!cases.key(member.words).equals(key)
                        || member != shown && !cases.sameName(member.words, shown.words, canonical().type())) {
                    continue;
                }
                if (best == null || member.count() > best.count() || member.count() == best.count()
                        && member.form.length() < best.form.length()) {
                    best = member;
                }
            }
            return best;
        }
    }
}
