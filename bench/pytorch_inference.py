#!/usr/bin/env python3
"""Inference-only throughput of one TorchScript file in PyTorch itself, for bench/djl_vs_pytorch.sh
and bench/gpu_check.sh.

  python bench/pytorch_inference.py MODEL.pt BATCH TIMED_BATCHES [SIZE] [cpu|cuda]
      ->  "pytorch <images/s> <device> <torch version>"

Measured as org.cakebench.evaluate.InferenceThroughput measures DJL: random normalised float32
input made once (on the device), three warm-up batches, then timed batches, no autograd; on the
CPU all cores (torch.set_num_threads(os.cpu_count()), as libtorch under DJL uses them), on CUDA
the clock stops once the device has finished (DJL's predictions return host copies of the logits,
so the same holds there).
"""

import os
import sys
import time

import torch


def main(path, batch, timed, size=224, device="cpu"):
    torch.set_num_threads(os.cpu_count())
    module = torch.jit.load(path, map_location=device).eval()
    x = torch.randn(batch, 3, size, size, generator=torch.Generator().manual_seed(0)).to(device)
    with torch.no_grad():
        for _ in range(3):
            module(x).cpu()
        start = time.perf_counter()
        for _ in range(timed):
            module(x).cpu()
        seconds = time.perf_counter() - start
    print(f"pytorch {batch * timed / seconds:.2f} {device} {torch.__version__}")


if __name__ == "__main__":
    args = sys.argv[1:]
    main(args[0], int(args[1]), int(args[2]), int(args[3]) if len(args) > 3 else 224,
         args[4] if len(args) > 4 else "cpu")
