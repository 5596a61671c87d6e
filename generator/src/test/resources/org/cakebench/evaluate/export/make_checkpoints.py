#!/usr/bin/env python3
"""Writes random-weight checkpoints in the upstream formats tools/export_torchscript.py reads, and
the logits the original networks give, for TorchScriptExportTest.

  python make_checkpoints.py OUT_DIR IMAGE [IMAGE ...]

- OUT/InsDis.pth, OUT/InsDis_classifier.pth: a PyContrast checkpoint ({"model": {"module.encoder.
  <torchvision ResNet-50 trunk key>": ..., "module.head...": ...}, "opt": <argparse options>}) and
  model-vs-human's linear classifier ({"classifier": {"module.weight", "module.bias"}}), the layouts
  PyContrast's hubconf and model-vs-human's pycontrast_resnet50.py read.
- OUT/resnet50-1x.pth: a simclr-converter checkpoint ({"state_dict": <ResNet-50 x1 keys>}), whose
  network takes pixels in [0, 1].
- OUT/torchvision/<name>.pth: random state dicts of small torchvision models, as torchvision's
  weight files store them (for the download tests of `export_torchscript.py all`).
- OUT/<id>.expected.f32: float32 [N, 1000] logits of the network built here, straight from the
  state dicts (not through the export script), for the images given, prepared as model-vs-human
  does (tools/reference_logits.py).
"""

import argparse
import os
import sys

import torch
import torchvision

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.append(os.path.join(HERE, *[os.pardir] * 8, "tools"))  # or PYTHONPATH=tools
import reference_logits  # noqa: E402

SMALL_TORCHVISION_MODELS = ["squeezenet1_1", "shufflenet_v2_x0_5", "mnasnet0_5"]
MEAN = torch.tensor(reference_logits.IMAGENET_MEAN).view(1, 3, 1, 1)
STD = torch.tensor(reference_logits.IMAGENET_STD).view(1, 3, 1, 1)


def randomised_resnet50(seed):
    """A ResNet-50 whose BatchNorm statistics are random too, so that no layer is an identity."""
    torch.manual_seed(seed)
    net = torchvision.models.resnet50(weights=None)
    for module in net.modules():
        if isinstance(module, torch.nn.BatchNorm2d):
            module.running_mean.uniform_(-0.1, 0.1)
            module.running_var.uniform_(0.5, 1.5)
            module.weight.data.uniform_(0.5, 1.5)
            module.bias.data.uniform_(-0.1, 0.1)
    return net.eval()


def save(obj, path):
    torch.save(obj, path + ".tmp")
    os.replace(path + ".tmp", path)


def write_logits(net, images, path):
    batch = torch.stack([reference_logits.prepare(p, 224, reference_logits.IMAGENET_MEAN,
                                                  reference_logits.IMAGENET_STD) for p in images])
    with torch.no_grad():
        logits = net(batch)
    with open(path + ".tmp", "wb") as f:
        f.write(logits.numpy().astype("<f4").tobytes())
    os.replace(path + ".tmp", path)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out")
    parser.add_argument("images", nargs="+")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)

    pycontrast = randomised_resnet50(1)
    trunk = {f"module.encoder.{k}": v for k, v in pycontrast.state_dict().items()
             if not k.startswith("fc.")}
    trunk["module.head.fc.weight"] = torch.zeros(128, 2048)  # projection head, not used
    save({"model": trunk, "opt": argparse.Namespace(arch="resnet50"), "epoch": 200},
         os.path.join(args.out, "InsDis.pth"))
    save({"classifier": {"module.weight": pycontrast.fc.weight.detach().clone(),
                         "module.bias": pycontrast.fc.bias.detach().clone()}, "epoch": 100},
         os.path.join(args.out, "InsDis_classifier.pth"))
    write_logits(pycontrast, args.images, os.path.join(args.out, "InsDis.expected.f32"))

    simclr = randomised_resnet50(2)
    save({"state_dict": simclr.state_dict()}, os.path.join(args.out, "resnet50-1x.pth"))

    class FromUnitPixels(torch.nn.Module):
        def forward(self, x):
            return simclr(x * STD + MEAN)

    write_logits(FromUnitPixels(), args.images,
                 os.path.join(args.out, "simclr_resnet50x1.expected.f32"))

    os.makedirs(os.path.join(args.out, "torchvision"), exist_ok=True)
    for seed, name in enumerate(SMALL_TORCHVISION_MODELS, start=3):
        torch.manual_seed(seed)
        net = getattr(torchvision.models, name)(weights=None)
        save(net.state_dict(), os.path.join(args.out, "torchvision", name + ".pth"))


if __name__ == "__main__":
    main()
