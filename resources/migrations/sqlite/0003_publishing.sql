-- Newsdesk site schema 3: publishing settings, and a change number on every text so that an
-- export can tell which pages changed without reading their bodies.

-- What an export does with a page that has no text in a language: 'omit' leaves it out of
-- that language, 'fallback' shows the source text with a notice.
ALTER TABLE site ADD COLUMN untranslated TEXT NOT NULL DEFAULT 'omit'
    CHECK (untranslated IN ('omit', 'fallback'));
-- A theme folder whose templates override the default theme's; relative to the site file.
ALTER TABLE site ADD COLUMN theme TEXT NOT NULL DEFAULT '';
ALTER TABLE site ADD COLUMN news_per_page INTEGER NOT NULL DEFAULT 10
    CHECK (news_per_page BETWEEN 1 AND 1000);
-- Counts every change of a text, site-wide; a text's version is the count at its last change.
ALTER TABLE site ADD COLUMN change_counter INTEGER NOT NULL DEFAULT 0;
ALTER TABLE page_translation ADD COLUMN version INTEGER NOT NULL DEFAULT 0;

CREATE TRIGGER page_translation_inserted AFTER INSERT ON page_translation
BEGIN
    UPDATE site SET change_counter = change_counter + 1 WHERE id = 1;
    UPDATE page_translation SET version = (SELECT change_counter FROM site WHERE id = 1)
        WHERE page_id = NEW.page_id AND language = NEW.language;
END;

CREATE TRIGGER page_translation_changed AFTER UPDATE OF title, summary, body_html
    ON page_translation
BEGIN
    UPDATE site SET change_counter = change_counter + 1 WHERE id = 1;
    UPDATE page_translation SET version = (SELECT change_counter FROM site WHERE id = 1)
        WHERE page_id = NEW.page_id AND language = NEW.language;
END;

-- Texts that exist already get distinct versions.
UPDATE page_translation SET version = rowid;
UPDATE site SET change_counter = (SELECT COALESCE(MAX(version), 0) FROM page_translation);

-- Everything but the body, in page order: whole-site reads (the tree, the export's plan) find
-- titles and versions here without touching the large table rows that hold the bodies.
CREATE INDEX page_translation_heads ON page_translation
    (page_id, language, title, summary, updated_at, source_fingerprint, version);
