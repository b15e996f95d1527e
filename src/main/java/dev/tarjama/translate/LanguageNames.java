package dev.tarjama.translate;

import com.ibm.icu.util.ULocale;

/** English names of languages for prompts ("ar" → "Arabic"), from ICU's locale data. */
final class LanguageNames {
    private LanguageNames() {
    }

    static String english(String code) {
        String name = new ULocale(code).getDisplayLanguage(ULocale.ENGLISH);
        return name.isBlank() || name.equalsIgnoreCase(code) ? "the source language" : name;
    }
}
