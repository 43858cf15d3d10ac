package postgres

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/candorbot/candor/bot"
)

const listingColumns = `number, guild_id, name, url, phone, region, services, telehealth, cost, languages`

// listingsLock is the first key of the per-guild transaction advisory
// lock that AddListing and ReplaceListings take (the second is a hash of
// the guild id): numbering and the bound then hold across processes.
const listingsLock int32 = 0x63616e64 // "cand"

// Listings returns a guild's own referral listings, by name, at most
// bot.MaxGuildListings. A listing's ID is its number within the guild.
func (s *Store) Listings(ctx context.Context, guildID string) ([]bot.Listing, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+listingColumns+`
		FROM listings WHERE guild_id = $1 ORDER BY name, number LIMIT $2`, guildID, bot.MaxGuildListings)
	if err != nil {
		return nil, fmt.Errorf("listings: %w", err)
	}
	ls, err := scanListings(rows)
	if err != nil {
		return nil, fmt.Errorf("listings: %w", err)
	}
	return ls, nil
}

// FindListings returns up to q.Limit (bot.MaxLocalListings when 0) of a
// guild's listings whose region is one of q.Regions or lies inside
// q.Within, most specific region first, then by name. The filter and the
// limit run in SQL, on the (guild_id, region) index.
func (s *Store) FindListings(ctx context.Context, q bot.ListingQuery) ([]bot.Listing, error) {
	limit := q.Limit
	if limit <= 0 {
		limit = bot.MaxLocalListings
	}
	var where []string
	args := []any{q.GuildID}
	param := func(v any) string {
		args = append(args, v)
		return "$" + strconv.Itoa(len(args))
	}
	if len(q.Regions) > 0 {
		where = append(where, "region = ANY("+param(q.Regions)+"::text[])")
	}
	if q.Within != "" {
		// A range, not LIKE, so the index serves it: codes inside "US" are
		// those from "US-" up to "US." ('.' follows '-'); region compares
		// as bytes (COLLATE "C").
		lo, hi := param(q.Within+"-"), param(q.Within+".")
		where = append(where, "(region > "+lo+" AND region < "+hi+")")
	}
	if len(where) == 0 {
		return nil, nil
	}
	lim := param(limit)
	rows, err := s.pool.Query(ctx, `SELECT `+listingColumns+` FROM listings
		WHERE guild_id = $1 AND (`+strings.Join(where, " OR ")+`)
		ORDER BY length(region) DESC, name, number LIMIT `+lim, args...)
	if err != nil {
		return nil, fmt.Errorf("find listings: %w", err)
	}
	ls, err := scanListings(rows)
	if err != nil {
		return nil, fmt.Errorf("find listings: %w", err)
	}
	return ls, nil
}

func scanListings(rows pgx.Rows) ([]bot.Listing, error) {
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (bot.Listing, error) {
		var l bot.Listing
		err := r.Scan(&l.ID, &l.GuildID, &l.Name, &l.URL, &l.Phone, &l.Region, &l.Services, &l.Telehealth, &l.Cost, &l.Languages)
		return l, err
	})
}

const insertListing = `INSERT INTO listings (` + listingColumns + `) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`

func listingArgs(number int64, l bot.Listing) []any {
	return []any{number, l.GuildID, l.Name, l.URL, l.Phone, l.Region, l.Services, l.Telehealth, l.Cost, l.Languages}
}

// lockGuildListings takes the guild's listings lock until tx ends.
func lockGuildListings(ctx context.Context, tx pgx.Tx, guildID string) error {
	_, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1, hashtext($2))`, listingsLock, guildID)
	return err
}

// AddListing stores a listing and returns its number within its guild: one
// more than the highest in use. It returns an error wrapping
// bot.ErrTooManyListings when the guild has bot.MaxGuildListings already.
// The guild's listings lock makes numbering and the bound hold when
// several processes add at once.
func (s *Store) AddListing(ctx context.Context, l bot.Listing) (int64, error) {
	if err := l.Validate(); err != nil {
		return 0, fmt.Errorf("add listing: %w", err)
	}
	var number int64
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if err := lockGuildListings(ctx, tx, l.GuildID); err != nil {
			return err
		}
		var n, max int64
		if err := tx.QueryRow(ctx, `SELECT COUNT(*), COALESCE(MAX(number), 0) FROM listings WHERE guild_id = $1`,
			l.GuildID).Scan(&n, &max); err != nil {
			return err
		}
		if n >= bot.MaxGuildListings {
			return fmt.Errorf("%w: this server has %d, the most it may keep", bot.ErrTooManyListings, bot.MaxGuildListings)
		}
		number = max + 1
		_, err := tx.Exec(ctx, insertListing, listingArgs(number, l)...)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("add listing: %w", err)
	}
	return number, nil
}

// RemoveListing deletes a guild's listing by its number.
func (s *Store) RemoveListing(ctx context.Context, guildID string, number int64) (bool, error) {
	tag, err := s.pool.Exec(ctx, `DELETE FROM listings WHERE guild_id = $1 AND number = $2`, guildID, number)
	if err != nil {
		return false, fmt.Errorf("remove listing: %w", err)
	}
	return tag.RowsAffected() > 0, nil
}

// ReplaceListings replaces all of a guild's listings in one transaction,
// numbering them from 1: either every listing is stored or none is. More
// than bot.MaxGuildListings is an error wrapping bot.ErrTooManyListings.
func (s *Store) ReplaceListings(ctx context.Context, guildID string, ls []bot.Listing) error {
	if len(ls) > bot.MaxGuildListings {
		return fmt.Errorf("replace listings: %w: %d, at most %d", bot.ErrTooManyListings, len(ls), bot.MaxGuildListings)
	}
	for i, l := range ls {
		if err := l.Validate(); err != nil {
			return fmt.Errorf("replace listings: listing %d: %w", i+1, err)
		}
	}
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if err := lockGuildListings(ctx, tx, guildID); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `DELETE FROM listings WHERE guild_id = $1`, guildID); err != nil {
			return err
		}
		b := &pgx.Batch{}
		for i, l := range ls {
			l.GuildID = guildID
			b.Queue(insertListing, listingArgs(int64(i+1), l)...)
		}
		return tx.SendBatch(ctx, b).Close()
	})
	if err != nil {
		return fmt.Errorf("replace listings: %w", err)
	}
	return nil
}
