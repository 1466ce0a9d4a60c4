-- Newsdesk site schema 5: what each translation was made from, so that its status (missing,
-- in progress, up to date, outdated) is derived and Newsdesk can say what changed.

-- Every text's own fingerprint: a hash over its segments (title, summary, each body block).
ALTER TABLE page_translation ADD COLUMN content_fingerprint TEXT NOT NULL DEFAULT '';
-- For a translation: how many segments of the source it was made from are still to translate
-- (missing or still in the source's words), and their words. Kept up to date on every save.
ALTER TABLE page_translation ADD COLUMN open_segments INTEGER NOT NULL DEFAULT 0;
ALTER TABLE page_translation ADD COLUMN open_words INTEGER NOT NULL DEFAULT 0;

-- The source segments a translation was made from (JSON: [{"f": field, "k": kind,
-- "h": hash, "t": plain text}]). page_translation.source_fingerprint is their fingerprint: a
-- translation is outdated when it differs from the source text's content_fingerprint.
CREATE TABLE translation_basis (
    page_id INTEGER NOT NULL,
    language TEXT NOT NULL,
    segments TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (page_id, language),
    FOREIGN KEY (page_id, language) REFERENCES page_translation (page_id, language)
        ON DELETE CASCADE
);

DROP INDEX page_translation_heads;
CREATE INDEX page_translation_heads ON page_translation
    (page_id, language, title, summary, updated_at, source_fingerprint, content_fingerprint,
     open_segments, open_words, version);

-- Fingerprints of the texts already there, and their bases (the source as it is now: a
-- translation made before Newsdesk tracked this counts as made from the current source), are
-- filled in by the program in this same transaction (TranslationBasis::backfill).
