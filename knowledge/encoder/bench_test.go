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

// BenchmarkEmbedLatency embeds the golden sentences in turn and reports the
// p50 and p99 time per message.
func BenchmarkEmbedLatency(b *testing.B) {
	m := loadModel(b)
	gs := readGolden(b)
	var d []time.Duration
	i := 0
	b.ResetTimer()
	for b.Loop() {
		t0 := time.Now()
		m.Embed(gs[i%len(gs)].Text)
		d = append(d, time.Since(t0))
		i++
	}
	b.StopTimer()
	slices.Sort(d)
	q := func(p float64) float64 { return float64(d[int(p*float64(len(d)-1))].Microseconds()) / 1000 }
	b.ReportMetric(q(0.50), "p50-ms")
	b.ReportMetric(q(0.99), "p99-ms")
}

// BenchmarkLoad measures Load and reports the heap and resident memory it
// adds (the second from /proc/self/status on Linux).
func BenchmarkLoad(b *testing.B) {
	var keep []*encoder.Model
	var heap, rss float64
	for b.Loop() {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		r0 := vmRSS()
		m, err := encoder.Load()
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		heap += float64(after.HeapAlloc-before.HeapAlloc) / (1 << 20)
		rss += float64(vmRSS()-r0) / (1 << 20)
		keep = append(keep, m)
		if len(keep) > 2 {
			keep = keep[1:]
		}
	}
	b.ReportMetric(heap/float64(b.N), "heap-MB")
	b.ReportMetric(rss/float64(b.N), "rss-MB")
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
