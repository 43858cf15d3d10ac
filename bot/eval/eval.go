// Package eval runs labelled messages through the same bot.Handle the bot
// uses and measures the replies: per-kind precision and recall, entry
// top-1 and top-3, false answers, over-refusal and latency.
package eval

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/candorbot/candor/bot"
	"github.com/candorbot/candor/knowledge"
	"github.com/candorbot/candor/referral"
)

// Case is one labelled message (the format of shared/eval/README.md).
type Case struct {
	Text   string   `json:"text"`
	Want   string   `json:"want"`
	Entry  []string `json:"-"`
	Region string   `json:"region,omitempty"`
	// Locale, optional, is the Discord locale sent with the message
	// ("pt-BR"), a hint for its language and, for a crisis in another
	// language, its country.
	Locale string `json:"locale,omitempty"`
	// Language, optional, is the language the reply must be in where it
	// matters (a crisis reply, the note that Candor answers in English):
	// "es", "ja", or "en" for English.
	Language string `json:"language,omitempty"`
	// Raw is the input line, kept to echo it unchanged.
	Raw []byte `json:"-"`
	// Source is "file:line", for error messages and misses.
	Source string `json:"-"`
}

// Wants are the labels a case may carry.
var Wants = []string{"answer", "myth", "refuse", "crisis", "referral", "none"}

// ReadCases reads JSON Lines cases. Errors name the file and line.
func ReadCases(name string, r io.Reader) ([]Case, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 4*1024*1024)
	var out []Case
	line := 0
	for sc.Scan() {
		line++
		raw := bytes.TrimSpace(sc.Bytes())
		if len(raw) == 0 {
			continue
		}
		var c struct {
			Text     *string         `json:"text"`
			Want     string          `json:"want"`
			Entry    json.RawMessage `json:"entry"`
			Region   string          `json:"region"`
			Locale   string          `json:"locale"`
			Language string          `json:"language"`
		}
		if err := json.Unmarshal(raw, &c); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		if c.Text == nil {
			return nil, fmt.Errorf("%s:%d: missing \"text\"", name, line)
		}
		if !validWant(c.Want) {
			return nil, fmt.Errorf("%s:%d: want %q is not one of %s", name, line, c.Want, strings.Join(Wants, ", "))
		}
		cs := Case{Text: *c.Text, Want: c.Want, Region: strings.ToUpper(c.Region), Locale: c.Locale, Language: strings.ToLower(c.Language), Raw: append([]byte(nil), raw...), Source: fmt.Sprintf("%s:%d", name, line)}
		if len(c.Entry) > 0 && string(c.Entry) != "null" {
			var one string
			var many []string
			if err := json.Unmarshal(c.Entry, &one); err == nil {
				cs.Entry = []string{one}
			} else if err := json.Unmarshal(c.Entry, &many); err == nil {
				cs.Entry = many
			} else {
				return nil, fmt.Errorf("%s:%d: entry must be a string or a list of strings", name, line)
			}
		}
		if (cs.Want == "answer" || cs.Want == "myth") && len(cs.Entry) == 0 {
			return nil, fmt.Errorf("%s:%d: an %s case needs an entry", name, line, cs.Want)
		}
		out = append(out, cs)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return out, nil
}

func validWant(w string) bool {
	for _, x := range Wants {
		if w == x {
			return true
		}
	}
	return false
}

// Got is what the bot did with a case (the "got" object of --json).
type Got struct {
	Kind      string   `json:"kind"`
	Entry     string   `json:"entry"`
	Related   []string `json:"related"`
	Region    string   `json:"region"`
	LatencyUS int64    `json:"latency_us"`
	// Triage is the safety triage of the reply (rule, category, model
	// class and probability), when it has one.
	Triage *bot.Triage `json:"triage,omitempty"`
	// Search is the knowledge search of the whole message, whatever the
	// reply: its first entries and its confidence, for reading how close
	// a case came to another decision.
	Search *SearchGot `json:"search,omitempty"`
}

// SearchGot is the search part of Got.
type SearchGot struct {
	Top        []string `json:"top"`
	Confidence float64  `json:"confidence"`
	TopCosine  float64  `json:"top_cosine,omitempty"`
	// Features are the inputs of the confidence (knowledge.Result.Features),
	// for refitting it on labelled messages.
	Features []float64 `json:"features,omitempty"`
}

// Result is one evaluated case.
type Result struct {
	Case Case
	Got  Got
	// Top3 holds the first three search hits, for the top-3 measure.
	Top3 []string
	Pass bool
	Why  string
}

