package encoder

import (
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/gonum"
)

// gemm is the matrix kernel in use: gemmBLAS (gonum's pure-Go sgemm with
// its SSE dot product) or gemmLoops (plain Go). Both are kept so the
// benchmarks can compare them; see BenchmarkKernels.
var gemm = gemmBLAS

var impl gonum.Implementation

// gemmBLAS computes the same as gemmLoops with gonum's Sgemm: dst = a W^T
// (+ dst when accumulating) + bias, W being [out, in].
func gemmBLAS(dst, a []float32, n int, l *linear, accumulate bool) {
	in, out := l.in, l.out
	if n == 0 {
		return
	}
	dst = dst[:n*out]
	if !accumulate {
		for i := 0; i < n; i++ {
			copy(dst[i*out:(i+1)*out], l.b)
		}
	} else {
		for i := 0; i < n; i++ {
			addTo(dst[i*out:(i+1)*out], l.b)
		}
	}
	// Sgemm splits large products into 64x64 blocks run on goroutines, so
	// its dot products are only 64 long and the goroutines cost more than
	// they save here. Products with fewer than four blocks run serially over
	// the whole inner dimension, so the weights go in stripes of 64 outputs
	// (n <= 128 tokens makes at most two blocks per stripe).
	for j := 0; j < out; j += stripe {
		w := min(stripe, out-j)
		impl.Sgemm(blas.NoTrans, blas.Trans, n, w, in, 1, a[:n*in], in, l.w[j*in:(j+w)*in], in, 1, dst[j:], out)
	}
}

const stripe = 64

// matmul sets dst (n x l.out) to a (n x l.in) times l's weights plus bias.
func matmul(dst, a []float32, n int, l *linear) {
	gemm(dst, a, n, l, false)
}

// matmulAdd adds a (n x l.in) times l's weights plus bias to dst.
func matmulAdd(dst, a []float32, n int, l *linear) {
	gemm(dst, a, n, l, true)
}

// gemmLoops walks the weight matrix once, row by row (each row is one output),
// and takes the dot product of that row with every token: the weights are
// far larger than the activations, so they are the ones to stream.
//
//go:norace
func gemmLoops(dst, a []float32, n int, l *linear, accumulate bool) {
	in, out := l.in, l.out
	for j := 0; j < out; j++ {
		w := l.w[j*in : (j+1)*in]
		b := l.b[j]
		for i := 0; i < n; i++ {
			s := dot(a[i*in:(i+1)*in], w) + b
			if accumulate {
				dst[i*out+j] += s
			} else {
				dst[i*out+j] = s
			}
		}
	}
}

// dot is the dot product of x and y (len(y) >= len(x)), with four
// independent accumulators.
//
//go:norace
func dot(x, y []float32) float32 {
	y = y[:len(x)]
	var s0, s1, s2, s3 float32
	i := 0
	for ; i+4 <= len(x); i += 4 {
		s0 += x[i] * y[i]
		s1 += x[i+1] * y[i+1]
		s2 += x[i+2] * y[i+2]
		s3 += x[i+3] * y[i+3]
	}
	for ; i < len(x); i++ {
		s0 += x[i] * y[i]
	}
	return (s0 + s1) + (s2 + s3)
}
