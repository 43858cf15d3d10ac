package sqlite

import (
	"context"
	"fmt"

	"github.com/candorbot/candor/bot"
)

// Listings returns a guild's own referral listings, by name.
func (s *Store) Listings(ctx context.Context, guildID string) ([]bot.Listing, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, guild_id, name, url, phone, region, services, telehealth, cost, languages
		FROM listings WHERE guild_id = ? ORDER BY name, id`, guildID)
	if err != nil {
		return nil, fmt.Errorf("listings: %w", err)
	}
	defer rows.Close()
	var out []bot.Listing
	for rows.Next() {
		var l bot.Listing
		var tele int
		if err := rows.Scan(&l.ID, &l.GuildID, &l.Name, &l.URL, &l.Phone, &l.Region, &l.Services, &tele, &l.Cost, &l.Languages); err != nil {
			return nil, fmt.Errorf("listings: %w", err)
		}
		l.Telehealth = tele != 0
		out = append(out, l)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("listings: %w", err)
	}
	return out, nil
}

const insertListing = `INSERT INTO listings (guild_id, name, url, phone, region, services, telehealth, cost, languages)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`

func listingArgs(l bot.Listing) []any {
	tele := 0
	if l.Telehealth {
		tele = 1
	}
	return []any{l.GuildID, l.Name, l.URL, l.Phone, l.Region, l.Services, tele, l.Cost, l.Languages}
}

// AddListing stores a listing and returns its id.
func (s *Store) AddListing(ctx context.Context, l bot.Listing) (int64, error) {
	if err := l.Validate(); err != nil {
		return 0, fmt.Errorf("add listing: %w", err)
	}
	res, err := s.db.ExecContext(ctx, insertListing, listingArgs(l)...)
	if err != nil {
		return 0, fmt.Errorf("add listing: %w", err)
	}
	return res.LastInsertId()
}

// RemoveListing deletes a guild's listing by id.
func (s *Store) RemoveListing(ctx context.Context, guildID string, id int64) (bool, error) {
	res, err := s.db.ExecContext(ctx, `DELETE FROM listings WHERE guild_id = ? AND id = ?`, guildID, id)
	if err != nil {
		return false, fmt.Errorf("remove listing: %w", err)
	}
	n, err := res.RowsAffected()
	return n > 0, err
}

// ReplaceListings replaces all of a guild's listings in one transaction:
// either every listing is stored or none is.
func (s *Store) ReplaceListings(ctx context.Context, guildID string, ls []bot.Listing) error {
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
	for _, l := range ls {
		l.GuildID = guildID
		if _, err := tx.ExecContext(ctx, insertListing, listingArgs(l)...); err != nil {
			return fmt.Errorf("replace listings: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("replace listings: %w", err)
	}
	return nil
}
