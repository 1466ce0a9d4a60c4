-- Schema 14: the search index (issue 19). Each page text's words as a reader sees them: its
-- title, summary and the plain text of its body (search_text, as written, for the snippets a
-- result shows), and the same case folded (Georgian Mtavruli as Mkhedruli) in an FTS5 index
-- (search_index, row for row: its rowid is search_text.id). Newsdesk writes both in the
-- transaction that saves the text; a text that goes (its page deleted) takes its index row
-- with it. Derived from page_translation: copies leave both out and build them again, and
-- SiteDatabase fills them for an existing site when it is upgraded to this schema.
CREATE TABLE search_text (
    id INTEGER PRIMARY KEY,
    page_id INTEGER NOT NULL REFERENCES page (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    body TEXT NOT NULL,
    UNIQUE (page_id, language)
);

CREATE VIRTUAL TABLE search_index USING fts5 (
    title, summary, body, tokenize = 'unicode61 remove_diacritics 0'
);

CREATE TRIGGER search_text_removed AFTER DELETE ON search_text BEGIN
    DELETE FROM search_index WHERE rowid = old.id;
END;
