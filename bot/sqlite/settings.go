package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/candorbot/candor/bot"
)

// GuildSettings returns a guild's settings, or the defaults.
func (s *Store) GuildSettings(ctx context.Context, guildID string) (bot.GuildSettings, error) {
	g := bot.DefaultGuildSettings(guildID)
	var vis, channels string
	var rephrase int
	err := s.db.QueryRowContext(ctx, `SELECT region, visibility, mention_channels, alert_channel, rephrase
		FROM guild_settings WHERE guild_id = ?`, guildID).Scan(&g.Region, &vis, &channels, &g.AlertChannel, &rephrase)
	if errors.Is(err, sql.ErrNoRows) {
		return g, nil
	}
	if err != nil {
		return g, fmt.Errorf("guild settings: %w", err)
	}
	g.Visibility = bot.Visibility(vis)
	if channels != "" {
		g.MentionChannels = strings.Split(channels, ",")
	}
	g.Rephrase = rephrase != 0
	return g, nil
}

// SaveGuildSettings stores a guild's settings.
func (s *Store) SaveGuildSettings(ctx context.Context, g bot.GuildSettings) error {
	if g.GuildID == "" {
		return errors.New("save guild settings: empty guild id")
	}
	if g.Visibility == "" {
		g.Visibility = bot.VisibilityPrivate
	}
	rephrase := 0
	if g.Rephrase {
		rephrase = 1
	}
	_, err := s.db.ExecContext(ctx, `INSERT INTO guild_settings (guild_id, region, visibility, mention_channels, alert_channel, rephrase)
		VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (guild_id) DO UPDATE SET region = excluded.region, visibility = excluded.visibility,
			mention_channels = excluded.mention_channels, alert_channel = excluded.alert_channel, rephrase = excluded.rephrase`,
		g.GuildID, g.Region, string(g.Visibility), strings.Join(g.MentionChannels, ","), g.AlertChannel, rephrase)
	if err != nil {
		return fmt.Errorf("save guild settings: %w", err)
	}
	return nil
}
