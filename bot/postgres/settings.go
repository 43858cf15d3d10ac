package postgres

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/candorbot/candor/bot"
)

// GuildSettings returns a guild's settings, or the defaults.
func (s *Store) GuildSettings(ctx context.Context, guildID string) (bot.GuildSettings, error) {
	g := bot.DefaultGuildSettings(guildID)
	var vis string
	var channels []string
	err := s.pool.QueryRow(ctx, `SELECT region, visibility, mention_channels, alert_channel, rephrase
		FROM guild_settings WHERE guild_id = $1`, guildID).Scan(&g.Region, &vis, &channels, &g.AlertChannel, &g.Rephrase)
	if errors.Is(err, pgx.ErrNoRows) {
		return g, nil
	}
	if err != nil {
		return g, fmt.Errorf("guild settings: %w", err)
	}
	g.Visibility = bot.Visibility(vis)
	if len(channels) > 0 {
		g.MentionChannels = channels
	}
	return g, nil
}

// SaveGuildSettings stores a guild's settings and, in the same
// transaction, notifies every process watching settings (WatchSettings)
// with the guild id; the notice goes out when the save commits.
func (s *Store) SaveGuildSettings(ctx context.Context, g bot.GuildSettings) error {
	if g.GuildID == "" {
		return errors.New("save guild settings: empty guild id")
	}
	if g.Visibility == "" {
		g.Visibility = bot.VisibilityPrivate
	}
	channels := g.MentionChannels
	if channels == nil {
		channels = []string{}
	}
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `INSERT INTO guild_settings (guild_id, region, visibility, mention_channels, alert_channel, rephrase)
			VALUES ($1, $2, $3, $4, $5, $6)
			ON CONFLICT (guild_id) DO UPDATE SET region = excluded.region, visibility = excluded.visibility,
				mention_channels = excluded.mention_channels, alert_channel = excluded.alert_channel, rephrase = excluded.rephrase`,
			g.GuildID, g.Region, string(g.Visibility), channels, g.AlertChannel, g.Rephrase); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `SELECT pg_notify($1, $2)`, settingsChannel, g.GuildID)
		return err
	})
	if err != nil {
		return fmt.Errorf("save guild settings: %w", err)
	}
	return nil
}
