package dev.tarjama.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class NameWordsTest {
    private static final NameWords.WordList CHROME = new NameWords.WordList("nav read-more wp-caption-text");

    @Test
    void aWordMatchesOnlyAsAWholePartOfAName() {
        assertThat(NameWords.of("post-nav").any(CHROME)).isTrue();
        assertThat(NameWords.of("site_nav main").any(CHROME)).isTrue();
        assertThat(NameWords.of("canvas navy nav1").any(CHROME)).isFalse();
    }

    @Test
    void aCompoundMatchesWrittenTogetherOrApart() {
        assertThat(NameWords.of("readmore").any(CHROME)).isTrue();
        assertThat(NameWords.of("box read-more").any(CHROME)).isTrue();
        assertThat(NameWords.of("read_more_link").any(CHROME)).isTrue();
        assertThat(NameWords.of("wp-caption-text").any(CHROME)).isTrue();
        assertThat(NameWords.of("read-the-more").any(CHROME)).isFalse();
        assertThat(NameWords.of("read").any(CHROME)).isFalse();
    }

    @Test
    void aWordFollowedByAControlAfterADashIsExcused() {
        NameWords.WordList overlay = new NameWords.WordList("cookie");
        assertThat(NameWords.of("cookie-banner").anyUnlessFollowedBy(overlay, Set.of("link")))
                .isTrue();
        assertThat(NameWords.of("cookie-link").anyUnlessFollowedBy(overlay, Set.of("link")))
                .isFalse();
        assertThat(NameWords.of("cookie link").anyUnlessFollowedBy(overlay, Set.of("link")))
                .isTrue();
    }

    @Test
    void elementsAreJudgedByTheirWordsAndThePagesLayout() {
        Element widget = element("<div class='elementor-widget elementor-widget-posts'>");
        assertThat(Boilerplate.kind(widget, Set.of())).isEqualTo(Boilerplate.Kind.CHROME);
        assertThat(Boilerplate.kind(widget, Set.of("elementor-widget", "elementor-widget-posts")))
                .isEqualTo(Boilerplate.Kind.UNNAMED);
        assertThat(Boilerplate.kind(element("<div class='comments-area'>"), Set.of()))
                .isEqualTo(Boilerplate.Kind.CHROME);
        assertThat(Boilerplate.mayBeLayout("comments-area")).isFalse();
        assertThat(Boilerplate.mayBeLayout("author-article")).isTrue();
        assertThat(Boilerplate.kind(element("<div class='article-body comments-open'>"), Set.of()))
                .isEqualTo(Boilerplate.Kind.UNNAMED);
        assertThat(Boilerplate.kind(element("<div id='cookie-consent'>"), Set.of()))
                .isEqualTo(Boilerplate.Kind.OVERLAY);
        assertThat(Boilerplate.kind(element("<div class='teaser'>"), Set.of()))
                .isEqualTo(Boilerplate.Kind.PROBABLY_CHROME);
        assertThat(Boilerplate.kind(element("<h2 id='nav_prices'>"), Set.of())).isEqualTo(Boilerplate.Kind.UNNAMED);
        assertThat(Boilerplate.kind(element("<div class='relatedArticles'>"), Set.of()))
                .isEqualTo(Boilerplate.Kind.CHROME);
    }

    private static Element element(String html) {
        return Jsoup.parseBodyFragment(html).body().child(0);
    }
}
