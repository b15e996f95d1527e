package dev.tarjama.internal.llm;

import dev.tarjama.Price;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a model costs per million tokens, for estimates. The defaults are the providers' published list prices
 * for well-known models; a model not listed has no estimate rather than a wrong one.
 */
public final class PriceTable {
    private static final Map<String, Price> DEFAULTS = Map.of(
            "gpt-4.1-mini", new Price(0.40, 1.60),
            "gpt-4.1-nano", new Price(0.10, 0.40),
            "gpt-4.1", new Price(2.00, 8.00),
            "gpt-4o-mini", new Price(0.15, 0.60),
            "gpt-4o", new Price(2.50, 10.00),
            "claude-haiku-4-5", new Price(1.00, 5.00),
            "claude-sonnet-4-5", new Price(3.00, 15.00),
            "gemini-2.5-flash", new Price(0.30, 2.50),
            "gemini-2.5-flash-lite", new Price(0.10, 0.40));

    private final Map<String, Price> prices;

    private PriceTable(Map<String, Price> prices) {
        this.prices = prices;
    }

    public static PriceTable defaults() {
        return new PriceTable(DEFAULTS);
    }

    /** This table with {@code overrides} (from config files) taking precedence. */
    public PriceTable with(Map<String, Price> overrides) {
        Map<String, Price> merged = new java.util.HashMap<>(prices);
        overrides.forEach((model, price) -> merged.put(model.toLowerCase(Locale.ROOT), price));
        return new PriceTable(Map.copyOf(merged));
    }

    public Optional<Price> priceOf(String model) {
        return Optional.ofNullable(prices.get(model.toLowerCase(Locale.ROOT)));
    }
}
