package dev.tarjama.testing;

/** An RSS feed of Arabic items on a {@link FakeSite}, as the watch tests serve it. */
public final class RssFixture {
    private RssFixture() {}

    /** Three short Arabic news paragraphs, one per item: a summit in Riyadh, a metro line in Doha, a festival in Tunis. */
    public static String[] bodies() {
        return new String[] {
            "افتتحت القمة الاقتصادية في الرياض اليوم بمشاركة واسعة من رجال الأعمال والمستثمرين من أنحاء العالم.",
            "افتتح الخط الجديد من مترو الدوحة أمام الركاب صباح اليوم بعد سنوات من أعمال البناء المتواصلة.",
            "انطلقت في تونس فعاليات مهرجان الشعر العربي بمشاركة شعراء من خمس عشرة دولة عربية وأجنبية."
        };
    }

    /**
     * Item {@code i} has the title "خبر i", the link /story/i, the GUID urn:story:i and {@code bodies[i]} as its
     * content — except item {@code linkOnly} (if any), which has only its link.
     */
    public static String rss(FakeSite site, String[] bodies, int linkOnly) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < bodies.length; i++) {
            items.append("<item><title>خبر ")
                    .append(i)
                    .append("</title><link>")
                    .append(site.url("/story/" + i))
                    .append("</link><guid>urn:story:")
                    .append(i)
                    .append("</guid><pubDate>Sun, 29 Nov 2026 0")
                    .append(i % 10)
                    .append(":00:00 GMT</pubDate>");
            if (i != linkOnly) {
                items.append("<content:encoded><![CDATA[<p>").append(bodies[i]).append("</p>]]></content:encoded>");
            }
            items.append("</item>");
        }
        return "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0' xmlns:content="
                + "'http://purl.org/rss/1.0/modules/content/'><channel><title>أخبار</title><link>" + site.url("/")
                + "</link><description>d</description>" + items + "</channel></rss>";
    }
}
