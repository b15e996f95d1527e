package dev.tarjama.model;

import com.ibm.icu.util.ULocale;

/** What tarjama says about a language code, from ICU's locale data: its English name and its writing direction. */
public final class Languages {
    private Languages() {}

    /** "ar" → "Arabic"; {@code fallback} when ICU knows no name for the code. */
    public static String englishName(String code, String fallback) {
        String name = new ULocale(code).getDisplayLanguage(ULocale.ENGLISH);
        return name.isBlank() || name.equalsIgnoreCase(code) ? fallback : name;
    }

    /** {@code rtl} for right-to-left languages (Arabic, Hebrew, Persian, Urdu…), else {@code ltr}. */
    public static String direction(String code) {
        return new ULocale(code).isRightToLeft() ? "rtl" : "ltr";
    }
}
