/**
 * Language identification: which language each article is in ({@link dev.storybrief.analyze.language.LanguageIdentifier}),
 * so that the analyze stage can choose that language's sentence splitter and term chain.
 */
package dev.storybrief.analyze.language;
