package dev.tarjama.internal.extract;

import java.util.regex.Pattern;

/**
 * Short lines that are a page's furniture wherever they stand: "Read more", "Related", "Share", "Advertisement", a
 * bare date or reading time, a copyright line. They sit inside article containers, so no class name gives them away;
 * their words do. Kept to phrases no sentence of an article is made of.
 */
final class ChromeLines {
    private static final int SHORT = 60;
    private static final Pattern LABEL = Pattern.compile("(?iu)[-–—•*\\s]*(?:"
            // English
            + "read (?:more|also|next|further)|related(?: (?:articles?|stories|posts|coverage|content|topics))?"
            + "|more (?:on this|stories|from|news|about)[^.!?]*|see also|you may also like|recommended"
            + "|explore further|share(?: this)?(?: article| story| post)?|print|advertisement|sponsored"
            + "|comments?|leave a (?:comment|reply)|follow us[^.!?]*|subscribe[^.!?]*|sign up[^.!?]*"
            + "|table of contents|contents|topics|tags|about the author|was this (?:article )?helpful\\??"
            + "|\\d+ min(?:ute)?s?(?: read)?(?:\\s*[-–·|]\\s*[\\d,.]+ words)?|updated|published"
            + "|last (?:updated|modified)"
            + "|(?:next|previous) (?:article|post|story)|scroll (?:down )?to read more[^.!?]*|view comments"
            + "|comments (?:are )?closed|you (?:might|may) also (?:like|enjoy)|filed under:?[^.!?]*"
            + "|(?:latest|newest|popular|most popular|most read|trending|top) (?:articles|stories|posts|news)"
            + "|share (?:on|via) (?:facebook|twitter|x|linkedin|whatsapp|telegram|e-?mail)[^.!?]*|click to share[^.!?]*"
            // German
            + "|mehr themen|lesen sie auch|auch interessant"
            + "|das könnte sie auch interessieren|ähnliche beiträge|weiterlesen|zum weiterlesen|anzeige"
            + "|werbung|teilen|drucken|themen(?: im artikel)?|kontakt|quelle|quellenangaben|über den autor"
            + "|inhaltsverzeichnis|bild anzeigen|zum shop|aktualisiert am|letzte änderung|kommentare?"
            + "|war (?:der|dieser) artikel (?:nützlich|hilfreich)\\??|fanden sie diesen artikel nützlich\\??"
            + "|lust auf mehr\\??|top themen(?: der redaktion)?|beitragsbild|mehr zum thema[^!?]*"
            + "|weitere (?:artikel|beiträge|informationen|infos|nachrichten)\\b[^!?]*"
            + "|(?:neueste|aktuelle|kommentierte|beliebteste|meistgelesene|ähnliche) (?:artikel|beiträge|nachrichten)"
            + "|meist-?(?:gelesen|diskutiert|kommentiert)e?"
            + "|(?:vorschau auf den )?(?:nächsten?|vorherigen?) (?:artikel|beitrag)"
            + "|[\\p{L} ]{0,24}könnte (?:dich|sie|euch) auch interessieren|diskutieren sie mit(?: uns)?"
            + "|kommentare geschlossen|kommentarfeed|trackback(?:-url)?"
            + "|\\(?alle angaben ohne gewähr\\)?|(?:kommentare|comments)(?: insgesamt)?:? \\(?\\d+\\)?"
            + "|(?:[\\p{L} ]{0,24}\\b(?:artikel|seite|beitrag|inhalt)\\b[\\p{L} ]{0,16})?teilen(?:/\\p{L}+)?"
            // French, Spanish, Portuguese, Italian, Polish
            + "|lire aussi|à lire aussi|voir aussi|sur le même sujet|publicité|partager|imprimer"
            + "|lee también|leer más|ver también|publicidad|compartir|imprimir|relacionad[oa]s?"
            + "|leia também|veja também|publicidade|compartilhe|leggi anche|pubblicità|condividi"
            + "|zobacz (?:też|także|również)|czytaj (?:też|także|więcej)|reklama|udostępnij|drukuj"
            + "|articles? (?:similaires|récents|populaires)|les plus lus|à lire également|vous aimerez aussi"
            + "|lo más leído|más leíd[oa]s|noticias relacionadas|(?:también )?te puede interesar"
            + "|(?:partager|compartir) (?:sur|en|cet article|este artículo)[^.!?]*"
            // Arabic
            + "|اقرأ أيضا|اقرأ أيضاً|اقرأ ايضا|اقرأ المزيد|الأكثر قراءة|الأكثر مشاهدة|مواضيع ذات صلة"
            + "|أخبار ذات صلة|مقالات ذات صلة|شارك|شارك المقال|مشاركة|طباعة|إعلان|اعلان|تابعونا[^.!؟]*"
            + "|اشترك[^.!؟]*|التعليقات|تعليقات|الوسوم|كلمات مفتاحية|آخر تحديث|قد يعجبك أيضاً?|قد يهمك أيضاً?"
            + "|مواضيع قد تهمك|ذات صلة|أحدث الأخبار|آخر الأخبار|شارك(?: هذا)?(?: المقال| الخبر)? (?:على|عبر)[^.!؟]*)"
            + "\\s*[:.!?؟»›>…-]*\\s*");
    /** A date, a time or both, and nothing else: "23.10.2018", "27/01/2022 14:30", "3:59 PM". */
    private static final Pattern DATE_ONLY = Pattern.compile(
            "(?iu)[\\p{L}\\s,.:|-]{0,20}?(?:\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4})?\\s*(?:[-|,]?\\s*\\d{1,2}:\\d{2}(?::\\d{2})?"
                    + "\\s*(?:am|pm|uhr|h)?)?\\s*");

