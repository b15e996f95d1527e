package dev.tarjama.internal.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tarjama.InputException;
import dev.tarjama.testing.Samples;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decoding never worse than the bytes: a stray byte stays a stray byte, a wrong declaration is set aside. */
class TextDecoderTest {
    private final List<String> warnings = new ArrayList<>();
    private final TextDecoder decoder = new TextDecoder(warnings::add);

    /** The sample, about 11 KB of UTF-8 Arabic, with one 0xFF byte in the middle. */
    private static byte[] sampleWithOneBadByte() {
        byte[] utf8 = (Samples.codeRedText() + "\n\n" + Samples.codeRedText()).getBytes(StandardCharsets.UTF_8);
        int middle = utf8.length / 2;
        while ((utf8[middle] & 0xC0) == 0x80) {
            middle++; // between two characters, not inside one
        }
        byte[] broken = new byte[utf8.length + 1];
        System.arraycopy(utf8, 0, broken, 0, middle);
        broken[middle] = (byte) 0xFF;
        System.arraycopy(utf8, middle, broken, middle + 1, utf8.length - middle);
        return broken;
    }

    @Test
    void aUtf8ArticleWithOneBadByteStaysUtf8WithTheByteReplacedAndSaid() {
        DecodedText text = decoder.decode(new ArticleBytes("story.txt", sampleWithOneBadByte(), null));

        assertThat(text.charset()).isEqualTo("UTF-8");
        assertThat(text.text().chars().filter(c -> c == '\uFFFD').count()).isEqualTo(1);
        assertThat(text.text()).contains(Samples.codeRedText().substring(0, 200));
        assertThat(warnings).singleElement().asString().contains("story.txt: 1 byte is not UTF-8 and was replaced");
    }

    @Test
    void aDeclaredCharsetTheBytesContradictIsSetAsideForTheOneTheyAre() {
        byte[] cp1256 = Samples.codeRedText().getBytes(Charset.forName("windows-1256"));

        DecodedText text = decoder.decode(new ArticleBytes(
                "https://example.com/a", cp1256, "text/plain; charset=utf-8", "https://example.com/a"));

        assertThat(text.charset()).isEqualTo("windows-1256");
        assertThat(text.text()).isEqualTo(Samples.codeRedText());
        assertThat(warnings)
                .anySatisfy(w -> assertThat(w).contains("the server says utf-8, but the bytes are not UTF-8"));
    }

    @Test
    void aDeclarationTheBytesFitIsTakenWithoutAWord() {
        byte[] cp1256 = Samples.codeRedText().getBytes(Charset.forName("windows-1256"));

        DecodedText text = decoder.decode(new ArticleBytes("a", cp1256, "text/plain; charset=windows-1256"));

        assertThat(text.text()).isEqualTo(Samples.codeRedText());
        assertThat(warnings).isEmpty();
    }

    @Test
    void bytesThatDecodeMostlyIntoReplacementCharactersAreRefused() {
        // a UTF-8 byte-order mark in front of windows-1256 text: the mark decides, and the text is noise
        byte[] cp1256 = Samples.codeRedText().getBytes(Charset.forName("windows-1256"));
        byte[] marked = new byte[cp1256.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(cp1256, 0, marked, 3, cp1256.length);

        assertThatThrownBy(() -> decoder.decode(new ArticleBytes("marked.txt", marked, null)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("marked.txt: ")
                .hasMessageContaining("could not be decoded");
    }
}
