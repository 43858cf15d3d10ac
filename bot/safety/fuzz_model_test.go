package safety_test

import (
	"bytes"
	"os"
	"testing"

	"github.com/candorbot/candor/bot/safety"
)

// FuzzReadModel feeds the model-file parser arbitrary bytes, seeded with
// the committed model and cuts of it: an error or a model, never a panic.
func FuzzReadModel(f *testing.F) {
	data, err := os.ReadFile("data/model.bin")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data[:min(len(data), 4096)])
	f.Add(data[:min(len(data), 64)])
	f.Add([]byte("not a model"))
	f.Fuzz(func(t *testing.T, b []byte) {
		safety.ReadModel(bytes.NewReader(b))
	})
}