// label maps a reply kind to the case label it satisfies.
func label(k bot.Kind) string {
	switch k {
	case bot.KindUnknown, bot.KindOfftopic:
		return "none"
	}
	return string(k)
}

// Run answers every case with b.Handle, one at a time, and judges it.
func Run(ctx context.Context, b *bot.Bot, cases []Case, now func() time.Time) []Result {
	if now == nil {
		now = time.Now
	}
	out := make([]Result, 0, len(cases))
	for _, c := range cases {
		start := now()
		rep := b.Handle(ctx, bot.Request{Text: c.Text, Channel: bot.ChannelConsole, Locale: c.Locale})
		lat := now().Sub(start)
		r := Result{Case: c, Got: Got{Kind: string(rep.Kind), Entry: rep.Entry, Related: rep.Related, Region: rep.Region, LatencyUS: lat.Microseconds(), Triage: rep.Triage}}
		if r.Got.Related == nil {
			r.Got.Related = []string{}
		}
		res := b.Knowledge().Search(c.Text, knowledge.SearchOptions{Limit: 3})
		sg := &SearchGot{Top: []string{}, Confidence: res.Confidence, TopCosine: res.TopCosine, Features: res.Features}
		for _, h := range res.Hits {
			sg.Top = append(sg.Top, h.Entry.ID)
		}
		r.Got.Search = sg
		if c.Want == "answer" || c.Want == "myth" {
			r.Top3 = sg.Top
		}
		r.Pass, r.Why = judge(c, rep)
		out = append(out, r)
	}
	return out
}

