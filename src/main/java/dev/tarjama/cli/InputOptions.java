package dev.tarjama.cli;

import dev.tarjama.ConfigurationException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/** How inputs are read: how many feed items, how large a page, which addresses links may lead to. */
public final class InputOptions {
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmg]?)i?b?");

    @Option(names = "--limit", paramLabel = "N", order = 1, description = "Read a feed's N newest items. Default: 10.")
    Integer limit;

    @Option(
            names = "--max-page-size",
            paramLabel = "SIZE",
            order = 2,
            description = "Refuse a downloaded page or feed larger than SIZE (e.g. 500k, 20m), counted after "
                    + "decompression. Default: 10m.")
    String maxPageSize;

    @Option(
            names = "--allow-private-network",
            order = 3,
            description = "Let feed links and redirects lead to addresses on this machine or its private network "
                    + "(refused by default; an address you name yourself is always fetched).")
    boolean allowPrivateNetwork;

    @Option(
            names = "--fetch-timeout",
            paramLabel = "DURATION",
            order = 4,
            description = "Give up on a page or feed that takes longer than this to download. Default: 60s.")
    String fetchTimeout;

    /** Sets what these options name on {@code options}; the rest keep their defaults. */
    void applyTo(dev.tarjama.OptionsBuilder options) {
        if (limit != null) {
            OptionValues.requireRange("--limit", limit, 1, 10_000);
            options.feedItems(limit);
        }
        if (maxPageSize != null) {
            options.maxPageBytes(bytes("--max-page-size", maxPageSize));
        }
        if (fetchTimeout != null) {
            Duration whole = OptionValues.duration("--fetch-timeout", fetchTimeout);
            OptionValues.requireRange("--fetch-timeout", whole.toMillis(), 100, 3_600_000);
            options.fetchTimeout(whole);
        }
        options.allowPrivateNetwork(allowPrivateNetwork);
    }

    static long bytes(String option, String value) {
        Matcher size = SIZE.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (!size.matches()) {
            throw new ConfigurationException(option + " " + value + ": expected a size such as 500k, 20m or 1g");
        }
        long number = Long.parseLong(size.group(1));
        long bytes = switch (size.group(2)) {
            case "k" -> number << 10;
            case "m" -> number << 20;
            case "g" -> number << 30;
            default -> number;
        };
        if (bytes < 1024 || bytes > (2L << 30)) {
            throw new ConfigurationException(option + " " + value + ": expected between 1k and 2g");
        }
        return bytes;
    }

    /** These options reading {@code limit} items of a feed instead, when it is given. */
    InputOptions withLimit(Integer limit) {
        InputOptions copy = new InputOptions();
        copy.limit = limit != null ? limit : this.limit;
        copy.maxPageSize = maxPageSize;
        copy.allowPrivateNetwork = allowPrivateNetwork;
        copy.fetchTimeout = fetchTimeout;
        return copy;
    }
}
