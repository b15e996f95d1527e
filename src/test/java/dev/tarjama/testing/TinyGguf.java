package dev.tarjama.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a tiny GGUF model for tests of the embedded engine: llama architecture, one layer, a 64-wide embedding,
 * a SentencePiece vocabulary of the three specials and the 256 byte tokens, and random weights. It loads and
 * generates through the real llama.cpp path; what it generates is gibberish.
 */
public final class TinyGguf {
    private static final int EMBED = 64;
    private static final int HEADS = 4;
    private static final int FEED_FORWARD = 128;
    private static final int CONTEXT = 32768;
    private static final int ALIGNMENT = 32;

    // GGUF metadata value types
    private static final int UINT32 = 4;
    private static final int INT32 = 5;
    private static final int FLOAT32 = 6;
    private static final int STRING = 8;
    private static final int ARRAY = 9;

    private TinyGguf() {}

    public static Path write(Path file) throws IOException {
        List<String> tokens = new ArrayList<>(List.of("<unk>", "<s>", "</s>"));
        for (int b = 0; b < 256; b++) {
            tokens.add(String.format("<0x%02X>", b));
        }
        int vocab = tokens.size();

        Buffer meta = new Buffer();
        int kvCount = 0;
        kvCount += string(meta, "general.architecture", "llama");
        kvCount += string(meta, "general.name", "tarjama-tiny-test");
        kvCount += u32(meta, "general.alignment", ALIGNMENT);
        kvCount += u32(meta, "llama.context_length", CONTEXT);
        kvCount += u32(meta, "llama.embedding_length", EMBED);
        kvCount += u32(meta, "llama.block_count", 1);
        kvCount += u32(meta, "llama.feed_forward_length", FEED_FORWARD);
        kvCount += u32(meta, "llama.attention.head_count", HEADS);
        kvCount += u32(meta, "llama.attention.head_count_kv", HEADS);
        kvCount += u32(meta, "llama.rope.dimension_count", EMBED / HEADS);
        kvCount += f32(meta, "llama.attention.layer_norm_rms_epsilon", 1e-5f);
        kvCount += u32(meta, "llama.vocab_size", vocab);
        kvCount += string(meta, "tokenizer.ggml.model", "llama");
        meta.string("tokenizer.ggml.tokens").u32(ARRAY).u32(STRING).u64(vocab);
        tokens.forEach(meta::string);
        kvCount++;
        meta.string("tokenizer.ggml.scores").u32(ARRAY).u32(FLOAT32).u64(vocab);
        for (int i = 0; i < vocab; i++) {
            meta.f32(0f);
        }
        kvCount++;
        meta.string("tokenizer.ggml.token_type").u32(ARRAY).u32(INT32).u64(vocab);
        for (int i = 0; i < vocab; i++) {
            meta.i32(i == 0 ? 2 : i < 3 ? 3 : 6); // unknown, control, byte
        }
        kvCount++;
        kvCount += u32(meta, "tokenizer.ggml.unknown_token_id", 0);
        kvCount += u32(meta, "tokenizer.ggml.bos_token_id", 1);
        kvCount += u32(meta, "tokenizer.ggml.eos_token_id", 2);

        Map<String, long[]> tensors = new LinkedHashMap<>();
        tensors.put("token_embd.weight", new long[] {EMBED, vocab});
        tensors.put("output_norm.weight", new long[] {EMBED});
        tensors.put("output.weight", new long[] {EMBED, vocab});
        tensors.put("blk.0.attn_norm.weight", new long[] {EMBED});
        tensors.put("blk.0.attn_q.weight", new long[] {EMBED, EMBED});
        tensors.put("blk.0.attn_k.weight", new long[] {EMBED, EMBED});
        tensors.put("blk.0.attn_v.weight", new long[] {EMBED, EMBED});
        tensors.put("blk.0.attn_output.weight", new long[] {EMBED, EMBED});
        tensors.put("blk.0.ffn_norm.weight", new long[] {EMBED});
        tensors.put("blk.0.ffn_gate.weight", new long[] {EMBED, FEED_FORWARD});
        tensors.put("blk.0.ffn_down.weight", new long[] {FEED_FORWARD, EMBED});
        tensors.put("blk.0.ffn_up.weight", new long[] {EMBED, FEED_FORWARD});

        Buffer infos = new Buffer();
        long offset = 0;
        List<Long> sizes = new ArrayList<>();
        for (Map.Entry<String, long[]> t : tensors.entrySet()) {
            infos.string(t.getKey()).u32(t.getValue().length);
            long elements = 1;
            for (long d : t.getValue()) {
                infos.u64(d);
                elements *= d;
            }
            infos.u32(0).u64(offset); // F32
            long bytes = elements * 4;
            sizes.add(bytes);
            offset += align(bytes);
        }

        Buffer header = new Buffer();
        header.raw("GGUF".getBytes(StandardCharsets.US_ASCII))
                .u32(3)
                .u64(tensors.size())
                .u64(kvCount);
        Random random = new Random(42);
        try (OutputStream out = Files.newOutputStream(file)) {
            long written = header.writeTo(out) + meta.writeTo(out) + infos.writeTo(out);
            written += pad(out, written);
            int index = 0;
            for (String name : tensors.keySet()) {
                long bytes = sizes.get(index++);
                ByteBuffer data = ByteBuffer.allocate((int) bytes).order(ByteOrder.LITTLE_ENDIAN);
                boolean norm = name.endsWith("norm.weight");
                while (data.hasRemaining()) {
                    data.putFloat(norm ? 1f : (float) (random.nextGaussian() * 0.05));
                }
                out.write(data.array());
                written += bytes;
                written += pad(out, written);
            }
        }
        return file;
    }

    private static long align(long n) {
        return (n + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
    }

    private static long pad(OutputStream out, long written) throws IOException {
        long padding = align(written) - written;
        out.write(new byte[(int) padding]);
        return padding;
    }

    private static int string(Buffer b, String key, String value) {
        b.string(key).u32(STRING).string(value);
        return 1;
    }

    private static int u32(Buffer b, String key, int value) {
        b.string(key).u32(UINT32).u32(value);
        return 1;
    }

    private static int f32(Buffer b, String key, float value) {
        b.string(key).u32(FLOAT32).f32(value);
        return 1;
    }

    /** A little-endian byte builder for GGUF's fields. */
    private static final class Buffer {
        private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();

        private Buffer put(int size, java.util.function.Consumer<ByteBuffer> writer) {
            ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
            writer.accept(b);
            bytes.writeBytes(b.array());
            return this;
        }

        Buffer u32(int v) {
            return put(4, b -> b.putInt(v));
        }

        Buffer i32(int v) {
            return put(4, b -> b.putInt(v));
        }

        Buffer u64(long v) {
            return put(8, b -> b.putLong(v));
        }

        Buffer f32(float v) {
            return put(4, b -> b.putFloat(v));
        }

        Buffer raw(byte[] data) {
            bytes.writeBytes(data);
            return this;
        }

        Buffer string(String s) {
            byte[] data = s.getBytes(StandardCharsets.UTF_8);
            return u64(data.length).raw(data);
        }

        long writeTo(OutputStream out) throws IOException {
            bytes.writeTo(out);
            return bytes.size();
        }
    }
}
