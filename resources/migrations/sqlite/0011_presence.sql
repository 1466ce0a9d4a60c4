-- Schema 11: who is where (issue 17). While a window has a page text open (page × language), it
-- holds a lease here, renewed every 30 s and lasting 2 minutes, so that a window that crashed
-- disappears by itself; closing the page or the window removes it. Bookkeeping, not content:
-- copies and backups leave its rows out (SiteDatabase::presenceTables()).
CREATE TABLE presence (
    client TEXT PRIMARY KEY, -- one window: an id it made for itself
    person TEXT NOT NULL, -- who: the author's name (a file), the PostgreSQL user (a team site)
    page_id INTEGER NOT NULL REFERENCES page (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    expires_at TEXT NOT NULL -- ISO 8601 UTC, by the database's clock
);

CREATE INDEX presence_by_page ON presence (page_id);
