package dev.tarjama.internal.pipeline;

/**
 * One step of the pipeline: an immutable record in, an immutable record out. The steps are assembled, in order,
 * in {@link Pipeline#translate}.
 */
@FunctionalInterface
public interface Stage<I, O> {
    O apply(I input);
}
