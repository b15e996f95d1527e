package dev.tarjama.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tarjama.model.TranslatedArticle;
import dev.tarjama.model.TranslatedParagraph;
import dev.tarjama.model.Usage;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** {@code translate --json}: what a run did, for scripts — one entry per input, the run's usage and exit code. */
final class RunSummary {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RunSummary() {}

    /**
     * One input's outcome.
     *
     * @param status ok, partial, interrupted, failed or skipped
     */
    record Entry(
            String input,
            String folder,
            String status,
            int exitCode,
            int paragraphs,
            int translated,
            int flagged,
            List<String> flags,
            Usage usage,
            String error) {
        static Entry of(TranslatedArticle article, Path folder, int exitCode) {
            int paragraphs = article.paragraphs().size();
            int translated = (int) (paragraphs - article.failedCount());
            String status = article.interrupted() ? "interrupted" : exitCode == 0 ? "ok" : "partial";
            List<String> flags = article.paragraphs().stream()
                    .filter(TranslatedParagraph::isFlagged)
                    .flatMap(p -> p.flags().stream().map(f -> "paragraph " + p.index() + ": " + f))
                    .toList();
            return new Entry(
                    article.article().input(),
                    folder.toString(),
                    status,
                    exitCode,
                    paragraphs,
                    translated,
                    (int) article.flaggedCount(),
                    flags,
                    article.usage(),
                    article.briefError());
        }

        static Entry failed(String input, String error, int exitCode) {
            return new Entry(input, null, "failed", exitCode, 0, 0, 0, List.of(), null, error);
        }

        static Entry skipped(String input, String reason) {
            return new Entry(
                    input, null, "skipped", dev.tarjama.cli.ExitCodes.INTERRUPTED, 0, 0, 0, List.of(), null, reason);
        }
    }

    static void print(PrintWriter out, List<Entry> entries, Usage total, int exitCode) {
        print(out, entries, total, exitCode, null);
    }

    /**
     * The run's summary, whatever its end: {@code status} (ok, partial, failed, interrupted), {@code exit_code}, the
     * {@code error} that stopped it ({@code message}, {@code kind}) when one did, the articles and the usage.
     */
    static void print(
            PrintWriter out, List<Entry> entries, Usage total, int exitCode, dev.tarjama.TarjamaException stopped) {
        ObjectNode root = JSON.createObjectNode();
        root.put("status", status(exitCode, stopped));
        root.put("exit_code", exitCode);
        if (stopped != null) {
            root.putObject("error")
                    .put("message", stopped.getMessage())
                    .put("kind", stopped.kind().name().toLowerCase(java.util.Locale.ROOT));
        } else {
            root.putNull("error");
        }
        ArrayNode articles = root.putArray("articles");
        for (Entry e : entries) {
            ObjectNode a = articles.addObject();
            a.put("input", e.input());
            a.put("folder", e.folder());
            a.put("status", e.status());
            a.put("exit_code", e.exitCode());
            a.put("paragraphs", e.paragraphs());
            a.put("translated", e.translated());
            a.put("flagged", e.flagged());
            e.flags().forEach(a.putArray("flags")::add);
            if (e.usage() != null) {
                usage(a.putObject("usage"), e.usage());
            }
            a.put("error", e.error());
        }
        usage(root.putObject("usage"), total);
        try {
            out.println(JSON.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    private static String status(int exitCode, dev.tarjama.TarjamaException stopped) {
        if (exitCode == ExitCodes.INTERRUPTED || exitCode == ExitCodes.TERMINATED) {
            return "interrupted";
        }
        if (stopped != null) {
            return "failed";
        }
        return exitCode == ExitCodes.OK ? "ok" : "partial";
    }

    private static void usage(ObjectNode node, Usage u) {
        node.put("requests", u.requests());
        node.put("retries", u.retries());
        node.put("cache_hits", u.cacheHits());
        node.put("input_tokens", u.inputTokens());
        node.put("cached_input_tokens", u.cachedInputTokens());
        node.put("paragraph_input_tokens", u.paragraphInputTokens());
        node.put("output_tokens", u.outputTokens());
        node.put("cost_usd", u.costUsd());
    }
}
