package dev.tarjama.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, as the README's Layout section draws it: the published packages ({@code dev.tarjama},
 * {@code api}, {@code model}) over {@code internal}, the command line a shell over the published API, no package
 * cycles (every subpackage its own package), small files.
 */
class ArchitectureTest {
    private static final JavaClasses TARJAMA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.tarjama");

    /** What a Java user may rely on. */
    private static final Set<String> PUBLISHED = Set.of("dev.tarjama", "dev.tarjama.api", "dev.tarjama.model");

    @Test
    void noPackageCycleSubpackagesCountedAsTheirOwn() {
        slices().matching("dev.tarjama.(**)").should().beFreeOfCycles().check(TARJAMA);
    }

    @Test
    void theModelDependsOnNothingOfTarjamaAndTheVocabularyOnlyOnTheModel() {
        classes()
                .that()
                .resideInAPackage("dev.tarjama.model")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("dev.tarjama.model", "java..", "com.ibm.icu..")
                .check(TARJAMA);
        classes()
                .that()
                .resideInAPackage("dev.tarjama")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("dev.tarjama", "dev.tarjama.model", "java..")
                .because("the options, failures and sources are the vocabulary every layer speaks")
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
    void theCommandLineIsAShellOverThePublishedApi() {
        noClasses()
                .that()
                .resideInAPackage("dev.tarjama.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.tarjama.internal.pipeline..",
                        "dev.tarjama.internal.llm..",
                        "dev.tarjama.internal.run..",
                        "dev.tarjama.internal.store..",
                        "dev.tarjama.internal.watch..",
                        "dev.tarjama.internal.source..",
                        "dev.tarjama.internal.extract..",
                        "dev.tarjama.internal.article..",
                        "dev.tarjama.internal.render..",
                        "dev.tarjama.internal.publish..",
                        "dev.tarjama.internal.edit..",
                        "dev.tarjama.internal.check..",
                        "dev.tarjama.internal.glossary..",
                        "dev.tarjama.internal.prompt..")
                .because("it parses, fills the options, calls the API, prints and maps failures to exit codes; it "
                        + "reads the configuration files, probes backends and manages local models through their own "
                        + "packages (config, http, local)")
                .check(TARJAMA);
    }

    @Test
    void nothingInsideReachesUpIntoTheApiOrTheCommandLine() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.tarjama.internal..", "dev.tarjama.model..")
                .or()
                .resideInAPackage("dev.tarjama")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.tarjama.api..", "dev.tarjama.cli..")
                .check(TARJAMA);
        noClasses()
                .that()
                .resideInAnyPackage(
                        "dev.tarjama.internal.pipeline..",
                        "dev.tarjama.internal.llm..",
                        "dev.tarjama.internal.check..",
                        "dev.tarjama.internal.render..",
                        "dev.tarjama.internal.article..",
                        "dev.tarjama.internal.store..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.tarjama.internal.run..")
                .check(TARJAMA);
        noClasses()
                .that()
                .resideInAnyPackage(
                        "dev.tarjama.internal.check..",
                        "dev.tarjama.internal.render..",
                        "dev.tarjama.internal.article..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.tarjama.internal.llm..", "dev.tarjama.internal.pipeline..")
                .check(TARJAMA);
    }

