package main

import (
	"bytes"
	"context"
	"os"
	"strings"
	"sync"
	"testing"
	"time"
)

// lockedBuffer is a bytes.Buffer safe for the watcher goroutine.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func TestSecondSignalQuitsAtOnce(t *testing.T) {
	sigs := make(chan os.Signal, 2)
	var errOut lockedBuffer
	exited := make(chan int, 1)
	ctx, stop := interruptContext(context.Background(), sigs, &errOut, func(code int) { exited <- code })
	defer stop()

	sigs <- os.Interrupt
	select {
	case <-ctx.Done():
	case <-time.After(5 * time.Second):
		t.Fatal("the first signal did not cancel the context")
	}
	select {
	case code := <-exited:
		t.Fatalf("the first signal exited (%d); it must drain", code)
	case <-time.After(50 * time.Millisecond):
	}
	sigs <- os.Interrupt
	select {
	case code := <-exited:
		if code != 130 {
			t.Errorf("exit status %d, want 130", code)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("a second signal did nothing")
	}
	if !strings.Contains(errOut.String(), "again") || !strings.Contains(errOut.String(), "quitting now") {
		t.Errorf("stderr = %q", errOut.String())
	}
}

func TestShutdownGraceSetting(t *testing.T) {
	for _, tc := range []struct {
		v    string
		want time.Duration
		ok   bool
	}{
		{"", 8 * time.Second, true},
		{"3s", 3 * time.Second, true},
		{"soon", 0, false},
		{"-1s", 0, false},
	} {
		c, err := LoadConfig(func(k string) string {
			if k == "CANDOR_SHUTDOWN_GRACE" {
				return tc.v
			}
			return ""
		})
		if (err == nil) != tc.ok {
			t.Errorf("CANDOR_SHUTDOWN_GRACE=%q: err %v", tc.v, err)
			continue
		}
		if tc.ok && c.ShutdownGrace != tc.want {
			t.Errorf("CANDOR_SHUTDOWN_GRACE=%q: %v, want %v", tc.v, c.ShutdownGrace, tc.want)
		}
	}
}
