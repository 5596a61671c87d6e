#!/usr/bin/env python3
"""Inference-only throughput of one TorchScript file in PyTorch itself, for bench/djl_vs_pytorch.sh.

  python bench/pytorch_inference.py MODEL.pt BATCH TIMED_BATCHES [SIZE]   ->  "pytorch <images/s>"

Measured as generator/src/test/java/org/cakebench/evaluate/InferenceBenchmark.java measures DJL:
random normalised input made once, three warm-up batches, then timed batches, no autograd, all
cores (torch.set_num_threads(os.cpu_count()), as libtorch under DJL uses them).
"""

import os
import sys
import time

import torch


def main(path, batch, timed, size=224):
    torch.set_num_threads(os.cpu_count())
    module = torch.jit.load(path, map_location="cpu").eval()
    x = torch.randn(batch, 3, size, size, generator=torch.Generator().manual_seed(0))
    with torch.no_grad():
        for _ in range(3):
            module(x)
        start = time.perf_counter()
        for _ in range(timed):
            module(x)
        seconds = time.perf_counter() - start
    print(f"pytorch {batch * timed / seconds:.2f}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), *(int(a) for a in sys.argv[4:5]))
