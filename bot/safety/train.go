package safety

import (
	"errors"
	"fmt"
	"math"
)

// Example is one labelled message for training the model.
type Example struct {
	// Text is the message.
	Text string
	// Label is one of Classes.
	Label string
	// Vec is its sentence vector; nil trains an n-gram-only variant.
	Vec []float32
}

// TrainOptions are the hyperparameters of one training run.
type TrainOptions struct {
	// Name names the variant ("full" or "ngram").
	Name string
	// Dense is the length of the sentence vectors (0: n-grams only).
	Dense int
	// WordBuckets and CharBuckets size the hashed n-gram blocks.
	WordBuckets, CharBuckets int
	// Lambda is the L2 penalty on the weights (not the biases).
	Lambda float64
	// Iterations is the fixed number of full-batch gradient steps.
	Iterations int
	// PoolCrisis balances the crisis classes together against the other
	// classes together (half the total weight each), instead of every
	// class against every other: with five crisis classes and three
	// benign ones, per-class balance would give crises five eighths of
	// the weight and the model a lean towards flagging.
	PoolCrisis bool
}

// Train fits a multinomial logistic regression with class-balanced weights
// by full-batch Nesterov gradient descent in float64, in a fixed order and
// for a fixed number of steps, so the same examples and options always
// give the same weights. The returned model has one variant, with
// temperature 1 and no thresholds; see Calibrate and Combine. It returns an
// error when an example has an unknown label or a vector of the wrong size.
func Train(examples []Example, opt TrainOptions) (*Model, error) {
	if len(examples) == 0 || opt.Iterations <= 0 || opt.WordBuckets <= 0 {
		return nil, errors.New("train safety model: no examples, iterations or buckets")
	}
	k := len(Classes)
	classOf := map[string]int{}
	for i, c := range Classes {
		classOf[c] = i
	}
	dim := opt.Dense + opt.WordBuckets + opt.CharBuckets
	xs := make([]sparse, len(examples))
	ys := make([]int, len(examples))
	count := make([]float64, k)
	maxNorm := 0.0
	for i, ex := range examples {
		y, ok := classOf[ex.Label]
		if !ok {
			return nil, fmt.Errorf("train safety model: example %d: unknown label %q", i, ex.Label)
		}
		if opt.Dense > 0 && len(ex.Vec) != opt.Dense {
			return nil, fmt.Errorf("train safety model: example %d: vector of %d, want %d", i, len(ex.Vec), opt.Dense)
		}
		ys[i] = y
		count[y]++
		var sp sparse
		for j := 0; j < opt.Dense; j++ {
			sp.idx = append(sp.idx, int32(j))
			sp.val = append(sp.val, ex.Vec[j])
		}
		ng := ngramFeatures(ex.Text, opt.WordBuckets, opt.CharBuckets, opt.Dense)
		sp.idx = append(sp.idx, ng.idx...)
		sp.val = append(sp.val, ng.val...)
		xs[i] = sp
		var n float64
		for _, v := range sp.val {
			n += float64(v) * float64(v)
		}
		maxNorm = math.Max(maxNorm, n)
	}
	// Class-balanced weights: every class present carries the same total.
	present := 0
	for _, c := range count {
		if c > 0 {
			present++
		}
	}
	cw := make([]float64, k)
	for c := range cw {
		if count[c] > 0 {
			cw[c] = float64(len(examples)) / (float64(present) * count[c])
		}
	}
	if opt.PoolCrisis {
		crisisPresent := 0
		for c, n := range count {
			if n > 0 && isCrisisClass(Classes[c]) {
				crisisPresent++
			}
		}
		if other := present - crisisPresent; crisisPresent > 0 && other > 0 {
			for c, n := range count {
				if n == 0 {
					continue
				}
				group := other
				if isCrisisClass(Classes[c]) {
					group = crisisPresent
				}
				cw[c] = float64(len(examples)) / (2 * float64(group) * n)
			}
		}
	}
	n := float64(len(examples))
	size := k * (dim + 1) // weights then biases
	w := make([]float64, size)
	prev := make([]float64, size)
	y := make([]float64, size)
	g := make([]float64, size)
	step := 1 / (0.5*maxNorm + 0.5 + opt.Lambda)
	logit := make([]float64, k)
	for t := 1; t <= opt.Iterations; t++ {
		mu := float64(t-1) / float64(t+2)
		for i := range y {
			y[i] = w[i] + mu*(w[i]-prev[i])
		}
		for i := range g {
			g[i] = 0
		}
		for i, sp := range xs {
			for c := 0; c < k; c++ {
				row := y[c*dim : (c+1)*dim]
				s := y[k*dim+c]
				for j, f := range sp.idx {
					s += row[f] * float64(sp.val[j])
				}
				logit[c] = s
			}
			softmax(logit, 1, logit)
			wi := cw[ys[i]] / n
			for c := 0; c < k; c++ {
				d := logit[c]
				if c == ys[i] {
					d--
				}
				d *= wi
				if d == 0 {
					continue
				}
				row := g[c*dim : (c+1)*dim]
				for j, f := range sp.idx {
					row[f] += d * float64(sp.val[j])
				}
				g[k*dim+c] += d
			}
		}
		for i := 0; i < k*dim; i++ {
			g[i] += opt.Lambda * y[i]
		}
		copy(prev, w)
		for i := range w {
			w[i] = y[i] - step*g[i]
		}
	}
	v := &variant{
		info: VariantInfo{Name: opt.Name, Dense: opt.Dense, Lambda: opt.Lambda, Temperature: 1},
		dim:  dim,
		w:    make([]float32, k*dim),
		b:    make([]float32, k),
	}
	for i := 0; i < k*dim; i++ {
		v.w[i] = float32(w[i])
	}
	for c := 0; c < k; c++ {
		v.b[c] = float32(w[k*dim+c])
	}
	m := &Model{
		info: ModelInfo{
			Version: 1, Classes: append([]string(nil), Classes[:]...),
			WordBuckets: opt.WordBuckets, CharBuckets: opt.CharBuckets,
			Variants: []VariantInfo{v.info},
		},
		variants: []*variant{v},
	}
	return m, nil
}

