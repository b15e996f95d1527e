package dev.tarjama.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shape of the code, as ARCHITECTURE.md draws it: packages in layers, no cycles, small classes. */
class ArchitectureTest {
    private static final JavaClasses TARJAMA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.tarjama");

    @Test
    void packagesFormNoCycles() {
        slices().matching("dev.tarjama.(*)..").should().beFreeOfCycles().check(TARJAMA);
    }

    @Test
    void theModelDependsOnNoOtherPartOfTarjama() {
        classes()
                .that()
                .resideInAPackage("dev.tarjama.model..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("dev.tarjama.model..", "java..", "com.ibm.icu..")
                .check(TARJAMA);
    }

    @Test
    void onlyTheCommandLineKnowsAboutPicocliTheEnvironmentAndExiting() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.tarjama.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("picocli..")
                .check(TARJAMA);
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.tarjama.cli..")
                .should()
                .callMethod(System.class, "getenv")
                .orShould()
                .callMethod(System.class, "getenv", String.class)
                .check(TARJAMA);
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("dev.tarjama.cli.Main")
                .should()
                .callMethod(System.class, "exit", int.class)
                .check(TARJAMA);
    }

    @Test
    void nothingBelowTheApiReachesUpIntoItOrTheCommandLine() {
        noClasses()
                .that()
                .resideOutsideOfPackages("dev.tarjama.cli..", "dev.tarjama.api..", "dev.tarjama.watch..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.tarjama.api..", "dev.tarjama.cli..")
                .check(TARJAMA);
        noClasses()
                .that()
                .resideInAnyPackage(
                        "dev.tarjama.pipeline..",
                        "dev.tarjama.llm..",
                        "dev.tarjama.check..",
                        "dev.tarjama.render..",
                        "dev.tarjama.article..",
                        "dev.tarjama.cache..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.tarjama.run..")
                .check(TARJAMA);
        noClasses()
                .that()
                .resideInAnyPackage("dev.tarjama.check..", "dev.tarjama.render..", "dev.tarjama.article..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.tarjama.llm..", "dev.tarjama.pipeline..")
                .check(TARJAMA);
    }

    @Test
    void readingFlowsOneWaySourceAndExtractBelowArticle() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.tarjama.source..", "dev.tarjama.extract..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.tarjama.article..",
                        "dev.tarjama.pipeline..",
                        "dev.tarjama.llm..",
                        "dev.tarjama.render..",
                        "dev.tarjama.run..",
                        "dev.tarjama.cache..")
                .check(TARJAMA);
        noClasses()
                .that()
                .resideInAPackage("dev.tarjama.extract..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.tarjama.source..", "dev.tarjama.http..", "okhttp3..")
                .because("extraction works on text already in hand; fetching is the source package's job")
                .check(TARJAMA);
        noClasses()
                .that()
                .resideInAnyPackage(
                        "dev.tarjama.pipeline..", "dev.tarjama.check..", "dev.tarjama.render..", "dev.tarjama.llm..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.tarjama.source..", "dev.tarjama.extract..", "dev.tarjama.article..")
                .because("the pipeline translates articles; where they came from is behind it")
                .check(TARJAMA);
    }

    @Test
    void anImportNeverReachesAModelOrTheCache() {
        noClasses()
                .that()
                .resideInAPackage("dev.tarjama.edit..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.tarjama.llm..",
                        "dev.tarjama.pipeline..",
                        "dev.tarjama.cache..",
                        "dev.tarjama.run..",
                        "dev.tarjama.http..",
                        "dev.tarjama.local..")
                .because(
                        "a person's edits are applied to the record and rendered, with nothing sent and nothing cached")
                .check(TARJAMA);
    }

    @Test
    void noStageTalksHttp() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.tarjama.pipeline..", "dev.tarjama.check..", "dev.tarjama.render..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("okhttp3..")
                .check(TARJAMA);
    }

    @Test
    void noSourceFileRunsPastThreeHundredAndFiftyLines() throws IOException {
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            tooLong = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> lines(f) > 350)
                    .map(f -> f + " (" + lines(f) + " lines)")
                    .toList();
        }
        assertThat(tooLong).as("files to split").isEmpty();
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
