-- Newsdesk site schema 2: media with per-language alt text, revisions, and what each
-- translation was made from.

CREATE TABLE media (
    id INTEGER PRIMARY KEY,
    file_name TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    byte_size INTEGER NOT NULL CHECK (byte_size >= 0),
    width INTEGER,
    height INTEGER,
    bytes BLOB NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE media_alt (
    media_id INTEGER NOT NULL REFERENCES media (id) ON DELETE CASCADE,
    language TEXT NOT NULL REFERENCES site_language (code),
    alt_text TEXT NOT NULL,
    PRIMARY KEY (media_id, language)
);

CREATE TABLE revision (
    id INTEGER PRIMARY KEY,
    page_id INTEGER NOT NULL REFERENCES page (id) ON DELETE CASCADE,
    language TEXT NOT NULL REFERENCES site_language (code),
    title TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    body_html TEXT NOT NULL,
    saved_at TEXT NOT NULL
);

CREATE INDEX revision_by_page ON revision (page_id, language, saved_at);

-- The source revision a translation was made from, and fingerprints of the source blocks at
-- that time (filled by the translation workflow).
ALTER TABLE page_translation ADD COLUMN source_revision_id INTEGER REFERENCES revision (id) ON DELETE SET NULL;
ALTER TABLE page_translation ADD COLUMN source_fingerprint TEXT NOT NULL DEFAULT '';
