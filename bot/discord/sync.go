package discord

import (
	"context"
	"fmt"

	"github.com/bwmarrin/discordgo"
)

// SyncCommands registers the registry's commands with Discord in one bulk
// overwrite: to Config.GuildID when set (effective at once), otherwise
// globally. It needs no gateway connection; without a known application id
// it asks Discord for it. It returns an error when Discord refuses.
func (a *Adapter) SyncCommands(ctx context.Context) error {
	return a.overwrite(ctx, a.registry.Definitions())
}

// ClearCommands removes every command Candor registered, in the same scope
// as SyncCommands. It returns an error when Discord refuses.
func (a *Adapter) ClearCommands(ctx context.Context) error {
	return a.overwrite(ctx, []*discordgo.ApplicationCommand{})
}

func (a *Adapter) overwrite(ctx context.Context, cmds []*discordgo.ApplicationCommand) error {
	appID, err := a.applicationID(ctx)
	if err != nil {
		return err
	}
	got, err := a.session.ApplicationCommandBulkOverwrite(appID, a.guildID, cmds, discordgo.WithContext(ctx))
	if err != nil {
		return fmt.Errorf("overwrite commands: %w", redact(err))
	}
	scope := "global"
	if a.guildID != "" {
		scope = "guild"
	}
	a.log.Info("commands registered", "scope", scope, "guild", a.guildID, "count", len(got))
	return nil
}

// applicationID returns the configured or learnt application id, asking
// Discord (/oauth2/applications/@me) when neither is known.
func (a *Adapter) applicationID(ctx context.Context) (string, error) {
	if id, _ := a.ids(); id != "" {
		return id, nil
	}
	var app discordgo.Application
	body, err := a.session.RequestWithBucketID("GET", discordgo.EndpointOAuth2Application("@me"), nil,
		discordgo.EndpointOAuth2Applications, discordgo.WithContext(ctx))
	if err != nil {
		return "", fmt.Errorf("application id: %w", redact(err))
	}
	if err := discordgo.Unmarshal(body, &app); err != nil || app.ID == "" {
		return "", fmt.Errorf("application id: unexpected answer from Discord")
	}
	a.mu.Lock()
	a.appID = app.ID
	a.mu.Unlock()
	return app.ID, nil
}
