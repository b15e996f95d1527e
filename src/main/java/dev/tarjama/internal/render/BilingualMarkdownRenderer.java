package dev.tarjama.internal.render;

import dev.tarjama.model.TranslatedArticle;
import dev.tarjama.model.TranslatedParagraph;

/** The same alignment as the HTML page in Markdown: for each paragraph, the source quoted, then its translation. */
final class BilingualMarkdownRenderer extends TextFormat {
    @Override
    public String fileName() {
        return "bilingual.md";
    }

    @Override
    String render(TranslatedArticle article) {
        StringBuilder md = new StringBuilder(16_384);
        md.append("# ").append(Text.markdown(Headline.title(article))).append("\n\n");
        md.append("_").append(Text.markdown(Headline.provenance(article))).append("_\n");
        for (TranslatedParagraph p : article.paragraphs()) {
            md.append("\n---\n\n");
            md.append("<a id=\"p")
                    .append(p.index())
                    .append("\"></a>**¶")
                    .append(p.index())
                    .append("** · ")
                    .append(p.source().kind().jsonName())
                    .append("\n\n");
            md.append("> ").append(Text.markdown(p.source().text())).append("\n\n");
            if (p.isOk()) {
                md.append(Text.markdown(p.translation())).append("\n");
                if (p.summary() != null && !p.summary().isBlank()) {
                    md.append("\n_Summary: ").append(Text.markdown(p.summary())).append("_\n");
                }
                for (var flag : p.flags()) {
                    md.append("\n**⚑ Check** ")
                            .append(Text.markdown(flag.toString()))
                            .append("\n");
                }
                if (p.isEdited()) {
                    md.append("\n_").append(EditNote.of(p)).append("_\n");
                }
            } else {
                md.append("**⚠ Not translated:** ")
                        .append(Text.markdown(p.error()))
                        .append("\n");
            }
        }
        return md.toString();
    }
}
