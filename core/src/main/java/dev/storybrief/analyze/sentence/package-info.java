/**
 * Sentence splitting per language: a trained OpenNLP model where one ships (English, German, French), ICU's
 * rule-based breaks elsewhere, both followed by repairs of wrong breaks after abbreviations.
 */
package dev.storybrief.analyze.sentence;
