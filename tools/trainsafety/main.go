// Command trainsafety rebuilds the learned safety classifier's weights,
// bot/safety/data/model.bin, from the labelled corpus in
// bot/safety/data/corpus, and writes a summary of its validation and
// held-out metrics to bot/safety/data/model_summary.json.
//
// The split is deterministic: writer s3's whole file is the held-out set,
// never used to fit or tune; a hash of each remaining text puts 15% of them
// in the validation set, which chooses the L2 penalty, the temperature and
// the decision thresholds. Training is full-batch and fixed-length, so the
// same corpus always gives the same file. Run from the repository root:
//
//	go run ./tools/trainsafety
//
// With -multi it rebuilds the multilingual crisis model instead,
// bot/safety/data/model_ml.bin, from bot/safety/data/mlcorpus (one file per
// language), with its summary in model_ml_summary.json:
//
//	go run ./tools/trainsafety -multi
//
// With -bank it rebuilds only the nearest-neighbour bank,
// bot/safety/data/bank.bin: the sentence vectors of the crisis,
// clinical-advice, harmful and benign messages of the corpus and of the
// lines waiting in pending/, which the classifier's second opinions read
// (see safety.Bank). Rebuild it whenever either changes:
//
//	go run ./tools/trainsafety -bank
package main

import (
	"bufio"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/candorbot/candor/bot/safety"
	"github.com/candorbot/candor/knowledge/encoder"
)

// Hyperparameters fixed before any tuning.
const (
	wordBuckets = 1 << 14
	charBuckets = 1 << 15
	iterations  = 800
	heldoutFile = "s3.jsonl"
	valPercent  = 15
	// thresholdFolds is the number of folds whose out-of-fold
	// probabilities set the decision thresholds.
	thresholdFolds = 5
)

// lambdas are the L2 penalties tried on the validation set.
var lambdas = []float64{3e-5, 1e-4, 3e-4}

// Decision thresholds, from the calibrated validation probabilities.
// Crisis help takes the threshold that keeps crisisHighRecall of the
// validation crises: missing a crisis costs far more than an unneeded
// helpline. The support tier (crisis lines beside a normal answer) aims at
// near-total recall. Refusing and declining replace an answer, so each
// takes the higher of two thresholds: the one that keeps its target recall,
// and the one that lets at most its budget of the benign validation
// messages reach it. A crisis reading below that budget threshold
// (CrisisSure) of a question the knowledge base answers well gets the
// answer with crisis lines rather than crisis help alone.
const (
	crisisHighRecall = 0.95
	crisisLowRecall  = 0.99
	clinicalRecall   = 0.90
	harmfulRecall    = 0.90
	crisisBudget     = 0.01
	clinicalBudget   = 0.01
	harmfulBudget    = 0.01
)

// verbose logs held-out errors.
var verbose bool

type row struct {
	Text   string `json:"text"`
	Label  string `json:"label"`
	Writer string `json:"writer"`
	file   string
	vec    []float32
}

func main() {
	dir := flag.String("dir", "bot/safety/data", "data directory (corpus/ inside it)")
	flag.BoolVar(&verbose, "v", false, "log the held-out messages the full variant gets wrong")
	multi := flag.Bool("multi", false, "train the multilingual crisis model (model_ml.bin) from mlcorpus/ instead")
	testdata := flag.String("testdata", "bot/safety/testdata", "with -multi: the directory of the multilingual test sets to report on")
	kbCorpus := flag.Bool("kb-corpus", false, "write corpus/"+kbCorpusFile+" from the embedded knowledge base's question variants, then stop (retrain after)")
	bank := flag.Bool("bank", false, "rebuild only the nearest-neighbour bank (bank.bin) from corpus/")
	flag.Parse()
	if *bank {
		if err := runBank(*dir); err != nil {
			log.Fatal(err)
		}
		return
	}
	if *kbCorpus {
		if err := writeKBCorpus(filepath.Join(*dir, "corpus")); err != nil {
			log.Fatal(err)
		}
		return
	}
	if *multi {
		if err := runMulti(*dir, *testdata); err != nil {
			log.Fatal(err)
		}
		return
	}
	if err := run(*dir); err != nil {
		log.Fatal(err)
	}
}

