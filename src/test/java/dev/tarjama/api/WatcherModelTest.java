package dev.tarjama.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.tarjama.Cancellation;
import dev.tarjama.Options;
import dev.tarjama.model.ArticleState;
import dev.tarjama.model.CycleReport;
import dev.tarjama.model.WatchedArticle;
import dev.tarjama.testing.FaithfulChatModel;
import dev.tarjama.testing.FakeSite;
import dev.tarjama.testing.ScriptedChatModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watch against a small reference model of its state machine, over hundreds of seeded random histories of two
 * feeds: items added, changed, published after a 404, copied from one feed to the other (a twin), refused by the
 * model; feeds unchanged (304); budgets reached; a run interrupted, a worker killed mid-article and the watch started
 * again. After every cycle the ledger ({@code status}), the cycle's counts and the index agree with the model. A
 * failure prints the seed and the history that led to it.
 */
class WatcherModelTest {
    /** Histories in every build; more with {@code -Dmodel.sequences=N}. */
    private static final int SEQUENCES = Integer.getInteger("model.sequences", 300);

    private static final String REFUSE = "يرفضه النموذج";
    private static final String INTERRUPT = "ينقطع هنا";
    private static final Instant START = Instant.parse("2026-11-29T08:00:00Z");
    private static final String[] WORDS = {
        "افتتحت", "القمة", "الاقتصادية", "في", "الرياض", "اليوم", "بمشاركة", "واسعة", "من", "رجال", "الأعمال",
        "والمستثمرين", "وقال", "المسؤولون", "إن", "الخط", "الجديد", "سيخدم", "سكان", "المدينة", "كلها", "بعد",
        "سنوات", "من", "العمل", "المتواصل", "وأعلنت", "الحكومة", "عن", "خطة", "جديدة", "للنقل"
    };

    @TempDir
    static Path data;

    static FakeSite site;

    /** How often each kind of event happened, over every history: printed, so a reader sees what was covered. */
    static final Map<String, Integer> EVENTS = new java.util.concurrent.ConcurrentSkipListMap<>();

    @BeforeAll
    static void startSite() throws IOException {
        site = new FakeSite();
    }

    @AfterAll
    static void stopSite() throws IOException {
        site.close();
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 15, unit = java.util.concurrent.TimeUnit.MINUTES)
    void theWatchAgreesWithItsModelOverHundredsOfRandomHistories() throws Exception {
        for (int seed = 1; seed <= SEQUENCES; seed++) {
            History history = new History(seed, Files.createDirectories(data.resolve("seq-" + seed)));
            try {
                history.run();
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(
                        "seed " + seed + " (rerun one with -Dmodel.seed=" + seed + "); the history:\n"
                                + String.join("\n", history.log),
                        e);
            }
        }
        System.out.println(SEQUENCES + " histories; events: " + EVENTS);
        assertThat(EVENTS.keySet())
                .as("every kind of event happened")
                .contains(
                        "new item",
                        "404 then published",
                        "changed item",
                        "twin in another feed",
                        "a GUID reused by another feed",
                        "interrupt and restart",
                        "kill -9 and restart",
                        "budget reached",
                        "feed answered 304",
                        "cycles with a failure");
    }

    @Test
    void oneHistoryBySeed() throws Exception {
        Integer seed = Integer.getInteger("model.seed");
        if (seed == null) {
            return; // only when asked: the seed a failure printed
        }
        History history = new History(seed, Files.createDirectories(data.resolve("one-" + seed)));
        try {
            history.run();
        } finally {
            history.log.forEach(System.out::println);
        }
    }

    /** An item of a feed: its id there, its text, and whether only its link is in the feed. */
    private static final class Item {
        final String guid;
        String text;
        final boolean linkOnly;
        boolean published;

        Item(String guid, String text, boolean linkOnly) {
            this.guid = guid;
            this.text = text;
            this.linkOnly = linkOnly;
            this.published = !linkOnly;
        }
    }

