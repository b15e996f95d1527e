package dev.tarjama.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A command's man page in roff, written from the command line users run (its options, descriptions and examples)
 * plus what every page shares: exit status, files, environment. Plain roff, so a synopsis reads as typed.
 */
final class ManPage {
    /** The variables tarjama reads, and what for. */
    private static final List<Map.Entry<String, String>> ENVIRONMENT = List.of(
            Map.entry("OPENAI_API_KEY, ANTHROPIC_API_KEY, GEMINI_API_KEY, GOOGLE_API_KEY", "the providers' keys"),
            Map.entry("OPENAI_BASE_URL, ANTHROPIC_BASE_URL, OLLAMA_HOST", "another server for a provider"),
            Map.entry("XDG_CONFIG_HOME, XDG_CACHE_HOME", "where the user's config file and the answer cache live"),
            Map.entry("TARJAMA_LEXICON", "the addition check's dictionary (a directory or file), or off"),
            Map.entry("TARJAMA_DB", "the shared ledger of watch workers (a postgresql:// address)"),
            Map.entry("TARJAMA_DAEMON", "off: never use a running tarjama daemon"),
            Map.entry("TARJAMA_JAVA_OPTS", "options for the JVM the launcher starts, e.g. -Xmx2g"));

    private static final List<Map.Entry<String, String>> FILES = List.of(
            Map.entry("./tarjama.yaml", "the project's configuration: profiles, prices, glossaries"),
            Map.entry("$XDG_CONFIG_HOME/tarjama/config.yaml", "the user's configuration (else ~/.config/tarjama)"),
            Map.entry("$XDG_CACHE_HOME/tarjama/cache.db", "the answer cache (else ~/.cache/tarjama)"),
            Map.entry("output/", "the default output root: one folder per article, assets/ with the shared font"),
            Map.entry(
                    "/usr/share/dictd/freedict-ara-eng.index", "FreeDict's Arabic-English dictionary, when installed"));

    private final CommandSpec spec;
    private final String version;
    private final String date;

    ManPage(CommandSpec spec, String version, String date) {
        this.spec = spec;
        this.version = version;
        this.date = date;
    }

    /** The page's name: {@code tarjama}, {@code tarjama-translate}, {@code tarjama-models-pull}. */
    static String name(CommandSpec spec) {
        return spec.qualifiedName("-");
    }

    String roff() {
        StringBuilder page = new StringBuilder();
        String name = name(spec);
        page.append(".TH ")
                .append(name.toUpperCase(java.util.Locale.ROOT))
                .append(" 1 \"")
                .append(date)
                .append("\" \"tarjama ")
                .append(escape(version))
                .append("\" \"tarjama manual\"\n");
        page.append(".SH NAME\n")
                .append(escape(name))
                .append(" \\- ")
                .append(escape(firstSentence()))
                .append('\n');
        synopsis(page);
        page.append(".SH DESCRIPTION\n");
        for (String paragraph : spec.usageMessage().description()) {
            page.append(".PP\n").append(escape(paragraph)).append('\n');
        }
        if (!spec.subcommands().isEmpty()) {
            page.append(".SH COMMANDS\n");
            spec.subcommands().forEach((sub, line) -> {
                String[] description = line.getCommandSpec().usageMessage().description();
                page.append(".TP\n\\fB")
                        .append(escape(sub))
                        .append("\\fR\n")
                        .append(escape(description.length == 0 ? "" : description[0]))
                        .append('\n');
            });
        }
        options(page);
        footer(page);
        page.append(".SH EXIT STATUS\n");
        for (Map.Entry<Integer, String> meaning : ExitCodes.MEANINGS) {
            page.append(".TP\n\\fB")
                    .append(meaning.getKey())
                    .append("\\fR\n")
                    .append(escape(meaning.getValue()))
                    .append('\n');
        }
        definitions(page, "FILES", FILES);
        definitions(page, "ENVIRONMENT", ENVIRONMENT);
        page.append(".SH SEE ALSO\n");
        List<String> related = new ArrayList<>();
        CommandSpec root = spec.root();
        if (root != spec) {
            related.add("tarjama(1)");
        }
        root.subcommands().values().stream()
                .map(CommandLine::getCommandSpec)
                .filter(s -> s != spec && !s.name().equals("help"))
                .forEach(s -> related.add(name(s) + "(1)"));
        page.append(escape(String.join(", ", related))).append('\n');
        return page.toString();
    }

