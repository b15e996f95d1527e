package dev.tarjama.run;

import dev.tarjama.llm.RetryListener;
import dev.tarjama.translate.PipelineListener;

/** Where a run tells the user what is happening. Messages never contain a key. */
public interface Reporter extends PipelineListener, RetryListener {
    /** A line the user wants to see unless they asked for quiet. */
    void info(String message);

    /** Something went wrong but the run goes on. */
    void warn(String message);

    /** Detail for {@code -v}. */
    void detail(String message);
}
