package dev.tarjama.bench;

import dev.tarjama.Cancellation;
import dev.tarjama.cache.AnswerCache;
import dev.tarjama.llm.BackendConfig;
import dev.tarjama.llm.BackoffPolicy;
import dev.tarjama.llm.CallListener;
import dev.tarjama.llm.CallPolicy;
import dev.tarjama.llm.ModelGateway;
import dev.tarjama.llm.RateLimiter;
import dev.tarjama.llm.RunThrottle;
import dev.tarjama.llm.UsageMeter;
import dev.tarjama.model.Article;
import dev.tarjama.model.Paragraph;
import dev.tarjama.model.ParagraphKind;
import dev.tarjama.model.TranslatedArticle;
import dev.tarjama.prompt.PromptLibrary;
import dev.tarjama.translate.PipelineListener;
import dev.tarjama.translate.TranslationPipeline;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Drives the real pipeline (gateway, requests, prompts, ordering) against an in-process provider with a fixed
 * latency, and prints ratio lines. Run it with the command in the README; arguments override the defaults:
 * {@code N j latencyMillis overheadParagraphs}.
 */
public final class PipelineBench {
    private PipelineBench() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int j = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        long latencyMillis = args.length > 2 ? Long.parseLong(args[2]) : 200;
        int overheadParagraphs = args.length > 3 ? Integer.parseInt(args[3]) : 2000;

        run(20, j, Duration.ofMillis(latencyMillis)); // warm-up: class loading, JIT, tokenizer tables
        Result latency = run(n, j, Duration.ofMillis(latencyMillis));
        long ideal = (long) Math.ceil((double) n / j) * latencyMillis + latencyMillis;
        System.out.printf(Locale.ROOT, "wall/ideal: %.3f (N=%d, j=%d, L=%d ms: wall %d ms, ideal %d ms; target <= 1.15)%n",
                (double) latency.wallMillis / ideal, n, j, latencyMillis, latency.wallMillis, ideal);
        System.out.printf(Locale.ROOT, "requests/article: %d for %d paragraphs (paragraphs + brief = %d; %d asked again after a check)%n",
                latency.requests, n, n + 1, latency.rechecked);

        run(200, j, Duration.ZERO);
        resetHeapPeaks();
        Result overhead = run(overheadParagraphs, j, Duration.ZERO);
        System.out.printf(Locale.ROOT, "overhead: %.0f paragraphs/s at zero latency (%d paragraphs in %d ms, j=%d), peak heap %d MiB%n",
                overheadParagraphs * 1000.0 / overhead.wallMillis, overheadParagraphs, overhead.wallMillis, j,
                heapPeakBytes() >> 20);
    }

    private record Result(long wallMillis, int requests, long rechecked) {
    }

    private static Result run(int paragraphs, int concurrency, Duration latency) {
        LatencyChatModel model = new LatencyChatModel(latency);
        BackendConfig config = new BackendConfig("bench", "bench-model", "in-process", null, Duration.ofSeconds(30), 0);
        CallPolicy policy = new CallPolicy(BackoffPolicy.DEFAULT, RateLimiter.UNLIMITED, new RunThrottle(),
                AnswerCache.NONE, false, new Cancellation());
        UsageMeter usage = new UsageMeter(null);
        SecureRandom random = new SecureRandom();
        ModelGateway gateway = new ModelGateway(model, config, policy, usage, CallListener.NONE, random);
        TranslationPipeline pipeline = new TranslationPipeline(gateway, PromptLibrary.load(null), config.info(), usage,
                "en", concurrency, Clock.systemUTC(), random, PipelineListener.NONE, new Cancellation(), List.of(), false);

        Article article = article(paragraphs);
        long start = System.nanoTime();
        TranslatedArticle result = pipeline.translate(article);
        long wall = (System.nanoTime() - start) / 1_000_000;
        if (result.failedCount() > 0 || result.brief() == null) {
            throw new IllegalStateException("the benchmark run failed: " + result.failedCount() + " paragraphs");
        }
        return new Result(wall, model.paragraphRequests() + model.briefRequests(),
                result.paragraphs().stream().filter(p -> p.rechecked()).count());
    }

    /** An article of {@code n} distinct Arabic news paragraphs of typical length. */
    private static Article article(int n) {
        String sentence = "قالت الشركة في بيان إن الإيرادات ارتفعت بنسبة 12% خلال الربع الثالث، "
                + "بينما تراجعت التكاليف التشغيلية بفضل خطة إعادة الهيكلة التي أعلنتها العام الماضي";
        List<Paragraph> paragraphs = new ArrayList<>(n);
        paragraphs.add(Paragraph.single(0, ParagraphKind.TITLE, "عنوان الخبر رقم " + n));
        for (int i = 1; i < n; i++) {
            paragraphs.add(Paragraph.single(i, ParagraphKind.BODY, sentence + " (" + i + ").")); 
        }
        return new Article("bench", "عنوان الخبر رقم " + n, "ar", "UTF-8", paragraphs);
    }

    private static void resetHeapPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long heapPeakBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
