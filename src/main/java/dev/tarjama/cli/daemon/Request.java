package dev.tarjama.cli.daemon;

import dev.tarjama.cli.process.Terminal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run takes from the process that asked for it: the command line, the variables (the user's keys and
 * settings, this run's alone), the working directory its relative paths start from, and what its standard error is.
 */
record Request(List<String> args, Map<String, String> variables, Path workingDirectory, Terminal terminal) {
    /** Changes whenever the encoding does: a client and a daemon of different builds never meet (see the address). */
    private static final int VERSION = 1;

    Request {
        args = List.copyOf(args);
        variables = Map.copyOf(variables);
    }

    /** Never the variables' values: they hold the user's API keys. */
    @Override
    public String toString() {
        return "Request[" + args.size() + " arguments, " + variables.size() + " variables, in " + workingDirectory
                + "]";
    }

    byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(VERSION);
            out.writeInt(args.size());
            for (String arg : args) {
                string(out, arg);
            }
            out.writeInt(variables.size());
            for (Map.Entry<String, String> variable : variables.entrySet()) {
                string(out, variable.getKey());
                string(out, variable.getValue());
            }
            string(out, workingDirectory.toString());
            out.writeBoolean(terminal.interactive());
            out.writeInt(terminal.width());
            out.writeBoolean(terminal.colour());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    static Request decode(byte[] payload) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("a request of protocol " + version + ", this daemon speaks " + VERSION);
        }
        List<String> args = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            args.add(string(in));
        }
        Map<String, String> variables = new LinkedHashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            variables.put(string(in), string(in));
        }
        Path directory = Path.of(string(in));
        Terminal terminal = new Terminal(in.readBoolean(), in.readInt(), in.readBoolean());
        return new Request(args, variables, directory, terminal);
    }

    private static void string(DataOutputStream out, String value) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("a string of " + length + " bytes in a request of " + in.available() + " left");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
