package discord

import (
	"context"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// command is one application command: its definition for Discord and its
// handler. Each lives in its own cmd_*.go file.
type command interface {
	definition() *discordgo.ApplicationCommand
	run(ctx context.Context, c *call)
}

// autocompleter is a command with autocompleted options.
type autocompleter interface {
	autocomplete(ctx context.Context, c *call) []*discordgo.ApplicationCommandOptionChoice
}

// componentFunc handles a button press or a menu choice; args is the part
// of the custom_id after the prefix and its colon.
type componentFunc func(ctx context.Context, c *call, args string)

// Registry holds Candor's application commands by name and the handlers of
// the message components their replies carry, by custom_id prefix. Build
// it with NewRegistry; it is read-only afterwards.
type Registry struct {
	order      []command
	commands   map[string]command
	components map[string]componentFunc
}

// NewRegistry returns the registry of every command Candor offers, listed
// here explicitly, with the buttons and menus of their replies.
func NewRegistry() *Registry {
	r := &Registry{commands: map[string]command{}, components: map[string]componentFunc{}}
	r.add(askCommand{})
	r.add(mythCommand{})
	r.add(checkMythsCommand{})
	r.add(topicsCommand{})
	r.add(findTherapistCommand{})
	r.add(crisisCommand{})
	r.add(aboutCommand{})
	r.add(adminCommand{})

	// Buttons on answers (buttons.go).
	r.handle("share", shareButton)
	r.handle("fb", feedbackButton)
	r.handle("topic", topicButton)
	r.handle("reviewed", reviewedButton)
	// The myth check's "post the correction" button (cmd_checkmyths.go).
	r.handle("myth-post", mythPostButton)
	// The /topics menus (cmd_topics.go).
	r.handle("topics-tag", topicsTagMenu)
	r.handle("topics-entry", topicsEntryMenu)
	return r
}

func (r *Registry) add(c command) {
	name := c.definition().Name
	if _, dup := r.commands[name]; dup {
		panic("discord: duplicate command " + name)
	}
	r.commands[name] = c
	r.order = append(r.order, c)
}

func (r *Registry) handle(prefix string, f componentFunc) {
	if _, dup := r.components[prefix]; dup {
		panic("discord: duplicate component prefix " + prefix)
	}
	r.components[prefix] = f
}

// Definitions returns the commands as Discord registers them, in a stable
// order. Each says where it may be used with contexts and
// integration_types (dm_permission is deprecated): Candor is installed to
// servers, and its commands work in servers and in DMs with the bot unless
// a command says otherwise.
func (r *Registry) Definitions() []*discordgo.ApplicationCommand {
	out := make([]*discordgo.ApplicationCommand, 0, len(r.order))
	for _, c := range r.order {
		d := c.definition()
		d.DMPermission = nil
		if d.Contexts == nil {
			d.Contexts = &[]discordgo.InteractionContextType{
				discordgo.InteractionContextGuild, discordgo.InteractionContextBotDM,
			}
		}
		if d.IntegrationTypes == nil {
			d.IntegrationTypes = &[]discordgo.ApplicationIntegrationType{discordgo.ApplicationIntegrationGuildInstall}
		}
		out = append(out, d)
	}
	return out
}

func (r *Registry) command(ctx context.Context, c *call) {
	data, _ := c.i.Data.(discordgo.ApplicationCommandInteractionData)
	cmd, ok := r.commands[data.Name]
	if !ok {
		c.a.log.Warn("unknown command", "name", data.Name)
		_ = c.sendNow(ctx, withEphemeral(notice("That command is no longer available.")))
		return
	}
	cmd.run(ctx, c)
}

func (r *Registry) autocomplete(ctx context.Context, c *call) {
	data, _ := c.i.Data.(discordgo.ApplicationCommandInteractionData)
	var choices []*discordgo.ApplicationCommandOptionChoice
	if cmd, ok := r.commands[data.Name].(autocompleter); ok {
		choices = cmd.autocomplete(ctx, c)
	}
	if len(choices) > maxChoices {
		choices = choices[:maxChoices]
	}
	if choices == nil {
		choices = []*discordgo.ApplicationCommandOptionChoice{}
	}
	err := c.respond(ctx, &discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: choices},
	})
	if err != nil {
		c.a.log.Warn("autocomplete", "err", err)
	}
}

func (r *Registry) component(ctx context.Context, c *call) {
	data, _ := c.i.Data.(discordgo.MessageComponentInteractionData)
	id := data.CustomID
	prefix, args, _ := strings.Cut(id, ":")
	f, ok := r.components[prefix]
	if !ok {
		c.a.log.Warn("unknown component", "prefix", prefix)
		_ = c.sendNow(ctx, withEphemeral(notice("That button has expired. Try the command again.")))
		return
	}
	f(ctx, c, args)
}

// commandData returns the interaction's command data (zero when absent).
func (c *call) commandData() discordgo.ApplicationCommandInteractionData {
	d, _ := c.i.Data.(discordgo.ApplicationCommandInteractionData)
	return d
}

// componentData returns the interaction's component data (zero when absent).
func (c *call) componentData() discordgo.MessageComponentInteractionData {
	d, _ := c.i.Data.(discordgo.MessageComponentInteractionData)
	return d
}