// Logits returns the uncalibrated class scores of text under the variant
// that Predict would use, for calibration.
func (m *Model) Logits(text string, vec []float32) []float64 {
	v := m.pick(len(vec))
	if v == nil {
		return nil
	}
	if v.info.Dense == 0 {
		vec = nil
	}
	out := make([]float64, len(Classes))
	v.logits(vec, ngramFeatures(text, m.info.WordBuckets, m.info.CharBuckets, v.info.Dense), out)
	return out
}

// Calibrate sets the temperature and thresholds of every variant of m
// (a model from Train has one).
func (m *Model) Calibrate(temperature float64, th Thresholds) {
	for i, v := range m.variants {
		v.info.Temperature = temperature
		v.info.Thresholds = th
		m.info.Variants[i] = v.info
	}
}

// Combine joins single-variant models trained with the same buckets into
// one model file, recording the corpus hash and encoder fingerprint. It
// returns an error when their n-gram blocks differ.
func Combine(corpus, encoder string, parts ...*Model) (*Model, error) {
	if len(parts) == 0 {
		return nil, errors.New("combine safety models: nothing to combine")
	}
	out := &Model{info: parts[0].info}
	out.info.Corpus, out.info.Encoder = corpus, encoder
	out.info.Variants = nil
	for _, p := range parts {
		if p.info.WordBuckets != out.info.WordBuckets || p.info.CharBuckets != out.info.CharBuckets {
			return nil, errors.New("combine safety models: different n-gram buckets")
		}
		for _, v := range p.variants {
			out.variants = append(out.variants, v)
			out.info.Variants = append(out.info.Variants, v.info)
		}
	}
	return out, nil
}
