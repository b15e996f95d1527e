package dev.tarjama.internal.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tarjama.TarjamaException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptLibraryTest {
    @TempDir
    Path dir;

    @Test
    void theBuiltInTemplatesLoadWithTheirVersions() {
        PromptLibrary library = PromptLibrary.load(null);

        assertThat(library.versions())
                .containsEntry("translate", "translate-4")
                .containsEntry("translate-batch", "translate-batch-2")
                .containsEntry("brief", "brief-3")
                .containsEntry("glossary", "glossary-1");
    }

    @Test
    void aTemplateDirectoryOverridesTheBuiltInOnes() throws IOException {
        copyBuiltIns();
        Files.writeString(dir.resolve("translate.prompt"), """
                # version: mine-7
                === system
                Translate into {{target_language_name}}. Fence {{fence}}.
                === user
                <paragraph-{{fence}}>{{paragraph}}</paragraph-{{fence}}>
                """);

        PromptLibrary library = PromptLibrary.load(dir);

        assertThat(library.versions()).containsEntry("translate", "mine-7");
        PromptTemplate template = library.get(PromptKind.TRANSLATE);
        assertThat(template.user(Map.of("fence", "abc", "paragraph", "نص {{fence}}")))
                .isEqualTo("<paragraph-abc>نص {{fence}}</paragraph-abc>");
    }

    @Test
    void aMissingPlaceholderIsNamedInTheError() throws IOException {
        copyBuiltIns();
        Files.writeString(
                dir.resolve("translate.prompt"), "# version: 2\n=== system\nTranslate.\n=== user\n{{fence}}\n");

        assertThatThrownBy(() -> PromptLibrary.load(dir))
                .isInstanceOf(TarjamaException.class)
                .hasMessage(dir.resolve("translate.prompt") + ": missing placeholder {{paragraph}}")
                .extracting(e -> ((TarjamaException) e).kind())
                .isEqualTo(TarjamaException.Kind.CONFIGURATION);
    }

    @Test
    void anUnknownPlaceholderIsNamedInTheError() throws IOException {
        copyBuiltIns();
        Files.writeString(
                dir.resolve("brief.prompt"),
                "# version: 2\n=== system\nBrief {{audience}}.\n=== user\n{{fence}} {{paragraphs}}\n");

        assertThatThrownBy(() -> PromptLibrary.load(dir)).hasMessageEndingWith(": unknown placeholder {{audience}}");
    }

    @Test
    void aTemplateWithoutVersionOrSectionsIsRefused() {
        assertThatThrownBy(() ->
                        PromptLibrary.parse(PromptKind.BRIEF, "b", "=== system\nx\n=== user\n{{fence}}{{paragraphs}}"))
                .hasMessageContaining("no '# version: …' line");
        assertThatThrownBy(() ->
                        PromptLibrary.parse(PromptKind.BRIEF, "b", "# version: 1\n=== user\n{{fence}}{{paragraphs}}"))
                .hasMessageContaining("needs both a '=== system' and a '=== user' section");
    }

    @Test
    void aMissingTemplateFileIsAUsageError() {
        assertThatThrownBy(() -> PromptLibrary.load(dir))
                .hasMessageEndingWith("translate.prompt: no such template file");
    }

    private void copyBuiltIns() throws IOException {
        for (PromptKind kind : PromptKind.values()) {
            Files.copy(Path.of("prompts", kind.fileName()), dir.resolve(kind.fileName()));
        }
    }
}