    /** What the model knows of one article. */
    private static final class Known {
        ArticleState state;
        String text;
        int attempts;
        Instant nextAttempt;
        Instant queuedAt;
        boolean update;

        Known(ArticleState state, String text) {
            this.state = state;
            this.text = text;
        }
    }

    /** One random history: two feeds, a watch, and the model beside it. */
    private static final class History {
        final Random random;
        final Path root;
        final String prefix;
        final List<String> log = new ArrayList<>();
        final Map<String, List<Item>> feeds = new java.util.LinkedHashMap<>();
        final Map<String, Integer> versions = new HashMap<>();
        final AtomicReference<Instant> now = new AtomicReference<>(START);
        final Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        final Set<String> interruptedOnce = new HashSet<>();
        // the model
        final Map<String, Known> known = new TreeMap<>(); // "source\nitem id"
        final Map<String, Integer> lastRead = new HashMap<>(); // feed → version read in full
        final Map<String, Boolean> settled = new HashMap<>(); // feed → its validators were kept
        int counter;
        Cancellation cancellation;
        Tarjama tarjama;
        Watcher watcher;

        History(int seed, Path root) {
            this.random = new Random(seed);
            this.root = root.resolve("out");
            this.prefix = "/s" + seed + "/";
            feeds.put("a", new ArrayList<>());
            feeds.put("b", new ArrayList<>());
            feeds.keySet().forEach(f -> {
                versions.put(f, 0);
                serve(f);
            });
        }

        String feedUrl(String feed) {
            return site.url(prefix + feed + ".xml");
        }

        String text() {
            StringBuilder text = new StringBuilder("خبر رقم " + (++counter) + ":");
            for (int i = 0, n = 8 + random.nextInt(8); i < n; i++) {
                text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
            }
            return text.append('.').toString();
        }

        void serve(String feed) {
            site.answer(prefix + feed + ".xml", request -> {
                String etag = "\"" + feed + versions.get(feed) + "\"";
                if (etag.equals(request.getHeader("If-None-Match"))) {
                    return new MockResponse().setResponseCode(304).setHeader("ETag", etag);
                }
                return new MockResponse()
                        .setHeader("Content-Type", "application/rss+xml")
                        .setHeader("ETag", etag)
                        .setBody(rss(feed));
            });
        }

        String rss(String feed) {
            StringBuilder items = new StringBuilder();
            List<Item> list = feeds.get(feed);
            for (int i = list.size() - 1; i >= 0; i--) { // newest first, as feeds are
                Item item = list.get(i);
                items.append("<item><title>t</title><link>")
                        .append(site.url(prefix + feed + "/" + item.guid.replace(':', '-')))
                        .append("</link><guid>")
                        .append(item.guid)
                        .append("</guid><pubDate>Sun, 29 Nov 2026 0")
                        .append(i % 10)
                        .append(":00:00 GMT</pubDate>");
                if (!item.linkOnly) {
                    items.append("<content:encoded><![CDATA[<p>")
                            .append(item.text)
                            .append("</p>]]></content:encoded>");
                }
                items.append("</item>");
            }
            return "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0' xmlns:content="
                    + "'http://purl.org/rss/1.0/modules/content/'><channel><title>f</title><link>" + site.url("/")
                    + "</link><description>d</description>" + items + "</channel></rss>";
        }

        void page(String feed, Item item) {
            String path = prefix + feed + "/" + item.guid.replace(':', '-');
            if (item.published) {
                site.html(path, "<html><body><article><h1>t</h1><p>" + item.text + "</p></article></body></html>");
            } else {
                site.serve(path, () -> new MockResponse().setResponseCode(404).setBody("not found"));
            }
        }

        void changed(String feed) {
            versions.merge(feed, 1, Integer::sum);
        }

        void run() throws Exception {
            try {
                for (int i = 0, n = 2 + random.nextInt(3); i < n; i++) {
                    add(random.nextBoolean() ? "a" : "b");
                }
                for (int step = 0, steps = 4 + random.nextInt(5); step < steps; step++) {
                    events();
                    cycle();
                    now.set(now.get().plus(Duration.ofMinutes(1 + random.nextInt(180))));
                }
            } finally {
                stop();
            }
        }

