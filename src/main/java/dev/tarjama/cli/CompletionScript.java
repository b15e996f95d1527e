package dev.tarjama.cli;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * picocli's bash completion, made to complete what tarjama's commands take: picocli completes files only for
 * arguments typed as files, but an input is a file, a folder, an address or "-", so it is declared a string; and a
 * few options name files while being read as text. This completes file and folder names there.
 */
final class CompletionScript {
    /** The commands whose arguments are files or folders (an address is typed, not completed). */
    private static final List<String> FILE_ARGUMENTS = List.of("translate", "extract", "import");
    /** Options that take a file or folder but are not declared as one. */
    private static final List<String> FILE_OPTIONS = List.of("--glossary", "--prompts", "--config", "--lexicon");

    private static final String FILES = """
                local IFS=$'\\n'
                type compopt &>/dev/null && compopt -o filenames
                COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files and folders
            """;

    private CompletionScript() {}

    static String bash(String picocli) {
        String script = picocli;
        for (String command : FILE_ARGUMENTS) {
            script = inFunction(script, "_picocli_tarjama_" + command, body -> body.replace("""
                        local positionals=""
                        local IFS=$'\\n'
                        COMPREPLY=( $(compgen -W "${commands// /$'\\n'}${IFS}${positionals}" -- "${curr_word}") )
                    """, FILES));
        }
        for (String option : FILE_OPTIONS) {
            script = script.replace(
                    "    '" + option + "')\n      return\n      ;;\n",
                    "    '" + option + "')\n" + FILES.replace("    ", "  ").indent(2) + "      return $?\n      ;;\n");
        }
        return script;
    }

    private static String inFunction(String script, String function, java.util.function.UnaryOperator<String> edit) {
        Matcher m = Pattern.compile("(?ms)^function " + Pattern.quote(function) + "\\(\\) \\{\\n.*?^\\}\\n")
                .matcher(script);
        if (!m.find()) {
            return script;
        }
        return script.substring(0, m.start()) + edit.apply(m.group()) + script.substring(m.end());
    }
}
