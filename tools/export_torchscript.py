#!/usr/bin/env python3
"""Export the models of Geirhos et al. (2020) to TorchScript files for `cakebench evaluate`.

Every exported file takes a float32 batch [N, 3, S, S] (RGB, /255, normalised with the ImageNet
mean and std, S = 224) and returns the 1,000 ImageNet logits [N, 1000]. Inception-V3 gets 224 x 224
input too: model-vs-human, whose decisions the report compares against, feeds every torchvision
model the 224 x 224 stimuli (its adaptive pooling accepts them).
cakebench does the image preprocessing in Java; the file holds only the network (plus, for
SimCLR, the un-normalisation its weights expect). Files go to models/<id>.pt, the default paths in
content/observers.yaml.

Run it where Python, PyTorch and torchvision are (a GPU is not needed):

  # all 32 models: downloads every checkpoint from the sources the reference toolbox uses,
  # records it in models/weights.lock.json, exports and checks each model (see paper_models.py)
  python tools/export_torchscript.py all
  python tools/export_torchscript.py all --weights-mirror /shared/weights   # no internet
  python tools/export_torchscript.py all --list                             # the sources

  # the 24 supervised models (torchvision downloads the ImageNet weights)
  python tools/export_torchscript.py torchvision

  # the five PyContrast models: ResNet-50 trunk checkpoint (PyContrast model zoo) plus the linear
  # classifier trained for the paper (model-vs-human release v0.2, <name>_classifier.pth)
  python tools/export_torchscript.py pycontrast --model InsDis \
      --trunk InsDis.pth --classifier InsDis_classifier.pth

  # the three SimCLR models, TensorFlow checkpoints converted by tonylins/simclr-converter
  python tools/export_torchscript.py simclr --model simclr_resnet50x1 --checkpoint resnet50-1x.pth

  # check exported files: output shape [N, 1000], finite values, batch size free
  python tools/export_torchscript.py check models/*.pt

--random-weights builds each architecture with weights=None (no download, no checkpoint) for
testing the tool chain; --check runs the check right after each export.

Requirements: Python 3.8+, torch >= 1.13 and torchvision >= 0.14 (the `weights=` API). The
supervised weights are torchvision's IMAGENET1K_V1 weights, the ones of the PyTorch model zoo that
the paper used.
"""

import argparse
import json
import os
import sys
from collections import OrderedDict

TORCHVISION_MODELS = [
    "alexnet", "vgg11_bn", "vgg13_bn", "vgg16_bn", "vgg19_bn", "squeezenet1_0", "squeezenet1_1",
    "densenet121", "densenet169", "densenet201", "inception_v3", "resnet18", "resnet34",
    "resnet50", "resnet101", "resnet152", "shufflenet_v2_x0_5", "mobilenet_v2",
    "resnext50_32x4d", "resnext101_32x8d", "wide_resnet50_2", "wide_resnet101_2",
    "mnasnet0_5", "mnasnet1_0",
]
PYCONTRAST_MODELS = ["InsDis", "MoCo", "MoCoV2", "PIRL", "InfoMin"]
SIMCLR_MODELS = {"simclr_resnet50x1": 1, "simclr_resnet50x2": 2, "simclr_resnet50x4": 4}
IMAGENET_MEAN = [0.485, 0.456, 0.406]
IMAGENET_STD = [0.229, 0.224, 0.225]


INPUT_SIZE = 224


# ---------------------------------------------------------------------------------------------
# Building the networks


def build_torchvision(name, random_weights):
    import torchvision

    builder = getattr(torchvision.models, name)
    if random_weights:
        if name == "inception_v3":
            # the pretrained configuration: transform_input maps ImageNet-normalised input to the
            # [-1, 1] scaling of Google's weights, as torchvision does when loading them
            return builder(weights=None, aux_logits=True, transform_input=True, init_weights=True)
        return builder(weights=None)
    return builder(weights="IMAGENET1K_V1")


