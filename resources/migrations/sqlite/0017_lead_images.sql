-- Schema 17 (issue 18): a page's lead image, an image's focal point, and an image's caption
-- and credit per language next to its alt text.
--
-- The lead image is what news lists and section cards show of a page, what its article opens
-- with, and its og:image. An image in use as one is not deleted (the media library refuses);
-- should it go anyway, the page keeps no lead.
ALTER TABLE page ADD COLUMN lead_media_id INTEGER REFERENCES media (id) ON DELETE SET NULL;
-- Where the subject is, as a share of the width and height from the top left: every crop of
-- the image (card thumbnails) keeps that point in view.
ALTER TABLE media ADD COLUMN focus_x REAL NOT NULL DEFAULT 0.5 CHECK (focus_x BETWEEN 0 AND 1);
ALTER TABLE media ADD COLUMN focus_y REAL NOT NULL DEFAULT 0.5 CHECK (focus_y BETWEEN 0 AND 1);
ALTER TABLE media_alt ADD COLUMN caption TEXT NOT NULL DEFAULT '';
ALTER TABLE media_alt ADD COLUMN credit TEXT NOT NULL DEFAULT '';
CREATE INDEX page_by_lead_media ON page (lead_media_id) WHERE lead_media_id IS NOT NULL;
