"""The paper's 32 models, where the reference toolbox (model-vs-human) takes their weights from, and
`export_torchscript.py all`, which fetches them and exports every model.

Sources, as given upstream:
- the 24 supervised models: torchvision's IMAGENET1K_V1 weights (download.pytorch.org), kept in
  torch's hub cache (TORCH_HOME) where torchvision looks for them;
- the five PyContrast ResNet-50 trunks: the PyContrast model zoo's Dropbox folder;
- their linear classifiers: model-vs-human's release v0.2 (<name>_classifier.pth);
- the three SimCLR models (converted by simclr-converter): Google Drive.

Every checkpoint is fetched (resumed, retried, with progress) or copied from --weights-mirror,
verified against models/weights.lock.json (first use records URL, size, SHA-256), and the model
exported and checked. A model whose TorchScript file the lock shows to be current is skipped; a
source that fails is reported with the manual way round it and the others go on.
"""

import json
import os
import re
import shutil
import sys
import traceback
from collections import OrderedDict, namedtuple

import checkpoint_download
import weights_lock

DROPBOX = "https://www.dropbox.com/sh/87d24jqsl6ra7t2/"
PYCONTRAST_TRUNKS = OrderedDict([
    ("InsDis", "AACcsSIt1_Njv7GsmsuzZ6Sta/InsDis.pth"),
    ("MoCo", "AAB53yJAYuCrOFluygBsVKOOa/MoCo.pth"),
    ("MoCoV2", "AABaYuKiiZFYowa31yKeGGOQa/MoCov2.pth"),
    ("PIRL", "AADN4jKnvTI0U5oT6hTmQZz8a/PIRL.pth"),
    ("InfoMin", "AAAzMTynP3Qc8mIE4XWkgILUa/InfoMin_800.pth"),
])
# model-vs-human names MoCoV2's classifier after PyContrast's file, MoCov2
CLASSIFIER_NAMES = {"InsDis": "InsDis", "MoCo": "MoCo", "MoCoV2": "MoCov2", "PIRL": "PIRL",
                    "InfoMin": "InfoMin"}
CLASSIFIERS = "https://github.com/bethgelab/model-vs-human/releases/download/v0.2/{}_classifier.pth"
# Google Drive file ids, and the file names simclr-converter gives the converted checkpoints
SIMCLR_DRIVE_FILES = OrderedDict([
    ("simclr_resnet50x1", ("1a6IO4xhWy8cdyAuWv0BxSONz7lMcKbZE", "resnet50-1x.pth")),
    ("simclr_resnet50x2", ("1zI-5gdNDxK5gRiNUgbgx0RXqyDwxwWEQ", "resnet50-2x.pth")),
    ("simclr_resnet50x4", ("1Pipca9LMYWK_o3bjWDo88ZMdeT07EFNN", "resnet50-4x.pth")),
])
DRIVE = "https://drive.google.com/uc?export=download&id={}"
# torch.hub's check: torchvision's weight files carry the start of their SHA-256 in their name
HASH_IN_NAME = re.compile(r"-([a-f0-9]{6,})\.")

Checkpoint = namedtuple("Checkpoint", "role file url")


def sources(torchvision_models, overrides=None):
    """{model id: (kind, [Checkpoint])} for the 32 models; overrides: {id: {role: url}}."""
    from torchvision.models import get_model_weights

    table = OrderedDict()
    for name in torchvision_models:
        url = get_model_weights(name).IMAGENET1K_V1.url
        table[name] = ("torchvision", [Checkpoint("weights", os.path.basename(url), url)])
    for name, path in PYCONTRAST_TRUNKS.items():
        classifier = CLASSIFIERS.format(CLASSIFIER_NAMES[name])
        table[name] = ("pycontrast", [
            Checkpoint("trunk", os.path.basename(path), DROPBOX + path + "?dl=1"),
            Checkpoint("classifier", os.path.basename(classifier), classifier)])
    for name, (drive_id, file) in SIMCLR_DRIVE_FILES.items():
        table[name] = ("simclr", [Checkpoint("checkpoint", file, DRIVE.format(drive_id))])
    for model_id, urls in (overrides or {}).items():
        if model_id not in table:
            raise ValueError(f"sources override: {model_id!r} is not one of the paper's models")
        kind, checkpoints = table[model_id]
        roles = {c.role for c in checkpoints}
        if not set(urls) <= roles:
            raise ValueError(f"sources override: {model_id} has checkpoints {sorted(roles)}")
        table[model_id] = (kind, [c._replace(url=urls.get(c.role, c.url)) for c in checkpoints])
    return table


def source_table_json(table):
    return json.dumps({model_id: {"kind": kind, "checkpoints": [c._asdict() for c in checkpoints]}
                       for model_id, (kind, checkpoints) in table.items()}, indent=2)


