#!/usr/bin/env python3
"""PyTorch's own logits and 16-class decisions for a TorchScript model, to check `cakebench evaluate`.

Prepares each image as model-vs-human's PyTorch loader does (the reference cakebench follows), runs
the model on CPU and writes what cakebench should reproduce:

  python tools/reference_logits.py models/resnet50.pt IMAGE [IMAGE ...] --out resnet50-ref
      -> resnet50-ref.logits.f32  float32 little-endian, row-major [N, 1000], one row per image
         resnet50-ref.json        {"images": [...], "decisions": [...]} in the same order

Preprocessing: PIL `Image.open(f).convert("RGB")`; images that are not S x S are resized (shorter
side round(S * 256 / 224), bilinear) and centre-cropped to S; `ToTensor()`; `Normalize(mean,
std)`. Decision: softmax over the 1,000 logits, mean probability over each category's ImageNet
indices (the project's imagenet-to-16-class.tsv), highest wins.

Compare with cakebench's decisions (the `object_response` column of its trial CSV for the same
image names) or, for logits, with the parity tests under generator/src/test. Requirements: Python
3.8+, torch >= 1.13, torchvision >= 0.14, Pillow.
"""

import argparse
import json
import os
import sys

IMAGENET_MEAN = [0.485, 0.456, 0.406]
IMAGENET_STD = [0.229, 0.224, 0.225]
MAPPING = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, "generator", "src",
                       "main", "resources", "org", "cakebench", "data", "mappings",
                       "imagenet-to-16-class.tsv")


def read_mapping(path):
    """[(category, [imagenet index, ...]), ...] in the file's order (ties go to the first)."""
    categories = []
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        if header != ["category", "imagenet_indices"]:
            sys.exit(f"{path}:1: expected the header 'category<TAB>imagenet_indices'")
        for number, line in enumerate(f, start=2):
            fields = line.rstrip("\n").split("\t")
            if len(fields) != 2:
                sys.exit(f"{path}:{number}: expected two tab-separated fields")
            categories.append((fields[0], [int(i) for i in fields[1].split(",")]))
    return categories


def fit(path, size):
    """The image as an RGB PIL image of S x S pixels: decoded, resized and cropped when needed."""
    from PIL import Image
    from torchvision import transforms

    with Image.open(path) as image:
        rgb = image.convert("RGB")
    if rgb.size == (size, size):
        return rgb
    return transforms.CenterCrop(size)(transforms.Resize(round(size * 256 / 224))(rgb))


def prepare(path, size, mean, std):
    """One image as the [3, S, S] float32 tensor model-vs-human's loader would feed the model."""
    from torchvision import transforms

    to_input = transforms.Compose([transforms.ToTensor(), transforms.Normalize(mean=mean, std=std)])
    return to_input(fit(path, size))


def decide(logits, categories):
    import torch

    probabilities = torch.softmax(logits, dim=1)
    means = torch.stack([probabilities[:, idx].mean(dim=1) for _, idx in categories], dim=1)
    return [categories[i][0] for i in means.argmax(dim=1).tolist()]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=__doc__.split("\n\n", 1)[1])
    parser.add_argument("model", help="TorchScript file returning [N, 1000] logits")
    parser.add_argument("images", nargs="+", help="image files, in the order of the output rows")
    parser.add_argument("--out", required=True, help="output prefix (.logits.f32 and .json)")
    parser.add_argument("--size", type=int, default=224, help="model input size (default 224)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--mapping", default=MAPPING, help="imagenet-to-16-class.tsv")
    args = parser.parse_args(argv)

    import torch

    categories = read_mapping(args.mapping)
    module = torch.jit.load(args.model, map_location="cpu").eval()
    rows = []
    with torch.no_grad():
        for start in range(0, len(args.images), args.batch_size):
            chunk = args.images[start:start + args.batch_size]
            batch = torch.stack([prepare(p, args.size, IMAGENET_MEAN, IMAGENET_STD) for p in chunk])
            logits = module(batch)
            if tuple(logits.shape) != (len(chunk), 1000):
                sys.exit(f"{args.model}: output shape {tuple(logits.shape)}, expected"
                         f" [{len(chunk)}, 1000]")
            rows.append(logits.float())
    logits = torch.cat(rows)
    decisions = decide(logits, categories)

    for suffix, write in ((".logits.f32", lambda f: f.write(logits.numpy().astype("<f4").tobytes())),
                          (".json", lambda f: f.write(json.dumps(
                              {"images": [os.path.basename(p) for p in args.images],
                               "decisions": decisions}, indent=1).encode("utf-8")))):
        path = args.out + suffix
        with open(path + ".tmp", "wb") as f:
            write(f)
        os.replace(path + ".tmp", path)
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