        /** What happens to the feeds before a cycle. */
        void events() {
            for (int e = 0, n = random.nextInt(4); e < n; e++) {
                int kind = random.nextInt(10);
                List<Item> a = feeds.get("a");
                List<Item> b = feeds.get("b");
                if (kind <= 2 && a.size() + b.size() < 14) {
                    String feed = random.nextBoolean() ? "a" : "b";
                    boolean linkOnly = random.nextInt(4) == 0;
                    String text = text()
                            + (random.nextInt(7) == 0 ? " " + REFUSE : "")
                            + (random.nextInt(12) == 0 ? " " + INTERRUPT : "");
                    Item item = new Item("urn:" + feed + ":" + counter, text, linkOnly);
                    feeds.get(feed).add(item);
                    if (linkOnly) {
                        page(feed, item);
                    }
                    changed(feed);
                    log.add("add " + item.guid + (linkOnly ? " (link only, 404)" : "") + ": " + text);
                } else if (kind <= 4 && !a.isEmpty()) {
                    String feed = b.isEmpty() || random.nextBoolean() ? "a" : "b";
                    List<Item> list = feeds.get(feed);
                    if (list.isEmpty()) {
                        continue;
                    }
                    Item item = list.get(random.nextInt(list.size()));
                    item.text = item.text.replace(" " + REFUSE, "") + " وتابع.";
                    if (item.linkOnly) {
                        page(feed, item);
                    }
                    changed(feed);
                    log.add("change " + item.guid + ": " + item.text);
                    EVENTS.merge("changed item", 1, Integer::sum);
                } else if (kind == 5) {
                    for (String feed : feeds.keySet()) {
                        for (Item item : feeds.get(feed)) {
                            if (!item.published) {
                                item.published = true;
                                page(feed, item);
                                log.add("publish the page of " + item.guid);
                                break;
                            }
                        }
                    }
                } else if (kind == 6 && !a.isEmpty() && b.size() < 6) {
                    Item original = a.get(random.nextInt(a.size()));
                    if (original.linkOnly) {
                        continue;
                    }
                    Item twin = new Item("urn:b:twin" + (++counter), original.text, false);
                    b.add(twin);
                    changed("b");
                    log.add("copy " + original.guid + " into feed b as " + twin.guid);
                    EVENTS.merge("twin in another feed", 1, Integer::sum);
                } else if (kind == 7 && !b.isEmpty()) {
                    // the other feed reuses a GUID of this one's: scoped by source, they stay two articles
                    Item borrowed = new Item(b.get(random.nextInt(b.size())).guid, text(), false);
                    if (a.stream().noneMatch(i -> i.guid.equals(borrowed.guid))) {
                        a.add(borrowed);
                        changed("a");
                        log.add("feed a reuses the GUID " + borrowed.guid + ": " + borrowed.text);
                        EVENTS.merge("a GUID reused by another feed", 1, Integer::sum);
                    }
                }
            }
        }

        /** A new item, a fifth of them link-only with a page that answers 404 until it is published. */
        void add(String feed) {
            boolean linkOnly = random.nextInt(5) == 0;
            String text = text()
                    + (random.nextInt(8) == 0 ? " " + REFUSE : "")
                    + (random.nextInt(10) == 0 ? " " + INTERRUPT : "");
            Item item = new Item("urn:" + feed + ":" + counter, text, linkOnly);
            feeds.get(feed).add(item);
            if (linkOnly) {
                page(feed, item);
            }
            changed(feed);
            log.add("add " + item.guid + (linkOnly ? " (link only, 404)" : "") + ": " + text);
            EVENTS.merge(linkOnly ? "404 then published" : "new item", 1, Integer::sum);
        }

