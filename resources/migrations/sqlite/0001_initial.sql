-- Newsdesk site schema 1: the site, its languages, the page tree and page texts.
-- Plain SQL that PostgreSQL also accepts, except INTEGER PRIMARY KEY's implicit rowid.
-- Times are ISO 8601 UTC text ("2020-11-25T09:00:00Z").

CREATE TABLE site (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    base_url TEXT NOT NULL DEFAULT '',
    source_language TEXT NOT NULL DEFAULT 'en'
);

CREATE TABLE site_language (
    code TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    site_title TEXT NOT NULL DEFAULT ''
);

CREATE TABLE page (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES page (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    kind TEXT NOT NULL CHECK (kind IN ('section', 'page', 'news')),
    slug TEXT NOT NULL CHECK (slug <> ''),
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'review', 'published')),
    publish_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX page_by_parent ON page (parent_id, position);
CREATE UNIQUE INDEX page_slug_among_siblings ON page (COALESCE(parent_id, 0), slug);

CREATE TABLE page_translation (
    page_id INTEGER NOT NULL REFERENCES page (id) ON DELETE CASCADE,
    language TEXT NOT NULL REFERENCES site_language (code),
    title TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    body_html TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    PRIMARY KEY (page_id, language)
);

INSERT INTO site (id, base_url, source_language) VALUES (1, '', 'en');
INSERT INTO site_language (code, position, site_title) VALUES ('en', 0, 'Newsdesk site');
INSERT INTO site_language (code, position, site_title) VALUES ('ka', 1, '');