def _load_checkpoint(path):
    """torch.load of a trusted checkpoint: PyContrast's also pickle their argparse options, which
    torch >= 2.6 refuses unless weights_only=False. Only load checkpoints from sources you trust."""
    import torch

    return torch.load(path, map_location="cpu", weights_only=False)


def _state_dict_of(checkpoint, keys):
    for key in keys:
        if isinstance(checkpoint, dict) and key in checkpoint and isinstance(checkpoint[key], dict):
            return checkpoint[key]
    return checkpoint


def _strip(state_dict, prefixes):
    out = OrderedDict()
    for key, value in state_dict.items():
        for prefix in prefixes:
            if key.startswith(prefix):
                key = key[len(prefix):]
        out[key] = value
    return out


def build_pycontrast(name, trunk_path, classifier_path, random_weights):
    """torchvision's ResNet-50 with PyContrast's trunk weights and the paper's linear classifier.

    PyContrast's ResNet-50 (networks/resnet.py) has torchvision's layer names and a ResNet V1.5
    bottleneck, without the fc layer; its checkpoints store the trunk as
    model['module.encoder.<layer>'] next to projection heads, which are not needed here.
    """
    import torch
    import torchvision

    model = torchvision.models.resnet50(weights=None)
    if random_weights:
        return model
    checkpoint = _load_checkpoint(trunk_path)
    weights = _strip(_state_dict_of(checkpoint, ["model", "state_dict"]), ["module."])
    if any(k.startswith("encoder.") for k in weights):
        weights = OrderedDict((k[len("encoder."):], v) for k, v in weights.items()
                              if k.startswith("encoder."))
    trunk_keys = [k for k in model.state_dict() if not k.startswith("fc.")]
    missing = [k for k in trunk_keys if k not in weights]
    if missing:
        sys.exit(f"{trunk_path}: not a PyContrast ResNet-50 trunk; missing {missing[:5]}"
                 f" ({len(missing)} keys)")
    model.load_state_dict(OrderedDict((k, weights[k]) for k in trunk_keys), strict=False)

    classifier = _load_checkpoint(classifier_path)
    linear = _strip(_state_dict_of(classifier, ["classifier", "state_dict"]), ["module."])
    if set(linear) != {"weight", "bias"} or tuple(linear["weight"].shape) != (1000, 2048):
        sys.exit(f"{classifier_path}: expected a Linear(2048, 1000) state dict under"
                 f" 'classifier', found keys {sorted(linear)[:5]}")
    model.fc.load_state_dict(linear)
    return model


