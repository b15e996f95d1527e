package dev.tarjama.internal.check;

import dev.tarjama.model.Flag;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The translation is only a translation: no meta-commentary or refusal from the model, no echo of the prompt's
 * delimiters or placeholders, brackets and quotes balanced where the source's are, and no URL, e-mail address or
 * handle the source does not have (a classic payload of an injected instruction).
 */
public final class HygieneCheck implements ParagraphCheck {
    private static final List<Pattern> COMMENTARY = List.of(
            Pattern.compile(
                    "^\\s*(sure|certainly|of course|okay|ok)[,!.]?\\s+(here|below)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile(
                    "\\bhere(?:'s| is| are) (?:the|my|your|a) (?:english )?translation", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^\\s*(?:english )?translation\\s*:", Pattern.CASE_INSENSITIVE),
            Pattern.compile(
                    "\\bas an ai\\b|\\bas a (?:large )?language model\\b|\\bi(?: am|'m) an ai\\b",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile(
                    "\\bi (?:cannot|can't|can not|am unable to|won't|will not) (?:translate|assist|comply|"
                            + "help with (?:that|this) request|fulfil+ (?:that|this))",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\(?(?:translator's )?note\\s*:", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(?:i hope this helps|let me know if you)\\b", Pattern.CASE_INSENSITIVE));
    private static final Pattern ECHO = Pattern.compile(
            "</?(?:paragraph|title|previous|article|glossary)-[0-9a-f]{6,}>|\\{\\{\\s*\\w+\\s*}}|^=== (?:system|user)",
            Pattern.MULTILINE);
    private static final Pattern LINKS = Pattern.compile(
            // possessive runs that start only where a run starts: linear on a 100,000-letter token
            "https?://\\S++|www\\.\\S++|(?<![\\w.+-])[\\w.+-]++@[\\w-]++\\.[\\w.]++|(?<![\\w@])@\\w{2,}+");
    private static final String[][] PAIRS = {{"(", ")"}, {"[", "]"}, {"{", "}"}, {"«", "»"}, {"“", "”"}};

    @Override
    public String name() {
        return "hygiene";
    }

    @Override
    public boolean appliesTo(CheckInput input) {
        return true;
    }

    @Override
    public List<Flag> check(CheckInput input) {
        String translation = input.translation() == null ? "" : input.translation();
        String source = input.source();
        List<Flag> flags = new ArrayList<>();
        for (Pattern p : COMMENTARY) {
            Matcher m = p.matcher(translation);
            if (m.find()) {
                flags.add(new Flag(
                        name(),
                        "the model commented instead of only translating (\""
                                + m.group().strip() + "\")"));
                break;
            }
        }
        Matcher echo = ECHO.matcher(translation);
        if (echo.find()) {
            flags.add(new Flag(name(), "the translation echoes the prompt (\"" + echo.group() + "\")"));
        }
        Set<String> unbalanced = new LinkedHashSet<>();
        for (String[] pair : PAIRS) {
            if (balanced(source, pair[0], pair[1]) && !balanced(translation, pair[0], pair[1])) {
                unbalanced.add(pair[0] + pair[1]);
            }
        }
        if (count(source, "\"") % 2 == 0 && count(translation, "\"") % 2 != 0) {
            unbalanced.add("\"\"");
        }
        if (!unbalanced.isEmpty()) {
            flags.add(new Flag(name(), "unbalanced " + String.join(" ", unbalanced) + " in the translation"));
        }
        Set<String> newLinks = new LinkedHashSet<>();
        Matcher links = LINKS.matcher(translation);
        String lowerSource = source.toLowerCase(Locale.ROOT);
        while (links.find()) {
            String link = links.group().replaceAll("[.,;:!?)»\"']+$", "");
            if (!lowerSource.contains(link.toLowerCase(Locale.ROOT))) {
                newLinks.add(link);
            }
        }
        if (!newLinks.isEmpty()) {
            flags.add(new Flag(
                    name(), "the translation has links or handles the source lacks: " + String.join(", ", newLinks)));
        }
        return flags;
    }

    private static boolean balanced(String text, String open, String close) {
        return count(text, open) == count(text, close);
    }

    private static int count(String text, String token) {
        int n = 0;
        for (int i = text.indexOf(token); i >= 0; i = text.indexOf(token, i + token.length())) {
            n++;
        }
        return n;
    }
}
