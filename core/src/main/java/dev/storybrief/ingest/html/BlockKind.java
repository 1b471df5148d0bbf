package dev.storybrief.ingest.html;

/** The structural role of a text block, from the nearest telling element around it. */
enum BlockKind { PARAGRAPH, HEADING, LIST_ITEM, QUOTE, PREFORMATTED, TABLE_CELL, OTHER }
