package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/candorbot/candor/bot"
)

const listingColumns = `number, guild_id, name, url, phone, region, services, telehealth, cost, languages`

// Listings returns a guild's own referral listings, by name, at most
// bot.MaxGuildListings. A listing's ID is its number within the guild.
func (s *Store) Listings(ctx context.Context, guildID string) ([]bot.Listing, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+listingColumns+`
		FROM listings WHERE guild_id = ? ORDER BY name, number LIMIT ?`, guildID, bot.MaxGuildListings)
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
	if len(q.Regions) > 0 {
		where = append(where, "region IN (?"+strings.Repeat(", ?", len(q.Regions)-1)+")")
		for _, r := range q.Regions {
			args = append(args, r)
		}
	}
	if q.Within != "" {
		// A range, not LIKE, so the index serves it: codes inside "US" are
		// those from "US-" up to "US." ('.' follows '-').
		where = append(where, "(region > ? AND region < ?)")
		args = append(args, q.Within+"-", q.Within+".")
	}
	if len(where) == 0 {
		return nil, nil
	}
	args = append(args, limit)
	rows, err := s.db.QueryContext(ctx, `SELECT `+listingColumns+` FROM listings
		WHERE guild_id = ? AND (`+strings.Join(where, " OR ")+`)
		ORDER BY length(region) DESC, name, number LIMIT ?`, args...)
	if err != nil {
		return nil, fmt.Errorf("find listings: %w", err)
	}
	ls, err := scanListings(rows)
	if err != nil {
		return nil, fmt.Errorf("find listings: %w", err)
	}
	return ls, nil
}

func scanListings(rows *sql.Rows) ([]bot.Listing, error) {
	defer rows.Close()
	var out []bot.Listing
	for rows.Next() {
		var l bot.Listing
		var tele int
		if err := rows.Scan(&l.ID, &l.GuildID, &l.Name, &l.URL, &l.Phone, &l.Region, &l.Services, &tele, &l.Cost, &l.Languages); err != nil {
			return nil, err
		}
		l.Telehealth = tele != 0
		out = append(out, l)
	}
	return out, rows.Err()
}

const insertListing = `INSERT INTO listings (number, guild_id, name, url, phone, region, services, telehealth, cost, languages)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

func listingArgs(number int64, l bot.Listing) []any {
	tele := 0
	if l.Telehealth {
		tele = 1
	}
	return []any{number, l.GuildID, l.Name, l.URL, l.Phone, l.Region, l.Services, tele, l.Cost, l.Languages}
}

// AddListing stores a listing and returns its number within its guild: one
// more than the highest in use. It returns an error wrapping
// bot.ErrTooManyListings when the guild has bot.MaxGuildListings already.
// Numbering and the bound are one statement, so concurrent adds neither
// share a number nor pass the bound.
func (s *Store) AddListing(ctx context.Context, l bot.Listing) (int64, error) {
	if err := l.Validate(); err != nil {
		return 0, fmt.Errorf("add listing: %w", err)
	}
	args := listingArgs(0, l)[1:]
	args = append(args, l.GuildID, bot.MaxGuildListings)
	var number int64
	err := s.db.QueryRowContext(ctx, `INSERT INTO listings (number, guild_id, name, url, phone, region, services, telehealth, cost, languages)
		SELECT COALESCE(MAX(number), 0) + 1, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM listings WHERE guild_id = ?
		HAVING COUNT(*) < ? RETURNING number`, args...).Scan(&number)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("add listing: %w: this server has %d, the most it may keep", bot.ErrTooManyListings, bot.MaxGuildListings)
	}
	if err != nil {
		return 0, fmt.Errorf("add listing: %w", err)
	}
	return number, nil
}

// RemoveListing deletes a guild's listing by its number.
func (s *Store) RemoveListing(ctx context.Context, guildID string, number int64) (bool, error) {
	res, err := s.db.ExecContext(ctx, `DELETE FROM listings WHERE guild_id = ? AND number = ?`, guildID, number)
	if err != nil {
		return false, fmt.Errorf("remove listing: %w", err)
	}
	n, err := res.RowsAffected()
	return n > 0, err
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
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("replace listings: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `DELETE FROM listings WHERE guild_id = ?`, guildID); err != nil {
		return fmt.Errorf("replace listings: %w", err)
	}
	for i, l := range ls {
		l.GuildID = guildID
		if _, err := tx.ExecContext(ctx, insertListing, listingArgs(int64(i+1), l)...); err != nil {
			return fmt.Errorf("replace listings: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("replace listings: %w", err)
	}
	return nil
}
