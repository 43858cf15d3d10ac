package discord_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/candorbot/candor/bot"
	"github.com/candorbot/candor/bot/discord"
	"github.com/candorbot/candor/bot/sqlite"
	"github.com/candorbot/candor/internal/fakediscord"
	"github.com/candorbot/candor/knowledge"
	"github.com/candorbot/candor/knowledge/encoder"
	"github.com/candorbot/candor/referral"
)

const (
	testToken   = "test-token-do-not-log"
	testGuild   = "200000000000000001"
	testChannel = "300000000000000001"
	testUser    = "400000000000000001"
)

// fakeRequest is a request the fake Discord received.
type fakeRequest = fakediscord.Request

// harness is an adapter wired to a fake Discord, a real bot and a real
// store (SQLite unless the options give another).
type harness struct {
	fake    *fakediscord.Server
	adapter *discord.Adapter
	bot     *bot.Bot
	store   harnessStore
	logs    *syncBuffer
	ids     atomic.Int64
}

// harnessStore is what the tests read back from a store.
type harnessStore interface {
	bot.Store
	bot.CounterReader
}

type harnessOptions struct {
	kb      *knowledge.Base
	noStore bool
	// store, when set, is used instead of a new SQLite store.
	store     harnessStore
	rephraser bot.Rephraser
	configure func(*discord.Config)
	// fake adjusts the fake Discord (default: a 1 s heartbeat).
	fake fakediscord.Options
}

var (
	kbOnce  sync.Once
	kbBase  *knowledge.Base
	kbErr   error
	refOnce sync.Once
	refData *referral.Data
	refErr  error
)

// embeddedKB loads the shipped knowledge base once.
func embeddedKB(tb testing.TB) *knowledge.Base {
	tb.Helper()
	kbOnce.Do(func() { kbBase, kbErr = knowledge.LoadEmbedded() })
	if kbErr != nil {
		tb.Fatalf("load knowledge: %v", kbErr)
	}
	return kbBase
}

var (
	semOnce sync.Once
	semBase *knowledge.Base
	semErr  error
)

// semanticKB is the shipped knowledge base with the built-in sentence
// encoder on, as Candor runs by default.
func semanticKB(tb testing.TB) *knowledge.Base {
	tb.Helper()
	kb := embeddedKB(tb)
	semOnce.Do(func() {
		m, err := encoder.Load()
		if err != nil {
			semErr = err
			return
		}
		pre, err := knowledge.EmbeddedVectors()
		if err != nil {
			semErr = err
			return
		}
		exs, err := knowledge.EmbeddedExamples()
		if err != nil {
			semErr = err
			return
		}
		withEx, _ := kb.WithExamples(exs)
		semBase, _ = withEx.WithEncoder(m, pre, knowledge.SemanticOptions{})
	})
	if semErr != nil {
		tb.Fatalf("load encoder: %v", semErr)
	}
	return semBase
}

// referrals loads the shipped referral data once.
func referrals(tb testing.TB) *referral.Data {
	tb.Helper()
	refOnce.Do(func() { refData, refErr = referral.Load() })
	if refErr != nil {
		tb.Fatalf("load referral data: %v", refErr)
	}
	return refData
}

