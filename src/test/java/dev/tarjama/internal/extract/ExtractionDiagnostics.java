package dev.tarjama.internal.extract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tarjama.internal.source.ArticleBytes;
import dev.tarjama.internal.source.TextDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Tuning aid over the shared benchmark pages (never the held-out tenth unless named):
 *
 * <pre>
 * page FILE            what the extractor makes of a page
 * why FILE SNIPPET     the elements around a snippet, with what each looks like to the cleaner
 * candidates FILE      the best-scoring containers
 * causes               why gold text was missed: removed by cleaning, outside the root, dropped by the walker
 * leaks                every leaked boilerplate snippet with the elements around it up to the root
 * lines                every leaked boilerplate snippet with the extracted block it stands in, and its kind
 * </pre>
 */
public final class ExtractionDiagnostics {
    private static final Path SHARED = Path.of("..", "shared", "extraction");

    private ExtractionDiagnostics() {}

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "page" -> page(args[1]);
            case "why" -> why(args[1], args[2]);
            case "candidates" -> candidates(args[1]);
            case "causes" -> causes();
            case "leaks" -> leaks();
            case "lines" -> lines();
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    private static String html(String file) throws IOException {
        byte[] bytes = Files.readAllBytes(SHARED.resolve("pages").resolve(file));
        return new TextDecoder(warning -> {})
                .decode(new ArticleBytes("page", bytes, "text/html"))
                .text();
    }

    private static void page(String file) throws IOException {
        ExtractedPage page = new HtmlExtractor().extract(html(file), "");
        System.out.println(page.metadata());
        System.out.println("[HEADLINE] " + page.headline());
        page.blocks().forEach(b -> System.out.println("[" + b.kind() + "] " + b.text()));
    }

    private static void why(String file, String snippet) throws IOException {
        Document page = Jsoup.parse(html(file));
        String wanted = ExtractionScore.normalize(snippet);
        Element smallest = null;
        for (Element element : page.body().getAllElements()) {
            if (ExtractionScore.normalize(element.text()).contains(wanted)) {
                smallest = element;
            }
        }
        int bodyText = page.body().text().length();
        for (Element x = smallest; x != null; x = x.parent()) {
            System.out.printf(
                    "%-60.60s text %6d (%.2f) prose %5b links %.2f%s%s%s%n",
                    label(x),
                    x.text().length(),
                    x.text().length() / (double) bodyText,
                    Prose.dominates(x),
                    ContentRoot.linkDensity(x),
                    Boilerplate.isOverlay(x) ? " overlay" : "",
                    Boilerplate.isChrome(x) ? " chrome" : "",
                    Boilerplate.isProbablyChrome(x) ? " probably-chrome" : "");
        }
    }

    private static void candidates(String file) throws IOException {
        Document page = Jsoup.parse(html(file));
        DomCleaner.clean(page.body(), ExtractionRules.STANDARD);
        ContentRoot.scores(page.body()).entrySet().stream()
                .sorted(Map.Entry.<Element, Double>comparingByValue().reversed())
                .limit(8)
                .forEach(e -> System.out.printf(
                        "%7.1f %-70.70s text %5d links %.2f%n",
                        e.getValue(),
                        label(e.getKey()),
                        e.getKey().text().length(),
                        ContentRoot.linkDensity(e.getKey())));
    }

    private static void causes() throws IOException {
        Map<String, List<String>> causes = new TreeMap<>();
        forEachTuningPage((file, entry) -> {
            String html = html(file);
            String raw = ExtractionScore.normalize(Jsoup.parse(html).body().text());
            Document cleaned = Jsoup.parse(html);
            DomCleaner.clean(cleaned.body(), ExtractionRules.STANDARD);
            String clean = ExtractionScore.normalize(cleaned.body().text());
            Document page = Jsoup.parse(html);
            List<Element> roots = HtmlExtractor.articleRoots(page, ExtractionRules.STANDARD);
            StringBuilder inRoots = new StringBuilder();
            roots.forEach(root -> inRoots.append(root.text()).append(' '));
            String rootText = ExtractionScore.normalize(inRoots.toString());
            String out = ExtractionScore.normalize(
                    new HtmlExtractor().extract(html, "").text());
            for (JsonNode w : entry.get("with")) {
                String s = ExtractionScore.normalize(w.asText());
                if (out.contains(s)) {
                    continue;
                }
                String cause = !raw.contains(s)
                        ? "not in the body's text"
                        : !clean.contains(s)
                                ? "removed by cleaning"
                                : !rootText.contains(s) ? "outside the root" : "dropped by the walker";
                causes.computeIfAbsent(cause, k -> new ArrayList<>()).add(file + ": " + s);
            }
        });
        causes.forEach((cause, misses) -> {
            System.out.println("== " + misses.size() + " " + cause);
            misses.forEach(m -> System.out.println("   " + m));
        });
    }

    private static void leaks() throws IOException {
        forEachTuningPage((file, entry) -> {
            String html = html(file);
            String out = ExtractionScore.normalize(
                    new HtmlExtractor().extract(html, "").text());
            List<Element> roots = HtmlExtractor.articleRoots(Jsoup.parse(html), ExtractionRules.STANDARD);
            for (JsonNode w : entry.get("without")) {
                String s = ExtractionScore.normalize(w.asText());
                if (!out.contains(s)) {
                    continue;
                }
                Element smallest = null;
                for (Element root : roots) {
                    for (Element element : root.getAllElements()) {
                        if (ExtractionScore.normalize(element.text()).contains(s)) {
                            smallest = element;
                        }
                    }
                }
                StringBuilder chain = new StringBuilder();
                for (Element x = smallest; x != null && !roots.contains(x); x = x.parent()) {
                    chain.append(" < ")
                            .append(label(x))
                            .append('(')
                            .append(x.text().length())
                            .append(')');
                }
                System.out.println(file + " | " + s + " |" + chain);
            }
        });
    }

    private static void lines() throws IOException {
        forEachTuningPage((file, entry) -> {
            ExtractedPage page = new HtmlExtractor().extract(html(file), "");
            for (JsonNode w : entry.get("without")) {
                String s = ExtractionScore.normalize(w.asText());
                page.blocks().stream()
                        .filter(b -> ExtractionScore.normalize(b.text()).contains(s))
                        .findFirst()
                        .ifPresent(b -> System.out.printf(
                                "%s | [%s %d] %s%n",
                                file,
                                b.kind(),
                                b.text().length(),
                                b.text().length() > 160 ? b.text().substring(0, 160) + "…" : b.text()));
            }
        });
    }

    private static String label(Element element) {
        String names = (element.className() + (element.id().isEmpty() ? "" : "#" + element.id())).trim();
        return element.normalName()
                + (names.isEmpty() ? "" : "." + (names.length() > 40 ? names.substring(0, 40) : names));
    }

    private interface PageAction {
        void accept(String file, JsonNode entry) throws IOException;
    }

    private static void forEachTuningPage(PageAction action) throws IOException {
        JsonNode gold = ExtractionScore.gold(SHARED.resolve("gold.json"));
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> page = it.next();
            if (!HeldOut.contains(page.getKey())) {
                action.accept(page.getKey(), page.getValue());
            }
        }
    }
}