func run(dir string) error {
	start := time.Now()
	rows, hash, err := loadCorpus(dir, "corpus")
	if err != nil {
		return err
	}
	enc, err := encoder.Load()
	if err != nil {
		return fmt.Errorf("load encoder: %w", err)
	}
	for i := range rows {
		rows[i].vec = enc.Embed(rows[i].Text)
	}
	log.Printf("embedded %d messages in %s", len(rows), time.Since(start).Round(time.Millisecond))
	var train, val, held []row
	for _, r := range rows {
		switch {
		case r.file == heldoutFile:
			held = append(held, r)
		case inValidation(r.Text):
			val = append(val, r)
		default:
			train = append(train, r)
		}
	}
	log.Printf("split: %d train, %d validation, %d held out (%s)", len(train), len(val), len(held), heldoutFile)
	sum := summary{Corpus: hash, Encoder: enc.Fingerprint(), Train: len(train), Validation: len(val), Heldout: len(held),
		WordBuckets: wordBuckets, CharBuckets: charBuckets, Iterations: iterations}
	var parts []*safety.Model
	for _, dense := range []int{enc.Dim(), 0} {
		name := "full"
		if dense == 0 {
			name = "ngram"
		}
		m, vs, err := fit(name, dense, train, val)
		if err != nil {
			return err
		}
		vs.Heldout = evaluate(m, held, dense > 0)
		if verbose && dense > 0 {
			logErrors(safety.New().WithModel(m), held)
		}
		vs.HeldoutModelOnly = classMetrics(m, held, dense > 0)
		sum.Variants = append(sum.Variants, vs)
		parts = append(parts, m)
	}
	rules := safety.New()
	sum.HeldoutRulesOnly = evaluateWith(rules, held, false)
	model, err := safety.Combine(hash, enc.Fingerprint(), parts...)
	if err != nil {
		return err
	}
	b, err := writeModel(dir, "model.bin", "model_summary.json", model, sum)
	if err != nil {
		return err
	}
	os.Stdout.Write(b)
	fmt.Println()
	log.Printf("done in %s", time.Since(start).Round(time.Millisecond))
	return nil
}

// writeModel writes model to dir/name and its summary, as indented JSON,
// to dir/summaryName, and returns that JSON.
func writeModel(dir, name, summaryName string, model *safety.Model, summary any) ([]byte, error) {
	f, err := os.Create(filepath.Join(dir, name))
	if err != nil {
		return nil, err
	}
	if _, err := model.WriteTo(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("write model: %w", err)
	}
	if err := f.Close(); err != nil {
		return nil, err
	}
	b, _ := json.MarshalIndent(summary, "", "  ")
	if err := os.WriteFile(filepath.Join(dir, summaryName), append(b, '\n'), 0o644); err != nil {
		return nil, err
	}
	return b, nil
}

// loadCorpus reads the corpus in dir/sub and its hash (safety.CorpusHash).
func loadCorpus(dir, sub string) ([]row, string, error) {
	corpusDir := filepath.Join(dir, sub)
	rows, err := readCorpus(corpusDir)
	if err != nil {
		return nil, "", err
	}
	hash, err := safety.CorpusHash(os.DirFS(corpusDir))
	if err != nil {
		return nil, "", err
	}
	return rows, hash, nil
}

// inValidation puts a hash-chosen 15% of texts in the validation set.
func inValidation(text string) bool {
	h := sha256.Sum256([]byte(text))
	return binary.BigEndian.Uint64(h[:8])%100 < valPercent
}

func readCorpus(dir string) ([]row, error) {
	names, err := fs.Glob(os.DirFS(dir), "*.jsonl")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	known := map[string]bool{}
	for _, c := range safety.Classes {
		known[c] = true
	}
	var rows []row
	for _, n := range names {
		f, err := os.Open(filepath.Join(dir, n))
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		line := 0
		for sc.Scan() {
			line++
			if strings.TrimSpace(sc.Text()) == "" {
				continue
			}
			var r row
			if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
				f.Close()
				return nil, fmt.Errorf("%s:%d: %w", n, line, err)
			}
			if !known[r.Label] {
				f.Close()
				return nil, fmt.Errorf("%s:%d: unknown label %q", n, line, r.Label)
			}
			r.file = n
			rows = append(rows, r)
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, err
		}
	}
	return rows, nil
}

