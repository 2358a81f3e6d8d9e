#!/bin/bash
# The narrow split experiment's build (cargo with relocs -> wasm-split-cli -> wasm-bindgen
# --keep-lld-exports -> wasm-opt -Oz -> terser -> gzip -9 sizes). Paths are this machine's.
# usage: run.sh SRC NAME [nosplit]
set -e
SRC=$1; N=/work/splitexp/$2; MODE=$3
cd $SRC; source scripts/env.sh >/dev/null; export PATH=/work/main/.tools/node_modules/.bin:$PATH
rm -rf $N; mkdir -p $N/split $N/out
TGT=/work/splitexp/tgt-$(basename $SRC)
RF=""; [ "$MODE" = nosplit ] || RF="-C link-arg=--emit-relocs"; CARGO_PROFILE_RELEASE_STRIP=false RUSTFLAGS="$RF" CARGO_TARGET_DIR=$TGT cargo build --offline --release --target wasm32-unknown-unknown --bin mlt-fit > $N/build.log 2>&1 || { grep -E "^error" -A12 $N/build.log | head -40; exit 1; }
W=$TGT/wasm32-unknown-unknown/release/mlt-fit.wasm
FLAGS="--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue"
if [ "$MODE" = nosplit ]; then
  wasm-bindgen --target web --out-dir $N/out --out-name mlt-fit $W
else
  /work/split-tools/bin/wasm-split-cli --out-name mlt-fit $W $N/split > $N/split.log 2>&1 || { tail -20 $N/split.log; exit 1; }
  wasm-bindgen --target web --keep-lld-exports --out-dir $N/out --out-name mlt-fit $N/split/mlt-fit.wasm
  for f in $N/split/*; do case $(basename $f) in mlt-fit.wasm) ;; *) cp $f $N/out/;; esac; done
fi
rm -f $N/out/*.d.ts
for f in $N/out/*.wasm; do wasm-opt -Oz $FLAGS "$f" -o "$f.tmp" && mv "$f.tmp" "$f"; done
for f in $N/out/*.js; do /work/main/.tools/terser/node_modules/.bin/terser --module --ecma 2020 --compress passes=2 --mangle -o "$f.min" "$f" 2>/dev/null && mv "$f.min" "$f" || true; done
for f in $N/out/*; do printf "%8d %8d %s\n" $(stat -c %s $f) $(gzip -9c $f | wc -c) $(basename $f); done