        void start() {
            cancellation = new Cancellation();
            FaithfulChatModel faithful = new FaithfulChatModel();
            ChatModel model = new ChatModel() {
                @Override
                public ChatResponse chat(ChatRequest request) {
                    String user = ScriptedChatModel.user(request);
                    if (user.contains(REFUSE)) {
                        throw new InvalidRequestException("the model refuses this paragraph");
                    }
                    if (user.contains(INTERRUPT)) {
                        for (String line : user.split("\n")) {
                            if (line.contains(INTERRUPT) && interruptedOnce.add(line)) {
                                cancellation.cancel(); // Ctrl-C, once, while this article is translated
                            }
                        }
                    }
                    return faithful.chat(request);
                }
            };
            tarjama = Tarjama.builder()
                    .chatModel(model, "model-under-test")
                    .options(Options.builder()
                            .formats(List.of("json", "brief"))
                            .concurrency(2)
                            .allowPrivateNetwork(true)
                            .lexicon(dev.tarjama.Lexicon.OFF) // the model writes synthetic English
                            .build())
                    .clock(clock)
                    .cancellation(cancellation)
                    .build();
        }

        void stop() {
            if (watcher != null) {
                watcher.close();
                watcher = null;
            }
            if (tarjama != null) {
                tarjama.close();
                tarjama = null;
            }
        }

        void cycle() throws Exception {
            if (tarjama == null) {
                start();
            }
            Integer budget = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : null;
            stopWatcher();
            watcher = Watcher.builder(tarjama, root)
                    .source(WatchSource.feed(feedUrl("a")))
                    .source(WatchSource.feed(feedUrl("b")))
                    .budget(budget, null, null)
                    .articlesInFlight(1)
                    .itemRetry(Duration.ofMinutes(5))
                    .build();
            log.add("cycle at " + now.get() + (budget == null ? "" : " with max_items_per_cycle " + budget));
            Expected expected = modelCycle(budget);
            CycleReport report = watcher.runOnce();
            log.add("  " + report.line(ZoneOffset.UTC));
            EVENTS.merge("cycles", 1, Integer::sum);
            if (report.budgetReached() != null) {
                EVENTS.merge("budget reached", 1, Integer::sum);
            }
            if (report.notModifiedSources() > 0) {
                EVENTS.merge("feed answered 304", 1, Integer::sum);
            }
            if (report.failed() > 0) {
                EVENTS.merge("cycles with a failure", 1, Integer::sum);
            }
            compare(expected, report);
            boolean interrupted = cancellation.isCancelled();
            if (interrupted) {
                log.add("  interrupted: the watch is started again");
                EVENTS.merge("interrupt and restart", 1, Integer::sum);
                stop();
            } else if (random.nextInt(6) == 0 && kill()) {
                stop();
            }
        }

        void stopWatcher() {
            if (watcher != null) {
                watcher.close();
                watcher = null;
            }
        }

