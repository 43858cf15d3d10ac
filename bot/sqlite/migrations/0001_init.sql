-- Counters only: no message text and no user ids, ever.
CREATE TABLE reply_counts (
    day   TEXT    NOT NULL,          -- UTC date, YYYY-MM-DD
    kind  TEXT    NOT NULL,          -- reply kind
    entry TEXT    NOT NULL DEFAULT '', -- knowledge-base entry id, or ''
    n     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, kind, entry)
) WITHOUT ROWID;

CREATE TABLE feedback (
    entry       TEXT    NOT NULL PRIMARY KEY,
    helpful     INTEGER NOT NULL DEFAULT 0,
    not_helpful INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE TABLE guild_settings (
    guild_id         TEXT    NOT NULL PRIMARY KEY,
    region           TEXT    NOT NULL DEFAULT '',
    visibility       TEXT    NOT NULL DEFAULT 'private',
    mention_channels TEXT    NOT NULL DEFAULT '', -- comma-separated channel ids
    alert_channel    TEXT    NOT NULL DEFAULT '',
    rephrase         INTEGER NOT NULL DEFAULT 1
) WITHOUT ROWID;

CREATE TABLE listings (
    id         INTEGER PRIMARY KEY,
    guild_id   TEXT    NOT NULL,
    name       TEXT    NOT NULL,
    url        TEXT    NOT NULL DEFAULT '',
    phone      TEXT    NOT NULL DEFAULT '',
    region     TEXT    NOT NULL,
    services   TEXT    NOT NULL DEFAULT '',
    telehealth INTEGER NOT NULL DEFAULT 0,
    cost       TEXT    NOT NULL DEFAULT '',
    languages  TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX listings_guild ON listings (guild_id);
