package dev.tarjama.run;

import dev.tarjama.llm.CallListener;
import dev.tarjama.translate.PipelineListener;

/** Where a run tells the user what is happening. Messages never contain a key. */
public interface Reporter extends PipelineListener, CallListener {
    /** A line the user wants to see unless they asked for quiet. */
    void info(String message);

    /** Something went wrong but the run goes on. */
    void warn(String message);

    /** Detail for {@code -v}. */
    void detail(String message);

    /** An article is done and its files are in {@code directory}. */
    void finished(dev.tarjama.model.TranslatedArticle article, java.nio.file.Path directory);
}