        /** A worker killed while it translated a queued article: its claim stays, its process is gone. */
        boolean kill() throws Exception {
            String victim = known.entrySet().stream()
                    .filter(e -> e.getValue().state == ArticleState.QUEUED)
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(null);
            if (victim == null) {
                return false;
            }
            stopWatcher();
            String[] key = victim.split("\n");
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + root.resolve(".tarjama/state.db"));
                    PreparedStatement claim = db.prepareStatement("UPDATE articles SET state = 'IN_PROGRESS', "
                            + "claimed_by = ?, lease_until = ? WHERE source = ? AND item_id = ?")) {
                // a process of this machine that no longer runs, its lease far from over
                String[] owner =
                        dev.tarjama.internal.store.ProcessOwner.current().split("\\|");
                claim.setString(1, owner[0] + "|2147483646|" + owner[2] + "|" + owner[3]);
                claim.setString(2, "2099-01-01T00:00:00.000000000Z");
                claim.setString(3, key[0]);
                claim.setString(4, key[1]);
                assertThat(claim.executeUpdate()).isEqualTo(1);
            }
            known.get(victim).state = ArticleState.IN_PROGRESS;
            log.add("  kill -9 while translating " + key[1] + ": its claim stays in the ledger");
            EVENTS.merge("kill -9 and restart", 1, Integer::sum);
            return true;
        }

        /** What the model expects of a cycle: the counts, and (in {@link #known}) every article's state after it. */
        record Expected(int translated, int updated, int failed, int twins) {}

        Expected modelCycle(Integer budget) {
            int[] counts = new int[4];
            Instant at = now.get();
            for (String feed : feeds.keySet()) {
                String source = feedUrl(feed);
                boolean retryDue = known.entrySet().stream()
                        .anyMatch(e -> e.getKey().startsWith(source + "\n")
                                && e.getValue().state == ArticleState.RETRY
                                && !at.isBefore(e.getValue().nextAttempt));
                boolean notModified = Boolean.TRUE.equals(settled.get(feed))
                        && versions.get(feed).equals(lastRead.get(feed))
                        && !retryDue;
                if (notModified) {
                    continue;
                }
                boolean allSettled = true;
                List<Item> items = feeds.get(feed);
                for (int i = items.size() - 1; i >= 0; i--) {
                    allSettled &= read(source, items.get(i), at, counts);
                }
                lastRead.put(feed, versions.get(feed));
                settled.put(feed, allSettled);
            }
            // the drain: the queued in the order they entered the queue, then those a dead worker held
            int taken = 0;
            while (budget == null || taken < budget) {
                Map.Entry<String, Known> next = known.entrySet().stream()
                        .filter(e -> e.getValue().state == ArticleState.QUEUED
                                || e.getValue().state == ArticleState.IN_PROGRESS)
                        .min((x, y) -> x.getValue().state != y.getValue().state
                                ? x.getValue().state == ArticleState.QUEUED ? -1 : 1
                                : !x.getValue().queuedAt.equals(y.getValue().queuedAt)
                                        ? x.getValue().queuedAt.compareTo(y.getValue().queuedAt)
                                        : x.getKey().compareTo(y.getKey()))
                        .orElse(null);
                if (next == null) {
                    break;
                }
                taken++;
                Known k = next.getValue();
                k.state = ArticleState.QUEUED;
                if (k.text.contains(REFUSE)) {
                    fail(k, at);
                    counts[2]++;
                    continue;
                }
                if (k.text.contains(INTERRUPT) && !interruptedOnce.contains(k.text)) {
                    break; // interrupted: back in the queue, untouched, and nothing more is taken
                }
                counts[k.update ? 1 : 0]++;
                k.state = ArticleState.DONE;
                k.attempts = 0;
                k.nextAttempt = null;
                k.update = false;
            }
            return new Expected(counts[0], counts[1], counts[2], counts[3]);
        }

        /** A poll's read of one item; true when it is settled. */
        boolean read(String source, Item item, Instant at, int[] counts) {
            String key = source + "\n" + item.guid;
            Known k = known.get(key);
            if (!item.published) { // its page answers 404
                if (k == null) {
                    Known failed = new Known(ArticleState.RETRY, null);
                    fail(failed, at);
                    known.put(key, failed);
                    counts[2]++;
                    return false;
                }
                return switch (k.state) {
                    case RETRY -> {
                        if (at.isBefore(k.nextAttempt)) {
                            yield false;
                        }
                        fail(k, at);
                        counts[2]++;
                        yield false;
                    }
                    default -> true;
                };
            }
            if (k == null) {
                String twinOf = known.entrySet().stream()
                        .filter(e -> item.text.equals(e.getValue().text)
                                && (e.getValue().state == ArticleState.DONE || e.getValue().state == ArticleState.TWIN))
                        .map(Map.Entry::getKey)
                        .findFirst()
                        .orElse(null);
                boolean twinQueued = known.values().stream()
                        .anyMatch(o -> item.text.equals(o.text)
                                && (o.state == ArticleState.QUEUED || o.state == ArticleState.IN_PROGRESS));
                if (twinOf != null) {
                    known.put(key, new Known(ArticleState.TWIN, item.text));
                    counts[3]++;
                    return true;
                }
                if (twinQueued) {
                    return false; // recorded as a twin once the other is translated
                }
                Known queued = new Known(ArticleState.QUEUED, item.text);
                queued.queuedAt = at;
                known.put(key, queued);
                return true;
            }
            boolean same = item.text.equals(k.text);
            switch (k.state) {
                case QUEUED -> k.text = item.text; // the queued copy is replaced
                case IN_PROGRESS -> {} // the next read sees any change again
                case DONE, TWIN, PARKED -> {
                    if (!same) {
                        changed(k, item.text, at);
                    }
                }
                case RETRY -> {
                    if (!same) {
                        changed(k, item.text, at);
                    } else if (!at.isBefore(k.nextAttempt)) {
                        k.state = ArticleState.QUEUED; // tried again, its failures still counted
                        k.nextAttempt = null;
                        k.queuedAt = at;
                    } else {
                        return false;
                    }
                }
            }
            return true;
        }

        /** A text that changed: queued afresh, an update when it was translated before. */
        void changed(Known k, String text, Instant at) {
            k.update = k.state == ArticleState.DONE || k.update;
            k.state = ArticleState.QUEUED;
            k.text = text;
            k.attempts = 0;
            k.nextAttempt = null;
            k.queuedAt = at;
        }

        void fail(Known k, Instant at) {
            int attempts = k.attempts + 1;
            k.attempts = attempts;
            if (attempts >= 3) {
                k.state = ArticleState.PARKED;
                k.nextAttempt = null;
            } else {
                k.state = ArticleState.RETRY;
                k.nextAttempt = at.plus(Duration.ofMinutes(5L << (attempts - 1)));
            }
        }

        void compare(Expected expected, CycleReport report) throws IOException {
            Map<String, String> actual = new TreeMap<>();
            for (WatchedArticle article : Watcher.articles(root)) {
                actual.put(
                        article.source() + "\n" + article.id(),
                        article.state().jsonName()
                                + (article.state() == ArticleState.RETRY || article.state() == ArticleState.PARKED
                                        ? " " + article.attempts()
                                        : ""));
            }
            Map<String, String> model = new TreeMap<>();
            known.forEach((key, k) -> model.put(
                    key,
                    k.state.jsonName()
                            + (k.state == ArticleState.RETRY || k.state == ArticleState.PARKED
                                    ? " " + k.attempts
                                    : "")));
            assertThat(actual).as("the ledger (status)").isEqualTo(model);
            assertThat(report.translated()).as("translated this cycle").isEqualTo(expected.translated());
            assertThat(report.updated()).as("updated this cycle").isEqualTo(expected.updated());
            assertThat(report.failed()).as("failed this cycle").isEqualTo(expected.failed());
            assertThat(report.twins()).as("twins this cycle").isEqualTo(expected.twins());
            assertThat(report.waiting()).as("waiting to retry").isEqualTo(count(ArticleState.RETRY));
            assertThat(report.parked()).as("parked").isEqualTo(count(ArticleState.PARKED));
            // the index lists every article but the twins, each with its state in words
            String index = Files.readString(root.resolve("index.md"));
            List<String> words = java.util.Arrays.stream(ArticleState.values())
                    .map(ArticleState::words)
                    .sorted(java.util.Comparator.comparing(String::length).reversed())
                    .toList();
            Map<String, Long> listed = index.lines()
                    .filter(l -> l.startsWith("  "))
                    .map(l -> words.stream()
                            .filter(w -> l.contains(" · " + w))
                            .findFirst()
                            .orElse(null))
                    .filter(java.util.Objects::nonNull)
                    .collect(Collectors.groupingBy(w -> w, TreeMap::new, Collectors.counting()));
            Map<String, Long> expectedListed = known.values().stream()
                    .filter(k -> k.state != ArticleState.TWIN)
                    .collect(Collectors.groupingBy(k -> k.state.words(), TreeMap::new, Collectors.counting()));
            assertThat(listed).as("the index's states").isEqualTo(expectedListed);
        }

        int count(ArticleState state) {
            return (int) known.values().stream().filter(k -> k.state == state).count();
        }
    }
}