def build_simclr(name, checkpoint_path, random_weights):
    """SimCLR ResNet-50 (1x, 2x, 4x) as converted by simclr-converter, fed ImageNet-normalised input.

    The converted weights expect pixels in [0, 1]: the module first undoes the ImageNet
    normalisation (x * std + mean), as model-vs-human's wrapper does, then runs the ResNet whose
    stem, stages and classifier are all `width` times wider than ResNet-50's.
    """
    import torch
    import torch.nn as nn
    from torchvision.models.resnet import Bottleneck

    width = SIMCLR_MODELS[name]

    class WideResNet50(nn.Module):
        def __init__(self):
            super().__init__()
            self.inplanes = 64 * width
            self.conv1 = nn.Conv2d(3, self.inplanes, kernel_size=7, stride=2, padding=3, bias=False)
            self.bn1 = nn.BatchNorm2d(self.inplanes)
            self.relu = nn.ReLU(inplace=True)
            self.maxpool = nn.MaxPool2d(kernel_size=3, stride=2, padding=1)
            self.layer1 = self._stage(64 * width, 3, 1)
            self.layer2 = self._stage(128 * width, 4, 2)
            self.layer3 = self._stage(256 * width, 6, 2)
            self.layer4 = self._stage(512 * width, 3, 2)
            self.avgpool = nn.AdaptiveAvgPool2d((1, 1))
            self.fc = nn.Linear(512 * Bottleneck.expansion * width, 1000)

        def _stage(self, planes, blocks, stride):
            downsample = None
            if stride != 1 or self.inplanes != planes * Bottleneck.expansion:
                downsample = nn.Sequential(
                    nn.Conv2d(self.inplanes, planes * Bottleneck.expansion, kernel_size=1,
                              stride=stride, bias=False),
                    nn.BatchNorm2d(planes * Bottleneck.expansion))
            layers = [Bottleneck(self.inplanes, planes, stride, downsample)]
            self.inplanes = planes * Bottleneck.expansion
            layers += [Bottleneck(self.inplanes, planes) for _ in range(1, blocks)]
            return nn.Sequential(*layers)

        def forward(self, x):
            x = self.maxpool(self.relu(self.bn1(self.conv1(x))))
            x = self.layer4(self.layer3(self.layer2(self.layer1(x))))
            return self.fc(torch.flatten(self.avgpool(x), 1))

    class Unnormalised(nn.Module):
        def __init__(self, net):
            super().__init__()
            self.register_buffer("mean", torch.tensor(IMAGENET_MEAN, dtype=torch.float32).view(1, 3, 1, 1))
            self.register_buffer("std", torch.tensor(IMAGENET_STD, dtype=torch.float32).view(1, 3, 1, 1))
            self.net = net

        def forward(self, x):
            return self.net(x * self.std + self.mean)

    net = WideResNet50()
    if not random_weights:
        checkpoint = _load_checkpoint(checkpoint_path)
        weights = _strip(_state_dict_of(checkpoint, ["state_dict"]), ["module."])
        result = net.load_state_dict(weights, strict=False)
        if result.missing_keys or result.unexpected_keys:
            sys.exit(f"{checkpoint_path}: not a simclr-converter ResNet-50 x{width} checkpoint;"
                     f" missing {result.missing_keys[:5]}, unexpected {result.unexpected_keys[:5]}")
    return Unnormalised(net)


# ---------------------------------------------------------------------------------------------
# Export and check


def export(model, model_id, out_dir, run_check):
    import torch

    model.eval()
    size = INPUT_SIZE
    example = torch.rand(1, 3, size, size)
    with torch.no_grad():
        traced = torch.jit.trace(model, example)
    os.makedirs(out_dir, exist_ok=True)
    path = os.path.join(out_dir, model_id + ".pt")
    tmp = path + ".tmp"
    traced.save(tmp)
    os.replace(tmp, path)
    print(f"wrote {path}")
    if run_check:
        check(path, size, reference=model)
    return path


def check(path, size=INPUT_SIZE, reference=None):
    """Loads a TorchScript file and checks [N, 1000] finite logits for two batch sizes."""
    import torch

    module = torch.jit.load(path, map_location="cpu")
    module.eval()
    generator = torch.Generator().manual_seed(0)
    for n in (2, 5):
        x = (torch.rand(n, 3, size, size, generator=generator)
             - torch.tensor(IMAGENET_MEAN).view(1, 3, 1, 1)) / torch.tensor(IMAGENET_STD).view(1, 3, 1, 1)
        with torch.no_grad():
            y = module(x)
        if not isinstance(y, torch.Tensor):
            sys.exit(f"{path}: returns {type(y).__name__}, expected one tensor of logits")
        if tuple(y.shape) != (n, 1000):
            sys.exit(f"{path}: output shape {tuple(y.shape)} for {n} images, expected [{n}, 1000]")
        if not torch.isfinite(y).all():
            sys.exit(f"{path}: NaN or infinite logits")
        if reference is not None:
            with torch.no_grad():
                expected = reference(x)
            if not torch.allclose(y, expected, rtol=1e-4, atol=1e-4):
                sys.exit(f"{path}: traced module differs from the eager model")
    print(f"ok {path}: [N, 1000] finite logits for N = 2 and 5 ({size}x{size} input)")


