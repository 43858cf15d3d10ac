package main

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"slices"
	"strings"
	"testing"

	"github.com/candorbot/candor/bot/discord"
)

func TestScalingSettings(t *testing.T) {
	key := hex.EncodeToString(ed25519.NewKeyFromSeed(bytes.Repeat([]byte{5}, 32)).Public().(ed25519.PublicKey))
	tests := []struct {
		name    string
		env     map[string]string
		wantErr string
		check   func(Config) bool
	}{
		{"defaults", nil, "", func(c Config) bool {
			return c.ShardCount == 1 && len(c.ShardIDs) == 0 && c.SyncCommands == discord.SyncAuto && c.InteractionsAddr == ""
		}},
		{"auto shards", map[string]string{"DISCORD_SHARD_COUNT": "auto"}, "", func(c Config) bool { return c.ShardCount == discord.AutoShards }},
		{"a range of shards", map[string]string{"DISCORD_SHARD_COUNT": "16", "DISCORD_SHARD_IDS": "8-11,15"}, "",
			func(c Config) bool { return slices.Equal(c.ShardIDs, []int{8, 9, 10, 11, 15}) }},
		{"the .env.example's empty id beside ids", map[string]string{"DISCORD_SHARD_COUNT": "4", "DISCORD_SHARD_IDS": "2-3", "DISCORD_SHARD_ID": ""}, "", nil},
		{"auto with ids", map[string]string{"DISCORD_SHARD_COUNT": "auto", "DISCORD_SHARD_IDS": "0-1"}, "DISCORD_SHARD_COUNT=auto runs every shard", nil},
		{"ids beyond the count", map[string]string{"DISCORD_SHARD_COUNT": "4", "DISCORD_SHARD_IDS": "3-4"}, "shard 4 is not below", nil},
		{"both id settings", map[string]string{"DISCORD_SHARD_COUNT": "4", "DISCORD_SHARD_IDS": "1", "DISCORD_SHARD_ID": "2"}, "not both", nil},
		{"bad count", map[string]string{"DISCORD_SHARD_COUNT": "lots"}, "want auto or a whole number", nil},
		{"bad ids", map[string]string{"DISCORD_SHARD_COUNT": "4", "DISCORD_SHARD_IDS": "1-x"}, "DISCORD_SHARD_IDS", nil},
		{"endpoint without key", map[string]string{"CANDOR_INTERACTIONS_ADDR": ":8080"}, "needs DISCORD_PUBLIC_KEY", nil},
		{"bad key", map[string]string{"DISCORD_PUBLIC_KEY": "12ab"}, "DISCORD_PUBLIC_KEY", nil},
		{"endpoint with key", map[string]string{"CANDOR_INTERACTIONS_ADDR": ":8080", "DISCORD_PUBLIC_KEY": key}, "",
			func(c Config) bool { return c.InteractionsAddr == ":8080" && c.PublicKey == key }},
		{"sync off", map[string]string{"CANDOR_SYNC_COMMANDS": "off"}, "", func(c Config) bool { return c.SyncCommands == discord.SyncNever }},
		{"sync typo", map[string]string{"CANDOR_SYNC_COMMANDS": "sometimes"}, "CANDOR_SYNC_COMMANDS", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := LoadConfig(func(k string) string { return tc.env[k] })
			switch {
			case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
				t.Fatalf("error %v, want one containing %q", err, tc.wantErr)
			case tc.wantErr == "" && err != nil:
				t.Fatalf("error %v", err)
			case tc.check != nil && !tc.check(c):
				t.Errorf("config %+v", c)
			}
		})
	}
}

// run --gateway=false without an endpoint has nothing to serve: it says
// what to set instead of starting.
func TestRunWithoutGatewayNeedsTheEndpoint(t *testing.T) {
	_, errOut, code := cli(t, map[string]string{"DISCORD_TOKEN": "x"}, "", "run", "--gateway=false")
	if code != 2 || !strings.Contains(errOut, "CANDOR_INTERACTIONS_ADDR") {
		t.Fatalf("code %d\n%s", code, errOut)
	}
	_, errOut, code = cli(t, map[string]string{"DISCORD_TOKEN": "x"}, "", "run", "--interactions-addr", "127.0.0.1:0")
	if code != 2 || !strings.Contains(errOut, "DISCORD_PUBLIC_KEY") {
		t.Fatalf("code %d\n%s", code, errOut)
	}
}
