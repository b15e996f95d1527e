package dev.tarjama.internal.desk;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A page of the article list: the articles the filters keep, newest first, a page at a time.
 *
 * @param articles the articles on this page
 * @param total    the articles the filters keep, on every page
 * @param outlets  every outlet of the root, for the filter's choices
 */
public record DeskListing(
        List<DeskArticle> articles,
        Filters filters,
        int page,
        int perPage,
        boolean hasNext,
        int total,
        List<String> outlets) {
    /** The most articles a page lists. */
    public static final int MOST_PER_PAGE = 500;

    /**
     * What the list is narrowed to.
     *
     * @param source      an outlet, or empty for all
     * @param state       a ledger state ({@code done}, {@code queued}, …), or empty for all
     * @param flaggedOnly only articles with flagged paragraphs
     * @param from        the first day, or {@code null}
     * @param to          the last day, or {@code null}
     */
    public record Filters(String source, String state, boolean flaggedOnly, LocalDate from, LocalDate to) {
        public static final Filters NONE = new Filters("", "", false, null, null);

        /** Filters from a request's parameters; a malformed date is no limit. */
        public static Filters of(String source, String state, String flagged, String from, String to) {
            return new Filters(
                    source == null ? "" : source.strip(),
                    state == null ? "" : state.strip(),
                    "1".equals(flagged) || "true".equals(flagged) || "on".equals(flagged),
                    day(from),
                    day(to));
        }

        boolean keeps(DeskArticle article) {
            LocalDate day = article.when().atZone(ZoneOffset.UTC).toLocalDate();
            return (source.isEmpty() || source.equals(article.outlet()))
                    && (state.isEmpty() || state.equals(article.state()))
                    && (!flaggedOnly || article.flags() > 0)
                    && (from == null || !day.isBefore(from))
                    && (to == null || !day.isAfter(to));
        }

        public String fromText() {
            return from == null ? "" : from.toString();
        }

        public String toText() {
            return to == null ? "" : to.toString();
        }

        /** The filters as a query string, {@code &}-joined, empty when none. */
        String query() {
            List<String> parts = new ArrayList<>();
            add(parts, "source", source);
            add(parts, "state", state);
            add(parts, "flagged", flaggedOnly ? "1" : "");
            add(parts, "from", fromText());
            add(parts, "to", toText());
            return String.join("&", parts);
        }

        private static void add(List<String> parts, String name, String value) {
            if (!value.isEmpty()) {
                parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }

        private static LocalDate day(String text) {
            try {
                return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    /** The page {@code page} (from 1) of {@code all} under {@code filters}. */
    public static DeskListing of(List<DeskArticle> all, Filters filters, int page, int perPage) {
        int per = Math.max(1, Math.min(perPage, MOST_PER_PAGE));
        List<DeskArticle> kept = all.stream().filter(filters::keeps).toList();
        int number = Math.max(1, page);
        int from = Math.min((number - 1) * per, kept.size());
        int to = Math.min(from + per, kept.size());
        TreeSet<String> outlets = new TreeSet<>();
        all.forEach(a -> {
            if (!a.outlet().isBlank()) {
                outlets.add(a.outlet());
            }
        });
        return new DeskListing(
                kept.subList(from, to), filters, number, per, to < kept.size(), kept.size(), List.copyOf(outlets));
    }

    /** The address of another page of the same list. */
    public String link(int other) {
        String query = filters.query();
        return "/?" + (query.isEmpty() ? "" : query + "&") + "page=" + other;
    }

    /** The API's address of another page of the same list. */
    public String apiLink(int other) {
        String query = filters.query();
        return "/api/articles?" + (query.isEmpty() ? "" : query + "&") + "page=" + other + "&per_page=" + perPage;
    }
}
