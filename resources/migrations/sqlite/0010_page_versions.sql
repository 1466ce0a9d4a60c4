-- Schema 10: versions of a page's own fields (status, slug, date, place in the tree), so that a
-- save or a move over a colleague's newer change is a conflict (issue 17). Counted like a text's
-- version: the site-wide change count at the page's last change. Renumbering the siblings of a
-- moved page (position alone) does not count: only the page that moved changes its version.
ALTER TABLE page ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
-- Who made that change (the account's or the team site's user name; '' before schema 10), so
-- that a conflict can say "Nino changed the status at 14:02".
ALTER TABLE page ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';

-- Pages there already get distinct versions above every text's.
UPDATE page SET version = (SELECT change_counter FROM site WHERE id = 1) + id;
UPDATE site SET change_counter = change_counter + COALESCE((SELECT MAX(id) FROM page), 0)
    WHERE id = 1;

CREATE TRIGGER page_inserted AFTER INSERT ON page
BEGIN
    UPDATE site SET change_counter = change_counter + 1 WHERE id = 1;
    UPDATE page SET version = (SELECT change_counter FROM site WHERE id = 1) WHERE id = NEW.id;
END;

CREATE TRIGGER page_changed AFTER UPDATE OF kind, slug, status, publish_at, parent_id ON page
BEGIN
    UPDATE site SET change_counter = change_counter + 1 WHERE id = 1;
    UPDATE page SET version = (SELECT change_counter FROM site WHERE id = 1) WHERE id = NEW.id;
END;
