package dev.tarjama.cli;

import dev.tarjama.Cancellation;
import dev.tarjama.cli.process.Environment;
import dev.tarjama.cli.process.Terminal;
import java.io.File;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes the AsciiDoc source of tarjama's man pages, one per command, from the very command line users run; the
 * build turns them into man pages (target/man/*.1). Run by Maven at {@code prepare-package}.
 */
public final class ManPages {
    private ManPages() {}

    public static void main(String[] args) throws Exception {
        File out = new File(args.length > 0 ? args[0] : "target/generated-docs");
        Environment env = new Environment(
                Map.of(),
                Path.of("."),
                InputStream::nullInputStream,
                new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()),
                Clock.systemUTC(),
                Terminal.LOG,
                new Cancellation());
        CommandLine tarjama = Main.commandLine(env, new String[0]);
        int written = ManPageGenerator.generateManPage(out, null, new boolean[0], true, tarjama.getCommandSpec());
        if (written != 0) {
            throw new IllegalStateException("the man pages could not be written (" + written + ")");
        }
    }
}
