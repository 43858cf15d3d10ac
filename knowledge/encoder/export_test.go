package encoder

// Tokenize exposes the tokenizer to the external tests: the token ids of
// text, before truncation.
func (m *Model) Tokenize(text string) []int { return m.tok.encode(text) }

// LoadData loads a model from weight and vocabulary images other than the
// embedded ones (for example an unquantised conversion).
func LoadData(weights, vocab []byte) (*Model, error) { return load(weights, vocab) }
