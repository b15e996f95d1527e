package dev.tarjama.bench;

import dev.tarjama.Lexicon;
import dev.tarjama.internal.check.AdditionCheck;
import dev.tarjama.internal.check.CheckInput;
import dev.tarjama.internal.lexicon.BilingualLexicon;
import dev.tarjama.internal.lexicon.LexiconFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * What the addition check costs: the time to load Debian's FreeDict Arabic–English dictionary in a fresh JVM (goal
 * ≤ 1 s; a run loads it in the background while the article is read), and the time to check one paragraph once warm
 * (goal ≤ 5 ms), over pseudo-paragraphs of 2 to 28 human translation pairs from {@code ../shared/parallel/}.
 *
 * <pre>
 * mvn -B -q test-compile exec:java -Dbench.main=dev.tarjama.bench.LexiconBench -Dexec.args="5000"
 * </pre>
 *
 * The argument is the number of paragraphs timed (after as many again to warm up).
 */
public final class LexiconBench {
    private LexiconBench() {}

    public static void main(String[] args) throws IOException {
        int paragraphs = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        LexiconFiles files = LexiconFiles.locate(Lexicon.installed())
                .orElseThrow(() -> new IllegalStateException("install " + Lexicon.DEBIAN_PACKAGE + " first"));
        long start = System.nanoTime();
        BilingualLexicon lexicon = files.load();
        double loadMillis = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        files.load();
        double reloadMillis = (System.nanoTime() - start) / 1e6;

        List<String[]> pairs = new ArrayList<>();
        for (String line : Files.readAllLines(
                Path.of("..", "shared", "parallel", "tatoeba-ara-eng.test.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length >= 4) {
                pairs.add(new String[] {f[2], f[3]});
            }
        }
        Random random = new Random(1);
        List<CheckInput> inputs = new ArrayList<>();
        long sourceChars = 0;
        for (int n = 0; n < 2 * paragraphs; n++) {
            StringBuilder source = new StringBuilder();
            StringBuilder english = new StringBuilder();
            for (int k = 0, size = 2 + random.nextInt(27); k < size; k++) {
                String[] pair = pairs.get(random.nextInt(pairs.size()));
                source.append(k == 0 ? "" : " ").append(pair[0]);
                english.append(k == 0 ? "" : " ").append(pair[1]);
            }
            inputs.add(new CheckInput(source.toString(), english.toString(), "ar", "en", List.of()));
            sourceChars += n >= paragraphs ? source.length() : 0;
        }
        AdditionCheck check = new AdditionCheck(lexicon);
        int flags = 0;
        for (CheckInput input : inputs.subList(0, paragraphs)) {
            flags += check.check(input).size();
        }
        start = System.nanoTime();
        for (CheckInput input : inputs.subList(paragraphs, 2 * paragraphs)) {
            flags += check.check(input).size();
        }
        double perParagraph = (System.nanoTime() - start) / 1e6 / paragraphs;
        System.out.printf(
                Locale.ROOT,
                "dictionary: %,d headwords, loaded in %.0f ms in a fresh JVM (goal ≤ 1000 ms: ratio %.2f), %.0f ms"
                        + " again%n",
                lexicon.headwords(),
                loadMillis,
                loadMillis / 1000,
                reloadMillis);
        System.out.printf(
                Locale.ROOT,
                "addition check: %.3f ms per paragraph warm (%d paragraphs, %.0f source characters on average; goal"
                        + " ≤ 5 ms: ratio %.3f); %d flags%n",
                perParagraph,
                paragraphs,
                (double) sourceChars / paragraphs,
                perParagraph / 5,
                flags);
    }
}