class PaperModelExport:
    """Fetches the checkpoints of the chosen models and exports each with `exporters[kind]`."""

    def __init__(self, table, out, exporters, mirror=None, stream=sys.stderr):
        import torch.hub

        self.table, self.out, self.exporters, self.mirror = table, out, exporters, mirror
        self.stream = stream
        self.lock = weights_lock.WeightsLock(out)
        self.hub = os.path.join(torch.hub.get_dir(), "checkpoints")
        self.downloads = os.path.join(out, "checkpoints")

    def run(self, model_ids):
        """Exports every model not current; returns the failures as {model id: message}."""
        failures, exported, current = OrderedDict(), [], []
        for model_id in model_ids:
            kind, checkpoints = self.table[model_id]
            model_file = os.path.join(self.out, model_id + ".pt")
            names = [c.file for c in checkpoints]
            if self.lock.is_current(model_id, model_file, names):
                self._say(f"{model_id}: {model_file} is current (exported from {', '.join(names)})")
                current.append(model_id)
                continue
            try:
                paths = {c.role: self._fetch(kind, c) for c in checkpoints}
                self._export(kind, model_id, paths, model_file)
                self.lock.record_model(model_id, model_file, names)
                exported.append(model_id)
            except (checkpoint_download.DownloadError, weights_lock.ChangedFileError) as e:
                failures[model_id] = self._failed(model_id, str(e))
            except SystemExit as e:  # the builders' messages about checkpoints of the wrong kind
                failures[model_id] = self._failed(model_id, str(e.code))
            except Exception as e:  # an unreadable checkpoint, a failed check: go on with the rest
                traceback.print_exc(file=self.stream)
                failures[model_id] = self._failed(model_id, f"{type(e).__name__}: {e}")
        self._say(f"exported {len(exported)} models, {len(current)} current, {len(failures)}"
                  f" failed{': ' + ', '.join(failures) if failures else ''}; lock file"
                  f" {self.lock.path}")
        return failures

    def _export(self, kind, model_id, paths, model_file):
        try:
            self.exporters[kind](model_id, paths, self.out)
        except BaseException:
            # a file that failed its check must not be evaluated by cakebench
            if os.path.exists(model_file):
                os.remove(model_file)
            raise

    def _fetch(self, kind, checkpoint):
        folder = self.hub if kind == "torchvision" else self.downloads
        path = os.path.join(folder, checkpoint.file)
        if not os.path.exists(path):
            if self.mirror is not None:
                self._copy_from_mirror(checkpoint, path)
            else:
                checkpoint_download.download(checkpoint.url, path, stream=self.stream)
            if kind == "torchvision":
                self._check_hash_in_name(checkpoint, path)
        self.lock.verify_or_record(checkpoint.file, path, checkpoint.url)
        return path

    def _copy_from_mirror(self, checkpoint, path):
        source = os.path.join(self.mirror, checkpoint.file)
        if not os.path.isfile(source):
            raise checkpoint_download.DownloadError(
                f"{checkpoint.file} is not in the weights mirror {self.mirror} (upstream:"
                f" {checkpoint.url})")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        shutil.copyfile(source, path + ".part")
        os.replace(path + ".part", path)
        self._say(f"{checkpoint.file}: copied from {source}")

    def _check_hash_in_name(self, checkpoint, path):
        match = HASH_IN_NAME.search(os.path.basename(checkpoint.url.split("?")[0]))
        if match and not weights_lock.sha256(path).startswith(match.group(1)):
            os.replace(path, path + ".rejected")
            raise checkpoint_download.DownloadError(
                f"{checkpoint.url}: the file's SHA-256 does not start with {match.group(1)}, as its"
                f" name says; kept as {path}.rejected")

    def _failed(self, model_id, reason):
        kind, checkpoints = self.table[model_id]
        message = f"{reason}\n  by hand: {manual_alternative(model_id, kind, checkpoints, self.hub)}"
        self._say(f"{model_id}: FAILED: {message}")
        return message

    def _say(self, text):
        print(text, file=self.stream, flush=True)


def manual_alternative(model_id, kind, checkpoints, hub):
    """What to run when a source fails: fetch the file some other way, then export it by hand."""
    urls = "; ".join(f"{c.file} from {c.url}" for c in checkpoints)
    if kind == "torchvision":
        return (f"download {urls} into {hub}/ (or into a folder given as --weights-mirror), then"
                f" rerun")
    if kind == "pycontrast":
        return (f"download {urls}, then: python tools/export_torchscript.py pycontrast --model"
                f" {model_id} --trunk {checkpoints[0].file} --classifier {checkpoints[1].file}"
                f" --check")
    return (f"download {urls}, then: python tools/export_torchscript.py simclr --model {model_id}"
            f" --checkpoint {checkpoints[0].file} --check")
