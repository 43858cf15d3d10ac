-- Candor on PostgreSQL: counters, feedback counts, server settings, a
-- server's own listings and embeddings of curated entries. No message
-- text and no user ids, ever.
CREATE TABLE reply_counts (
    day   date   NOT NULL,             -- UTC day
    kind  text   NOT NULL,             -- reply kind
    entry text   NOT NULL DEFAULT '',  -- knowledge-base entry id, or ''
    n     bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (day, kind, entry)
);

CREATE TABLE feedback (
    entry       text   NOT NULL PRIMARY KEY,
    helpful     bigint NOT NULL DEFAULT 0,
    not_helpful bigint NOT NULL DEFAULT 0
);

CREATE TABLE guild_settings (
    guild_id         text    NOT NULL PRIMARY KEY,
    region           text    NOT NULL DEFAULT '',
    visibility       text    NOT NULL DEFAULT 'private',
    mention_channels text[]  NOT NULL DEFAULT '{}', -- channel ids
    alert_channel    text    NOT NULL DEFAULT '',
    rephrase         boolean NOT NULL DEFAULT true
);

-- A listing's number is its id within its guild: what admins see and
-- remove it by, telling nothing about other servers.
CREATE TABLE listings (
    guild_id   text    NOT NULL,
    number     bigint  NOT NULL,
    name       text    COLLATE "C" NOT NULL,
    url        text    NOT NULL DEFAULT '',
    phone      text    NOT NULL DEFAULT '',
    region     text    COLLATE "C" NOT NULL,
    services   text    NOT NULL DEFAULT '',
    telehealth boolean NOT NULL DEFAULT false,
    cost       text    NOT NULL DEFAULT '',
    languages  text    NOT NULL DEFAULT '',
    PRIMARY KEY (guild_id, number)
);
-- Names and regions compare as bytes (COLLATE "C"), as in SQLite: listings
-- sort the same on both stores, and FindListings' range on region ("US-"
-- up to "US.") is not upset by a locale that ignores punctuation.
CREATE INDEX listings_guild_region ON listings (guild_id, region);

CREATE TABLE llm_vectors (
    key     text        NOT NULL PRIMARY KEY,
    vec     bytea       NOT NULL,
    created timestamptz NOT NULL DEFAULT now()
);
