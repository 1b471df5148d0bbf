/**
 * The words pages use about themselves rather than the story (in English, German, French and Polish; a reader's
 * appeals and site notices in the eleven languages {@link dev.storybrief.wording.NoticeWords} lists): interface
 * labels, subscription appeals, announcements of closing sections, cookie notices. Both the page extractor (a page's
 * blocks) and the text cleaner (lines copied from a browser) ask them, so a label is recognised wherever it comes from.
 */
package dev.storybrief.wording;
