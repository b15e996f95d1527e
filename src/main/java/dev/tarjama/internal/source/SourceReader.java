package dev.tarjama.internal.source;

import dev.tarjama.ArticleSource;
import dev.tarjama.InputException;
import dev.tarjama.internal.http.HttpClients;
import dev.tarjama.internal.http.Validators;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the bytes of an input: a file, every article file of a folder, an http(s) address the user named, an address
 * a feed links to, or bytes in hand.
 */
public final class SourceReader {
    /** A file on disk is the user's own; past this it is not an article (nor a feed worth reading whole). */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** The files of a folder that are read as articles. */
    private static final Set<String> ARTICLE_FILES =
            Set.of("txt", "text", "md", "html", "htm", "xhtml", "xml", "rss", "atom");

    private final PageFetcher fetcher;

    public SourceReader(HttpClients http, FetchPolicy policy) {
        this.fetcher = new PageFetcher(http, policy);
    }

    /** The sources an input stands for: a folder's article files (sorted by name), else the input itself. */
    public List<ArticleSource> expand(ArticleSource source) {
        if (!(source instanceof ArticleSource.File file) || !Files.isDirectory(file.path())) {
            return List.of(source);
        }
        List<ArticleSource> files = articleFiles(file);
        if (files.isEmpty()) {
            throw new InputException(file.name() + ": the folder holds no article files ("
                    + String.join(", ", ARTICLE_FILES.stream().sorted().toList()) + ")");
        }
        return files;
    }

    /**
     * The article files of a folder, sorted by name; none when it holds none.
     *
     * @throws dev.tarjama.InputException when the folder cannot be listed
     */
    public static List<ArticleSource> articleFiles(ArticleSource.File folder) {
        try (Stream<Path> entries = Files.list(folder.path())) {
            return entries.filter(Files::isRegularFile)
                    .filter(SourceReader::isArticleFile)
                    .sorted()
                    .map(path -> (ArticleSource) new ArticleSource.File(path, join(folder.name(), path)))
                    .toList();
        } catch (IOException e) {
            throw new InputException(folder.name() + ": cannot be listed (" + e.getMessage() + ")", e);
        }
    }

    /** @throws dev.tarjama.InputException when the bytes cannot be had */
    public ArticleBytes read(ArticleSource source) {
        if (source instanceof ArticleSource.Bytes bytes) {
            if (bytes.bytes().length > MAX_FILE_BYTES) {
                throw new InputException(
                        bytes.name() + ": larger than " + Sizes.describe(MAX_FILE_BYTES) + ", not an article");
            }
            return new ArticleBytes(bytes.name(), bytes.bytes(), bytes.contentType());
        }
        if (source instanceof ArticleSource.Url url) {
            return fetcher.fetch(url.url(), PageFetcher.Origin.NAMED);
        }
        ArticleSource.File file = (ArticleSource.File) source;
        return readFile(file.path(), file.name());
    }

    /**
     * Reads a source unless it is an address still at the version {@code known} identifies (empty then); files are
     * always read.
     *
     * @throws dev.tarjama.InputException when the bytes cannot be had
     */
    public Optional<ArticleBytes> readIfChanged(ArticleSource source, Validators known) {
        if (source instanceof ArticleSource.Url url && known.any()) {
            return fetcher.fetchIfChanged(url.url(), known);
        }
        return Optional.of(read(source));
    }

    /** Fetches an address found in a feed: private addresses are refused unless the policy allows them. */
    public ArticleBytes fetchLinked(String address) {
        return fetcher.fetch(address, PageFetcher.Origin.LINKED);
    }

    private static ArticleBytes readFile(Path path, String input) {
        if (Files.isDirectory(path)) {
            throw new InputException(input + ": is a directory, not an article file");
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw new InputException(
                        input + ": larger than " + Sizes.describe(MAX_FILE_BYTES) + ", not an article");
            }
            return new ArticleBytes(input, bytes, contentTypeOf(path));
        } catch (NoSuchFileException e) {
            throw new InputException(input + ": no such file");
        } catch (IOException e) {
            throw new InputException(input + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** What a file's name says it holds; {@code null} leaves it to the content. */
    private static String contentTypeOf(Path path) {
        return switch (extension(path)) {
            case "html", "htm", "xhtml" -> "text/html";
            case "rss" -> "application/rss+xml";
            case "atom" -> "application/atom+xml";
            default -> null;
        };
    }

    private static boolean isArticleFile(Path path) {
        return ARTICLE_FILES.contains(extension(path))
                && !path.getFileName().toString().startsWith(".");
    }

    private static String extension(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String join(String folder, Path file) {
        String name = file.getFileName().toString();
        return folder.endsWith("/") ? folder + name : folder + "/" + name;
    }
}
