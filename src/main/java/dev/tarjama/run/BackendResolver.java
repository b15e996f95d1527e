package dev.tarjama.run;

import dev.tarjama.TarjamaException;
import dev.tarjama.llm.BackendConfig;
import dev.tarjama.llm.OpenAiChatModelFactory;
import dev.tarjama.llm.Secret;
import java.net.URI;
import java.util.Locale;
import java.util.Map;

/**
 * Decides which backend a run talks to, from flags first and the environment second. Keys come only from the
 * environment, never from a flag, so they stay out of shell history and process listings.
 */
public final class BackendResolver {
    static final String OPENAI_API_KEY = "OPENAI_API_KEY";
    static final String OPENAI_BASE_URL = "OPENAI_BASE_URL";

    private final Map<String, String> environment;

    public BackendResolver(Map<String, String> environment) {
        this.environment = environment;
    }

    public BackendConfig resolve(TranslateSettings settings) {
        String provider = settings.backend() == null ? OpenAiChatModelFactory.PROVIDER : settings.backend().toLowerCase(Locale.ROOT);
        if (!provider.equals(OpenAiChatModelFactory.PROVIDER)) {
            throw TarjamaException.usage("unknown backend '" + settings.backend() + "'; available: openai");
        }
        String baseUrl = firstNonBlank(settings.baseUrl(), environment.get(OPENAI_BASE_URL), OpenAiChatModelFactory.DEFAULT_BASE_URL);
        checkUrl(baseUrl);
        Secret key = Secret.ofNullable(environment.get(OPENAI_API_KEY));
        if (key == null && baseUrl.equals(OpenAiChatModelFactory.DEFAULT_BASE_URL) && !settings.dryRun()) {
            throw TarjamaException.backend("no API key for openai: set " + OPENAI_API_KEY
                    + ", or point --base-url (or " + OPENAI_BASE_URL + ") at an OpenAI-compatible server that needs none");
        }
        String model = firstNonBlank(settings.model(), OpenAiChatModelFactory.DEFAULT_MODEL);
        return new BackendConfig(provider, model, stripSlash(baseUrl), key, settings.timeout(), settings.temperature());
    }

    private static void checkUrl(String url) {
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw TarjamaException.usage("base URL '" + url + "' is not an http(s) URL");
            }
        } catch (IllegalArgumentException e) {
            throw TarjamaException.usage("base URL '" + url + "' is not a valid URL");
        }
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
