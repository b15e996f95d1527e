/**
 * A person's work brought back into an article's record: post-edited XLIFF read, applied to {@code article.json},
 * and every output written again from it. Nothing here calls a model or touches the answer cache.
 */
package dev.tarjama.internal.edit;
