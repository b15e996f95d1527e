package dev.tarjama.internal.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tarjama.InputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** A file that is not XLIFF is refused in one sentence, and the XML parser prints nothing of its own. */
class XliffTargetsTest {
    @TempDir
    Path dir;

    @Test
    @ResourceLock(Resources.SYSTEM_ERR)
    void aJsonFileOrADoctypeIsRefusedInWordsWithNothingOnStandardError() throws IOException {
        Path json = Files.writeString(dir.resolve("article.json"), "{\"paragraphs\": []}\n");
        Path doctype = Files.writeString(
                dir.resolve("doctype.xlf"), "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e \"e\">]>\n<x>&e;</x>\n");
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThatThrownBy(() -> XliffTargets.read(json))
                    .isInstanceOf(InputException.class)
                    .hasMessageStartingWith(json + ": not a well-formed XLIFF file (line 1, column 1: ");
            assertThatThrownBy(() -> XliffTargets.read(doctype)).isInstanceOf(InputException.class);
        } finally {
            System.setErr(original);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
