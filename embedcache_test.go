package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
)

// countingEncoder returns a vector derived from the text's length and
// counts its calls.
type countingEncoder struct{ calls atomic.Int64 }

func (c *countingEncoder) Embed(text string) []float32 {
	c.calls.Add(1)
	return []float32{float32(len(text)), 1}
}
func (c *countingEncoder) Dim() int            { return 2 }
func (c *countingEncoder) Fingerprint() string { return "counting" }

func TestMemoEmbedderEmbedsAMessageOnce(t *testing.T) {
	enc := &countingEncoder{}
	m := newMemoEmbedder(enc, 4)
	for _, tc := range []struct {
		text  string
		calls int64
	}{
		{"is it normal to want sex less", 1},
		{"is it normal to want sex less", 1}, // the search after the triage
		{"another message", 2},
		{"is it normal to want sex less", 2},
	} {
		v := m.Embed(tc.text)
		if v[0] != float32(len(tc.text)) {
			t.Errorf("%q: vector %v is not its own", tc.text, v)
		}
		if got := enc.calls.Load(); got != tc.calls {
			t.Errorf("after %q: %d encoder calls, want %d", tc.text, got, tc.calls)
		}
	}
	// Older entries give way to newer ones.
	for i := range 4 {
		m.Embed(fmt.Sprint("filler ", i))
	}
	before := enc.calls.Load()
	m.Embed("another message")
	if enc.calls.Load() != before+1 {
		t.Error("an evicted text was not embedded again")
	}
	if m.Dim() != 2 || m.Fingerprint() != "counting" {
		t.Errorf("Dim %d, Fingerprint %q: want the encoder's", m.Dim(), m.Fingerprint())
	}
}

func TestMemoEmbedderConcurrent(t *testing.T) {
	m := newMemoEmbedder(&countingEncoder{}, 8)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 200 {
				text := fmt.Sprint("message ", (g+i)%13)
				if v := m.Embed(text); v[0] != float32(len(text)) {
					t.Errorf("%q: wrong vector %v", text, v)
					return
				}
			}
		}()
	}
	wg.Wait()
}
