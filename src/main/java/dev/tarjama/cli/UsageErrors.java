package dev.tarjama.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** A command line picocli could not parse, said in one line with what the user probably meant. */
final class UsageErrors {
    /** A name further than this many edits (a swap of neighbours is one) is not what was meant. */
    private static final int MAX_EDITS = 2;

    private UsageErrors() {}

    static String describe(ParameterException error) {
        if (!(error instanceof UnmatchedArgumentException unmatched)
                || unmatched.getUnmatched().isEmpty()) {
            return error.getMessage();
        }
        CommandLine command = error.getCommandLine();
        String typed = unmatched.getUnmatched().get(0);
        String name = typed.contains("=") && typed.startsWith("-") ? typed.substring(0, typed.indexOf('=')) : typed;
        List<String> candidates = new ArrayList<>();
        String what;
        if (name.startsWith("-")) {
            what = "unknown option '" + name + "'";
            command.getCommandSpec().options().forEach(o -> candidates.addAll(List.of(o.names())));
        } else if (!command.getSubcommands().isEmpty()) {
            what = "unknown command '" + name + "'";
            candidates.addAll(command.getSubcommands().keySet());
        } else {
            return "unexpected argument '" + name + "'";
        }
        List<String> meant = closest(name, candidates);
        return meant.isEmpty()
                ? what
                : what + "; did you mean "
                        + meant.stream().map(s -> "'" + s + "'").collect(Collectors.joining(" or ")) + "?";
    }

    /** The candidates fewest edits away from {@code typed}, if any is near enough to be a slip. */
    static List<String> closest(String typed, List<String> candidates) {
        int limit =
                Math.min(MAX_EDITS, Math.max(1, typed.replaceFirst("^-+", "").length() / 3));
        int best = candidates.stream().mapToInt(c -> edits(typed, c)).min().orElse(Integer.MAX_VALUE);
        if (best > limit) {
            return List.of();
        }
        return candidates.stream()
                .filter(c -> edits(typed, c) == best)
                .distinct()
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    /** Edits between two names: insertions, deletions, substitutions and swaps of neighbours (optimal string alignment). */
    static int edits(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
