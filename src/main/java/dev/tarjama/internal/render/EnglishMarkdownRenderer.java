package dev.tarjama.internal.render;

import dev.tarjama.model.ParagraphKind;
import dev.tarjama.model.TranslatedArticle;
import dev.tarjama.model.TranslatedParagraph;

/** {@code english.md}: the translation alone, as a clean article for a reader who does not want the source. */
final class EnglishMarkdownRenderer extends TextFormat {
    @Override
    public String fileName() {
        return "english.md";
    }

    @Override
    String render(TranslatedArticle article) {
        StringBuilder md = new StringBuilder(16_384);
        md.append("# ").append(Text.markdown(Headline.title(article))).append("\n\n");
        String publication = Headline.publication(article);
        if (!publication.isEmpty()) {
            md.append("_").append(Text.markdown(publication)).append("_\n\n");
        }
        String link = Headline.link(article);
        if (link != null) {
            md.append("<").append(link.replace(">", "%3E").replace(" ", "%20")).append(">\n\n");
        }
        for (TranslatedParagraph p : EnglishText.body(article)) {
            if (!p.isOk()) {
                md.append("_").append(Text.markdown(EnglishText.missing(p))).append("_\n\n");
            } else if (p.source().kind() == ParagraphKind.BODY) {
                md.append(Text.markdown(p.translation())).append("\n\n");
            } else {
                md.append("## ").append(Text.markdown(p.translation())).append("\n\n");
            }
        }
        String flagged = EnglishText.flaggedNote(article);
        md.append("---\n\n");
        if (!flagged.isEmpty()) {
            md.append("_").append(Text.markdown(flagged)).append("_\n\n");
        }
        md.append("_").append(Text.markdown(Headline.provenance(article))).append("_\n");
        return md.toString();
    }
}
