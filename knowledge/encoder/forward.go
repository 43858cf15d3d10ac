package encoder

import (
	"math"

	"gonum.org/v1/gonum/blas"
)

// forward runs the transformer over ids (at most maxTokens) and returns the
// normalised sentence embedding.
func (m *Model) forward(ids []int) []float32 {
	n := len(ids)
	l0, l1 := &m.layers[0], &m.layers[1]
	// One allocation for every activation of this call.
	buf := make([]float32, n*(embWidth+embWidth+3*embWidth+embWidth+dim+dim+ffWidth+3*dim+dim)+2*dim+n*n)
	take := func(k int) []float32 {
		s := buf[:k:k]
		buf = buf[k:]
		return s
	}
	x0 := take(n * embWidth)
	ln0 := take(n * embWidth)
	qkv0 := take(n * 3 * embWidth)
	att0 := take(n * embWidth)
	h := take(n * dim)
	ln := take(n * dim)
	ff := take(n * ffWidth)
	qkv1 := take(n * 3 * dim)
	att1 := take(n * dim)
	pooled := take(dim)
	out := take(dim)
	scores := take(n * n)

	// Input: 2 x embedding + timing signal.
	for i, id := range ids {
		row := x0[i*embWidth : (i+1)*embWidth]
		m.emb.row(row, id, 2)
		addTo(row, m.timing[i])
	}

	// Layer 0: attention at 256 wide, residual through a dense projection.
	layerNorm(ln0, x0, n, embWidth, l0.lnScale, l0.lnBias)
	matmul(h, x0, n, &m.res)
	matmul(qkv0, ln0, n, &l0.qkv)
	attention(att0, qkv0, scores, n, embWidth, l0.headDim, l0.attentionScaling)
	matmulAdd(h, att0, n, &l0.out)
	feedForward(h, ln, ff, n, l0)

	// Layer 1: attention at 512 wide, plain residual.
	layerNorm(ln, h, n, dim, l1.lnScale, l1.lnBias)
	matmul(qkv1, ln, n, &l1.qkv)
	attention(att1, qkv1, scores, n, dim, l1.headDim, l1.attentionScaling)
	matmulAdd(h, att1, n, &l1.out)
	feedForward(h, ln, ff, n, l1)

	// Mean over tokens (an empty text pools to zero), tanh dense, L2.
	for i := 0; i < n; i++ {
		addTo(pooled, h[i*dim:(i+1)*dim])
	}
	div := float32(max(n, 1))
	for k := range pooled {
		pooled[k] /= div
	}
	matmul(out, pooled, 1, &m.pool)
	var ss float32
	for k, v := range out {
		t := float32(math.Tanh(float64(v)))
		out[k] = t
		ss += t * t
	}
	inv := float32(1 / math.Sqrt(float64(max(ss, 1e-12))))
	vec := make([]float32, dim)
	for k, v := range out {
		vec[k] = v * inv
	}
	return vec
}

// feedForward adds relu(LN(h) W1 + b1) W2 + b2 to h.
func feedForward(h, ln, ff []float32, n int, l *layer) {
	layerNorm(ln, h, n, dim, l.ffScale, l.ffBias)
	matmul(ff, ln, n, &l.ff1)
	relu(ff[:n*ffWidth])
	matmulAdd(h, ff, n, &l.ff2)
}

// layerNorm normalises each of the n rows of x (width d) into dst.
//
//go:norace
func layerNorm(dst, x []float32, n, d int, scale, bias []float32) {
	for i := 0; i < n; i++ {
		row := x[i*d : (i+1)*d]
		o := dst[i*d : (i+1)*d]
		var mean float32
		for _, v := range row {
			mean += v
		}
		mean /= float32(d)
		var vr float32
		for _, v := range row {
			c := v - mean
			vr += c * c
		}
		vr /= float32(d)
		rs := float32(1 / math.Sqrt(float64(vr+lnEps)))
		for k, v := range row {
			o[k] = scale[k]*rs*(v-mean) + bias[k]
		}
	}
}

// attention computes multi-head self-attention over n tokens. qkv holds, per
// token, the queries, keys and values (each width wide, heads of size hd);
// dst gets the heads' outputs side by side. scores is scratch of n*n.
//
// Both products go through Sgemm, 64 queries at a time so that each call
// stays below Sgemm's threshold for splitting work onto goroutines.
func attention(dst, qkv, scores []float32, n, width, hd int, scaling float32) {
	stride := 3 * width
	for h := 0; h < width/hd; h++ {
		qo, ko, vo := h*hd, width+h*hd, 2*width+h*hd
		for i0 := 0; i0 < n; i0 += stripe {
			m := min(stripe, n-i0)
			s := scores[:m*n]
			// s = scaling * Q K^T
			impl.Sgemm(blas.NoTrans, blas.Trans, m, n, hd, scaling,
				qkv[i0*stride+qo:], stride, qkv[ko:], stride, 0, s, n)
			softmaxRows(s, m, n)
			// out = softmax(s) V
			impl.Sgemm(blas.NoTrans, blas.NoTrans, m, hd, n, 1,
				s, n, qkv[vo:], stride, 0, dst[i0*width+h*hd:], width)
		}
	}
}

// softmaxRows replaces each of the m rows (n wide) of s by its softmax.
//
//go:norace
func softmaxRows(s []float32, m, n int) {
	for i := 0; i < m; i++ {
		row := s[i*n : (i+1)*n]
		mx := float32(math.Inf(-1))
		for _, v := range row {
			mx = max(mx, v)
		}
		var sum float32
		for j, v := range row {
			e := float32(math.Exp(float64(v - mx)))
			row[j] = e
			sum += e
		}
		for j := range row {
			row[j] /= sum
		}
	}
}

//go:norace
func relu(x []float32) {
	for i, v := range x {
		if v < 0 {
			x[i] = 0
		}
	}
}

//go:norace
func addTo(dst, x []float32) {
	x = x[:len(dst)]
	for i, v := range x {
		dst[i] += v
	}
}