func newHarness(tb testing.TB, o harnessOptions) *harness {
	tb.Helper()
	h := &harness{logs: &syncBuffer{}}
	h.ids.Store(700000000000000000)
	fo := o.fake
	if fo.HeartbeatInterval == 0 {
		fo.HeartbeatInterval = time.Second
	}
	h.fake = fakediscord.Start(fo)
	tb.Cleanup(h.fake.Close)
	var store bot.Store
	if o.store != nil {
		h.store = o.store
		store = o.store
	} else if !o.noStore {
		st, err := sqlite.Open(filepath.Join(tb.TempDir(), "candor.db"))
		if err != nil {
			tb.Fatalf("open sqlite: %v", err)
		}
		tb.Cleanup(func() { st.Close() })
		h.store = st
		store = st
	}
	kb := o.kb
	if kb == nil {
		kb = embeddedKB(tb)
	}
	b, err := bot.New(bot.Config{KB: kb, Referral: referrals(tb), Store: store, Rephraser: o.rephraser})
	if err != nil {
		tb.Fatalf("new bot: %v", err)
	}
	tb.Cleanup(b.Close)
	h.bot = b
	cfg := discord.Config{
		Token:     testToken,
		AppID:     h.fake.AppID,
		APIURL:    h.fake.URL,
		Bot:       b,
		Store:     store,
		RateLimit: discord.RateLimit{UserPerMinute: -1, GuildPerMinute: -1},
		// Tests on a loaded machine must not defer by accident.
		DeferAfter:   2 * time.Second,
		RetryBackoff: 5 * time.Millisecond,
		Logger:       slog.New(slog.NewJSONHandler(h.logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
	}
	if o.configure != nil {
		o.configure(&cfg)
	}
	a, err := discord.New(cfg)
	if err != nil {
		tb.Fatalf("new adapter: %v", err)
	}
	h.adapter = a
	return h
}

// do handles an interaction synchronously.
func (h *harness) do(ic *discordgo.InteractionCreate) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	h.adapter.HandleInteraction(ctx, ic)
}

// setSettings stores guild settings.
func (h *harness) setSettings(tb testing.TB, f func(*bot.GuildSettings)) {
	tb.Helper()
	ctx := context.Background()
	s, err := h.store.GuildSettings(ctx, testGuild)
	if err != nil {
		tb.Fatal(err)
	}
	s.GuildID = testGuild
	f(&s)
	if err := h.store.SaveGuildSettings(ctx, s); err != nil {
		tb.Fatal(err)
	}
}

// --- interactions ---------------------------------------------------------

func (h *harness) base(typ discordgo.InteractionType, data discordgo.InteractionData) *discordgo.InteractionCreate {
	id := fmt.Sprint(h.ids.Add(1))
	return &discordgo.InteractionCreate{Interaction: &discordgo.Interaction{
		ID:        id,
		AppID:     h.fake.AppID,
		Type:      typ,
		Data:      data,
		GuildID:   testGuild,
		ChannelID: testChannel,
		Member:    &discordgo.Member{User: &discordgo.User{ID: testUser, Username: "someone"}},
		Token:     "itok-" + id,
		Version:   1,
	}}
}

func opt(name string, v any) *discordgo.ApplicationCommandInteractionDataOption {
	o := &discordgo.ApplicationCommandInteractionDataOption{Name: name, Value: v}
	switch v.(type) {
	case string:
		o.Type = discordgo.ApplicationCommandOptionString
	case bool:
		o.Type = discordgo.ApplicationCommandOptionBoolean
	case float64:
		o.Type = discordgo.ApplicationCommandOptionInteger
	}
	return o
}

func sub(name string, opts ...*discordgo.ApplicationCommandInteractionDataOption) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionSubCommand, Options: opts}
}

func group(name string, subs ...*discordgo.ApplicationCommandInteractionDataOption) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionSubCommandGroup, Options: subs}
}

func (h *harness) slash(name string, opts ...*discordgo.ApplicationCommandInteractionDataOption) *discordgo.InteractionCreate {
	return h.base(discordgo.InteractionApplicationCommand, discordgo.ApplicationCommandInteractionData{
		ID: "cmd-" + name, Name: name, CommandType: discordgo.ChatApplicationCommand, Options: opts,
	})
}

func (h *harness) autocomplete(name, option, typed string) *discordgo.InteractionCreate {
	o := opt(option, typed)
	o.Focused = true
	return h.base(discordgo.InteractionApplicationCommandAutocomplete, discordgo.ApplicationCommandInteractionData{
		ID: "cmd-" + name, Name: name, CommandType: discordgo.ChatApplicationCommand,
		Options: []*discordgo.ApplicationCommandInteractionDataOption{o},
	})
}

func (h *harness) messageCommand(name string, target *discordgo.Message) *discordgo.InteractionCreate {
	return h.base(discordgo.InteractionApplicationCommand, discordgo.ApplicationCommandInteractionData{
		ID: "cmd-" + name, Name: name, CommandType: discordgo.MessageApplicationCommand, TargetID: target.ID,
		Resolved: &discordgo.ApplicationCommandInteractionDataResolved{Messages: map[string]*discordgo.Message{target.ID: target}},
	})
}

