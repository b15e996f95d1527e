package dev.tarjama.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tarjama.model.ArticleState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's table of an article's states is {@link ArticleTransitions#TABLE}, written down once. */
class ArticleTransitionsReadmeTest {
    @Test
    void theReadmePrintsTheTableTheLedgerFollows() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);

        assertThat(readme)
                .as("README.md must hold this table, as the code has it:%n%s", markdown())
                .contains(markdown());
    }

    /** The table as Markdown: state, event, condition, next state, how the cycle counts it. */
    static String markdown() {
        String head = "| state | event | when | then | counted as |\n| --- | --- | --- | --- | --- |\n";
        return head
                + ArticleTransitions.TABLE.stream()
                        .map(t -> "| " + state(t.from(), "(not in the ledger)") + " | " + word(t.event()) + " | "
                                + t.when() + " | " + state(t.to(), "(no change)") + " | " + count(t.count()) + " |")
                        .collect(Collectors.joining("\n"))
                + "\n";
    }

    private static String state(ArticleState state, String none) {
        return state == null ? none : state.jsonName();
    }

    private static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String count(ArticleLifecycle.Outcome outcome) {
        return outcome == ArticleLifecycle.Outcome.NONE ? "—" : word(outcome);
    }
}
