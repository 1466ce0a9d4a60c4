-- Newsdesk site schema 9: the site's own dictionary. Words added "for this site" (names of
-- people, places, projects) are kept in the site, so that everyone who edits it, the spelling
-- report and `newsdesk spell` accept them; each user's personal list stays on their computer.
CREATE TABLE site_word (
    language TEXT NOT NULL, -- the dictionary it belongs to: en, ka
    word TEXT NOT NULL CHECK (word <> ''), -- as the spell checker normalises it
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (language, word)
);