    private static final String PLACEHOLDER = "lorem ipsum dolor sit amet";

    /** Calls to subscribe, follow, log in or comment, and rights notices: a sentence or two, never the story. */
    private static final int PROMPT = 250;

    private static final Pattern CALL_TO_ACTION =
            Pattern.compile("(?iu)(?:\\bsubscri(?:be|ption|ber)|newsletter|\\bsign up\\b|follow us|follow (?:the|@)"
                    + "|all rights reserved|abonn(?:ieren|ez|iere)\\b|\\beinloggen"
                    + "|alle rechte vorbehalten|kommentare? (?:zu )?(?:schreiben|verfassen)|werbelink|provisions?-?link"
                    + "|netiquette|stay up[- ]to[- ]date|letters? to the editor"
                    + "|(?:tell us|hear) what you think|\\blatest (?:news|stories)\\b.*\\bapps?\\b"
                    + "|\\bsuscr[ií]b|hazte (?:miembro|socio)|newslettera?|اشترك|تابعونا|جميع الحقوق محفوظة"
                    // affiliate disclosures: "This post contains affiliate links", "*Affiliate-Link", "Als
                    // Amazon-Partner…"
                    + "|\\baffiliate[- ]links?\\b|contains affiliate|affiliate disclosure|als amazon-partner"
                    + "|liens? d'affiliation|enlaces? de afiliad[oa]s?)");
    /**
     * A time said relative to now and nothing else: "2 months ago", "vor 3 Tagen", "il y a 2 jours", "hace 3 días",
     * "منذ ساعتين", "قبل 5 دقائق" — a post's age under its byline or a comment's, never a sentence of the story.
     */
    private static final Pattern RELATIVE_TIME = Pattern.compile("(?iu)[\\p{L} :|•·-]{0,20}?(?:"
            + "(?:\\d+|an?|one) (?:second|minute|min|hour|hr|day|week|month|year)s? ago"
            + "|vor (?:\\d+|einer?|einem) (?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)"
            + "|il y a (?:\\d+|une?) (?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)"
            + "|hace (?:\\d+|una?) (?:segundos?|minutos?|horas?|días?|semanas?|mes(?:es)?|años?)"
            + "|há (?:\\d+|uma?) (?:segundos?|minutos?|horas?|dias?|semanas?|mes(?:es)?|anos?)"
            + "|(?:منذ|قبل) (?:\\d+ )?(?:ثانية|ثوان|دقيقة|دقيقتين|دقائق|ساعة|ساعتين|ساعات|يوم|يومين|أيام|أسبوع|أسبوعين"
            + "|أسابيع|شهر|شهرين|أشهر|سنة|سنتين|سنوات))\\s*");
    /** Picture credits and source lines: "Foto: dpa", "(Photo: Getty)", "Quelle: Landesregierung", "© AFP". */
    private static final int CREDIT = 150;

    private static final Pattern CREDIT_LINE = Pattern.compile(
            "(?iu)(?:\\b(?:foto|fotos|photo|photos|bild|bilder|credits?|crédits? photos?|quelle|image|grafik|abbildung"
                    + "|beitragsbild)(?:\\s*\\d{1,3})?\\s*:|©)");
    /** A line that opens by saying it is an advertisement: "ANZEIGE - Heute mal ausgehen?", "Advertisement: …". */
    private static final Pattern AD_LINE =
            Pattern.compile("(?iu)[-–—\\s]*(?:anzeige|werbung|advertisement|sponsored|publicidad)\\s*[-–:|].*");
    /** The counters of a forum or a blog engine: "13 Besucher sind online", a reading time closing a byline. */
    private static final Pattern COUNTER = Pattern.compile(
            "(?iu)\\d+ (?:besucher|gäste|visitors|users|guests)(?: sind| are)? online\\b.*|.*\\b\\d+ min(?:ute)?s? read");
    /** The separators of a line of furniture: "12.1.2020 | Kategorie: Politik | 3 Kommentare". */
    private static final Pattern BAR = Pattern.compile("\\s+[|·•]\\s+");
    /** One "key: value" item of such a line: "Aufrufe: 1120", "categories: Python, Mercurial". */
    private static final Pattern KEY_VALUE = Pattern.compile("(?iu)\\p{L}[\\p{L} -]{1,24}:\\s*[^.!?]{1,60}");

