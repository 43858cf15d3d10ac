package discord_test

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"
	"time"

	"github.com/candorbot/candor/bot/discord"
)

// FuzzParseShardIDs: any input gives sorted, unique, bounded ids or an
// error, never a panic.
func FuzzParseShardIDs(f *testing.F) {
	for _, s := range []string{"0-3", "4,2,7-9", "", "3-1", "-", "0-1024", "1,,2", " 5 "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ids, err := discord.ParseShardIDs(s)
		if err != nil {
			return
		}
		if len(ids) == 0 || len(ids) > 1024 {
			t.Fatalf("%q: %d ids", s, len(ids))
		}
		for k := 1; k < len(ids); k++ {
			if ids[k] <= ids[k-1] || ids[k-1] < 0 {
				t.Fatalf("%q: %v not sorted and unique", s, ids)
			}
		}
	})
}

// FuzzInteractionsEndpoint: whatever arrives, an unsigned or wrongly signed
// request is refused with 401 and nothing panics; a correctly signed body
// is never answered with 401 for its content.
func FuzzInteractionsEndpoint(f *testing.F) {
	e := newEndpointHarness(f, nil)
	h := e.adapter.InteractionsHandler()
	f.Add([]byte(`{"type":1,"id":"1"}`), "", false)
	f.Add([]byte(`{"type":2,"id":"2","data":{"name":"ask"}}`), "00", true)
	f.Add([]byte(`not json`), "zz", true)
	f.Add([]byte(`{"type":3,"data":{"custom_id":"x"},"message":{}}`), "", true)
	f.Fuzz(func(t *testing.T, body []byte, sigHex string, sign bool) {
		stamp := strconv.FormatInt(time.Now().Unix(), 10)
		if sign {
			sigHex = hex.EncodeToString(ed25519.Sign(e.key, append([]byte(stamp), body...)))
		}
		req := httptest.NewRequest(http.MethodPost, "/interactions", bytes.NewReader(body))
		req.Header.Set("X-Signature-Ed25519", sigHex)
		req.Header.Set("X-Signature-Timestamp", stamp)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if !sign && rec.Code != http.StatusUnauthorized {
			t.Fatalf("unsigned request answered %d", rec.Code)
		}
		if sign && rec.Code == http.StatusUnauthorized && !bytes.Contains(body, []byte(`"id"`)) {
			t.Fatalf("signed request refused: %s", rec.Body)
		}
	})
}

// BenchmarkInteractionsEndpointPing measures signature checking and the
// PONG: the per-request cost every interaction pays on the HTTP path.
func BenchmarkInteractionsEndpointPing(b *testing.B) {
	e := newEndpointHarness(b, nil)
	h := e.adapter.InteractionsHandler()
	body := []byte(`{"id":"1","application_id":"1","type":1,"token":"t","version":1}`)
	stamp := strconv.FormatInt(time.Now().Unix(), 10)
	sig := hex.EncodeToString(ed25519.Sign(e.key, append([]byte(stamp), body...)))
	b.ReportAllocs()
	for b.Loop() {
		req := httptest.NewRequest(http.MethodPost, "/interactions", bytes.NewReader(body))
		req.Header.Set("X-Signature-Ed25519", sig)
		req.Header.Set("X-Signature-Timestamp", stamp)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatal(rec.Code)
		}
	}
}