func (h *harness) button(customID string, msg *discordgo.Message) *discordgo.InteractionCreate {
	ic := h.base(discordgo.InteractionMessageComponent, discordgo.MessageComponentInteractionData{
		CustomID: customID, ComponentType: discordgo.ButtonComponent,
	})
	ic.Message = msg
	return ic
}

func (h *harness) selectMenu(customID string, values ...string) *discordgo.InteractionCreate {
	return h.base(discordgo.InteractionMessageComponent, discordgo.MessageComponentInteractionData{
		CustomID: customID, ComponentType: discordgo.SelectMenuComponent, Values: values,
	})
}

// --- what the fake received -----------------------------------------------

// wireComponent is a component as sent on the wire.
type wireComponent struct {
	Type        int             `json:"type"`
	CustomID    string          `json:"custom_id"`
	Label       string          `json:"label"`
	Style       int             `json:"style"`
	URL         string          `json:"url"`
	Placeholder string          `json:"placeholder"`
	Options     []wireOption    `json:"options"`
	Components  []wireComponent `json:"components"`
}

type wireOption struct {
	Label       string `json:"label"`
	Value       string `json:"value"`
	Description string `json:"description"`
	Default     bool   `json:"default"`
}

type wireChoice struct {
	Name  string `json:"name"`
	Value any    `json:"value"`
}

// wireMessage is the message part of a callback, an edit, a followup or a
// channel message.
type wireMessage struct {
	Content          string                    `json:"content"`
	Flags            int                       `json:"flags"`
	Embeds           []*discordgo.MessageEmbed `json:"embeds"`
	Components       []wireComponent           `json:"components"`
	Choices          []wireChoice              `json:"choices"`
	MessageReference *struct {
		MessageID string `json:"message_id"`
		ChannelID string `json:"channel_id"`
	} `json:"message_reference"`
	AllowedMentions *struct {
		Parse []string `json:"parse"`
	} `json:"allowed_mentions"`
}

type wireResponse struct {
	Type int         `json:"type"`
	Data wireMessage `json:"data"`
}

// buttons returns every button of a message, row by row.
func (m wireMessage) buttons() []wireComponent {
	var out []wireComponent
	for _, row := range m.Components {
		for _, c := range row.Components {
			if c.Type == 2 {
				out = append(out, c)
			}
		}
	}
	return out
}

// button returns the button whose custom_id starts with prefix.
func (m wireMessage) button(prefix string) (wireComponent, bool) {
	for _, b := range m.buttons() {
		if b.CustomID != "" && strings.HasPrefix(b.CustomID, prefix) {
			return b, true
		}
	}
	return wireComponent{}, false
}

// menus returns every select menu of a message.
func (m wireMessage) menus() []wireComponent {
	var out []wireComponent
	for _, row := range m.Components {
		for _, c := range row.Components {
			if c.Type == 3 {
				out = append(out, c)
			}
		}
	}
	return out
}

func (m wireMessage) ephemeral() bool { return m.Flags&64 != 0 }

// embedText is everything readable in the message's embeds.
func (m wireMessage) embedText() string {
	var b strings.Builder
	for _, e := range m.Embeds {
		b.WriteString(e.Title + "\n" + e.Description + "\n")
		for _, f := range e.Fields {
			b.WriteString(f.Name + "\n" + f.Value + "\n")
		}
		if e.Footer != nil {
			b.WriteString(e.Footer.Text + "\n")
		}
	}
	return b.String()
}

// callback returns the successful callback for an interaction.
func (h *harness) callback(tb testing.TB, ic *discordgo.InteractionCreate) wireResponse {
	tb.Helper()
	r := h.request(tb, "POST", "/interactions/"+ic.ID+"/"+ic.Token+"/callback")
	var resp wireResponse
	if err := r.JSON(&resp); err != nil {
		tb.Fatalf("decode callback: %v\n%s", err, r.Body)
	}
	return resp
}

