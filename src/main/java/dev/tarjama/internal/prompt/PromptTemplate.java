package dev.tarjama.internal.prompt;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A validated prompt template: a system part (the instructions) and a user part (the data), with {@code {{name}}}
 * placeholders. Filling is a single pass, so article text that happens to contain {@code {{fence}}} stays text.
 */
public final class PromptTemplate {
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z_]+)\\s*}}");

    private final PromptKind kind;
    private final String version;
    private final String system;
    private final String user;
    private final String fingerprint;

    PromptTemplate(PromptKind kind, String version, String system, String user) {
        this.kind = kind;
        this.version = version;
        this.system = system;
        this.user = user;
        this.fingerprint = dev.tarjama.internal.store.CacheKey.of("template")
                .add("system", system)
                .add("user", user)
                .build()
                .digest();
    }

    public PromptKind kind() {
        return kind;
    }

    public String version() {
        return version;
    }

    /** A digest of the template's text: an edit without a new version still changes cache keys. */
    public String fingerprint() {
        return fingerprint;
    }

    /** The length of the instructions, placeholders unfilled: what every request of this kind repeats. */
    public int instructionChars() {
        return system.length() + user.length();
    }

    /** The system message with {@code values} filled in. */
    public String system(Map<String, String> values) {
        return fill(system, values);
    }

    /** The user message with {@code values} filled in. */
    public String user(Map<String, String> values) {
        return fill(user, values);
    }

    private String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 256);
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException(
                        "no value for {{" + m.group(1) + "}} in the " + kind.key() + " template");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString().strip();
    }
}
