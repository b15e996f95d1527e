package dev.tarjama.cli;

import dev.tarjama.ArticleSource;
import dev.tarjama.ConfigurationException;
import dev.tarjama.InputException;
import dev.tarjama.cli.process.Environment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The command line's inputs as article sources: {@code -} is standard input, http(s) is a URL, anything else a path. */
final class Inputs {
    private Inputs() {}

    static List<ArticleSource> resolve(List<String> inputs, Environment env) {
        if (inputs.stream().filter("-"::equals).count() > 1) {
            throw new ConfigurationException("standard input (-) can be read only once");
        }
        List<ArticleSource> sources = new ArrayList<>();
        for (String input : inputs) {
            sources.add(resolve(input, env));
        }
        return sources;
    }

    private static ArticleSource resolve(String input, Environment env) {
        if (input.equals("-")) {
            try (InputStream in = env.stdin().get()) {
                return new ArticleSource.Bytes("-", in.readAllBytes(), null);
            } catch (IOException e) {
                throw new InputException("standard input cannot be read (" + e.getMessage() + ")");
            }
        }
        if (input.toLowerCase(Locale.ROOT).matches("https?://.*")) {
            return new ArticleSource.Url(input);
        }
        return new ArticleSource.File(env.workingDirectory().resolve(input), input);
    }

    static Path displayPath(Path directory, Path workingDirectory) {
        Path absolute = directory.toAbsolutePath().normalize();
        Path cwd = workingDirectory.toAbsolutePath().normalize();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute;
    }
}
