-- Newsdesk site schema 4: which English the site spells (UN usage is British English).
ALTER TABLE site ADD COLUMN english_variant TEXT NOT NULL DEFAULT 'en_GB'
    CHECK (english_variant IN ('en_GB', 'en_US'));
