package encoder

// Tokenize exposes the tokenizer to the external tests: the token ids of
// text, before truncation.
func (m *Model) Tokenize(text string) []int { return m.tok.encode(text) }

// LoadData loads a model from weight and vocabulary images other than the
// embedded ones (for example an unquantised conversion).
func LoadData(weights, vocab []byte) (*Model, error) { return load(weights, vocab) }

// UseBLAS switches the matrix kernel between gonum's Sgemm (true) and the
// plain Go loops (false) and returns a function restoring the previous one.
func UseBLAS(on bool) (restore func()) {
	prev := gemm
	if on {
		gemm = gemmBLAS
	} else {
		gemm = gemmLoops
	}
	return func() { gemm = prev }
}

// Piece returns the vocabulary piece of token id.
func (m *Model) Piece(id int) string { return m.tok.pieces[id].text }

// VocabSize is the number of vocabulary pieces.
func (m *Model) VocabSize() int { return len(m.tok.pieces) }
