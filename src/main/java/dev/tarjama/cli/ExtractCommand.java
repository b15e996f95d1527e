package dev.tarjama.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tarjama.ArticleSource;
import dev.tarjama.LoadedArticle;
import dev.tarjama.TarjamaException;
import dev.tarjama.api.ArticleReader;
import dev.tarjama.cli.process.Environment;
import dev.tarjama.model.Article;
import dev.tarjama.model.Paragraph;
import dev.tarjama.model.SourceInfo;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tarjama extract}: the main text of pages, feeds and files, as translate would read them; no backend. */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        versionProvider = VersionProvider.class,
        description = {
            "Prints the main text of articles as translate reads them, one paragraph per line, in UTF-8: a page "
                    + "without its menus, teasers and banners; a feed's newest items; a file in any encoding. "
                    + "Needs no backend and sends nothing to a model.",
            "Several articles (several inputs, a feed, a folder) are separated by an empty line."
        },
        footer = {
            "",
            "Examples:",
            "  tarjama extract https://example.com/news/story.html",
            "  tarjama extract page.html --json | jq .paragraphs[].text",
            "  tarjama extract https://example.com/feed.xml --limit 3",
            "",
            "Exit codes: 0 ok; 1 some articles of a feed or folder could not be read; 2 usage error; 4 input unreadable, empty or not an article."
        })
final class ExtractCommand implements Callable<Integer>, Verbosity.Aware {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Environment env;

    @Mixin
    Verbosity verbosity = new Verbosity();

    @Parameters(
            arity = "1..*",
            paramLabel = "<file|url|->",
            description = "Pages, feeds, files or folders; - for standard input.")
    List<String> inputs;

    @Option(
            names = "--json",
            description = "One JSON object per article and line: title, byline, published, canonical_url, "
                    + "site_name, language and the numbered paragraphs with their kinds.")
    boolean json;

    @ArgGroup(validate = false, heading = "%nInput:%n", order = 15)
    InputOptions input = new InputOptions();

    ExtractCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Verbosity verbosity() {
        return verbosity;
    }

    @Override
    public Integer call() {
        InputOptions in = input == null ? new InputOptions() : input;
        List<ArticleSource> sources = Inputs.resolve(inputs, env);
        int code = ExitCodes.OK;
        int written = 0;
        dev.tarjama.OptionsBuilder options = dev.tarjama.Options.builder();
        in.applyTo(options);
        try (ArticleReader reader = ArticleReader.open(options.build().reading(), warning -> {
            if (!verbosity.quiet()) {
                env.err().println("warning: " + warning);
            }
        })) {
            for (ArticleSource source : sources) {
                List<LoadedArticle> articles;
                try {
                    articles = reader.readAll(source, null);
                } catch (TarjamaException e) {
                    env.err().println("tarjama: " + e.getMessage());
                    code = ExitCodes.worst(code, ExitCodes.of(e));
                    continue;
                }
                for (LoadedArticle loaded : articles) {
                    if (!loaded.ok()) {
                        env.err().println("tarjama: " + loaded.failure().getMessage());
                        code = ExitCodes.worst(code, articles.size() > 1 ? ExitCodes.PARTIAL : ExitCodes.INPUT);
                        continue;
                    }
                    if (json) {
                        env.out().println(describe(loaded));
                    } else {
                        if (written > 0) {
                            env.out().println();
                        }
                        print(env.out(), loaded.article());
                    }
                    written++;
                }
            }
        }
        env.out().flush();
        return code;
    }

    /** The headline first (the page's title when it names none), then the article's paragraphs. */
    private static void print(PrintWriter out, Article article) {
        for (Paragraph paragraph : article.paragraphs()) {
            out.println(paragraph.text());
        }
    }

    private static String describe(LoadedArticle loaded) {
        Article article = loaded.article();
        SourceInfo source = article.source();
        ObjectNode node = JSON.createObjectNode();
        node.put("input", loaded.name());
        node.put("url", source.url());
        node.put("title", article.title().isEmpty() ? null : article.title());
        node.put("byline", source.byline());
        node.put("published", source.published());
        node.put("canonical_url", source.canonicalUrl());
        node.put("site_name", source.siteName());
        node.put("language", article.language());
        node.put("charset", article.charset());
        ArrayNode paragraphs = node.putArray("paragraphs");
        for (Paragraph paragraph : article.paragraphs()) {
            paragraphs
                    .addObject()
                    .put("index", paragraph.index())
                    .put("kind", paragraph.kind().jsonName())
                    .put("text", paragraph.text());
        }
        return node.toString();
    }
}
