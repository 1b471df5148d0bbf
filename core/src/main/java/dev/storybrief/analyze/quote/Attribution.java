package dev.storybrief.analyze.quote;

/**
 * Who a quote's surrounding words credit it to.
 *
 * @param speaker the name or describing phrase as written, or the pronoun itself
 * @param pronoun true for "he"/"she", which the extractor resolves to an earlier named speaker
 * @param at      character offset of the credited words in their sentence, used to order pronoun lookups
 */
record Attribution(String speaker, boolean pronoun, int at) {
}
