package dev.storybrief.analyze.quote;

import dev.storybrief.analyze.entity.AliasMerger;
import dev.storybrief.analyze.entity.CanonicalEntity;
import dev.storybrief.analyze.entity.EntityMention;
import dev.storybrief.model.EntityType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gender an article itself gives each person it names in full: a courtesy title before the full name ("Mrs
 * Hillary Clinton") and the pronouns that follow a mention of it ("Hillary Clinton told voters that she would ...",
 * "Bill Clinton spoke, where he praised ..."). A pronoun goes to the last person named before it in its sentence,
 * or in the sentence before when its own names nobody before it; pronouns inside quotation marks speak of someone
 * else and are left out. No list of given names is used: a name's gender is what the text says.
 */
final class GenderEvidence {

    private static final Pattern PRONOUN = Pattern.compile("(?i)\\b(?:she|her|hers|herself|he|him|his|himself)\\b");
    private static final Pattern QUOTED = Pattern.compile("“[^”]*”?|\"[^\"]*\"?|«[^»]*»?|„[^“”]*[“”]?");

    /** Female and male votes per canonical name. */
    private final Map<String, int[]> votes = new HashMap<>();

    GenderEvidence(List<String> sentences, List<List<EntityMention>> mentions, AliasMerger.Lookup entities) {
        EntityMention previousLast = null;
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i);
            List<EntityMention> people = mentions.get(i).stream().filter(m -> m.type() == EntityType.PERSON).toList();
            for (EntityMention person : people) {
                String[] before = sentence.substring(0, person.start()).strip().split("\\s+");
                vote(entities, person, Gender.ofTitle(before[before.length - 1]));
            }
            String unquoted = withoutQuotes(sentence);
            Matcher pronoun = PRONOUN.matcher(unquoted);
            while (pronoun.find()) {
                EntityMention named = lastBefore(people, pronoun.start());
                vote(entities, named != null ? named : previousLast, Gender.ofPronoun(pronoun.group()));
            }
            if (!people.isEmpty()) {
                previousLast = people.get(people.size() - 1);
            } else {
                previousLast = null;
            }
        }
    }

    /** The gender the article gives a canonical name, or null when it gives none or both alike. */
    Gender of(String canonicalName) {
        int[] v = votes.get(canonicalName);
        if (v == null || v[0] == v[1]) {
            return null;
        }
        return v[0] > v[1] ? Gender.FEMALE : Gender.MALE;
    }

    private void vote(AliasMerger.Lookup entities, EntityMention person, Gender gender) {
        if (person == null || gender == null) {
            return;
        }
        // a bare surname two people share resolves to nobody in full: it says nothing about either
        entities.find(person.text(), EntityType.PERSON).map(CanonicalEntity::name).filter(n -> n.contains(" "))
                .ifPresent(name -> votes.computeIfAbsent(name, k -> new int[2])[gender == Gender.FEMALE ? 0 : 1]++);
    }

    private static EntityMention lastBefore(List<EntityMention> people, int offset) {
        EntityMention last = null;
        for (EntityMention person : people) {
            if (person.end() <= offset) {
                last = person;
            }
        }
        return last;
    }

    /** The sentence with quoted words blanked out, offsets kept. */
    private static String withoutQuotes(String sentence) {
        Matcher quoted = QUOTED.matcher(sentence);
        StringBuilder out = new StringBuilder(sentence);
        while (quoted.find()) {
            for (int k = quoted.start(); k < quoted.end(); k++) {
                out.setCharAt(k, ' ');
            }
        }
        return out.toString();
    }
}
