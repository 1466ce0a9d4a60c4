-- Schema 10: versions of a page's own fields (status, slug, date, place in the tree), so that a
-- save or a move over a colleague's newer change is a conflict (issue 17). Counted like a text's
-- version, from the same sequence: the count at the page's last change. Renumbering the siblings
-- of a moved page (position alone) does not count: only the page that moved changes its version.
ALTER TABLE page ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
-- Who made that change (the account's or the team site's user name; '' before schema 10), so
-- that a conflict can say "Nino changed the status at 14:02".
ALTER TABLE page ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';

-- Pages there already get distinct versions.
UPDATE page SET version = nextval('text_change');
UPDATE site SET change_counter = GREATEST(change_counter, (SELECT COALESCE(MAX(version), 0)
    FROM page)) WHERE id = 1;

CREATE TRIGGER page_inserted BEFORE INSERT ON page
    FOR EACH ROW EXECUTE FUNCTION count_text_change();
CREATE TRIGGER page_changed BEFORE UPDATE OF kind, slug, status, publish_at, parent_id ON page
    FOR EACH ROW EXECUTE FUNCTION count_text_change();
CREATE CONSTRAINT TRIGGER page_counted
    AFTER INSERT OR UPDATE OF kind, slug, status, publish_at, parent_id ON page
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION keep_change_counter();
