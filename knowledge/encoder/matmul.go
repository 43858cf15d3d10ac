package encoder

// matmul sets dst (n x l.out) to a (n x l.in) times l's weights plus bias.
func matmul(dst, a []float32, n int, l *linear) {
	gemm(dst, a, n, l, false)
}

// matmulAdd adds a (n x l.in) times l's weights plus bias to dst.
func matmulAdd(dst, a []float32, n int, l *linear) {
	gemm(dst, a, n, l, true)
}

// gemm walks the weight matrix once, row by row (each row is one output),
// and takes the dot product of that row with every token: the weights are
// far larger than the activations, so they are the ones to stream.
//
//go:norace
func gemm(dst, a []float32, n int, l *linear, accumulate bool) {
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
