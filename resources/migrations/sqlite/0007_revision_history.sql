-- Newsdesk site schema 7: revision history. Each revision says why it was made and by whom;
-- autosaves of one editing stretch (10 minutes from its first) share one revision.
ALTER TABLE revision ADD COLUMN reason TEXT NOT NULL DEFAULT 'save'
    CHECK (reason IN ('save', 'autosave', 'restore', 'import'));
ALTER TABLE revision ADD COLUMN author TEXT NOT NULL DEFAULT '';
-- For an autosave: when its stretch began (saved_at is its last write).
ALTER TABLE revision ADD COLUMN started_at TEXT;
