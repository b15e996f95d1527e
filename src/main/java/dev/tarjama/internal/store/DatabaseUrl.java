package dev.tarjama.internal.store;

import dev.tarjama.ConfigurationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Where the shared database is, as users write it: {@code postgresql://user[:password]@host[:port]/database}
 * ({@code postgres://} and {@code jdbc:postgresql://} too). The password comes from the address, else from
 * {@code PGPASSWORD}, else the driver looks in {@code ~/.pgpass} (or {@code PGPASSFILE}). It is never part of
 * {@link #toString()}, so no message or log can carry it.
 *
 * @param jdbcUrl  the address for the driver, without user or password
 * @param user     the user, or {@code null} for the driver's default
 * @param password the password, or {@code null}
 */
public record DatabaseUrl(String jdbcUrl, String user, String password) {
    /**
     * @param pgPassword the {@code PGPASSWORD} variable, or {@code null}
     * @throws dev.tarjama.ConfigurationException when {@code text} is not a PostgreSQL address
     */
    public static DatabaseUrl parse(String text, String pgPassword) {
        String address = text.strip();
        String lower = address.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:")) {
            address = address.substring("jdbc:".length());
            lower = lower.substring("jdbc:".length());
        }
        if (!lower.startsWith("postgresql://") && !lower.startsWith("postgres://")) {
            throw new ConfigurationException("--db: give a PostgreSQL address, postgresql://user@host:5432/database");
        }
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException e) {
            throw new ConfigurationException("--db: not a valid address (" + e.getReason() + ")");
        }
        if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() <= 1) {
            throw new ConfigurationException(
                    "--db: name the host and the database, postgresql://user@host:5432/database");
        }
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        if (password == null && pgPassword != null && !pgPassword.isEmpty()) {
            password = pgPassword;
        }
        String jdbc = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return new DatabaseUrl(jdbc, user, password);
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }

    /** The address with the user and without the password, for messages. */
    @Override
    public String toString() {
        String shown = jdbcUrl.substring("jdbc:".length()).replaceFirst("\\?.*$", "");
        return user == null ? shown : shown.replaceFirst("://", "://" + user + "@");
    }
}
