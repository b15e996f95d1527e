package dev.tarjama.internal.pipeline;

import java.util.HexFormat;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * A random token that names the blocks around article text in one request. Article text cannot guess it, so it
 * cannot close a block early and smuggle text outside it; a token that happens to occur in the text is redrawn.
 */
final class Fence {
    private Fence() {}

    /** Twelve hex characters: the blocks' names. */
    static String draw(RandomGenerator random, String... texts) {
        byte[] bytes = new byte[6];
        return absentFrom(texts, () -> {
            random.nextBytes(bytes);
            return HexFormat.of().formatHex(bytes);
        });
    }

    /**
     * A shorter token, for marks repeated many times in one request inside a block the full fence already names: six
     * digits, which tokenizers read as two tokens where six hex characters cost up to six. A line forged with a
     * guessed tag (one chance in 900,000) would still have to pass the check that every id is answered once.
     */
    static String tag(RandomGenerator random, String... texts) {
        return absentFrom(texts, () -> Integer.toString(random.nextInt(100_000, 1_000_000)));
    }

    private static String absentFrom(String[] texts, Supplier<String> tokens) {
        while (true) {
            String token = tokens.get();
            boolean clash = false;
            for (String text : texts) {
                clash |= text != null && text.contains(token);
            }
            if (!clash) {
                return token;
            }
        }
    }
}
