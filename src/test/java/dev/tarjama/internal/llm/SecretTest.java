package dev.tarjama.internal.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretTest {
    private final Secret key = Secret.ofNullable("sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz012345");

    @Test
    void neverShowsItselfAsAString() {
        assertThat(key.toString()).isEqualTo("***");
        assertThat(String.valueOf(new BackendConfig("openai", "m", "u", key, java.time.Duration.ofSeconds(1), 0)))
                .doesNotContain("AbCdEf");
    }

    @Test
    void redactsTheKeyAndLongFragmentsOfItFromServerText() {
        String server =
                "Incorrect API key provided: sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz012345. Also sk-proj-AbCd****z012345.";

        String redacted = key.redact(server);

        assertThat(redacted)
                .doesNotContain("AbCdEfGhIjKl")
                .doesNotContain("sk-proj-AbCd")
                .startsWith("Incorrect API key provided: ***");
    }

    @Test
    void blankKeysAreNoKeys() {
        assertThat(Secret.ofNullable("  ")).isNull();
        assertThat(Secret.ofNullable(null)).isNull();
    }
}
