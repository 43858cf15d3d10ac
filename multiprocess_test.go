package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/candorbot/candor/bot/postgres/pgtest"
	"github.com/candorbot/candor/internal/fakediscord"
)

// asCandorEnv makes the test binary run as the candor command (see
// TestMain), so the multi-process test starts real candor processes
// without building a second binary.
const asCandorEnv = "CANDOR_TEST_AS_CANDOR"

func TestMain(m *testing.M) {
	if os.Getenv(asCandorEnv) == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// candorProcess is a candor process started by a test.
type candorProcess struct {
	cmd    *exec.Cmd
	out    *lockedBuffer
	addr   string
	waited chan error
}

// freeAddr returns a loopback address nobody listens on right now.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// startCandor starts "candor run args..." with env and waits until its
// interactions endpoint answers /healthz with 200.
func startCandor(t *testing.T, env map[string]string, args ...string) *candorProcess {
	t.Helper()
	p := &candorProcess{out: &lockedBuffer{}, addr: freeAddr(t), waited: make(chan error, 1)}
	cmd := exec.Command(os.Args[0], append([]string{"run"}, args...)...)
	cmd.Env = []string{asCandorEnv + "=1", "CANDOR_INTERACTIONS_ADDR=" + p.addr, "HOME=" + t.TempDir(), "PATH=" + os.Getenv("PATH")}
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	cmd.Stdout, cmd.Stderr = p.out, p.out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p.cmd = cmd
	go func() { p.waited <- cmd.Wait() }()
	t.Cleanup(func() { p.stop(t) })
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := http.Get("http://" + p.addr + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return p
			}
		}
		select {
		case err := <-p.waited:
			p.waited <- err
			t.Fatalf("candor exited early: %v\n%s", err, p.out)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("candor not healthy after 60 s\n%s", p.out)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// stop sends SIGTERM and waits; the process must exit 0.
func (p *candorProcess) stop(t *testing.T) {
	if p.cmd.ProcessState != nil {
		return
	}
	p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-p.waited:
		p.waited <- err
		if err != nil {
			t.Errorf("candor exited with %v\n%s", err, p.out)
		}
	case <-time.After(30 * time.Second):
		p.cmd.Process.Kill()
		t.Errorf("candor did not stop on SIGTERM\n%s", p.out)
	}
}

// signedPost sends an interaction to p's endpoint, signed by key.
func (p *candorProcess) signedPost(t *testing.T, key ed25519.PrivateKey, body []byte) (int, map[string]any) {
	t.Helper()
	stamp := strconv.FormatInt(time.Now().Unix(), 10)
	req, _ := http.NewRequest(http.MethodPost, "http://"+p.addr+"/interactions", bytes.NewReader(body))
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(key, append([]byte(stamp), body...))))
	req.Header.Set("X-Signature-Timestamp", stamp)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	var m map[string]any
	json.Unmarshal(b, &m)
	return resp.StatusCode, m
}

// slashJSON is a slash command as Discord sends it.
func slashJSON(id int, name string, perms string, opts ...map[string]any) []byte {
	b, _ := json.Marshal(map[string]any{
		"id": fmt.Sprint(900000000000000000 + id), "application_id": "100000000000000001", "type": 2,
		"token": fmt.Sprintf("itok-%d", id), "version": 1, "guild_id": "200000000000000001",
		"channel_id": "300000000000000001", "locale": "en-US",
		"member": map[string]any{"user": map[string]any{"id": "400000000000000001", "username": "someone"}, "permissions": perms},
		"data":   map[string]any{"id": "cmd-" + name, "name": name, "type": 1, "options": opts},
	})
	return b
}

func flagsOf(m map[string]any) int {
	d, _ := m["data"].(map[string]any)
	f, _ := d["flags"].(float64)
	return int(f)
}

func textOf(m map[string]any) string {
	b, _ := json.Marshal(m["data"])
	return string(b)
}

