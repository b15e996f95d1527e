package dev.tarjama.internal.run;

import java.util.List;

/**
 * Loads and initialises, on a background thread, the libraries a translation will need — JSON, HTTP, the provider
 * clients, SQLite and its native library, ICU's data, tarjama's own pipeline — while the main thread parses the
 * command line and reads the article. A JVM loads classes one at a time on the thread that needs them; on two
 * cores, doing it ahead on the other one takes most of it off the path to the first request.
 */
public final class Preload {
    /** In about the order a run first needs them. */
    private static final List<String> CLASSES = List.of(
            "okhttp3.OkHttpClient",
            "okhttp3.internal.connection.RealCall",
            "com.fasterxml.jackson.databind.ObjectMapper",
            "com.ibm.icu.text.CharsetDetector",
            "com.ibm.icu.text.Normalizer2",
            "com.ibm.icu.text.BreakIterator",
            "org.sqlite.JDBC",
            "dev.tarjama.internal.store.SqliteAnswerCache",
            "dev.tarjama.internal.pipeline.Pipeline",
            "dev.langchain4j.model.openai.OpenAiChatModel",
            "dev.langchain4j.model.openai.internal.DefaultOpenAiClient",
            "dev.langchain4j.model.openai.internal.chat.ChatCompletionRequest",
            "dev.langchain4j.model.openai.internal.chat.ChatCompletionResponse",
            "dev.tarjama.internal.check.ParagraphChecks",
            "dev.tarjama.internal.check.ArabicNumbers",
            "dev.tarjama.internal.check.EnglishNumbers",
            "dev.tarjama.internal.render.Formats");

    private Preload() {}

    /** Starts the loading; it never delays the exit, and a class that is not there is simply skipped. */
    public static void start() {
        Thread thread = new Thread(Preload::load, "tarjama-preload");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void load() {
        ClassLoader loader = Preload.class.getClassLoader();
        for (String name : CLASSES) {
            try {
                Class.forName(name, true, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // only time is lost: the class loads when it is first used
            }
        }
        warmUp();
    }

    /** What loading classes alone does not do: ICU's data files, SQLite's native library, Jackson's first mapper. */
    private static void warmUp() {
        try {
            com.ibm.icu.text.Normalizer2.getNFCInstance().normalize("تجربة");
            com.ibm.icu.text.BreakIterator.getSentenceInstance(com.ibm.icu.util.ULocale.ENGLISH)
                    .setText("A. B.");
            new com.ibm.icu.text.CharsetDetector().setText(new byte[] {'a'}).detectAll();
            var json = new com.fasterxml.jackson.databind.ObjectMapper();
            json.readTree("{\"a\":[1]}");
            // the default backend's request and answer types: their annotations read, Jackson's paths compiled
            json.writeValueAsString(dev.langchain4j.model.openai.internal.chat.ChatCompletionRequest.builder()
                    .model("m")
                    .build());
            org.sqlite.SQLiteJDBCLoader.initialize();
        } catch (Exception | LinkageError e) {
            // as above: the real use pays for it instead
        }
    }
}
