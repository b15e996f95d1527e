package dev.tarjama.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The renderers by format name, in the order their files are written. */
public final class Renderers {
    private final Map<String, Renderer> byFormat = new LinkedHashMap<>();

    private Renderers() {
    }

    public static Renderers standard() {
        Renderers renderers = new Renderers();
        renderers.byFormat.put("brief", new BriefMarkdownRenderer());
        renderers.byFormat.put("html", new BilingualHtmlRenderer());
        renderers.byFormat.put("md", new BilingualMarkdownRenderer());
        renderers.byFormat.put("json", new ArticleJsonRenderer());
        return renderers;
    }

    public Set<String> formats() {
        return byFormat.keySet();
    }

    public List<Renderer> all() {
        return List.copyOf(byFormat.values());
    }
}