// Two candor processes on one PostgreSQL and a fake Discord: one with the
// gateway and the HTTP endpoint, one HTTP-only (--gateway=false). A
// setting saved through one is honoured by the other; both answer signed
// interactions in the HTTP response and refuse forged ones; only the
// gateway process registers the commands; nothing anyone wrote reaches
// the database.
func TestTwoProcessesShareOnePostgres(t *testing.T) {
	if testing.Short() {
		t.Skip("starts two candor processes")
	}
	dbURL := pgtest.NewDatabase(t)
	fake := fakediscord.Start(fakediscord.Options{HeartbeatInterval: time.Second})
	t.Cleanup(fake.Close)
	key := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{3}, ed25519.SeedSize))
	cache := t.TempDir()
	env := map[string]string{
		"DISCORD_TOKEN":       "test-token",
		"DISCORD_API_URL":     fake.URL,
		"DISCORD_PUBLIC_KEY":  hex.EncodeToString(key.Public().(ed25519.PublicKey)),
		"CANDOR_DATABASE_URL": dbURL,
		"CANDOR_CACHE_DIR":    cache,
		"CANDOR_LOG_LEVEL":    "debug",
		"CANDOR_RATE_USER":    "1000",
	}
	gw := startCandor(t, env)
	httpOnly := startCandor(t, env, "--gateway=false")

	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if err := fake.Wait(ctx, func(s *fakediscord.Server) bool {
		return s.Ready() && s.Count(fakediscord.Match("PUT", "/applications/")) > 0
	}); err != nil {
		t.Fatalf("the gateway process did not connect and register: %v\n%s", err, gw.out)
	}

	const question = "my boyfriend Thaddeus gets nervous before sex and it ruins everything, what is performance anxiety"
	ask := func(p *candorProcess, id int) map[string]any {
		t.Helper()
		code, m := p.signedPost(t, key, slashJSON(id, "ask", "0", map[string]any{"name": "question", "type": 3, "value": question}))
		if code != http.StatusOK {
			t.Fatalf("/ask: status %d\n%s", code, p.out)
		}
		return m
	}
	// Private by default, on both; this also caches the settings in the
	// HTTP-only process.
	if m := ask(httpOnly, 1); flagsOf(m)&64 == 0 || !strings.Contains(strings.ToLower(textOf(m)), "anxiety") {
		t.Fatalf("/ask on the HTTP-only process: %v", m)
	}
	// An admin makes replies public through the gateway process.
	code, m := gw.signedPost(t, key, slashJSON(2, "candor-admin", "32",
		map[string]any{"name": "visibility", "type": 1, "options": []map[string]any{{"name": "mode", "type": 3, "value": "public"}}}))
	if code != http.StatusOK || !strings.Contains(textOf(m), "public") {
		t.Fatalf("/candor-admin visibility public: %d %v\n%s", code, m, gw.out)
	}
	// The HTTP-only process honours it (LISTEN/NOTIFY drops its cached
	// copy), well before its 30 s cache would expire.
	deadline := time.Now().Add(10 * time.Second)
	for id := 3; ; id++ {
		if m := ask(httpOnly, id); flagsOf(m)&64 == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the HTTP-only process still answers privately 10 s after the setting changed\n%s", httpOnly.out)
		}
		time.Sleep(100 * time.Millisecond)
	}

	t.Run("crisis and myth over HTTP", func(t *testing.T) {
		code, m := httpOnly.signedPost(t, key, slashJSON(100, "crisis", "0"))
		if code != http.StatusOK || !strings.Contains(textOf(m), "988") || flagsOf(m)&64 == 0 {
			t.Errorf("/crisis: %d %v (must be private and carry 988)", code, m)
		}
		code, m = httpOnly.signedPost(t, key, slashJSON(101, "myth", "0",
			map[string]any{"name": "statement", "type": 3, "value": "sex therapists have sex with their clients"}))
		if txt := strings.ToLower(textOf(m)); code != http.StatusOK || !strings.Contains(txt, "never has sexual contact") {
			t.Errorf("/myth: %d, not the correction of the sexual-contact myth: %v", code, m)
		}
	})
	t.Run("forged signatures are refused", func(t *testing.T) {
		other := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{4}, ed25519.SeedSize))
		for _, p := range []*candorProcess{gw, httpOnly} {
			if code, _ := p.signedPost(t, other, slashJSON(200, "crisis", "0")); code != http.StatusUnauthorized {
				t.Errorf("forged: status %d, want 401", code)
			}
		}
	})
	t.Run("only the gateway process registers commands", func(t *testing.T) {
		if n := fake.Count(fakediscord.Match("PUT", "/applications/")); n != 1 {
			t.Errorf("commands registered %d times", n)
		}
		if n := len(fake.Identifies()); n != 1 {
			t.Errorf("%d IDENTIFYs; the HTTP-only process must not connect", n)
		}
	})
	gw.stop(t)
	httpOnly.stop(t)

	// Nothing anyone wrote is in the database.
	dump := dumpDatabase(t, dbURL)
	if !strings.Contains(dump, "public") {
		t.Fatal("the dump misses the saved setting, so it shows nothing")
	}
	for _, w := range []string{"thaddeus", "nervous", "ruins everything", "400000000000000001", "itok-"} {
		if strings.Contains(dump, w) {
			t.Errorf("PostgreSQL holds %q from what was asked or who asked", w)
		}
	}
}
