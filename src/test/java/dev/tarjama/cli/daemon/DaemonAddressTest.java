package dev.tarjama.cli.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daemon's socket carries API keys: it lives where only its user may go, and is named after the build. */
class DaemonAddressTest {
    @TempDir
    Path dir;

    private Map<String, String> variables() {
        return Map.of("XDG_RUNTIME_DIR", dir.toString());
    }

    @Test
    void theDaemonMakesItsDirectoryPrivateAndTheClientFindsTheSameSocket() throws IOException {
        assertThat(DaemonAddress.find(variables()))
                .as("nothing before a daemon prepared it")
                .isEmpty();

        DaemonAddress address = DaemonAddress.prepare(variables());

        assertThat(address.socket().getParent()).isEqualTo(dir.resolve("tarjama"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("tarjama"))))
                .isEqualTo("rwx------");
        assertThat(address.socket().getFileName().toString())
                .isEqualTo("daemon-" + DaemonAddress.build() + ".sock")
                .doesNotContain("unknown");
        assertThat(DaemonAddress.find(variables())).contains(address);
    }

    @Test
    void aDirectoryOthersMayEnterIsNeverUsed() throws IOException {
        Files.createDirectory(
                dir.resolve("tarjama"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));

        assertThat(DaemonAddress.find(variables())).isEmpty();
        assertThatThrownBy(() -> DaemonAddress.prepare(variables()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("chmod 700");
    }

    @Test
    void withoutARuntimeDirectoryTheUsersOwnTemporaryDirectoryIsUsed() {
        assertThat(DaemonAddress.directory(Map.of()))
                .isEqualTo(Path.of(System.getProperty("java.io.tmpdir"), "tarjama-" + System.getProperty("user.name")));
    }
}
