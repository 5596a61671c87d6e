"""The lock file beside the exported models (models/weights.lock.json): URL, size and SHA-256 of
every checkpoint used, recorded the first time a file is seen and verified every time after, and
for each exported model the TorchScript file's SHA-256 and the checkpoints it was made from.

A checkpoint whose bytes differ from the recorded ones is refused: an upstream file that was
replaced (or corrupted on disk) must not silently change the report's models.
"""

import hashlib
import json
import os

LOCK_NAME = "weights.lock.json"
FORMAT = 1


class ChangedFileError(Exception):
    """A checkpoint whose size or SHA-256 differs from the one the lock file recorded."""


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class WeightsLock:
    """The lock file of one models folder; every change is written at once (atomically)."""

    def __init__(self, folder):
        self.path = os.path.join(folder, LOCK_NAME)
        self.checkpoints = {}
        self.models = {}
        if os.path.exists(self.path):
            with open(self.path) as f:
                try:
                    data = json.load(f)
                except ValueError as e:
                    raise ValueError(f"{self.path}: not a lock file ({e}); delete it to start"
                                     " afresh") from None
            if data.get("format") != FORMAT:
                raise ValueError(f"{self.path}: unknown format {data.get('format')!r}")
            self.checkpoints = data.get("checkpoints", {})
            self.models = data.get("models", {})

    def verify_or_record(self, name, path, url):
        """Records the file on first use; afterwards refuses it unless its bytes are the same."""
        size, digest = os.path.getsize(path), sha256(path)
        known = self.checkpoints.get(name)
        if known is None:
            self.checkpoints[name] = {"url": url, "size": size, "sha256": digest}
            self._save()
        elif known["sha256"] != digest or known["size"] != size:
            raise ChangedFileError(
                f"{path} is not the file recorded in {self.path} when it was first used"
                f" (SHA-256 {digest[:16]}..., {size} bytes; recorded {known['sha256'][:16]}...,"
                f" {known['size']} bytes, from {known['url']}): the file changed upstream or on"
                f" disk. Delete {path} to fetch it again; if you trust the new file, delete the"
                f" entry \"{name}\" from {self.path}.")
        return digest

    def is_current(self, model_id, model_file, checkpoint_names):
        """Whether model_file is the one exported, by this lock's record, from these checkpoints."""
        entry = self.models.get(model_id)
        if entry is None or not os.path.exists(model_file):
            return False
        return (entry.get("checkpoints") == self._hashes(checkpoint_names)
                and entry.get("sha256") == sha256(model_file))

    def record_model(self, model_id, model_file, checkpoint_names):
        self.models[model_id] = {"file": os.path.basename(model_file),
                                 "sha256": sha256(model_file),
                                 "checkpoints": self._hashes(checkpoint_names)}
        self._save()

    def _hashes(self, names):
        return {n: self.checkpoints[n]["sha256"] for n in names if n in self.checkpoints}

    def _save(self):
        os.makedirs(os.path.dirname(os.path.abspath(self.path)), exist_ok=True)
        data = {"format": FORMAT, "checkpoints": dict(sorted(self.checkpoints.items())),
                "models": dict(sorted(self.models.items()))}
        tmp = self.path + ".tmp"
        with open(tmp, "w") as f:
            json.dump(data, f, indent=2)
            f.write("\n")
        os.replace(tmp, self.path)
