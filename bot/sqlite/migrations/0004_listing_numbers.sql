-- Listings get a number within their guild, shown to its admins instead of
-- the table-wide id (which told every server how many listings all servers
-- had). Existing listings are numbered in the order they were added.
ALTER TABLE listings ADD COLUMN number INTEGER NOT NULL DEFAULT 0;
UPDATE listings SET number = (
    SELECT COUNT(*) FROM listings AS earlier
    WHERE earlier.guild_id = listings.guild_id AND earlier.id <= listings.id);
CREATE UNIQUE INDEX listings_guild_number ON listings (guild_id, number);
CREATE INDEX listings_guild_region ON listings (guild_id, region);
