package dev.tarjama.internal.config;

import dev.tarjama.internal.llm.BackendConfig;
import dev.tarjama.internal.llm.Provider;
import dev.tarjama.internal.local.InstalledModel;
import dev.tarjama.internal.local.ModelStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@code tarjama backends} finds of each backend: configured or not and from where, reachable or not, its
 * credentials accepted or refused (one cheap call each: listing the models), and its default model. Never a key.
 */
public final class BackendSurvey {
    /** One backend, in words. */
    public record Row(
            String backend,
            String configured,
            String url,
            String reachable,
            String credentials,
            String model,
            boolean usable) {}

    private final Map<String, String> variables;
    private final BackendResolver keys;
    private final BackendProbe probe;

    public BackendSurvey(Map<String, String> variables, BackendResolver keys, BackendProbe probe) {
        this.variables = variables;
        this.keys = keys;
        this.probe = probe;
    }

    /** @param offline no call to any server: configuration only */
    public List<Row> rows(ModelStore store, boolean offline) {
        List<Row> rows = new ArrayList<>();
        for (Provider provider : Provider.ALL) {
            rows.add(provider == Provider.LOCAL ? local(store) : remote(provider, offline));
        }
        return rows;
    }

    private static Row local(ModelStore store) {
        List<InstalledModel> models = store.list();
        return new Row(
                Provider.LOCAL.name(),
                models.isEmpty() ? "no model installed" : models.size() + " model(s) installed",
                store.directory().toString(),
                "-",
                "-",
                models.isEmpty() ? "(none)" : models.get(0).name(),
                !models.isEmpty());
    }

    private Row remote(Provider provider, boolean offline) {
        String keyFrom = keys.keySource(provider);
        String url = keys.baseUrl(provider, null);
        String urlVariable = provider.baseUrlVariable();
        boolean urlSet = urlVariable != null
                && variables.get(urlVariable) != null
                && !variables.get(urlVariable).isBlank();
        String configured = provider.needsKey()
                ? (keyFrom == null ? "no key" : "key from " + keyFrom)
                : urlSet ? "URL from " + urlVariable : "default URL";
        boolean candidate = !provider.needsKey() || keyFrom != null || provider == Provider.OPENAI && urlSet;
        String reachable = "-";
        String credentials = "-";
        boolean usable = candidate && offline && (provider.needsKey() || urlSet);
        if (!offline && candidate) {
            BackendProbe.Listing listing = probe.modelListing(provider, url, keys.key(provider), Duration.ofSeconds(5));
            reachable = listing.status() < 0 ? "no" : "yes";
            credentials = listing.status() < 0
                    ? "-"
                    : listing.refused()
                            ? "refused (HTTP " + listing.status() + ")"
                            : listing.answered()
                                    ? (provider.needsKey() ? "accepted" : "none needed")
                                    : listing.status() < 300
                                            ? "unclear (not a model listing)"
                                            : "unclear (HTTP " + listing.status() + ")";
            usable = listing.answered();
        }
        return new Row(
                provider.name(),
                configured,
                BackendConfig.withoutUserInfo(url),
                reachable,
                credentials,
                keys.model(provider, null),
                usable);
    }
}
