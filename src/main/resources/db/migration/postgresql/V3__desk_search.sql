-- The review desk's full-text index of an output root's paragraphs (tarjama serve --db): one row per paragraph,
-- kept up to date from the folders' records; several roots may share the database, so every row names its root.
CREATE TABLE desk_paragraphs (
    root        TEXT    NOT NULL,
    folder      TEXT    NOT NULL,
    idx         INTEGER NOT NULL,
    source      TEXT    NOT NULL,
    translation TEXT    NOT NULL,
    document    TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', source || ' ' || translation)) STORED,
    PRIMARY KEY (root, folder, idx)
);
CREATE INDEX desk_paragraphs_document ON desk_paragraphs USING GIN (document);

-- Which version of each folder's record the index holds.
CREATE TABLE desk_indexed (
    root     TEXT   NOT NULL,
    folder   TEXT   NOT NULL,
    modified BIGINT NOT NULL,
    size     BIGINT NOT NULL,
    PRIMARY KEY (root, folder)
);