    /** A short item of such a line beside a date, not a sentence: a category, a name. */
    private static final Pattern BARE_ITEM = Pattern.compile("[^.!?]{1,24}+(?<![.!?])");

    private static final int FURNITURE_ROW = 160;

    /** Words a dateline is made of besides numbers: days, months, and the marks of morning and evening. */
    private static final java.util.Set<String> DATE_WORDS = java.util.Set.of(
            ("السبت الأحد الاحد الاثنين الإثنين الثلاثاء الأربعاء الاربعاء الخميس الجمعة يناير فبراير مارس"
                            + " أبريل ابريل مايو يونيو يوليو أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر كانون شباط آذار"
                            + " نيسان أيار حزيران تموز آب أيلول تشرين الأول الثاني جانفي فيفري أفريل ماي جوان جويلية أوت ص م"
                            + " صباحا صباحاً مساء مساءً الساعة منذ ساعة ساعات دقيقة دقائق يوم أيام نشر في بتاريخ آخر تحديث"
                            + " monday tuesday wednesday thursday friday saturday sunday january february march april may june"
                            + " july august september october november december jan feb mar apr jun jul aug sep sept oct nov"
                            + " dec am pm gmt utc at on updated published montag dienstag mittwoch donnerstag freitag samstag"
                            + " sonntag januar februar märz mai juni juli oktober dezember uhr um stand aktualisiert veröffentlicht"
                            + " erstellt geändert zuletzt lundi mardi mercredi"
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

    /**
     * A pointer to another article on a line of its own, "اقرأ أيضاً: …", "Read also: …": the label, a colon or a dash,
     * then that article's title. Feeds carry these inside an item's content, where no page structure sets them apart.
     */
    private static final Pattern READ_ALSO = Pattern.compile("(?iu)(?:read (?:also|more)|see also|related|also read"
            + "|lire aussi|à lire aussi|voir aussi|lee también|ver también|leia também|veja também|leggi anche"
            + "|lesen sie auch|auch interessant|zobacz też|czytaj też"
            + "|اقرأ أيضا|اقرأ أيضاً|اقرأ ايضا|اقرأ ايضاً|اقرأ المزيد|إقرأ أيضا|إقرأ أيضاً|شاهد أيضا|شاهد أيضاً"
            + "|طالع أيضا|طالع أيضاً|اقرأ كذلك|ذات صلة)\\s*[:：\\-–—|]\\s*\\S.{0,150}");

    /** A template's filler text ("Lorem ipsum dolor sit amet, …"): never anyone's article. */
    static boolean isPlaceholder(String line) {
        return line.regionMatches(true, 0, PLACEHOLDER, 0, PLACEHOLDER.length());
    }

    static boolean isChrome(String line) {
        if (isPlaceholder(line)) {
            return true;
        }
        if (line.length() <= 180 && READ_ALSO.matcher(line).matches()) {
            return true;
        }
        if (line.length() <= PROMPT && CALL_TO_ACTION.matcher(line).find()
                || line.length() <= CREDIT && CREDIT_LINE.matcher(line).find()) {
            return true;
        }
        if (line.length() <= 100
                        && (AD_LINE.matcher(line).matches()
                                || COUNTER.matcher(line).matches())
                || isFurnitureRow(line)) {
            return true;
        }
        if (line.length() > SHORT) {
            return false;
        }
        return LABEL.matcher(line).matches()
                || RELATIVE_TIME.matcher(line).matches()
                || isDate(line)
                || COPYRIGHT.matcher(line).matches();
    }

    private static boolean isDate(String part) {
        return HAS_DIGIT.matcher(part).find() && (DATE_ONLY.matcher(part).matches() || isDateline(part));
    }

    /**
     * A row of a post's furniture: items set apart by bars, each a label, a date or a "key: value", with at least one
     * label or date (or three keyed items) — and, beside a date, a category or a name of a few words.
     */
    private static boolean isFurnitureRow(String line) {
        if (line.length() > FURNITURE_ROW) {
            return false;
        }
        String[] parts = BAR.split(line.strip());
        if (parts.length < 2) {
            return false;
        }
        boolean dated = false;
        boolean labelled = false;
        int keyed = 0;
        int bare = 0;
        for (String part : parts) {
            String item = part.strip();
            if (isDate(item)) {
                dated = true;
            } else if (LABEL.matcher(item).matches()) {
                labelled = true;
            } else if (KEY_VALUE.matcher(item).matches()) {
                keyed++;
            } else if (BARE_ITEM.matcher(item).matches() && item.split("\\s+").length <= 3) {
                bare++;
            } else {
                return false;
            }
        }
        return dated || labelled && bare == 0 || keyed >= 3 && bare == 0;
    }
}