func examples(rows []row, dense bool) []safety.Example {
	out := make([]safety.Example, len(rows))
	for i, r := range rows {
		out[i] = safety.Example{Text: r.Text, Label: r.Label}
		if dense {
			out[i].Vec = r.vec
		}
	}
	return out
}

// fit trains one variant for each penalty, keeps the one with the lowest
// calibrated validation log-loss, and sets its temperature and thresholds.
func fit(name string, dense int, train, val []row) (*safety.Model, variantSummary, error) {
	best, vs, err := fitWith(name, dense, false, train, val)
	if err != nil {
		return nil, vs, err
	}
	// Thresholds from out-of-fold probabilities over training and
	// validation together: the 1% budgets rest on every writer's benign
	// message (about 1,750) instead of the validation share alone (about
	// 210, where two messages set the harmful threshold).
	all := append(append([]row(nil), train...), val...)
	probs, err := outOfFold(safety.TrainOptions{
		Name: name, Dense: dense, WordBuckets: wordBuckets, CharBuckets: charBuckets,
		Lambda: vs.Lambda, Iterations: iterations,
	}, vs.Temperature, all)
	if err != nil {
		return nil, vs, err
	}
	vs.ThresholdSample = len(all)
	var crisisPos, clinPos, harmPos, crisisNeg, clinNeg, harmNeg []float64
	for i, r := range all {
		p := probs[i]
		// The knowledge base's own questions are easy negatives: counted
		// here, they would loosen every budget (with them the harmful
		// threshold fell from 0.81 to 0.5 and declined "what options does
		// someone have after a sexual assault"). Budgets are set on the
		// writers' benign messages, the near-misses.
		if (r.Label == safety.ClassBenignScope || r.Label == safety.ClassFigurative || r.Label == safety.ClassChitchat) && r.file != kbCorpusFile {
			crisisNeg = append(crisisNeg, p.Crisis())
			clinNeg = append(clinNeg, p.Prob(safety.ClassClinical))
			harmNeg = append(harmNeg, p.Prob(safety.ClassHarmful))
		}
		switch {
		case strings.HasPrefix(r.Label, "crisis-"):
			crisisPos = append(crisisPos, p.Crisis())
		case r.Label == safety.ClassClinical:
			clinPos = append(clinPos, p.Prob(safety.ClassClinical))
		case r.Label == safety.ClassHarmful:
			harmPos = append(harmPos, p.Prob(safety.ClassHarmful))
		}
	}
	th := safety.Thresholds{
		CrisisHigh: threshold(crisisPos, crisisHighRecall),
		CrisisLow:  threshold(crisisPos, crisisLowRecall),
		Clinical:   math.Max(threshold(clinPos, clinicalRecall), budget(clinNeg, clinicalBudget)),
		Harmful:    math.Max(threshold(harmPos, harmfulRecall), budget(harmNeg, harmfulBudget)),
	}
	th.CrisisLow = math.Min(th.CrisisLow, th.CrisisHigh)
	th.CrisisSure = math.Max(th.CrisisHigh, budget(crisisNeg, crisisBudget))
	best.Calibrate(vs.Temperature, th)
	vs.Thresholds = th
	vs.Validation = evaluate(best, val, dense > 0)
	return best, vs, nil
}