    private String firstSentence() {
        String[] description = spec.usageMessage().description();
        return description.length == 0 ? "" : description[0];
    }

    private void synopsis(StringBuilder page) {
        page.append(".SH SYNOPSIS\n.B ").append(escape(spec.qualifiedName(" "))).append('\n');
        if (!spec.options().isEmpty()) {
            page.append("[\\fIOPTIONS\\fR]\n");
        }
        if (!spec.subcommands().isEmpty()) {
            page.append("\\fICOMMAND\\fR [\\fIOPTIONS\\fR]\n");
        }
        for (PositionalParamSpec parameter : spec.positionalParameters()) {
            boolean optional = parameter.arity().min() == 0;
            boolean repeated = parameter.arity().max() > 1;
            page.append(optional ? "[" : "")
                    .append("\\fI")
                    .append(escape(parameter.paramLabel()))
                    .append("\\fR")
                    .append(repeated ? "..." : "")
                    .append(optional ? "]" : "")
                    .append('\n');
        }
    }

    private void options(StringBuilder page) {
        List<PositionalParamSpec> positionals = spec.positionalParameters();
        if (spec.options().isEmpty() && positionals.isEmpty()) {
            return;
        }
        page.append(".SH OPTIONS\n");
        for (PositionalParamSpec parameter : positionals) {
            page.append(".TP\n\\fI")
                    .append(escape(parameter.paramLabel()))
                    .append("\\fR\n")
                    .append(escape(String.join(" ", parameter.description())))
                    .append('\n');
        }
        for (OptionSpec option : spec.options()) {
            if (option.hidden()) {
                continue;
            }
            page.append(".TP\n");
            List<String> names = new ArrayList<>();
            for (String optionName : option.names()) {
                names.add("\\fB" + escape(optionName) + "\\fR");
            }
            page.append(String.join(", ", names));
            if (!option.typeInfo().isBoolean() && option.arity().max() > 0) {
                page.append(" \\fI").append(escape(option.paramLabel())).append("\\fR");
            }
            page.append('\n')
                    .append(escape(String.join(" ", option.description()).replace("%%", "%")))
                    .append('\n');
        }
    }

    /** The help's footer: its examples as EXAMPLES, other notes as NOTES; its exit codes give way to EXIT STATUS. */
    private void footer(StringBuilder page) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String line : spec.usageMessage().footer()) {
            for (String part : line.split("\n", -1)) {
                if (part.isBlank()) {
                    if (!block.isEmpty()) {
                        blocks.add(block);
                        block = new ArrayList<>();
                    }
                } else {
                    block.add(part);
                }
            }
        }
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        List<String> examples = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (List<String> b : blocks) {
            String head = b.get(0).strip();
            if (head.equals("Examples:") || head.equals("Example:")) {
                b.subList(1, b.size()).forEach(l -> examples.add(l.strip()));
            } else if (!head.startsWith("Exit codes")) {
                notes.add(String.join(" ", b.stream().map(String::strip).toList()));
            }
        }
        if (!examples.isEmpty()) {
            page.append(".SH EXAMPLES\n.nf\n");
            examples.forEach(example -> page.append(escape(example)).append('\n'));
            page.append(".fi\n");
        }
        if (!notes.isEmpty()) {
            page.append(".SH NOTES\n");
            notes.forEach(note -> page.append(".PP\n").append(escape(note)).append('\n'));
        }
    }

    private static void definitions(StringBuilder page, String section, List<Map.Entry<String, String>> entries) {
        page.append(".SH ").append(section).append('\n');
        for (Map.Entry<String, String> entry : entries) {
            page.append(".TP\n\\fI")
                    .append(escape(entry.getKey()))
                    .append("\\fR\n")
                    .append(escape(entry.getValue()))
                    .append('\n');
        }
    }

    /** Text as roff prints it: backslashes and hyphens escaped, no line taken for a request. */
    static String escape(String text) {
        String escaped = text.replace("\\", "\\e").replace("-", "\\-");
        StringBuilder out = new StringBuilder(escaped.length());
        for (String line : escaped.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            if (line.startsWith(".") || line.startsWith("'")) {
                out.append("\\&");
            }
            out.append(line);
        }
        return out.toString();
    }
}