// request returns the last successful request to path, waiting a little for
// it.
func (h *harness) request(tb testing.TB, method, path string) fakediscord.Request {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	ok := func(r fakediscord.Request) bool {
		return r.Method == method && r.Path == path && r.Status < 300
	}
	if _, err := h.fake.WaitRequest(ctx, ok); err != nil {
		tb.Fatalf("no %s %s; got:\n%s", method, path, h.describe())
	}
	var last fakediscord.Request
	for _, r := range h.fake.Requests() {
		if ok(r) {
			last = r
		}
	}
	return last
}

// message decodes the last successful request to path as a message.
func (h *harness) message(tb testing.TB, method, path string) wireMessage {
	tb.Helper()
	r := h.request(tb, method, path)
	var m wireMessage
	if err := r.JSON(&m); err != nil {
		tb.Fatalf("decode %s %s: %v", method, path, err)
	}
	return m
}

func (h *harness) describe() string {
	var b strings.Builder
	for _, r := range h.fake.Requests() {
		fmt.Fprintf(&b, "  %s %s -> %d\n", r.Method, r.Path, r.Status)
	}
	return b.String()
}

func originalPath(ic *discordgo.InteractionCreate) string {
	return "/webhooks/" + ic.AppID + "/" + ic.Token + "/messages/@original"
}

// checkLimits fails when a message breaks one of Discord's limits.
func checkLimits(tb testing.TB, m wireMessage) {
	tb.Helper()
	rl := func(s string) int { return len([]rune(s)) }
	if rl(m.Content) > 2000 {
		tb.Errorf("content is %d characters", rl(m.Content))
	}
	if len(m.Embeds) > 10 {
		tb.Errorf("%d embeds", len(m.Embeds))
	}
	total := 0
	for _, e := range m.Embeds {
		if rl(e.Title) > 256 {
			tb.Errorf("embed title is %d characters", rl(e.Title))
		}
		if rl(e.Description) > 4096 {
			tb.Errorf("embed description is %d characters", rl(e.Description))
		}
		if len(e.Fields) > 25 {
			tb.Errorf("%d fields", len(e.Fields))
		}
		total += rl(e.Title) + rl(e.Description)
		for _, f := range e.Fields {
			if rl(f.Name) > 256 || rl(f.Value) > 1024 || f.Name == "" || f.Value == "" {
				tb.Errorf("field %q: name %d, value %d characters", f.Name, rl(f.Name), rl(f.Value))
			}
			total += rl(f.Name) + rl(f.Value)
		}
		if e.Footer != nil {
			total += rl(e.Footer.Text)
		}
	}
	if total > 6000 {
		tb.Errorf("embeds total %d characters", total)
	}
	if len(m.Components) > 5 {
		tb.Errorf("%d rows", len(m.Components))
	}
	for _, row := range m.Components {
		if len(row.Components) > 5 {
			tb.Errorf("row of %d components", len(row.Components))
		}
		for _, c := range row.Components {
			if len(c.CustomID) > 100 {
				tb.Errorf("custom_id %q is %d bytes", c.CustomID, len(c.CustomID))
			}
			if rl(c.Label) > 80 {
				tb.Errorf("label is %d characters", rl(c.Label))
			}
			if c.Type == 3 && len(c.Options) > 25 {
				tb.Errorf("select with %d options", len(c.Options))
			}
			for _, o := range c.Options {
				if rl(o.Label) > 100 || len(o.Value) > 100 || rl(o.Description) > 100 {
					tb.Errorf("select option %q too long", o.Label)
				}
			}
		}
	}
	if len(m.Choices) > 25 {
		tb.Errorf("%d choices", len(m.Choices))
	}
	for _, c := range m.Choices {
		if rl(c.Name) > 100 {
			tb.Errorf("choice name is %d characters", rl(c.Name))
		}
		if s, ok := c.Value.(string); ok && rl(s) > 100 {
			tb.Errorf("choice value is %d characters", rl(s))
		}
	}
}

// syncBuffer is a bytes.Buffer safe for concurrent writers (loggers).
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// mustJSON marshals v or fails.
func mustJSON(tb testing.TB, v any) json.RawMessage {
	tb.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}
