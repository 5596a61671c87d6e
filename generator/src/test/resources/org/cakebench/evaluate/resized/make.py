#!/usr/bin/env python3
"""Writes the synthetic non-224 images of this folder and PyTorch's logits for them.

  python make.py ../shared/fixtures/pool8-linear/pool8-linear.pt   (path of the shared fixture)

Needs Pillow, numpy, torch and torchvision (tools/reference_logits.py does the PyTorch side).
The images are smooth colour fields with a disc, drawn from numbers alone (no dataset images),
each in another of the encodings PIL meets: RGB, grey, palette, 16-bit grey, alpha, 1-bit, JPEG.
"""

import hashlib
import json
import os
import sys

import numpy as np
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
SESSION = os.path.join(HERE, "sketch", "dnn", "session-1")
TOOLS = os.path.join(HERE, *[os.pardir] * 8, "tools")
sys.path.insert(0, TOOLS)
import reference_logits  # noqa: E402


def field(w, h, seed):
    """An RGB uint8 array: sinusoids whose phases depend on seed, plus a disc."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:h, 0:w].astype(np.float64)
    channels = []
    for _ in range(3):
        fx, fy, phase = rng.uniform(0.5, 3.0), rng.uniform(0.5, 3.0), rng.uniform(0, 2 * np.pi)
        channels.append(127.5 + 120 * np.sin(2 * np.pi * (fx * x / w + fy * y / h) + phase))
    rgb = np.stack(channels, axis=-1)
    cx, cy, r = rng.uniform(0.3, 0.7) * w, rng.uniform(0.3, 0.7) * h, 0.2 * min(w, h)
    disc = (x - cx) ** 2 + (y - cy) ** 2 < r * r
    rgb[disc] = rng.uniform(0, 255, size=3)
    return np.clip(np.round(rgb), 0, 255).astype(np.uint8)


def grey(rgb):
    return np.round(rgb.astype(np.float64) @ [0.299, 0.587, 0.114]).astype(np.uint8)


IMAGES = [
    ("0001_ske_dnn_0_airplane_00_rgb-300x400.png", lambda: Image.fromarray(field(300, 400, 1))),
    ("0002_ske_dnn_0_bear_00_rgb-500x333.png", lambda: Image.fromarray(field(500, 333, 2))),
    ("0003_ske_dnn_0_bicycle_00_grey-320x256.png",
     lambda: Image.fromarray(grey(field(320, 256, 3)), "L")),
    ("0004_ske_dnn_0_bird_00_palette-333x500.png",
     lambda: Image.fromarray(field(333, 500, 4)).quantize(colors=64, dither=Image.Dither.NONE)),
    ("0005_ske_dnn_0_boat_00_grey16-240x260.png",
     # 60..570: values above 255 test PIL's clipping of I;16 to RGB, the others pass through
     lambda: Image.fromarray(grey(field(240, 260, 5)).astype(np.uint16) * 2 + 60, "I;16")),
    ("0006_ske_dnn_0_bottle_00_rgba-257x231.png",
     lambda: Image.fromarray(np.dstack([field(257, 231, 6), grey(field(257, 231, 60))]), "RGBA")),
    ("0007_ske_dnn_0_car_00_grey-alpha-225x224.png",
     lambda: Image.fromarray(grey(field(225, 224, 7)), "L").convert("LA")),
    ("0008_ske_dnn_0_cat_00_small-160x120.png", lambda: Image.fromarray(field(160, 120, 8))),
    ("0009_ske_dnn_0_chair_00_bilevel-300x300.png",
     lambda: Image.fromarray(grey(field(300, 300, 9))).convert("1")),
    ("0010_ske_dnn_0_clock_00_rgb-400x300.jpg", lambda: Image.fromarray(field(400, 300, 10))),
    ("0011_ske_dnn_0_dog_00_grey-256x300.jpg",
     lambda: Image.fromarray(grey(field(256, 300, 11)), "L")),
    ("0012_ske_dnn_0_elephant_00_rgb-224x224.png", lambda: Image.fromarray(field(224, 224, 12))),
]


def main(model):
    os.makedirs(SESSION, exist_ok=True)
    paths = []
    for name, draw in IMAGES:
        path = os.path.join(SESSION, name)
        image = draw()
        if name.endswith(".jpg"):
            image.save(path, quality=90)
        else:
            image.save(path, optimize=True)
        paths.append(path)
    # the 224 x 224 RGB bytes each image becomes before ToTensor(), to test decoding and resizing
    # exactly; the logits below can only be compared within float tolerance across torch builds
    fitted = {os.path.basename(p): hashlib.sha256(reference_logits.fit(p, 224).tobytes()).hexdigest()
              for p in paths}
    with open(os.path.join(HERE, "fitted-sha256.json"), "w", encoding="utf-8") as f:
        json.dump(fitted, f, indent=1)
        f.write("\n")
    prefix = os.path.join(HERE, "pool8-linear")
    reference_logits.main([model, *paths, "--out", prefix])
    # *.logits.f32 names the shared fixtures' files; this reference is made here, from numbers
    os.replace(prefix + ".logits.f32", prefix + "-logits.f32")


if __name__ == "__main__":
    main(sys.argv[1])