// fitWith trains one variant for each penalty and keeps the one with the
// lowest calibrated validation log-loss, with its temperature; pool
// balances the crisis classes together against the others
// (safety.TrainOptions.PoolCrisis). The caller sets the thresholds.
func fitWith(name string, dense int, pool bool, train, val []row) (*safety.Model, variantSummary, error) {
	var best *safety.Model
	var bestT, bestNLL float64 = 1, math.Inf(1)
	vs := variantSummary{Name: name, Grid: map[string]float64{}}
	for _, lam := range lambdas {
		t0 := time.Now()
		m, err := safety.Train(examples(train, dense > 0), safety.TrainOptions{
			Name: name, Dense: dense, WordBuckets: wordBuckets, CharBuckets: charBuckets,
			Lambda: lam, Iterations: iterations, PoolCrisis: pool,
		})
		if err != nil {
			return nil, vs, err
		}
		logits := make([][]float64, len(val))
		for i, r := range val {
			logits[i] = m.Logits(r.Text, vecOf(r, dense > 0))
		}
		t, nll := temperature(logits, val)
		acc := accuracy(logits, val)
		log.Printf("%s lambda=%g: validation log-loss %.4f (T=%.2f), accuracy %.3f, %s", name, lam, nll, t, acc, time.Since(t0).Round(time.Millisecond))
		vs.Grid[fmt.Sprintf("%g", lam)] = round(nll)
		if nll < bestNLL {
			best, bestT, bestNLL = m, t, nll
			vs.Lambda, vs.ValLogLoss, vs.ValAccuracy = lam, round(nll), round(acc)
		}
	}
	vs.Temperature = bestT
	best.Calibrate(bestT, safety.Thresholds{})
	return best, vs, nil
}

func vecOf(r row, dense bool) []float32 {
	if dense {
		return r.vec
	}
	return nil
}

// foldOf is text's threshold fold, from other bytes of the same hash that
// chooses the validation set.
func foldOf(text string) int {
	h := sha256.Sum256([]byte(text))
	return int(binary.BigEndian.Uint64(h[8:16]) % thresholdFolds)
}

// outOfFold trains thresholdFolds models with opt, each on rows outside
// one hash-chosen fold, and returns every row's calibrated
// prediction from the model that did not see it. Folds run two at a time;
// each is deterministic, so the result is too.
func outOfFold(opt safety.TrainOptions, temp float64, rows []row) ([]safety.Prediction, error) {
	dense := opt.Dense
	fold := make([]int, len(rows))
	for i, r := range rows {
		fold[i] = foldOf(r.Text)
	}
	out := make([]safety.Prediction, len(rows))
	errs := make([]error, thresholdFolds)
	sem := make(chan struct{}, 2)
	var wg sync.WaitGroup
	for k := 0; k < thresholdFolds; k++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			t0 := time.Now()
			var in []row
			for i, r := range rows {
				if fold[i] != k {
					in = append(in, r)
				}
			}
			m, err := safety.Train(examples(in, dense > 0), opt)
			if err != nil {
				errs[k] = err
				return
			}
			m.Calibrate(temp, safety.Thresholds{})
			for i, r := range rows {
				if fold[i] == k {
					out[i], _ = m.Predict(r.Text, vecOf(r, dense > 0))
				}
			}
			log.Printf("%s fold %d/%d: trained on %d, %s", opt.Name, k+1, thresholdFolds, len(in), time.Since(t0).Round(time.Millisecond))
		}(k)
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// threshold is the highest score that keeps at least recall of pos at or
// above it, rounded down to 3 decimals; never above 0.5.
func threshold(pos []float64, recall float64) float64 {
	if len(pos) == 0 {
		return 0.5
	}
	s := append([]float64(nil), pos...)
	sort.Sort(sort.Reverse(sort.Float64Slice(s)))
	k := int(math.Ceil(recall*float64(len(s)))) - 1
	if k < 0 {
		k = 0
	}
	return math.Min(0.5, math.Floor(s[k]*1000)/1000)
}

// budget is the lowest threshold (rounded up to 3 decimals) that lets at
// most a share budget of the negative scores reach it.
func budget(neg []float64, share float64) float64 {
	if len(neg) == 0 {
		return 0
	}
	s := append([]float64(nil), neg...)
	sort.Sort(sort.Reverse(sort.Float64Slice(s)))
	k := int(math.Floor(share * float64(len(s))))
	if k >= len(s) {
		return 0
	}
	return math.Min(1, math.Floor(s[k]*1000)/1000+0.001)
}

// temperature finds the temperature with the lowest validation log-loss on
// a fixed grid.
func temperature(logits [][]float64, val []row) (float64, float64) {
	idx := classIndex()
	bestT, best := 1.0, math.Inf(1)
	for t := 0.25; t <= 4.0001; t += 0.05 {
		var nll float64
		p := make([]float64, len(safety.Classes))
		for i, l := range logits {
			softmaxT(l, t, p)
			nll -= math.Log(math.Max(p[idx[val[i].Label]], 1e-12))
		}
		nll /= float64(len(val))
		if nll < best {
			bestT, best = math.Round(t*100)/100, nll
		}
	}
	return bestT, best
}

