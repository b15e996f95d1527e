package dev.tarjama.cli.daemon;

import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;

/**
 * The daemon's wire: frames of a kind, a length and a payload, both ways over one local socket. The client sends a
 * {@link Request}, then {@link #CANCEL} if the user presses Ctrl-C; the daemon sends the run's standard output and
 * error as they come, then its exit code.
 */
final class Frames {
    static final byte REQUEST = 'R';
    static final byte CANCEL = 'C';
    static final byte OUT = 'O';
    static final byte ERR = 'E';
    static final byte EXIT = 'X';

    /** Far above anything a run prints at once or a command line holds; a larger length means a corrupt stream. */
    private static final int MAX_PAYLOAD = 64 << 20;

    private Frames() {}

    record Frame(byte kind, byte[] payload) {
        int exitCode() {
            return ByteBuffer.wrap(payload).getInt();
        }
    }

    /** Writes whole frames; the run's output and error, and the client's cancel, may come from different threads. */
    static final class Writer {
        private final WritableByteChannel channel;

        Writer(WritableByteChannel channel) {
            this.channel = channel;
        }

        synchronized void write(byte kind, byte[] payload, int offset, int length) throws IOException {
            ByteBuffer frame = ByteBuffer.allocate(5 + length);
            frame.put(kind).putInt(length).put(payload, offset, length).flip();
            while (frame.hasRemaining()) {
                channel.write(frame);
            }
        }

        void write(byte kind, byte[] payload) throws IOException {
            write(kind, payload, 0, payload.length);
        }

        void exit(int code) throws IOException {
            write(EXIT, ByteBuffer.allocate(4).putInt(code).array());
        }

        /** A stream whose every write goes out as one frame of {@code kind} (callers buffer: a writer over it). */
        OutputStream stream(byte kind) {
            return new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    if (length > 0) {
                        Writer.this.write(kind, bytes, offset, length);
                    }
                }
            };
        }
    }

    /** Reads frames; one thread at a time. */
    static final class Reader {
        private final ReadableByteChannel channel;

        Reader(ReadableByteChannel channel) {
            this.channel = channel;
        }

        /** The next frame, or {@code null} when the other side closed the connection between frames. */
        Frame next() throws IOException {
            ByteBuffer header = ByteBuffer.allocate(5);
            if (!fill(header, true)) {
                return null;
            }
            header.flip();
            byte kind = header.get();
            int length = header.getInt();
            if (length < 0 || length > MAX_PAYLOAD) {
                throw new IOException("a frame of " + length + " bytes: not tarjama's daemon protocol");
            }
            ByteBuffer payload = ByteBuffer.allocate(length);
            fill(payload, false);
            return new Frame(kind, payload.array());
        }

        private boolean fill(ByteBuffer buffer, boolean endAllowed) throws IOException {
            while (buffer.hasRemaining()) {
                if (channel.read(buffer) < 0) {
                    if (endAllowed && buffer.position() == 0) {
                        return false;
                    }
                    throw new EOFException("the connection closed in the middle of a frame");
                }
            }
            return true;
        }
    }
}
