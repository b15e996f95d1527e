package dev.tarjama.pipeline;

import java.util.HexFormat;
import java.util.random.RandomGenerator;

/**
 * A random token that names the blocks around article text in one request. Article text cannot guess it, so it
 * cannot close a block early and smuggle text outside it; a token that happens to occur in the text is redrawn.
 */
final class Fence {
    private Fence() {}

    static String draw(RandomGenerator random, String... texts) {
        return draw(6, random, texts);
    }

    /**
     * A shorter token, for marks repeated many times in one request inside a block the full fence already names: six
     * digits, which tokenizers read as two tokens where six hex characters cost up to six. A line forged with a
     * guessed tag (one chance in 900,000) would still have to pass the check that every id is answered once.
     */
    static String tag(RandomGenerator random, String... texts) {
        while (true) {
            String tag = Integer.toString(random.nextInt(100_000, 1_000_000));
            boolean clash = false;
            for (String text : texts) {
                clash |= text != null && text.contains(tag);
            }
            if (!clash) {
                return tag;
            }
        }
    }

    private static String draw(int length, RandomGenerator random, String... texts) {
        while (true) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            String token = HexFormat.of().formatHex(bytes);
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