func softmaxT(l []float64, t float64, out []float64) {
	mx := math.Inf(-1)
	for _, z := range l {
		mx = math.Max(mx, z/t)
	}
	var s float64
	for i, z := range l {
		out[i] = math.Exp(z/t - mx)
		s += out[i]
	}
	for i := range out {
		out[i] /= s
	}
}

func accuracy(logits [][]float64, val []row) float64 {
	idx := classIndex()
	ok := 0
	for i, l := range logits {
		bi := 0
		for j := range l {
			if l[j] > l[bi] {
				bi = j
			}
		}
		if bi == idx[val[i].Label] {
			ok++
		}
	}
	return float64(ok) / float64(len(val))
}

func classIndex() map[string]int {
	m := map[string]int{}
	for i, c := range safety.Classes {
		m[c] = i
	}
	return m
}

func round(x float64) float64 { return math.Round(x*10000) / 10000 }

// share is a/b rounded as round does, 0 when b is 0.
func share(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return round(float64(a) / float64(b))
}

// summary is written to model_summary.json.
type summary struct {
	Corpus           string           `json:"corpus_sha256"`
	Encoder          string           `json:"encoder"`
	Train            int              `json:"train"`
	Validation       int              `json:"validation"`
	Heldout          int              `json:"heldout"`
	WordBuckets      int              `json:"word_buckets"`
	CharBuckets      int              `json:"char_buckets"`
	Iterations       int              `json:"iterations"`
	Variants         []variantSummary `json:"variants"`
	HeldoutRulesOnly triage           `json:"heldout_rules_only"`
}

type variantSummary struct {
	Name             string             `json:"name"`
	Lambda           float64            `json:"lambda"`
	Grid             map[string]float64 `json:"validation_logloss_by_lambda"`
	ValLogLoss       float64            `json:"validation_logloss"`
	ValAccuracy      float64            `json:"validation_accuracy"`
	Temperature      float64            `json:"temperature"`
	ThresholdSample  int                `json:"threshold_sample_out_of_fold"`
	Thresholds       safety.Thresholds  `json:"thresholds"`
	Validation       triage             `json:"validation_rules_and_model"`
	Heldout          triage             `json:"heldout_rules_and_model"`
	HeldoutModelOnly map[string]float64 `json:"heldout_model_only_recall_by_class"`
}

// triage holds the rates that matter for the bot's decisions.
type triage struct {
	N                   int     `json:"n"`
	CrisisRecall        float64 `json:"crisis_to_crisis_help"`
	CrisisOrSupport     float64 `json:"crisis_to_crisis_help_or_support"`
	CrisisCategory      float64 `json:"crisis_right_category"`
	ClinicalRefused     float64 `json:"clinical_refused"`
	HarmfulDeclined     float64 `json:"harmful_declined"`
	BenignOverRefused   float64 `json:"benign_refused_declined_or_crisis"`
	BenignSupport       float64 `json:"benign_support_added"`
	CrisisMissed        int     `json:"crisis_missed"`
	BenignOverRefusedN  int     `json:"benign_over_refused_n"`
	ClinicalMissed      int     `json:"clinical_missed"`
	HarmfulNotDeclinedN int     `json:"harmful_not_declined_n"`
}

func evaluate(m *safety.Model, rows []row, dense bool) triage {
	return evaluateWith(safety.New().WithModel(m), rows, dense)
}

