package dev.tarjama.internal.render;

/** The bilingual page's style sheet: two columns, right-to-left where the text is, a phone layout, print. */
final class HtmlStyle {
    static final String CSS = """
            :root { --ink: #1b1b1b; --muted: #5f6368; --rule: #e2e2e2; --warn: #a23b00; --warn-bg: #fff4e5; }
            * { box-sizing: border-box; }
            body { margin: 0 auto; max-width: 78rem; padding: 1.5rem; color: var(--ink);
                   font: 1rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
            header h1 { font-size: 1.6rem; line-height: 1.3; margin: 0 0 .4rem; }
            .meta { color: var(--muted); font-size: .85rem; margin: 0 0 1.5rem; }
            .row { display: grid; grid-template-columns: 1fr 1fr; gap: 2rem; padding: .9rem 0;
                   border-top: 1px solid var(--rule); break-inside: avoid; }
            .cell p { margin: 0; }
            .cell[dir="rtl"], .original[dir="rtl"] {
                               font-family: "Amiri", "Noto Naskh Arabic", "Geeza Pro", serif; }
            .cell[dir="rtl"] { font-size: 1.2rem; line-height: 1.8; text-align: start; }
            .title .cell p[role="heading"] { font-size: 1.3rem; font-weight: 700; line-height: 1.4; }
            .heading .cell p[role="heading"] { font-size: 1.1rem; font-weight: 700; }
            .summary { color: var(--muted); font-size: .85rem; margin-top: .4rem !important; }
            .summary::before { content: "Summary: "; font-weight: 600; }
            .id { color: var(--muted); font-size: .75rem; text-decoration: none; float: inline-end; }
            .failed { background: var(--warn-bg); border-inline-start: 4px solid var(--warn); padding: .5rem .75rem; }
            .flag { color: var(--warn); font-weight: 600; font-size: .85rem; display: block; margin-bottom: .3rem; }
            .flagged .translation { border-inline-start: 4px solid var(--warn); padding-inline-start: .75rem; }
            .check { color: var(--warn); font-size: .85rem; margin-top: .4rem !important; }
            .edited { color: var(--muted); font-size: .85rem; margin-top: .4rem !important; }
            .glossary { margin-top: 2rem; border-top: 1px solid var(--rule); padding-top: 1rem; font-size: .9rem; }
            .glossary table { border-collapse: collapse; }
            .glossary td, .glossary th { padding: .2rem .8rem .2rem 0; text-align: start; }
            nav.links { font-size: .85rem; margin: -1rem 0 1.5rem; }
            nav.links a { margin-inline-end: 1rem; }
            .original { color: var(--muted); font-size: 1.05rem; margin: 0 0 .4rem; }
            .brief { background: #f6f8fa; border-radius: .5rem; padding: 1rem 1.25rem; margin: 0 0 1.5rem; }
            .brief h2 { font-size: 1.15rem; margin: 0 0 .5rem; }
            .brief h3 { font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted);
                        margin: .8rem 0 0; }
            .entities bdi { font-family: "Amiri", "Noto Naskh Arabic", "Geeza Pro", serif; }
            .brief ul { margin: .4rem 0; padding-inline-start: 1.2rem; }
            .brief .cite { color: var(--muted); font-size: .8rem; text-decoration: none; }
            .brief .warn { color: var(--warn); font-size: .85rem; }
            @media (max-width: 44rem) {
              body { padding: 1rem; }
              .row { grid-template-columns: 1fr; gap: .6rem; }
            }
            @media print {
              body { max-width: none; padding: 0; font-size: 10.5pt; }
              .row { gap: 1.2rem; }
              .id { display: none; }
              .failed { background: none; }
              .cell[dir="rtl"] { font-size: 12.5pt; line-height: 1.6; }
              @page { margin: 15mm; }
            }
            """;

    private HtmlStyle() {}
}
