-- Schema 12: people and their roles (issue 17). A site file has no roles (whoever opens the
-- file may do everything) and no people; its trash says who deleted a page, as a team
-- site's does ('' for what was deleted before).
ALTER TABLE trash ADD COLUMN deleted_by TEXT NOT NULL DEFAULT '';
