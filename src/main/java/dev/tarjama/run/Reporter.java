package dev.tarjama.run;

import dev.tarjama.llm.CallListener;
import dev.tarjama.pipeline.PipelineListener;

/** Where a run tells its user what is happening. Messages never contain a key. Every method may be left as is. */
public interface Reporter extends PipelineListener, CallListener {
    Reporter NONE = new Reporter() {};

    /** A line the user wants to see unless they asked for quiet. */
    default void info(String message) {}

    /** Something went wrong but the run goes on. */
    default void warn(String message) {}

    /** Detail for {@code -v}. */
    default void detail(String message) {}

    @Override
    default void warning(String message) {
        warn(message);
    }
}
