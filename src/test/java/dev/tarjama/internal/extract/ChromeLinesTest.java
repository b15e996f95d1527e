package dev.tarjama.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The lines that are a page's furniture wherever they stand, and the article lines that merely look like them. */
class ChromeLinesTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Read more",
                "Seite teilen",
                "Möchten Sie den Artikel teilen?",
                "Den Artikel mit anderen teilen/diskutieren:",
                "شارك هذا المقال على فيسبوك",
                "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.",
                "2 months ago",
                "Updated 3 hours ago",
                "vor 3 Tagen",
                "il y a 2 jours",
                "hace 5 minutos",
                "منذ ساعتين",
                "قبل 5 دقائق",
                "This post contains affiliate links. We may earn a commission.",
                "*Affiliate-Link: Wir erhalten eine Provision.",
                "Abonnez-vous à notre newsletter pour ne rien manquer.",
                "Weitere Artikel zum Thema",
                "Weitere Infos unter www.example.de.",
                "Mehr zum Thema auf Example.de",
                "Neueste Artikel",
                "meist-diskutiert",
                "Vorschau auf den nächsten Artikel",
                "Das Thema könnte dich auch interessieren:",
                "(Alle Angaben ohne Gewähr)",
                "Kommentare insgesamt: 0",
                "- Anzeige-",
                "ANZEIGE - Heute mal ausgehen? Wie wäre es mit:",
                "13 Besucher sind online (8 Besucher halten sich im Bereich News auf.)",
                "By Jane Doe Feb 8, 2020 5 min read",
                "21 minutes - 4312 words",
                "Aktualisiert am 17.01.2021",
                "Abbildung 8: Vorgehensweise für grosse Ereignisse",
                "January 13, 2020 at 08:45 AM | categories: Python, Mercurial | View Comments",
                "Verfasst von: redaktion | 31. Dezember 2008",
                "2021-10-16 | Botschaft",
                "Aufrufe: 1120 | Hinzugefügt von: Posh | Tags: Denken, Bilder | Rating: 0.0/0",
                "Kommentarfeed | Kommentare geschlossen | Trackback-URL",
                "Bitte halten Sie sich an unsere Netiquette.",
                "We want to hear what you think about this article.",
                "For the latest stories and breaking news updates download our apps for iOS and Android.",
                "Stay up-to-date on our work.",
                "You might also like",
                "Most read stories",
                "Share on Facebook",
                "Filed under: Politics, Economy",
                "Les plus lus",
                "Lo más leído",
                "قد يعجبك أيضاً",
                "شارك على فيسبوك",
                "اقرأ أيضاً",
                "الخميس، 8 يناير 2026 08:45 ص"
            })
    void furnitureIsChrome(String line) {
        assertThat(ChromeLines.isChrome(line)).as(line).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The company's affiliate in Cairo confirmed the sale two months ago.",
                "Il y a deux ans, la ville avait déjà fermé la piscine pour des travaux.",
                "منذ ساعتين والمحتجون يتجمعون أمام مبنى البرلمان في وسط العاصمة.",
                "Les abonnements seront prolongés d'une semaine.",
                "الدولار الأمريكي 3.7450 3.7550",
                "Wir wollen unsere Erfahrungen mit Ihnen teilen und diskutieren, was daraus folgt.",
                "Registrieren Sie sich jetzt und machen Sie mit: Bewerten Sie Ihre Lieblingsmarken auf Foren und Blogs.",
                "Die App ist für iOS und Android verfügbar und kostet nichts.",
                "The app is available for iOS and Android.",
                "Tore: Müller (12.), Kane (45.) | Zuschauer: 75.000",
                "Berlin | Der Bundestag hat am Donnerstag ein Gesetz beschlossen, das die Mieten begrenzt.",
                "Weitere Informationen wollte das Ministerium nicht geben, und der Minister schwieg.",
                "Die Anzeige gegen den Bürgermeister wurde am Montag eingereicht.",
                "إعلان: وزارة الصحة تفتتح مستشفى جديداً في المدينة",
                "وقال الوزير إن الحكومة ستعلن عن خطة جديدة الأسبوع المقبل.",
                "شارك آلاف المتظاهرين في المسيرة يوم الجمعة",
                "Most read stories were about the election, the editor said."
            })
    void articleLinesStay(String line) {
        assertThat(ChromeLines.isChrome(line)).as(line).isFalse();
    }

    @org.junit.jupiter.api.Test
    void aPointerToAnotherArticleIsFurnitureInAnyLanguage() {
        assertThat(ChromeLines.isChrome("اقرأ أيضاً: وزير الخارجية يلتقي نظيره الفرنسي في باريس"))
                .isTrue();
        assertThat(ChromeLines.isChrome("اقرأ أيضا - ارتفاع أسعار الذهب في الأسواق المحلية"))
                .isTrue();
        assertThat(ChromeLines.isChrome("Read also: Minister meets his French counterpart in Paris"))
                .isTrue();
        assertThat(ChromeLines.isChrome("Lire aussi : le ministre rencontre son homologue français"))
                .isTrue();
    }

    @org.junit.jupiter.api.Test
    void aStorySentenceThatStartsLikeAPointerIsNot() {
        assertThat(ChromeLines.isChrome("Related talks will continue tomorrow in Paris, the minister said."))
                .isFalse();
        assertThat(ChromeLines.isChrome("Read more about it in the report, which the ministry published on Monday,"
                        + " and which runs to three hundred pages of tables, figures and interviews with officials"
                        + " from every region of the country, as well as an appendix on the methodology the"
                        + " authors followed."))
                .isFalse();
    }
}
