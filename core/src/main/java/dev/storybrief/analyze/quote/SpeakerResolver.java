package dev.storybrief.analyze.quote;

import dev.storybrief.analyze.entity.AliasMerger;
import dev.storybrief.analyze.entity.CanonicalEntity;
import dev.storybrief.analyze.entity.EntityMention;
import dev.storybrief.analyze.entity.EntityRecognizer;
import dev.storybrief.model.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Maps the way a quote names its speaker ("Hartwell", "Col. Ahmed Bani") to the fullest name the same article uses
 * ("David Hartwell") and the longest role it gives them ("a senior Middle East and North Africa analyst at IHS
 * Global Insight in London"). Names are matched as {@link AliasMerger} merges them: surname, other name word,
 * spelling variant. A name the article does not know comes back as written, titles removed. A description ("the
 * military alliance's leader") names the one person whose role fits it ({@link DescriptionMatcher}), else itself; a
 * spokesman, aide or lawyer of someone ({@link Principals}) is never the one they speak for.
 */
public final class SpeakerResolver {

    private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();

    private final AliasMerger merger = new AliasMerger();
    private final AliasMerger.Lookup entities;
    private final Map<String, String> roleByCanonicalName = new HashMap<>();
    private final DescriptionMatcher descriptions;
    private final List<CanonicalEntity> fullNames = new ArrayList<>();
    private final GenderEvidence genders;

    /**
     * Reads one English article: its names, their variants and the roles attached to them (English, as the entity
     * recogniser reads a text whose language is not given).
     */
    public SpeakerResolver(List<String> sentences) {
        this(sentences, "en");
    }

    /** Reads one article in {@code language} (ISO 639-1), recognising its entities in that language. */
    public SpeakerResolver(List<String> sentences, String language) {
        this(sentences, RECOGNIZER.recognizeDocument(Objects.requireNonNull(sentences, "sentences"), java.util.Set.of(),
                java.util.Set.of(), language), language);
    }

    /** Reads one English article whose entities are already recognised, sentence by sentence. */
    public SpeakerResolver(List<String> sentences, List<List<EntityMention>> mentions) {
        this(sentences, mentions, "en");
    }

    /**
     * Reads one article in {@code language} (ISO 639-1) whose entities are already recognised, sentence by sentence:
     * the roles are read in that language, so that the offices the entity stage reads only in German ("Feuerwehrchef")
     * are roles only there too.
     */
    public SpeakerResolver(List<String> sentences, List<List<EntityMention>> mentions, String language) {
        Objects.requireNonNull(sentences, "sentences");
        Objects.requireNonNull(language, "language");
        this.descriptions = new DescriptionMatcher(language);
        List<EntityMention> all = new ArrayList<>();
        mentions.forEach(all::addAll);
        List<CanonicalEntity> merged = merger.merge(all);
        this.entities = merger.lookup(merged);
        merged.stream().filter(e -> e.type() == EntityType.PERSON && e.name().contains(" ")).forEach(fullNames::add);
        this.genders = new GenderEvidence(sentences, mentions, entities);
        for (int i = 0; i < sentences.size(); i++) {
            for (RoleFinder.Role found : RoleFinder.find(sentences.get(i), mentions.get(i), language)) {
                entities.find(found.person().text(), EntityType.PERSON)
                        .ifPresent(entity -> {
                            keepLongest(entity.name(), found.role());
                            descriptions.add(entity.name(), found.role());
                        });
            }
        }
    }

    /** The speaker behind a name as written; never null for a non-blank name. */
    public Speaker resolve(String nameAsWritten) {
        Objects.requireNonNull(nameAsWritten, "nameAsWritten");
        if (Principals.speaksFor(nameAsWritten)) {
            // "a spokesman for Prime Minister Tony Blair" is not Blair, whatever the words name
            return new Speaker(nameAsWritten.strip(), null);
        }
        if (DescriptionMatcher.isDescription(nameAsWritten) || Principals.isPossessiveRole(nameAsWritten)) {
            String person = descriptions.person(nameAsWritten);
            return person == null ? new Speaker(nameAsWritten.strip(), null)
                    : new Speaker(person, roleByCanonicalName.get(person));
        }
        String name = withoutTitle(nameAsWritten.strip());
        Optional<CanonicalEntity> entity = entities.find(name, null);
        if (entity.isEmpty()) {
            return new Speaker(name, null);
        }
        String canonical = entity.get().name();
        return new Speaker(canonical, roleByCanonicalName.get(canonical));
    }

    /**
     * The speaker behind a name written with a gender cue: "Mrs Clinton" or "she" (standing for "Clinton") in an
     * article naming Hillary and Bill Clinton is the one of the two the article itself gives as a woman. Without a
     * cue, or when the cue does not single one out, as {@link #resolve(String)}.
     *
     * @param cue the gender of the courtesy title before the name or of the pronoun standing for it; null for none
     */
    public Speaker resolve(String nameAsWritten, Gender cue) {
        Speaker plain = resolve(nameAsWritten);
        if (cue == null || plain.name().contains(" ")) {
            return plain;
        }
        List<CanonicalEntity> sameSurname = fullNames.stream().filter(e -> endsWith(e.name(), plain.name())).toList();
        if (sameSurname.size() < 2) {
            return plain;
        }
        List<CanonicalEntity> fitting = sameSurname.stream().filter(e -> genders.of(e.name()) == cue).toList();
        if (fitting.isEmpty()) {
            // the other is shown to be of the other gender, this one is not shown at all: the one left
            fitting = sameSurname.stream().filter(e -> genders.of(e.name()) != cue.opposite()).toList();
        }
        if (fitting.size() != 1) {
            return plain;
        }
        String canonical = fitting.get(0).name();
        return new Speaker(canonical, roleByCanonicalName.get(canonical));
    }

    private static boolean endsWith(String fullName, String surname) {
        String[] words = fullName.split(" ");
        return words[words.length - 1].equalsIgnoreCase(surname);
    }

    private void keepLongest(String canonicalName, String role) {
        roleByCanonicalName.merge(canonicalName, role, (old, fresh) -> fresh.length() > old.length() ? fresh : old);
    }

    /** "Col. Ahmed Bani" is recognised as the person "Ahmed Bani"; a lone surname is kept as it is. */
    private static String withoutTitle(String name) {
        List<EntityMention> found = RECOGNIZER.recognize(name);
        if (found.size() == 1 && found.get(0).type() == EntityType.PERSON) {
            return found.get(0).text();
        }
        return name;
    }
}
