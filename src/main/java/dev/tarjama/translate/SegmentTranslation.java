package dev.tarjama.translate;

/** The model's answer for one segment: its translation and one-line summary. */
record SegmentTranslation(String translation, String summary) {
}
