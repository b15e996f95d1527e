package dev.tarjama.internal.render;

import dev.tarjama.ConfigurationException;
import dev.tarjama.Paper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Every output format by the name {@code -f/--format} takes, in the order their files are written. Adding a format
 * is one line here and its class.
 */
public final class Formats {
    /** What a run writes when no format is named. */
    public static final List<String> DEFAULT = List.of("brief", "html", "md", "json");

    private static final Map<String, Function<Paper, List<OutputFormat>>> BY_NAME = new LinkedHashMap<>();

    static {
        BY_NAME.put("brief", paper -> List.of(new BriefMarkdownRenderer()));
        BY_NAME.put("html", paper -> List.of(new BilingualHtmlRenderer()));
        BY_NAME.put("md", paper -> List.of(new BilingualMarkdownRenderer()));
        BY_NAME.put("json", paper -> List.of(new ArticleJsonRenderer()));
        BY_NAME.put("pdf", paper -> List.of(new PdfRenderer(paper)));
        BY_NAME.put("english", paper -> List.of(new EnglishMarkdownRenderer(), new EnglishHtmlRenderer()));
        BY_NAME.put("txt", paper -> List.of(new BriefTextRenderer()));
        BY_NAME.put("tmx", paper -> List.of(new TmxRenderer()));
        BY_NAME.put("xliff", paper -> List.of(new XliffRenderer()));
    }

    private Formats() {}

    /** Every format name, as {@code -f} takes them. */
    public static Set<String> names() {
        return BY_NAME.keySet();
    }

    /**
     * The formats named in a comma list ("brief,html", "all"), in the registry's order.
     *
     * @throws dev.tarjama.ConfigurationException naming an unknown format and the known ones
     */
    public static List<OutputFormat> select(List<String> names) {
        return select(names, Paper.A4);
    }

    /**
     * The formats named in a comma list, a PDF among them laid out on {@code paper}.
     *
     * @throws dev.tarjama.ConfigurationException naming an unknown format and the known ones
     */
    public static List<OutputFormat> select(List<String> names, Paper paper) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String name : names) {
            for (String part : name.split(",")) {
                String n = part.strip().toLowerCase(java.util.Locale.ROOT);
                if (n.isEmpty()) {
                    continue;
                }
                if (n.equals("all")) {
                    wanted.addAll(BY_NAME.keySet());
                } else if (BY_NAME.containsKey(n)) {
                    wanted.add(n);
                } else {
                    throw new ConfigurationException(
                            "unknown format '" + n + "'; known: " + String.join(", ", BY_NAME.keySet()) + ", all");
                }
            }
        }
        if (wanted.isEmpty()) {
            throw new ConfigurationException(
                    "no format named; known: " + String.join(", ", BY_NAME.keySet()) + ", all");
        }
        List<OutputFormat> formats = new ArrayList<>();
        BY_NAME.forEach((name, make) -> {
            if (wanted.contains(name)) {
                formats.addAll(make.apply(paper));
            }
        });
        return formats;
    }
}
