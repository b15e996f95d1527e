package dev.tarjama.cli.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tarjama.cli.process.Terminal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What passes between a client and the daemon: the request whole, the frames whole, the user's keys never shown. */
class DaemonWireTest {
    private static final Request REQUEST = new Request(
            List.of("translate", "مقال.txt", "-o", ""),
            Map.of("OPENAI_API_KEY", "sk-secret-value", "EMPTY", "", "LANG", "ar_EG.UTF-8"),
            Path.of("/home/editor/قسم الأخبار"),
            new Terminal(true, 132, false));

    @Test
    void aRequestComesBackAsItWasSent() throws IOException {
        Request back = Request.decode(REQUEST.encode());

        assertThat(back.args()).isEqualTo(REQUEST.args());
        assertThat(back.variables()).isEqualTo(REQUEST.variables());
        assertThat(back.workingDirectory()).isEqualTo(REQUEST.workingDirectory());
        assertThat(back.terminal()).isEqualTo(new Terminal(true, 132, false));
    }

    @Test
    void aRequestNeverShowsTheValuesOfItsVariables() {
        assertThat(REQUEST.toString()).doesNotContain("sk-secret-value").contains("3 variables");
    }

    @Test
    void aRequestOfAnotherProtocolOrCutShortIsRefused() {
        byte[] encoded = REQUEST.encode();
        byte[] otherVersion = encoded.clone();
        otherVersion[3] = 9;
        assertThatThrownBy(() -> Request.decode(otherVersion))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("protocol 9");
        assertThatThrownBy(() -> Request.decode(Arrays.copyOf(encoded, encoded.length / 2)))
                .isInstanceOf(IOException.class);
    }

    @Test
    void framesComeBackWholeInOrderAndTheEndBetweenFramesIsNoError() throws IOException {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        Frames.Writer writer = new Frames.Writer(Channels.newChannel(wire));
        writer.write(Frames.OUT, "output/مقال\n".getBytes(StandardCharsets.UTF_8));
        writer.stream(Frames.ERR).write("20/20".getBytes(StandardCharsets.UTF_8), 0, 5);
        writer.exit(130);

        Frames.Reader reader = new Frames.Reader(Channels.newChannel(new ByteArrayInputStream(wire.toByteArray())));
        Frames.Frame out = reader.next();
        Frames.Frame err = reader.next();
        Frames.Frame exit = reader.next();

        assertThat(out.kind()).isEqualTo(Frames.OUT);
        assertThat(new String(out.payload(), StandardCharsets.UTF_8)).isEqualTo("output/مقال\n");
        assertThat(err.kind()).isEqualTo(Frames.ERR);
        assertThat(new String(err.payload(), StandardCharsets.UTF_8)).isEqualTo("20/20");
        assertThat(exit.kind()).isEqualTo(Frames.EXIT);
        assertThat(exit.exitCode()).isEqualTo(130);
        assertThat(reader.next()).isNull();
    }

    @Test
    void aConnectionCutInsideAFrameOrAnAbsurdLengthIsAnError() throws IOException {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        new Frames.Writer(Channels.newChannel(wire)).write(Frames.OUT, new byte[100]);
        byte[] cut = Arrays.copyOf(wire.toByteArray(), 50);
        assertThatThrownBy(() -> new Frames.Reader(Channels.newChannel(new ByteArrayInputStream(cut))).next())
                .isInstanceOf(EOFException.class);

        byte[] absurd = {Frames.OUT, 0x7f, 0, 0, 0};
        assertThatThrownBy(() -> new Frames.Reader(Channels.newChannel(new ByteArrayInputStream(absurd))).next())
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not tarjama's daemon protocol");
    }
}
