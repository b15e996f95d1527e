package dev.tarjama.internal.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutputSlugTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            samples/code-red.ar.txt                      | code-red.ar
            /tmp/News Story (2).html                     | news-story-2
            ../../etc/passwd                             | passwd
            ..                                           | article-2cf24dba
            .hidden.txt                                  | hidden
            https://example.com/news/2026/code-red.html  | code-red
            https://example.com/                         | example.com
            مقال.txt                                     | article-2cf24dba
            """)
    void namesOutputDirectoriesSafelyFromTheInputName(String input, String slug) {
        assertThat(OutputSlug.of(input, "hello")).isEqualTo(slug);
    }

    @ParameterizedTest
    @CsvSource({"-"})
    void standardInputIsNamedByItsContent(String input) {
        assertThat(OutputSlug.of(input, "hello")).isEqualTo("stdin-2cf24dba");
    }
}