    @Test
    void readingIsInOnePlaceSourceOverArticleAndExtract() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.tarjama.internal.article..", "dev.tarjama.internal.extract..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.tarjama.internal.source..",
                        "dev.tarjama.internal.http..",
                        "dev.tarjama.internal.pipeline..",
                        "dev.tarjama.internal.llm..",
                        "dev.tarjama.internal.render..",
                        "dev.tarjama.internal.store..",
                        "okhttp3..")
                .because("building an article and extracting a page work on text already in hand; resolving, "
                        + "fetching, expanding and settling files is the source package's job")
                .check(TARJAMA);
        noClasses()
                .that()
                .resideInAnyPackage(
                        "dev.tarjama.internal.pipeline..",
                        "dev.tarjama.internal.check..",
                        "dev.tarjama.internal.render..",
                        "dev.tarjama.internal.llm..",
                        "dev.tarjama.internal.watch..",
                        "dev.tarjama.internal.store..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.tarjama.internal.source.ArticleLoader",
                        "dev.tarjama.internal.extract..",
                        "dev.tarjama.internal.article..")
                .because("they take articles; where they came from is behind them")
                .check(TARJAMA);
    }

    @Test
    void anImportNeverReachesAModelOrTheCache() {
        noClasses()
                .that()
                .resideInAPackage("dev.tarjama.internal.edit..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.tarjama.internal.llm..",
                        "dev.tarjama.internal.pipeline..",
                        "dev.tarjama.internal.store..",
                        "dev.tarjama.internal.run..",
                        "dev.tarjama.internal.http..",
                        "dev.tarjama.internal.local..")
                .because(
                        "a person's edits are applied to the record and rendered, with nothing sent and nothing cached")
                .check(TARJAMA);
    }

    @Test
    void noStageTalksHttp() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "dev.tarjama.internal.pipeline..",
                        "dev.tarjama.internal.check..",
                        "dev.tarjama.internal.render..",
                        "dev.tarjama.internal.watch..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("okhttp3..")
                .check(TARJAMA);
    }

    @Test
    void thePublishedApiShowsNoInternalTypeInItsSignatures() {
        List<String> leaks = new ArrayList<>();
        for (JavaClass type : TARJAMA) {
            if (!PUBLISHED.contains(type.getPackageName())
                    || !type.getModifiers().contains(JavaModifier.PUBLIC)) {
                continue;
            }
            Class<?> published = type.reflect();
            if (published.getEnclosingClass() != null && !Modifier.isPublic(published.getModifiers())) {
                continue;
            }
            List<Executable> members = new ArrayList<>(List.of(published.getDeclaredMethods()));
            members.addAll(List.of(published.getDeclaredConstructors()));
            for (Executable member : members) {
                if (!Modifier.isPublic(member.getModifiers()) || member.isSynthetic()) {
                    continue;
                }
                List<Type> shown = new ArrayList<>(List.of(member.getGenericParameterTypes()));
                if (member instanceof Method method) {
                    shown.add(method.getGenericReturnType());
                }
                shown.addAll(List.of(member.getGenericExceptionTypes()));
                for (Type t : shown) {
                    if (t.getTypeName().contains("dev.tarjama.internal.")) {
                        leaks.add(published.getName() + "." + name(member) + ": " + t.getTypeName());
                    }
                }
            }
            for (Field field : published.getDeclaredFields()) {
                if (Modifier.isPublic(field.getModifiers())
                        && field.getGenericType().getTypeName().contains("dev.tarjama.internal.")) {
                    leaks.add(published.getName() + "." + field.getName());
                }
            }
            if (published.isRecord()) {
                for (RecordComponent component : published.getRecordComponents()) {
                    if (component.getGenericType().getTypeName().contains("dev.tarjama.internal.")) {
                        leaks.add(published.getName() + "." + component.getName());
                    }
                }
            }
        }
        assertThat(leaks).as("published signatures that show internal types").isEmpty();
    }

    @Test
    void exitCodesAreTheCommandLinesAndNoWatchRuntimeLivesThere() throws IOException {
        List<String> mentions = new ArrayList<>();
        List<String> watchFiles = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/tarjama"))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                boolean cli = f.startsWith(Path.of("src/main/java/dev/tarjama/cli"));
                if (!cli && text(f).matches("(?s).*(ExitCodes|exitCode|exit code).*")) {
                    mentions.add(f.toString());
                }
                if (cli
                        && f.getFileName().toString().startsWith("Watch")
                        && !f.getFileName().toString().equals("WatchCommand.java")) {
                    watchFiles.add(f.toString());
                }
            });
        }
        assertThat(mentions).as("files outside cli/ that speak of exit codes").isEmpty();
        assertThat(watchFiles).as("the watch's runtime belongs to the library").isEmpty();
    }

    @Test
    void noSourceFileRunsPastThreeHundredAndFiftyLines() throws IOException {
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            tooLong = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> text(f).lines().count() > 350)
                    .map(f -> f + " (" + text(f).lines().count() + " lines)")
                    .toList();
        }
        assertThat(tooLong).as("files to split").isEmpty();
    }

    private static String name(Executable member) {
        return member instanceof Constructor<?> ? "<init>" : member.getName();
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
