package dev.tarjama.article;

import dev.tarjama.model.ParagraphKind;

/** A paragraph-sized piece of an article as a parser found it, before long ones are split. */
record Block(ParagraphKind kind, String text) {}
