-- A site as Newsdesk 0.1 (schema 1) wrote it: schema 1's tables, with content.
-- tst_migrator loads it with application_id and user_version 1 and opens it with today's
-- Newsdesk, which must upgrade it without losing anything.
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
INSERT INTO site (id, base_url, source_language) VALUES (1, 'https://example.org/georgia', 'en');
INSERT INTO site_language (code, position, site_title) VALUES ('en', 0, 'Old site');
INSERT INTO site_language (code, position, site_title) VALUES ('ka', 1, 'ძველი საიტი');
INSERT INTO page VALUES (1, NULL, 0, 'section', 'news', 'published', '2019-05-01T08:00:00Z', '2019-05-01T08:00:00Z', '2019-05-01T08:00:00Z');
INSERT INTO page VALUES (2, 1, 0, 'news', 'border-day', 'published', '2019-05-28T09:30:00Z', '2019-05-20T08:00:00Z', '2019-05-28T09:30:00Z');
INSERT INTO page VALUES (3, NULL, 1, 'page', 'contacts', 'draft', NULL, '2019-06-01T08:00:00Z', '2019-06-01T08:00:00Z');
INSERT INTO page_translation VALUES (1, 'en', 'News', '', '<p>News.</p>', '2019-05-01T08:00:00Z');
INSERT INTO page_translation VALUES (2, 'en', 'Border Day', 'A day at the border.', '<p>Officers; families; children.</p>', '2019-05-28T09:30:00Z');
INSERT INTO page_translation VALUES (2, 'ka', 'საზღვრის დღე', 'ერთი დღე საზღვარზე.', '<p>მესაზღვრეები; ოჯახები.</p>', '2019-05-29T10:00:00Z');
INSERT INTO page_translation VALUES (3, 'en', 'Contacts', '', '', '2019-06-01T08:00:00Z');
