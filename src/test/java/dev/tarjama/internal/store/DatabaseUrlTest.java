package dev.tarjama.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tarjama.TarjamaException;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {
    @Test
    void anAddressAsUsersWriteItBecomesTheDriversWithThePasswordKeptApart() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://tarjama:s3cr%40t@db.example:6543/news?sslmode=require", null);

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/news?sslmode=require");
        assertThat(url.user()).isEqualTo("tarjama");
        assertThat(url.password()).isEqualTo("s3cr@t");
        assertThat(url.toString())
                .isEqualTo("postgresql://tarjama@db.example:6543/news")
                .doesNotContain("s3cr");
    }

    @Test
    void thePasswordComesFromPgpasswordWhenTheAddressHasNone() {
        assertThat(DatabaseUrl.parse("postgres://tarjama@db/news", "from-env").password())
                .isEqualTo("from-env");
        assertThat(DatabaseUrl.parse("jdbc:postgresql://db/news", null).password())
                .as("left to ~/.pgpass, which the driver reads")
                .isNull();
        assertThat(DatabaseUrl.parse("postgresql://u:inline@db/news", "from-env")
                        .password())
                .isEqualTo("inline");
    }

    @Test
    void anythingElseIsAUsageErrorThatRepeatsNoPassword() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://root:hunter2@db/news", null))
                .isInstanceOf(TarjamaException.class)
                .hasMessageContaining("give a PostgreSQL address")
                .hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://root:hunter2@db", null))
                .hasMessageContaining("name the host and the database")
                .hasMessageNotContaining("hunter2");
    }
}
