package dev.tarjama.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A provider's API for tests, speaking its wire format ({@link Wire}: OpenAI, Anthropic, Gemini or Ollama). It
 * reads the paragraph out of each request, as a real model would, and answers with a translation that names the
 * paragraph's fingerprint, so tests can check that every translation landed next to its own source. Behaviours
 * (delays, failures) are set per test.
 */
public final class FakeProvider implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PARAGRAPH =
            Pattern.compile("<paragraph-([0-9a-f]+)>\\n(.*?)\\n</paragraph-\\1>", Pattern.DOTALL);
    private static final Pattern BATCH =
            Pattern.compile("<paragraphs-([0-9a-f]+)>\\n(.*?)\\n</paragraphs-\\1>", Pattern.DOTALL);

    private final MockWebServer server = new MockWebServer();
    private final Wire wire;
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger counter = new AtomicInteger();
    private final Map<String, AtomicInteger> attemptsByParagraph = new ConcurrentHashMap<>();
    private volatile int maxDelayMillis;
    private volatile int cachedPrefix;
    private volatile Function<Recorded, MockResponse> override = r -> null;

    /** Faults injected by share of requests, decided per paragraph and attempt so that runs are repeatable. */
    public record Faults(long seed, double rateLimited, double serverError, double truncated) {
        public Faults(double rateLimited, double serverError, double truncated) {
            this(0, rateLimited, serverError, truncated);
        }

        MockResponse pick(Recorded r) {
            double roll = unit(
                    seed + ":" + (r.paragraph() == null ? r.kind() : r.paragraph()) + "#" + r.attemptForParagraph());
            if (roll < rateLimited) {
                return Wire.OPENAI.error(429, "Rate limit reached").setHeader("Retry-After", "1");
            }
            if (roll < rateLimited + serverError) {
                return Wire.OPENAI.error(500, "The server had an error");
            }
            if (roll < rateLimited + serverError + truncated) {
                return new MockResponse()
                        .setHeader("Content-Type", "application/json")
                        .setBody(
                                "{\"id\":\"chatcmpl-test\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,\"mess");
            }
            return null;
        }

        /** A repeatable number in [0, 1) for {@code key}. */
        private static double unit(String key) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
                return Long.parseLong(HexFormat.of().formatHex(digest, 0, 4), 16) / (double) 0x1_0000_0000L;
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private volatile Faults faults;

    /** Answers a share of requests with 429s, 500s and truncated bodies; see {@link Faults}. */
    public FakeProvider withFaults(Faults faults) {
        this.faults = faults;
        return this;
    }

    /**
     * One request as the server saw it.
     *
     * @param authorization the credential header of the wire format (Authorization, x-api-key, x-goog-api-key)
     * @param receivedNanos when it arrived, on {@link System#nanoTime()}
     */
    public record Recorded(
            int number,
            String path,
            String authorization,
            JsonNode body,
            String kind,
            String paragraph,
            int attemptForParagraph,
            String systemMessage,
            String userMessage,
            long receivedNanos) {}

    /** A fake OpenAI-compatible server. */
    public FakeProvider() throws IOException {
        this(Wire.OPENAI);
    }

    public FakeProvider(Wire wire) throws IOException {
        this(wire, 0);
    }

    /** A fake on a given port (0: any free one), so that one stopped can come back where it was. */
    public FakeProvider(Wire wire, int port) throws IOException {
        this.wire = wire;
        server.setServerSocketFactory(new NoDelayServerSockets());
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        server.start(port);
    }

    public String baseUrl() {
        String url = server.url(wire.root).toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public Wire wire() {
        return wire;
    }

    /** The variables that point tarjama at this server with {@code key}. */
    public Map<String, String> variables(String key) {
        return wire.variables(baseUrl(), key);
    }

    private volatile Duration fixedDelay = Duration.ZERO;
    private volatile dev.tarjama.Latency model;
    private final List<String> prompts = new CopyOnWriteArrayList<>();

    /**
     * Answers as a hosted model does: after {@code latency} — the time to the first token plus the time per token of
     * the answer (o200k) — with the usage it reports counted for real: the prompt's tokens, the answer's, and the
     * prompt's cached prefix as OpenAI counts it (the longest prefix an earlier request sent, from 1,024 tokens, in
     * steps of 128). What the fake answers, a real model would have taken this long to write.
     */
    public FakeProvider withModelLatency(dev.tarjama.Latency latency) {
        this.model = latency;
        return this;
    }

    /** Every answer's body arrives this long after its request. */
    public FakeProvider withFixedDelay(Duration delay) {
        this.fixedDelay = delay;
        return this;
    }

    /** Reports {@code tokens} of every request's input as read from the provider's prompt cache. */
    public FakeProvider withCachedPrefix(int tokens) {
        this.cachedPrefix = tokens;
        return this;
    }

    /** Answers arrive after a random delay up to this, so they come back out of order. */
    public FakeProvider withRandomDelay(int maxMillis) {
        this.maxDelayMillis = maxMillis;
        return this;
    }

    /** Lets a test answer some requests itself; returning null falls back to the normal answer. */
    public FakeProvider withOverride(Function<Recorded, MockResponse> override) {
        this.override = override;
        return this;
    }

    public List<Recorded> requests() {
        return List.copyOf(requests);
    }

    public List<Recorded> requestsOfKind(String kind) {
        return requests.stream().filter(r -> r.kind().equals(kind)).toList();
    }

    /** The fingerprint the fake puts in the translation of {@code source}. */
    public static String fingerprint(String source) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(source.strip().getBytes(StandardCharsets.UTF_8));
            // letters only: a digit in a translation is a number the checks would look for in the source
            StringBuilder letters = new StringBuilder();
            for (char c : HexFormat.of().formatHex(digest, 0, 5).toCharArray()) {
                letters.append(Character.isDigit(c) ? (char) ('g' + c - '0') : c);
            }
            return letters.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An OpenAI-format answer (tests that override answers use the default wire). */
    public static MockResponse completion(String content) {
        return Wire.OPENAI.completion(content, 120, 40);
    }

    /** An OpenAI-format error. */
    public static MockResponse error(int status, String message) {
        return Wire.OPENAI.error(status, message);
    }

    /** An error in this server's own wire format. */
    public MockResponse errorInWire(int status, String message) {
        return wire.error(status, message);
    }

    private MockResponse answer(RecordedRequest request) {
        if ("GET".equals(request.getMethod())) {
            // model listings: Ollama's /api/tags (auto's probe), the others' /models (tarjama backends)
            return new MockResponse()
                    .setHeader("Content-Type", "application/json")
                    .setBody("{\"models\":[],\"data\":[]}");
        }
        JsonNode body;
        try {
            body = JSON.readTree(request.getBody().readUtf8());
        } catch (IOException e) {
            return wire.error(400, "not JSON");
        }
        String system = wire.system(body);
        String user = wire.user(body);
        String kind = Wire.kind(system);
        Matcher m = PARAGRAPH.matcher(user);
        String paragraph = m.find() ? m.group(2) : null;
        int attempt = attemptsByParagraph
                .computeIfAbsent(paragraph == null ? kind : paragraph, p -> new AtomicInteger())
                .incrementAndGet();
        Recorded recorded = new Recorded(
                counter.incrementAndGet(),
                request.getPath(),
                wire.credential(request),
                body,
                kind,
                paragraph,
                attempt,
                system,
                user,
                System.nanoTime());
        requests.add(recorded);

        MockResponse custom = override.apply(recorded);
        if (custom == null && faults != null) {
            custom = faults.pick(recorded);
        }
        MockResponse response = custom != null ? custom : normalAnswer(recorded);
        if (custom == null && model != null) {
            return response; // the model's own time, set with the answer
        }
        long delay = fixedDelay.toMillis()
                + (maxDelayMillis > 0 ? ThreadLocalRandom.current().nextInt(maxDelayMillis + 1) : 0);
        if (delay > 0) {
            response.setBodyDelay(delay, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        return response;
    }

    /** The glossary the fake proposes for the sample article: one rendering per term. */
    public static final Map<String, String> GLOSSARY = Map.of(
            "سام ألتمان", "Sam Altman",
            "ديميس هاسابيس", "Demis Hassabis",
            "كود ريد", "Code Red",
            "أوبن إيه آي", "OpenAI",
            "تشات جي بي تي", "ChatGPT",
            "جمناي", "Gemini",
            "جوني آيف", "Jony Ive",
            "أنثروبيك", "Anthropic");

    private static final Pattern GLOSSARY_LINE = Pattern.compile("^(.+?) → (.+)$", Pattern.MULTILINE);
    private static final Pattern SOURCE_NUMBER = Pattern.compile(
            "([0-9٠-٩]+(?:[.,٫][0-9٠-٩]+)?)(%|٪)?(?:\\s+(مليار|مليارات|مليون|مليونا|مليوناً|ملايين|ألف|آلاف))?");

    /**
     * What a faithful model would answer for a paragraph, as far as the checks can tell: the paragraph's
     * fingerprint (so tests can see it landed beside its own source), every number of the source with its scale
     * word, every glossary rendering the request carried, and plain English words up to the usual English length of such a source (1.15 times its characters).
     */
    public static String faithfulTranslation(String paragraph, String userMessage) {
        StringBuilder out = new StringBuilder("Translation of paragraph " + fingerprint(paragraph) + ":");
        Matcher n = SOURCE_NUMBER.matcher(paragraph);
        while (n.find()) {
            String digits = dev.tarjama.testing.FakeProvider.ascii(n.group(1));
            String scale = n.group(3) == null
                    ? ""
                    : n.group(3).startsWith("مليار")
                            ? " billion"
                            : n.group(3).startsWith("مل") ? " million" : " thousand";
            out.append(' ')
                    .append(digits)
                    .append(n.group(2) == null ? "" : "%")
                    .append(scale)
                    .append(',');
        }
        Matcher g = GLOSSARY_LINE.matcher(userMessage.substring(Math.max(0, userMessage.indexOf("<glossary-"))));
        java.util.Set<String> rendered = new java.util.HashSet<>();
        while (g.find()) {
            out.append(' ').append(g.group(2)).append(',');
            rendered.add(g.group(1).strip());
        }
        termsIn(paragraph).forEach((source, target) -> {
            if (!rendered.contains(source)) { // a name the request gave no rendering for: its usual one
                out.append(' ').append(target).append(',');
            }
        });
        while (out.length() < paragraph.length() * 1.15) { // about the usual English/Arabic length ratio
            out.append(" and the report goes on");
        }
        return out.append('.').toString();
    }

    static String ascii(String digits) {
        StringBuilder b = new StringBuilder();
        for (char c : digits.toCharArray()) {
            b.append(c >= '٠' && c <= '٩' ? (char) ('0' + c - '٠') : c == '٫' ? '.' : c);
        }
        return b.toString();
    }

    /** The names and terms of {@link #GLOSSARY} that {@code text} contains, with their renderings. */
    public static Map<String, String> termsIn(String text) {
        Map<String, String> terms = new java.util.TreeMap<>();
        GLOSSARY.forEach((source, target) -> {
            if (text.contains(source)) {
                terms.put(source, target);
            }
        });
        return terms;
    }

    /** The terms as a translation answer lists them. */
    private static void putTerms(ObjectNode content, Map<String, String> terms) {
        var array = content.putArray("terms");
        terms.forEach((source, target) ->
                array.addObject().put("source", source).put("target", target).put("type", "other"));
    }

    /** The paragraph blocks of a batch request, id → text, in the order sent. */
    public static Map<String, String> batchBlocks(String userMessage) {
        Map<String, String> blocks = new java.util.LinkedHashMap<>();
        Matcher batch = BATCH.matcher(userMessage);
        if (!batch.find()) {
            return blocks;
        }
        String body = batch.group(2);
        // the block's first line carries the tag every paragraph's line opens with: [TAG p7]
        String tag = body.substring(1, Math.max(1, body.indexOf(' ')));
        Matcher ids = Pattern.compile("(?m)^\\[" + Pattern.quote(tag) + " ([^\\]]+)\\]\\n")
                .matcher(body);
        String id = null;
        int from = 0;
        while (ids.find()) {
            if (id != null) {
                blocks.put(id, body.substring(from, ids.start()).strip());
            }
            id = ids.group(1);
            from = ids.end();
        }
        if (id != null) {
            blocks.put(id, body.substring(from).strip());
        }
        return blocks;
    }

    /** What a faithful model answers for a batch: one item per block, id → translation and summary. */
    public static Map<String, String> faithfulBatch(String userMessage) {
        Map<String, String> translations = new java.util.LinkedHashMap<>();
        batchBlocks(userMessage).forEach((id, text) -> translations.put(id, faithfulTranslation(text, userMessage)));
        return translations;
    }

    /** An answer with this content in the fake's own wire format. */
    public MockResponse completionInWire(String content) {
        return wire.completion(content, 120, 40, cachedPrefix);
    }

    /** A batch answer with these items, in this order, listing no terms. */
    public MockResponse batchAnswer(List<Map.Entry<String, String>> items) {
        return batchAnswer(items, Map.of());
    }

    /** A batch answer with these items, in this order, and these terms (source → rendering). */
    public MockResponse batchAnswer(List<Map.Entry<String, String>> items, Map<String, String> terms) {
        ObjectNode content = JSON.createObjectNode();
        var array = content.putArray("paragraphs");
        for (Map.Entry<String, String> item : items) {
            array.addObject()
                    .put("id", item.getKey())
                    .put("translation", item.getValue())
                    .put("summary", "Summary of " + item.getKey() + ".");
        }
        putTerms(content, terms);
        return wire.completion(content.toString(), 120, 40, cachedPrefix);
    }

    /** A sentence no source has: what the fake reviewer reports as an addition wherever a translation carries it. */
    public static final String INVENTED =
            "The company also announced that its chief executive will resign next month, according to sources.";

    private MockResponse normalAnswer(Recorded r) {
        String content = answerContent(r.kind(), r.paragraph(), r.userMessage());
        if (content == null) {
            return wire.error(400, "unexpected request kind " + r.kind());
        }
        dev.tarjama.Latency latency = model;
        if (latency == null) {
            return wire.completion(content, 120, 40, cachedPrefix);
        }
        String prompt = r.systemMessage() + "\n" + r.userMessage();
        int input = tokens(r.systemMessage()) + tokens(r.userMessage()) + 8;
        int output = tokens(content);
        int cached = cachedTokens(prompt);
        prompts.add(prompt);
        return wire.completion(content, input, output, cached)
                .setBodyDelay(latency.of(output).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private static int tokens(String text) {
        return dev.tarjama.internal.llm.TokenEstimator.count(text);
    }

    /** The prompt's prefix an earlier request sent, in tokens, as OpenAI caches it: from 1,024, in steps of 128. */
    private int cachedTokens(String prompt) {
        int longest = 0;
        for (String earlier : prompts) {
            int n = Math.min(earlier.length(), prompt.length());
            int i = 0;
            while (i < n && earlier.charAt(i) == prompt.charAt(i)) {
                i++;
            }
            longest = Math.max(longest, i);
        }
        int shared = longest == 0 ? 0 : tokens(prompt.substring(0, longest));
        return shared < 1024 ? 0 : shared / 128 * 128;
    }

    /**
     * What the fake answers a request of {@code kind} with, as the model's message text (JSON); {@code null} for a kind
     * it does not know. The same answers serve the in-memory {@link FaithfulChatModel}.
     *
     * @param paragraph the paragraph of a one-paragraph request, else {@code null}
     */
    public static String answerContent(String kind, String paragraph, String userMessage) {
        ObjectNode content = JSON.createObjectNode();
        switch (kind) {
            case "paragraph_batch" -> {
                var array = content.putArray("paragraphs");
                faithfulBatch(userMessage)
                        .forEach((id, translation) -> array.addObject()
                                .put("id", id)
                                .put("translation", translation)
                                .put("summary", "Summary of " + id + "."));
                putTerms(
                        content,
                        termsIn(String.join("\n", batchBlocks(userMessage).values())));
            }
            case "paragraph_review" -> reviewContent(content, userMessage);
            case "paragraph_translation" -> {
                if (paragraph == null) {
                    return null;
                }
                content.put("translation", faithfulTranslation(paragraph, userMessage));
                content.put("summary", "Summary of " + fingerprint(paragraph) + ".");
                putTerms(content, termsIn(paragraph));
            }
            case "article_glossary" -> {
                var terms = content.putArray("terms");
                GLOSSARY.forEach((source, target) -> terms.addObject()
                        .put("source", source)
                        .put("target", target)
                        .put("type", "other")
                        .put("note", ""));
                terms.addObject()
                        .put("source", "سام ألتمان")
                        .put("target", "Sam Altmann")
                        .put("type", "person")
                        .put("note", "");
            }
            case "article_brief" -> briefAnswer(content, userMessage);
            default -> {
                return null;
            }
        }
        return content.toString();
    }

    /** The paragraph a one-paragraph request carries, or {@code null}. */
    public static String paragraphOf(String userMessage) {
        Matcher m = PARAGRAPH.matcher(userMessage);
        return m.find() ? m.group(2) : null;
    }

    /** The fake reviewer: an addition wherever a translation carries {@link #INVENTED}, else nothing. */
    private static void reviewContent(ObjectNode content, String userMessage) {
        var errors = content.putArray("errors");
        Matcher translation = Pattern.compile("(?m)^\\[[0-9a-f]+ (p\\d+) translation\\]\\n(.*)$")
                .matcher(userMessage);
        while (translation.find()) {
            if (translation.group(2).contains(INVENTED)) {
                errors.addObject()
                        .put("id", translation.group(1))
                        .put("category", "accuracy/addition")
                        .put("severity", "major")
                        .put("span", "its chief executive will resign next month")
                        .put("explanation", "The source says nothing of a resignation.");
            }
        }
    }

    /**
     * The brief: always the same points and figures, citing the sample's paragraphs 1, 6, 11 and 13 — or, in a brief
     * over lines that do not carry those ids (a part of a long article), the first id the lines carry instead.
     */
    private static void briefAnswer(ObjectNode content, String userMessage) {
        Matcher line = Pattern.compile("(?m)^\\[(\\d+)\\] ").matcher(userMessage);
        java.util.Set<Integer> ids = new java.util.LinkedHashSet<>();
        while (line.find()) {
            ids.add(Integer.parseInt(line.group(1)));
        }
        int first = ids.isEmpty() ? 1 : ids.iterator().next();
        java.util.function.IntUnaryOperator cite = id -> ids.contains(id) ? id : first;
        content.put("headline", "OpenAI declares Code Red against Google");
        content.put("summary", "Sam Altman warned staff. Competition from Gemini is rising.");
        var points = content.putArray("key_points");
        points.addObject()
                .put("text", "OpenAI is valued at 157 billion dollars.")
                .putArray("sources")
                .add(cite.applyAsInt(1))
                .add(cite.applyAsInt(6));
        points.addObject().put("text", "Gemini grew fast.").putArray("sources").add(cite.applyAsInt(11));
        points.addObject()
                .put("text", "Anthropic leads the enterprise market.")
                .putArray("sources")
                .add(cite.applyAsInt(13));
        content.putArray("key_figures")
                .addObject()
                .put("figure", "157 billion dollars")
                .put("context", "OpenAI valuation")
                .putArray("sources")
                .add(cite.applyAsInt(1));
        content.putArray("entities") // no original spelling: tarjama takes it from the glossary
                .addObject()
                .put("name", "Sam Altman")
                .put("type", "person");
    }

    /** Stops the server; answers a test delayed for minutes are abandoned rather than waited for. */
    @Override
    public void close() throws IOException {
        try {
            server.shutdown();
        } catch (IOException e) {
            if (!String.valueOf(e.getMessage()).contains("Gave up waiting")) {
                throw e;
            }
        }
    }
}
