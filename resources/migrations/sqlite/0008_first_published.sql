-- Newsdesk site schema 8: when a page was first published. A page's address (its slug) may
-- follow its source-language title only while it has never been published: once it was, links
-- to it exist out there, and it keeps its address even when it is set back to draft.
ALTER TABLE page ADD COLUMN first_published_at TEXT;

-- Pages there already: a published page was published, and so, perhaps, was one set back to
-- draft or review with a publish date that has passed (an address kept by mistake costs a
-- click; one changed by mistake breaks links).
UPDATE page SET first_published_at = COALESCE(publish_at, updated_at)
    WHERE status = 'published'
       OR (publish_at IS NOT NULL AND publish_at <= strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
