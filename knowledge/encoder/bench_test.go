package encoder_test

import (
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/candorbot/candor/knowledge/encoder"
)

const (
	short8 = "is it normal to want less sex now?"
	long60 = "my partner and I have been together for nine years and lately I feel like we never have sex anymore, " +
		"we both work long hours and the kids are exhausting, when we do try I get anxious and it does not go well, " +
		"is this something a sex therapist could help with and how would we even start looking for one near us"
)

// BenchmarkEmbedShort embeds an 8-word message.
func BenchmarkEmbedShort(b *testing.B) {
	benchEmbed(b, short8)
}

// BenchmarkEmbedLong embeds a 60-word message.
func BenchmarkEmbedLong(b *testing.B) {
	benchEmbed(b, long60)
}

func benchEmbed(b *testing.B, text string) {
	m := loadModel(b)
	b.ReportMetric(float64(len(strings.Fields(text))), "words")
	b.ReportMetric(float64(len(m.Tokenize(text))), "tokens")
	b.ResetTimer()
	c0 := cpuTime()
	for b.Loop() {
		m.Embed(text)
	}
	reportCPU(b, c0)
}

// reportCPU reports the process CPU time per operation since c0: on a
// machine shared with other work it varies much less than wall time.
func reportCPU(b *testing.B, c0 time.Duration) {
	b.ReportMetric(float64((cpuTime()-c0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkEmbedLatency embeds the golden sentences in turn (68 messages
// from one word to past the 128-token limit) and reports the p50 and p99
// time per message, both wall clock and process CPU.
func BenchmarkEmbedLatency(b *testing.B) {
	m := loadModel(b)
	gs := readGolden(b)
	var wall, cpu []time.Duration
	i := 0
	b.ResetTimer()
	for b.Loop() {
		t0, c0 := time.Now(), cpuTime()
		m.Embed(gs[i%len(gs)].Text)
		wall = append(wall, time.Since(t0))
		cpu = append(cpu, cpuTime()-c0)
		i++
	}
	b.StopTimer()
	b.ReportMetric(quantile(wall, 0.50), "p50-ms")
	b.ReportMetric(quantile(wall, 0.99), "p99-ms")
	b.ReportMetric(quantile(cpu, 0.50), "cpu-p50-ms")
	b.ReportMetric(quantile(cpu, 0.99), "cpu-p99-ms")
}

// quantile returns the q quantile of d in milliseconds (nearest rank).
func quantile(d []time.Duration, q float64) float64 {
	s := slices.Clone(d)
	slices.Sort(s)
	return float64(s[int(q*float64(len(s)-1)+0.5)].Microseconds()) / 1000
}

// BenchmarkLoad measures Load and reports the heap it keeps (TestLoadMemory
// reports the resident memory, in a fresh process).
func BenchmarkLoad(b *testing.B) {
	var heap float64
	for b.Loop() {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		m, err := encoder.Load()
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		heap += float64(int64(after.HeapAlloc)-int64(before.HeapAlloc)) / (1 << 20)
		runtime.KeepAlive(m)
	}
	b.ReportMetric(heap/float64(b.N), "heap-MB")
}

func vmRSS() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmRSS:" {
			kb, _ := strconv.ParseInt(f[1], 10, 64)
			return kb << 10
		}
	}
	return 0
}

// BenchmarkKernels compares gonum's Sgemm with the plain Go loops on the
// short and the long message.
func BenchmarkKernels(b *testing.B) {
	for _, k := range []struct {
		name string
		blas bool
	}{{"gonum", true}, {"loops", false}} {
		for _, msg := range []struct{ name, text string }{{"short", short8}, {"long", long60}} {
			b.Run(k.name+"/"+msg.name, func(b *testing.B) {
				defer encoder.UseBLAS(k.blas)()
				benchEmbed(b, msg.text)
			})
		}
	}
}
