/**
 * Term analysis: per-language Lucene analysis chains (tokenizer, filters, stemmer) that turn text into the terms
 * every similarity in storybrief is computed on ({@link dev.storybrief.analyze.terms.TermChains}).
 */
package dev.storybrief.analyze.terms;
