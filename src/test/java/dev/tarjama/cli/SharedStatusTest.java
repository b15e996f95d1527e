package dev.tarjama.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tarjama.internal.store.Database;
import dev.tarjama.internal.store.DatabaseUrl;
import dev.tarjama.internal.store.JdbcLedger;
import dev.tarjama.internal.store.Ledger;
import dev.tarjama.internal.store.LedgerEntries;
import dev.tarjama.testing.CliRun;
import dev.tarjama.testing.Postgres;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tarjama status on the ledger several workers share, named by TARJAMA_DB, with a password that never shows. */
class SharedStatusTest {
    private static final Instant AT = Instant.parse("2026-11-29T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void statusReadsTheSharedLedgerAndNeverShowsThePassword() throws Exception {
        try (Postgres server = Postgres.start(dir.resolve("pg"))) {
            // the test server trusts local connections, so any password is accepted and must still never be shown
            String url = server.newDatabase().replace("postgres@", "postgres:hunter2@");
            try (Database db = Database.open(DatabaseUrl.parse(url, null));
                    Ledger ledger = JdbcLedger.postgresql(db)) {
                ledger.save(LedgerEntries.done("https://example.org/rss", "urn:a", "a", AT));
                ledger.save(LedgerEntries.retry(
                        "https://example.org/rss", "urn:b", "https://example.org/b: the server answered HTTP 503", AT));
            }

            CliRun.Result status = new CliRun(dir).env("TARJAMA_DB", url).run("status", "-o", "out");
            CliRun.Result flag = new CliRun(dir).run("status", "--db", url, "-o", "out", "-v");

            assertThat(status.exitCode()).as(status.err()).isEqualTo(ExitCodes.OK);
            assertThat(status.out())
                    .contains("https://example.org/rss: 1 done, 1 retry")
                    .contains("urn:a → out/a")
                    .contains("attempt 1 of 3: https://example.org/b: the server answered HTTP 503");
            assertThat(flag.out()).isEqualTo(status.out());
            assertThat(status.out() + status.err() + flag.out() + flag.err()).doesNotContain("hunter2");
        }
    }
}
