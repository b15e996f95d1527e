package dev.tarjama.internal.config;

import dev.tarjama.Backend;
import dev.tarjama.BackendException;
import dev.tarjama.ConfigurationException;
import dev.tarjama.internal.llm.Provider;
import dev.tarjama.internal.llm.Secret;
import dev.tarjama.internal.local.InstalledModel;
import dev.tarjama.internal.local.ModelStore;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Decides which backend a run talks to. Flags come first, then environment variables, then the project's config
 * file, then the user's. Keys come only from the environment or a config file, never from a flag, so they stay
 * out of shell history and process listings.
 *
 * <p>{@code auto} (the default) takes an explicit config choice, else the first cloud provider whose key is set
 * (OpenAI, then Anthropic, then Gemini; an {@code OPENAI_BASE_URL} counts for OpenAI), else Ollama if it answers
 * within 300 ms, else the embedded engine if a model is installed.
 */
public final class BackendResolver {
    public static final String AUTO = "auto";

    private final Map<String, String> environment;
    private final Config.Resolved profile;
    private final Config config;
    private final BackendProbe probe;
    private final ModelStore models;
    private final Consumer<String> warnings;

    public BackendResolver(
            Map<String, String> environment,
            Config config,
            Config.Resolved profile,
            BackendProbe probe,
            ModelStore models,
            Consumer<String> warnings) {
        this.environment = environment;
        this.config = config;
        this.profile = profile;
        this.probe = probe;
        this.models = models;
        this.warnings = warnings;
    }

    /**
     * @param requireKey false for a dry run, which sends nothing
     * @throws dev.tarjama.ConfigurationException for an unknown backend or a bad URL
     * @throws dev.tarjama.BackendException       when no backend is usable
     */
    public Backend resolve(String backendFlag, String modelFlag, String baseUrlFlag, boolean requireKey) {
        String requested = first(backendFlag, profile.values().backend(), AUTO).toLowerCase(Locale.ROOT);
        Provider provider = requested.equals(AUTO)
                ? auto(requireKey)
                : Provider.named(requested)
                        .orElseThrow(() -> new ConfigurationException("unknown backend '" + requested
                                + "'; available: auto, openai, anthropic, gemini, ollama, local"));
        if (provider == Provider.LOCAL) {
            return local(modelFlag);
        }
        String baseUrl = baseUrl(provider, baseUrlFlag);
        checkUrl(baseUrl);
        Secret key = key(provider);
        if (key == null && provider.needsKey() && requireKey && baseUrl.equals(provider.defaultBaseUrl())) {
            throw new BackendException("no API key for " + provider.name() + ": set "
                    + String.join(" or ", provider.keyVariables()) + " (or api_key in a config profile)"
                    + (provider == Provider.OPENAI
                            ? ", or point --base-url (or OPENAI_BASE_URL) at an OpenAI-compatible server that needs none"
                            : ""));
        }
        return new Backend(
                provider.name(), model(provider, modelFlag), baseUrl, key == null ? null : key.reveal(), null);
    }

    /** The provider's server: the flag, else its variable, else the profile's (when it is for this provider), else its own. */
    public String baseUrl(Provider provider, String flag) {
        String url = first(
                flag,
                variable(provider.baseUrlVariable()),
                forThisProvider(provider) ? profile.values().baseUrl() : null,
                provider.defaultBaseUrl());
        return stripSlash(provider == Provider.OLLAMA ? BackendProbe.withScheme(url) : url);
    }

    /** The provider's model: the flag, else the profile's (when it is for this provider), else its default. */
    public String model(Provider provider, String flag) {
        return first(flag, forThisProvider(provider) ? profile.values().model() : null, provider.defaultModel());
    }

    private boolean forThisProvider(Provider provider) {
        String configured = profile.values().backend();
        return configured == null || configured.equalsIgnoreCase(provider.name()) || configured.equalsIgnoreCase(AUTO);
    }

    /** The backend {@code auto} picks, or exit 3 listing the ways to get one. */
    private Provider auto(boolean requireKey) {
        for (Provider cloud : Provider.CLOUD) {
            if (key(cloud) != null || cloud == Provider.OPENAI && variable(cloud.baseUrlVariable()) != null) {
                return cloud;
            }
        }
        String ollama = first(variable(Provider.OLLAMA.baseUrlVariable()), Provider.OLLAMA.defaultBaseUrl());
        if (probe.modelListing(Provider.OLLAMA, ollama, null, Duration.ofMillis(300))
                .answered()) {
            return Provider.OLLAMA;
        }
        if (models.first().isPresent()) {
            return Provider.LOCAL;
        }
        if (!requireKey) {
            return Provider.OPENAI; // a dry run can still show the plan, priced as the default would be
        }
        throw new BackendException(
                "no backend available: set OPENAI_API_KEY, ANTHROPIC_API_KEY or GEMINI_API_KEY; " + "or start Ollama ("
                        + ollama + "); or install a model for the embedded engine with 'tarjama models pull'");
    }

    private Backend local(String modelFlag) {
        String wanted = first(modelFlag, profile.values().model());
        InstalledModel model = (wanted == null ? models.first() : models.find(wanted))
                .orElseThrow(() -> new BackendException(
                        wanted == null
                                ? "no model installed for the embedded engine; install one with 'tarjama models pull'"
                                : "model '" + wanted + "' is not installed; see 'tarjama models list'"));
        // the base URL is the child process's, known once it runs
        return new Backend(Provider.LOCAL.name(), model.name(), Provider.LOCAL.defaultBaseUrl(), null, model.path());
    }

    /** Where the provider's key comes from ("OPENAI_API_KEY", "config /path"), or {@code null} when it has none. */
    public String keySource(Provider provider) {
        for (String name : provider.keyVariables()) {
            if (Secret.ofNullable(environment.get(name)) != null) {
                return name;
            }
        }
        String configured = configuredKey(provider);
        if (configured == null) {
            return null;
        }
        return configured.startsWith("env:")
                ? configured.substring(4).strip() + " (named in " + profile.keyFile() + ")"
                : "config " + profile.keyFile();
    }

    /** The provider's key: its environment variables first, then the config profile's {@code api_key}. */
    public Secret key(Provider provider) {
        for (String name : provider.keyVariables()) {
            Secret fromEnvironment = Secret.ofNullable(environment.get(name));
            if (fromEnvironment != null) {
                return fromEnvironment;
            }
        }
        String configured = configuredKey(provider);
        if (configured == null) {
            return null;
        }
        if (configured.startsWith("env:")) {
            return Secret.ofNullable(environment.get(configured.substring(4).strip()));
        }
        Path file = profile.keyFile();
        if (file != null && config.worldReadable(file)) {
            warnings.accept(file + " holds an API key in plain text and other users can read it: "
                    + "write api_key: env:VARIABLE instead, or chmod 600 " + file);
        }
        return Secret.ofNullable(configured);
    }

    /** The profile's {@code api_key} as written, when the profile's backend is this provider (or unnamed). */
    private String configuredKey(Provider provider) {
        String configured = profile.values().apiKey();
        String configuredBackend = profile.values().backend();
        boolean forThisProvider = configuredBackend == null || configuredBackend.equalsIgnoreCase(provider.name());
        return configured != null && forThisProvider ? configured : null;
    }

    private String variable(String name) {
        if (name == null) {
            return null;
        }
        String value = environment.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void checkUrl(String url) {
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new ConfigurationException("base URL '" + url + "' is not an http(s) URL");
            }
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("base URL '" + url + "' is not a valid URL");
        }
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