def export_all(parser, args):
    """`all`: fetches and exports every paper model not yet current; 1 if any failed."""
    import paper_models

    overrides = None
    if args.sources:
        with open(args.sources) as f:
            overrides = json.load(f)
    table = paper_models.sources(TORCHVISION_MODELS, overrides)
    if args.list:
        print(paper_models.source_table_json(table))
        return 0
    ids = list(table) if not args.models else [m.strip() for m in args.models.split(",") if m.strip()]
    unknown = [m for m in ids if m not in table]
    if unknown:
        parser.error(f"not among the paper's 32 models: {unknown}")
    exporters = {
        "torchvision": lambda name, files, out: export(
            build_torchvision(name, False), name, out, True),
        "pycontrast": lambda name, files, out: export(
            build_pycontrast(name, files["trunk"], files["classifier"], False), name, out, True),
        "simclr": lambda name, files, out: export(
            build_simclr(name, files["checkpoint"], False), name, out, True),
    }
    try:
        run = paper_models.PaperModelExport(table, args.out, exporters, mirror=args.weights_mirror)
    except ValueError as e:  # an unreadable lock file
        sys.exit(str(e))
    return 1 if run.run(ids) else 0


def main(argv=None):
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="See the module docstring (top of this file) for examples.")
    sub = parser.add_subparsers(dest="command", required=True)

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--out", default="models", help="output folder (default: models)")
    common.add_argument("--random-weights", action="store_true",
                        help="build the architecture with weights=None (for testing)")
    common.add_argument("--check", action="store_true",
                        help="load each exported file and check its [N, 1000] output")

    tv = sub.add_parser("torchvision", parents=[common], help="the 24 supervised models")
    tv.add_argument("--models", default=",".join(TORCHVISION_MODELS),
                    help="comma-separated subset (default: all 24)")

    pc = sub.add_parser("pycontrast", parents=[common], help="one PyContrast ResNet-50")
    pc.add_argument("--model", required=True, choices=PYCONTRAST_MODELS)
    pc.add_argument("--trunk", help="PyContrast checkpoint, e.g. InsDis.pth (MoCoV2: MoCov2.pth)")
    pc.add_argument("--classifier", help="linear classifier, e.g. InsDis_classifier.pth")

    sc = sub.add_parser("simclr", parents=[common], help="one SimCLR ResNet-50")
    sc.add_argument("--model", required=True, choices=sorted(SIMCLR_MODELS))
    sc.add_argument("--checkpoint", help="simclr-converter output, e.g. resnet50-1x.pth")

    al = sub.add_parser("all", help="download and export all 32 models (checked)")
    al.add_argument("--out", default="models", help="output folder (default: models)")
    al.add_argument("--models", help="comma-separated subset of the 32 model ids")
    al.add_argument("--weights-mirror", metavar="DIR",
                    help="take the checkpoints from this folder (file names as --list shows)"
                         " instead of downloading them")
    al.add_argument("--sources", metavar="FILE.json",
                    help="other URLs for some checkpoints: {\"<model>\": {\"<role>\": \"<url>\"}}")
    al.add_argument("--list", action="store_true",
                    help="print every model's checkpoints (role, file, URL) as JSON and exit")

    ck = sub.add_parser("check", help="check exported TorchScript files")
    ck.add_argument("files", nargs="+")

    args = parser.parse_args(argv)
    if args.command == "check":
        for path in args.files:
            check(path)
        return
    if args.command == "all":
        sys.exit(export_all(parser, args))
    if args.command == "torchvision":
        names = [n.strip() for n in args.models.split(",") if n.strip()]
        unknown = [n for n in names if n not in TORCHVISION_MODELS]
        if unknown:
            parser.error(f"not among the paper's 24 torchvision models: {unknown}")
        for name in names:
            export(build_torchvision(name, args.random_weights), name, args.out, args.check)
    elif args.command == "pycontrast":
        if not args.random_weights and not (args.trunk and args.classifier):
            parser.error("--trunk and --classifier are required (or --random-weights)")
        model = build_pycontrast(args.model, args.trunk, args.classifier, args.random_weights)
        export(model, args.model, args.out, args.check)
    elif args.command == "simclr":
        if not args.random_weights and not args.checkpoint:
            parser.error("--checkpoint is required (or --random-weights)")
        model = build_simclr(args.model, args.checkpoint, args.random_weights)
        export(model, args.model, args.out, args.check)


if __name__ == "__main__":
    main()