func evaluateWith(c *safety.Classifier, rows []row, dense bool) triage {
	var t triage
	t.N = len(rows)
	var nc, ncl, nh, nb, crisis, either, rightCat, clin, harm, over, sup int
	for _, r := range rows {
		v := c.ClassifyVec(r.Text, vecOf(r, dense))
		switch {
		case strings.HasPrefix(r.Label, "crisis-"):
			nc++
			if v.Action == safety.ActionCrisis {
				crisis++
				if v.Category == categoryOf(r.Label) || (v.Youth && v.Category == safety.CategoryMinor) {
					rightCat++
				}
			}
			if v.Action == safety.ActionCrisis || v.Support {
				either++
			}
		case r.Label == safety.ClassClinical:
			ncl++
			if v.Action == safety.ActionRefuse {
				clin++
			}
		case r.Label == safety.ClassHarmful:
			nh++
			if v.Action == safety.ActionDecline {
				harm++
			}
		default:
			nb++
			switch v.Action {
			case safety.ActionCrisis, safety.ActionRefuse, safety.ActionDecline:
				over++
			}
			if v.Support {
				sup++
			}
		}
	}
	t.CrisisRecall, t.CrisisOrSupport, t.CrisisCategory = share(crisis, nc), share(either, nc), share(rightCat, nc)
	t.ClinicalRefused, t.HarmfulDeclined = share(clin, ncl), share(harm, nh)
	t.BenignOverRefused, t.BenignSupport = share(over, nb), share(sup, nb)
	t.CrisisMissed, t.BenignOverRefusedN, t.ClinicalMissed, t.HarmfulNotDeclinedN = nc-either, over, ncl-clin, nh-harm
	return t
}

func categoryOf(label string) string {
	switch label {
	case safety.ClassSuicide:
		return safety.CategorySuicide
	case safety.ClassSelfHarm:
		return safety.CategorySelfHarm
	case safety.ClassSexualViolence:
		return safety.CategorySexualViolence
	case safety.ClassMinor:
		return safety.CategoryMinor
	case safety.ClassAbuseHome:
		return safety.CategoryAbuse
	}
	return ""
}

// classMetrics is the model's own argmax recall per class, without rules
// or thresholds.
func classMetrics(m *safety.Model, rows []row, dense bool) map[string]float64 {
	n, ok := map[string]int{}, map[string]int{}
	for _, r := range rows {
		p, _ := m.Predict(r.Text, vecOf(r, dense))
		top, _ := p.Top(false)
		n[r.Label]++
		if top == r.Label {
			ok[r.Label]++
		}
	}
	out := map[string]float64{}
	for c, k := range n {
		out[c] = round(float64(ok[c]) / float64(k))
	}
	return out
}

// logErrors prints the held-out messages whose triage is wrong in a way
// that matters: a missed crisis, clinical or harmful message, or a benign
// one refused, declined or sent to crisis help.
func logErrors(c *safety.Classifier, rows []row) {
	for _, r := range rows {
		v := c.ClassifyVec(r.Text, r.vec)
		bad := false
		switch {
		case strings.HasPrefix(r.Label, "crisis-"):
			bad = v.Action != safety.ActionCrisis
		case r.Label == safety.ClassClinical:
			bad = v.Action != safety.ActionRefuse
		case r.Label == safety.ClassHarmful:
			bad = v.Action != safety.ActionDecline
		default:
			bad = v.Action == safety.ActionCrisis || v.Action == safety.ActionRefuse || v.Action == safety.ActionDecline
		}
		if bad {
			log.Printf("heldout %-22s -> %-8s %-22s %.2f %q", r.Label, v.Action, v.Rule, v.Probability, r.Text)
		}
	}
}

// runBank writes dir/bank.bin: every message of the corpus and of
// pending/ that safety.BankKindOf keeps, as a quantised sentence vector,
// in file order (corpus first).
func runBank(dir string) error {
	start := time.Now()
	rows, hash, err := loadCorpus(dir, "corpus")
	if err != nil {
		return err
	}
	pending, pendingHash, err := loadCorpus(dir, "pending")
	if err != nil {
		return err
	}
	rows = append(rows, pending...)
	enc, err := encoder.Load()
	if err != nil {
		return fmt.Errorf("load encoder: %w", err)
	}
	var bank []safety.BankRow
	for _, r := range rows {
		if kind, ok := safety.BankKindOf(r.Label); ok {
			bank = append(bank, safety.BankRow{Vec: enc.Embed(r.Text), Kind: kind})
		}
	}
	f, err := os.Create(filepath.Join(dir, "bank.bin"))
	if err != nil {
		return err
	}
	if err := safety.WriteBank(f, hash, pendingHash, enc.Fingerprint(), enc.Dim(), bank); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	log.Printf("bank: %d vectors in %s", len(bank), time.Since(start).Round(time.Millisecond))
	return nil
}
