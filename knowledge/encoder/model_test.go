package encoder_test

import (
	"fmt"
	"math"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/candorbot/candor/knowledge/encoder"
)

// TestEmbed checks the shape of Embed's answers, including texts with no
// tokens and texts longer than the model reads.
func TestEmbed(t *testing.T) {
	m := loadModel(t)
	if m.Dim() != 512 {
		t.Fatalf("Dim() = %d, want 512", m.Dim())
	}
	long := strings.Repeat("why do I feel anxious before sex ", 40)
	tests := []struct {
		name, text string
	}{
		{"empty", ""},
		{"space", " "},
		{"question", "what is sex therapy?"},
		{"emoji only", "🍆🍑💦"},
		{"long", long},
		{"invalid utf8", "\xff\xfe\xfd"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := m.Embed(tt.text)
			if len(v) != m.Dim() {
				t.Fatalf("len = %d, want %d", len(v), m.Dim())
			}
			var ss float64
			for _, x := range v {
				if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
					t.Fatalf("non-finite component %v", x)
				}
				ss += float64(x) * float64(x)
			}
			if math.Abs(ss-1) > 1e-4 {
				t.Errorf("squared norm %v, want 1", ss)
			}
		})
	}
	t.Run("truncates to 128 tokens", func(t *testing.T) {
		ids := m.Tokenize(long)
		if len(ids) <= 128 {
			t.Fatalf("test text has only %d tokens", len(ids))
		}
		// Changing what follows token 128 must not change the vector.
		other := long + " and something completely different about calculus"
		if c := cosine(m.Embed(long), m.Embed(other)); c != 1 {
			t.Errorf("cosine after changing the tail = %v, want exactly 1", c)
		}
	})
}

// TestEmbedMeaning checks that the encoder ranks a paraphrase above an
// unrelated message (a sanity check of the whole pipeline, not a benchmark).
func TestEmbedMeaning(t *testing.T) {
	m := loadModel(t)
	tests := []struct{ query, near, far string }{
		{"what goes on in a sex therapist's office", "what happens in a sex therapy session", "can you help me with my calculus homework"},
		{"my partner wants sex more often than I do", "desire discrepancy between partners", "recommend me a good video game"},
		{"I get nervous and can't perform in bed", "performance anxiety during sex", "what's the weather tomorrow"},
	}
	for _, tt := range tests {
		q := m.Embed(tt.query)
		near, far := cosine(q, m.Embed(tt.near)), cosine(q, m.Embed(tt.far))
		if near <= far {
			t.Errorf("%q: cosine to %q = %.3f, not above %q = %.3f", tt.query, tt.near, near, tt.far, far)
		}
	}
}

// TestEmbedConcurrent checks that concurrent calls give the same vectors as
// sequential ones (run it with -race).
func TestEmbedConcurrent(t *testing.T) {
	m := loadModel(t)
	texts := []string{"", "what is sex therapy?", "is it normal to want less sex", strings.Repeat("long text ", 80)}
	want := make([][]float32, len(texts))
	for i, s := range texts {
		want[i] = m.Embed(s)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := 0; r < 3; r++ {
				i := (g + r) % len(texts)
				got := m.Embed(texts[i])
				for k := range got {
					if got[k] != want[i][k] {
						errs <- fmt.Sprintf("goroutine %d: Embed(%q)[%d] = %v, want %v", g, texts[i], k, got[k], want[i][k])
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestLoadMemory measures, in a fresh process, the time Load takes and the
// resident memory it adds, and fails if the memory grows far past what the
// weights need (about 22 MB of float32 matrices and int8 embeddings).
func TestLoadMemory(t *testing.T) {
	if os.Getenv("CANDOR_ENCODER_LOAD_CHILD") == "1" {
		r0 := vmRSS()
		t0 := time.Now()
		m, err := encoder.Load()
		if err != nil {
			t.Fatal(err)
		}
		d := time.Since(t0)
		m.Embed("warm up")
		fmt.Printf("LOAD %d %d\n", d.Microseconds(), vmRSS()-r0)
		return
	}
	if testing.Short() {
		t.Skip("runs a child process")
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestLoadMemory$")
	cmd.Env = append(os.Environ(), "CANDOR_ENCODER_LOAD_CHILD=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	var us, rss int64
	for _, line := range strings.Split(string(out), "\n") {
		if f := strings.Fields(line); len(f) == 3 && f[0] == "LOAD" {
			us, _ = strconv.ParseInt(f[1], 10, 64)
			rss, _ = strconv.ParseInt(f[2], 10, 64)
		}
	}
	if us == 0 {
		t.Fatalf("child printed no measurement:\n%s", out)
	}
	t.Logf("Load: %.1f ms, +%.1f MB RSS (after one Embed)", float64(us)/1000, float64(rss)/(1<<20))
	if rss > 60<<20 {
		t.Errorf("Load added %.1f MB RSS, want <= 60 MB", float64(rss)/(1<<20))
	}
}
