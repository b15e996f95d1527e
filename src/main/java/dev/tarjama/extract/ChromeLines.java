package dev.tarjama.extract;

import java.util.regex.Pattern;

/**
 * Short lines that are a page's furniture wherever they stand: "Read more", "Related", "Share", "Advertisement", a
 * bare date or reading time, a copyright line. They sit inside article containers, so no class name gives them away;
 * their words do. Kept to phrases no sentence of an article is made of.
 */
final class ChromeLines {
    private static final int SHORT = 60;
    private static final Pattern LABEL = Pattern.compile("(?iu)(?:"
            // English
            + "read (?:more|also|next|further)|related(?: (?:articles?|stories|posts|coverage|content|topics))?"
            + "|more (?:on this|stories|from|news|about)[^.!?]*|see also|you may also like|recommended"
            + "|explore further|share(?: this)?(?: article| story| post)?|print|advertisement|sponsored"
            + "|comments?|leave a (?:comment|reply)|follow us[^.!?]*|subscribe[^.!?]*|sign up[^.!?]*"
            + "|table of contents|contents|topics|tags|about the author|was this (?:article )?helpful\\??"
            + "|\\d+ min(?:ute)?s?(?: read)?|updated|published|last (?:updated|modified)"
            // German
            + "|mehr zum thema|mehr themen|weitere informationen|weitere infos|lesen sie auch|auch interessant"
            + "|das könnte sie auch interessieren|ähnliche beiträge|weiterlesen|zum weiterlesen|anzeige"
            + "|werbung|teilen|drucken|themen(?: im artikel)?|kontakt|quelle|quellenangaben|über den autor"
            + "|inhaltsverzeichnis|bild anzeigen|zum shop|aktualisiert am|letzte änderung|kommentare?"
            + "|war (?:der|dieser) artikel (?:nützlich|hilfreich)\\??|fanden sie diesen artikel nützlich\\??"
            + "|lust auf mehr\\??|top themen(?: der redaktion)?|beitragsbild"
            // French, Spanish, Portuguese, Italian, Polish
            + "|lire aussi|à lire aussi|voir aussi|sur le même sujet|publicité|partager|imprimer"
            + "|lee también|leer más|ver también|publicidad|compartir|imprimir|relacionad[oa]s?"
            + "|leia também|veja também|publicidade|compartilhe|leggi anche|pubblicità|condividi"
            + "|zobacz (?:też|także|również)|czytaj (?:też|także|więcej)|reklama|udostępnij|drukuj"
            // Arabic
            + "|اقرأ أيضا|اقرأ أيضاً|اقرأ ايضا|اقرأ المزيد|الأكثر قراءة|الأكثر مشاهدة|مواضيع ذات صلة"
            + "|أخبار ذات صلة|مقالات ذات صلة|شارك|شارك المقال|مشاركة|طباعة|إعلان|اعلان|تابعونا[^.!؟]*"
            + "|اشترك[^.!؟]*|التعليقات|تعليقات|الوسوم|كلمات مفتاحية|آخر تحديث)"
            + "\\s*[:.!?؟»›>…-]*\\s*");
    /** A date, a time or both, and nothing else: "23.10.2018", "27/01/2022 14:30", "3:59 PM". */
    private static final Pattern DATE_ONLY = Pattern.compile(
            "(?iu)[\\p{L}\\s,.:|-]{0,20}?(?:\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4})?\\s*(?:[-|,]?\\s*\\d{1,2}:\\d{2}(?::\\d{2})?"
                    + "\\s*(?:am|pm|uhr|h)?)?\\s*");
    /** Calls to subscribe, follow, log in or comment, and rights notices: a sentence or two, never the story. */
    private static final int PROMPT = 250;

    private static final Pattern CALL_TO_ACTION =
            Pattern.compile("(?iu).*(?:\\bsubscri(?:be|ption|ber)|newsletter|\\bsign up\\b|follow us|follow (?:the|@)"
                    + "|all rights reserved|abonn(?:ieren|ement|ez|iere)|\\beinloggen"
                    + "|alle rechte vorbehalten|kommentar (?:schreiben|verfassen)|werbelink|provisions?-?link"
                    + "|\\bsuscr[ií]b|hazte (?:miembro|socio)|newslettera?|اشترك|تابعونا|جميع الحقوق محفوظة).*");
    /** Picture credits and source lines: "Foto: dpa", "(Photo: Getty)", "Quelle: Landesregierung", "© AFP". */
    private static final int CREDIT = 150;

    private static final Pattern CREDIT_LINE = Pattern.compile(
            "(?iu).*(?:\\b(?:foto|fotos|photo|photos|bild|bilder|credits?|crédits? photos?|quelle|image|grafik|abbildung)"
                    + "\\s*:|©).*");
    /** Words a dateline is made of besides numbers: days, months, and the marks of morning and evening. */
    private static final java.util.Set<String> DATE_WORDS = java.util.Set.of(
            ("السبت الأحد الاحد الاثنين الإثنين الثلاثاء الأربعاء الاربعاء الخميس الجمعة يناير فبراير مارس"
                            + " أبريل ابريل مايو يونيو يوليو أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر كانون شباط آذار"
                            + " نيسان أيار حزيران تموز آب أيلول تشرين الأول الثاني جانفي فيفري أفريل ماي جوان جويلية أوت ص م"
                            + " صباحا صباحاً مساء مساءً الساعة منذ ساعة ساعات دقيقة دقائق يوم أيام نشر في بتاريخ آخر تحديث"
                            + " monday tuesday wednesday thursday friday saturday sunday january february march april may june"
                            + " july august september october november december jan feb mar apr jun jul aug sep sept oct nov"
                            + " dec am pm gmt utc at on updated published montag dienstag mittwoch donnerstag freitag samstag"
                            + " sonntag januar februar märz mai juni juli oktober dezember uhr um stand lundi mardi mercredi"
                            + " jeudi vendredi samedi dimanche janvier février mars avril juin juillet août septembre octobre"
                            + " novembre décembre le à h de del lunes martes miércoles jueves viernes sábado domingo enero"
                            + " febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre")
                    .split(" "));

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final Pattern HAS_DIGIT = Pattern.compile("\\d");
    private static final Pattern COPYRIGHT =
            Pattern.compile("(?iu)^(?:©|\\(c\\)|copyright\\b).*|.*all rights reserved\\.?");

    private ChromeLines() {}

    /** A line of numbers and date words only: "الخميس، 8 يناير 2026 08:45 ص", "Updated 3 March 2026, 14:05". */
    private static boolean isDateline(String line) {
        java.util.regex.Matcher word = TOKEN.matcher(line.toLowerCase(java.util.Locale.ROOT));
        while (word.find()) {
            if (!DATE_WORDS.contains(word.group())) {
                return false;
            }
        }
        return true;
    }

    static boolean isChrome(String line) {
        if (line.length() <= PROMPT && CALL_TO_ACTION.matcher(line).matches()
                || line.length() <= CREDIT && CREDIT_LINE.matcher(line).matches()) {
            return true;
        }
        if (line.length() > SHORT) {
            return false;
        }
        return LABEL.matcher(line).matches()
                || HAS_DIGIT.matcher(line).find() && (DATE_ONLY.matcher(line).matches() || isDateline(line))
                || COPYRIGHT.matcher(line).matches();
    }
}