func contains(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

func judge(c Case, rep bot.Reply) (bool, string) {
	got := label(rep.Kind)
	if got != c.Want {
		return false, fmt.Sprintf("want %s, got %s", c.Want, rep.Kind)
	}
	if c.Language != "" {
		lang := "en"
		if rep.Triage != nil && rep.Triage.Language != "" {
			lang, _, _ = strings.Cut(rep.Triage.Language, "/")
		}
		if lang != c.Language {
			return false, fmt.Sprintf("want language %s, got %s", c.Language, lang)
		}
	}
	switch c.Want {
	case "answer", "myth":
		if !contains(c.Entry, rep.Entry) {
			return false, fmt.Sprintf("want entry %s, got %q", strings.Join(c.Entry, " or "), rep.Entry)
		}
	case "referral", "crisis":
		if c.Region != "" {
			r := regionOf(rep.Region)
			if !r.Within(c.Region) {
				return false, fmt.Sprintf("want region %s, got %q", c.Region, rep.Region)
			}
		}
	}
	return true, ""
}

func regionOf(code string) referral.Region {
	country, _, _ := strings.Cut(code, "-")
	r := referral.Region{Country: country}
	if strings.Contains(code, "-") {
		r.Subdivision = code
	}
	return r
}

// WriteJSONL writes each case's input line unchanged with a "got" object
// added.
func WriteJSONL(w io.Writer, results []Result) error {
	bw := bufio.NewWriter(w)
	for _, r := range results {
		got, err := json.Marshal(r.Got)
		if err != nil {
			return fmt.Errorf("write results: %w", err)
		}
		raw := bytes.TrimRight(r.Case.Raw, " \t\r\n")
		raw = bytes.TrimSuffix(raw, []byte("}"))
		bw.Write(raw)
		if len(bytes.TrimSpace(raw)) > 1 {
			bw.WriteString(", ")
		}
		bw.WriteString(`"got": `)
		bw.Write(got)
		bw.WriteString("}\n")
	}
	return bw.Flush()
}

// KindStats are the precision and recall of one label.
type KindStats struct {
	Label     string  `json:"label"`
	Support   int     `json:"support"`
	Predicted int     `json:"predicted"`
	Correct   int     `json:"correct"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
}

// Summary is the measured quality of a run.
type Summary struct {
	Cases int         `json:"cases"`
	Pass  int         `json:"passed"`
	Fail  int         `json:"failed"`
	Kinds []KindStats `json:"kinds"`
	// Top1 and Top3 are over answer and myth cases: the right entry is the
	// reply's entry (Top1) or among the first three search hits (Top3).
	Top1 float64 `json:"entry_top1"`
	Top3 float64 `json:"entry_top3"`
	// FalseAnswer is the share of answer and myth replies whose entry is
	// wrong for the case (including cases that wanted no entry).
	FalseAnswer float64 `json:"false_answer_rate"`
	// OverRefusal is the share of answer, myth, referral and none cases
	// that got refuse or crisis.
	OverRefusal float64 `json:"over_refusal"`
	// NoneRate is the share of none cases answered unknown or offtopic.
	NoneRate float64 `json:"none_correct"`
	P50US    int64   `json:"latency_p50_us"`
	P99US    int64   `json:"latency_p99_us"`
}

// Summarize measures results.
func Summarize(results []Result) Summary {
	s := Summary{Cases: len(results)}
	stats := map[string]*KindStats{}
	for _, w := range Wants {
		stats[w] = &KindStats{Label: w}
	}
	var entryCases, top1, top3, answered, falseAns, nonRisk, overRef, none, noneOK int
	var lats []int64
	for _, r := range results {
		if r.Pass {
			s.Pass++
		} else {
			s.Fail++
		}
		got := label(bot.Kind(r.Got.Kind))
		stats[r.Case.Want].Support++
		if st, ok := stats[got]; ok {
			st.Predicted++
			if got == r.Case.Want {
				st.Correct++
			}
		}
		if r.Case.Want == "answer" || r.Case.Want == "myth" {
			entryCases++
			if contains(r.Case.Entry, r.Got.Entry) {
				top1++
			}
			hit := contains(r.Case.Entry, r.Got.Entry)
			for _, id := range r.Top3 {
				hit = hit || contains(r.Case.Entry, id)
			}
			if hit {
				top3++
			}
		}
		if got == "answer" || got == "myth" {
			answered++
			if !contains(r.Case.Entry, r.Got.Entry) {
				falseAns++
			}
		}
		if r.Case.Want != "refuse" && r.Case.Want != "crisis" {
			nonRisk++
			if got == "refuse" || got == "crisis" {
				overRef++
			}
		}
		if r.Case.Want == "none" {
			none++
			if got == "none" {
				noneOK++
			}
		}
		lats = append(lats, r.Got.LatencyUS)
	}
	for _, w := range Wants {
		st := stats[w]
		st.Precision = ratio(st.Correct, st.Predicted)
		st.Recall = ratio(st.Correct, st.Support)
		s.Kinds = append(s.Kinds, *st)
	}
	s.Top1, s.Top3 = ratio(top1, entryCases), ratio(top3, entryCases)
	s.FalseAnswer = ratio(falseAns, answered)
	s.OverRefusal = ratio(overRef, nonRisk)
	s.NoneRate = ratio(noneOK, none)
	sort.Slice(lats, func(i, j int) bool { return lats[i] < lats[j] })
	s.P50US, s.P99US = percentile(lats, 0.50), percentile(lats, 0.99)
	return s
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func percentile(sorted []int64, p float64) int64 {
	if len(sorted) == 0 {
		return 0
	}
	i := int(p*float64(len(sorted))+0.5) - 1
	i = max(0, min(i, len(sorted)-1))
	return sorted[i]
}

// WriteReport prints the summary and the misses for people, ending with
// the line "N passed, N failed".
func WriteReport(w io.Writer, results []Result, s Summary) {
	fmt.Fprintf(w, "%d cases\n\n", s.Cases)
	fmt.Fprintf(w, "%-9s %7s %9s %9s %7s\n", "label", "support", "precision", "recall", "got")
	for _, k := range s.Kinds {
		if k.Support == 0 && k.Predicted == 0 {
			continue
		}
		fmt.Fprintf(w, "%-9s %7d %9.3f %9.3f %7d\n", k.Label, k.Support, k.Precision, k.Recall, k.Predicted)
	}
	fmt.Fprintf(w, "\nentry top-1 %.3f, top-3 %.3f (answer and myth cases)\n", s.Top1, s.Top3)
	fmt.Fprintf(w, "false-answer rate %.3f, over-refusal %.3f, none handled %.3f\n", s.FalseAnswer, s.OverRefusal, s.NoneRate)
	fmt.Fprintf(w, "latency p50 %dµs, p99 %dµs\n", s.P50US, s.P99US)
	misses := 0
	for _, r := range results {
		if r.Pass {
			continue
		}
		if misses == 0 {
			fmt.Fprintln(w, "\nmisses:")
		}
		misses++
		fmt.Fprintf(w, "  %s %q: %s\n", r.Case.Source, r.Case.Text, r.Why)
	}
	fmt.Fprintf(w, "\n%d passed, %d failed\n", s.Pass, s.Fail)
}
