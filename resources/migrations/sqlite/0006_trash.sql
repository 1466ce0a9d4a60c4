-- Newsdesk site schema 6: the trash. Deleting a page moves it here with its subtree (its
-- texts, what each translation was made from, its revisions), as a JSON copy of their rows,
-- with the place it had; restoring puts it back. Only emptying the trash deletes for good.
CREATE TABLE trash (
    id INTEGER PRIMARY KEY,
    page_id INTEGER NOT NULL, -- the deleted page's id (kept on restore while it is free)
    parent_id INTEGER, -- where it was: its parent (NULL: the top level)
    position INTEGER NOT NULL, -- and its place among its siblings
    title TEXT NOT NULL, -- in the source language, for the list
    page_count INTEGER NOT NULL CHECK (page_count >= 1), -- the page and its subpages
    deleted_at TEXT NOT NULL,
    snapshot TEXT NOT NULL -- JSON: {"page": [rows], "page_translation": [rows], …}
);
