package dev.tarjama.internal.render;

/** A format that declines an article it cannot render within its limits; the others are written all the same. */
public final class FormatSkipped extends RuntimeException {
    public FormatSkipped(String reason) {
        super(reason, null, false, false);
    }
}
