#!/usr/bin/env python3
"""Makes a SYNTHETIC data directory with N model observers, for full-scale rehearsals of the report.

The public data hold decisions of only three models on all 17 datasets (resnet50,
simclr_resnet50x1, bagnet33). To see how analyse, figures and build behave with the paper's 32
models or with 100 or 200, this tool adds model observers whose decisions are copies of those
published decisions with a seeded share of responses changed to another category. The numbers
they produce mean nothing: the files are for timing and memory measurements only, never results.

N counts the model observers with decisions on every dataset of the base data, the published
ones included: N=3 is the base data as it is, N=32 adds the paper's 30 models without decisions
(the ids of content/observers.yaml marked `paper: true`, in file order), larger N adds
`synthetic-extra-001`, ... after them. Observers with decisions on some datasets only (the
imported 2019 CNNs) are kept as they are and are not counted.

Every file written is marked: each trial CSV gets a last column `synthetic` holding
`rehearsal-not-results` and has `synthetic` in its name, and the directory holds
SYNTHETIC-REHEARSAL-DATA.txt. Everything else of the base directory is linked, not copied:
folders are symlinked, raw-data's trial files hard-linked (copied where the file system cannot
link), so that a rehearsal directory costs little space. Same arguments, same bytes.

Python 3 standard library only.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import re
import shutil
import sys
import tempfile
from pathlib import Path

MARKER_FILE = "SYNTHETIC-REHEARSAL-DATA.txt"
MARKER_COLUMN = "synthetic"
MARKER_VALUE = "rehearsal-not-results"
RAW_DATA = "raw-data"
EXTRA_PREFIX = "synthetic-extra-"
DEFAULT_SOURCES = ("resnet50", "simclr_resnet50x1", "bagnet33")

# The 16 entry-level categories of model-vs-human's trial files.
CATEGORIES = (
    "airplane", "bear", "bicycle", "bird", "boat", "bottle", "car", "cat",
    "chair", "clock", "dog", "elephant", "keyboard", "knife", "oven", "truck",
)  # fmt: skip

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent


class UsageError(Exception):
    """A problem with the arguments or the input, reported as one line."""


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        out = args.out or PROJECT / "bench" / "results" / f"rehearsal-{args.models}"
        plan = make_plan(args)
        write(plan, args, out)
    except UsageError as e:
        print(f"rehearsal_data: {e}", file=sys.stderr)
        return 2
    if not args.quiet:
        synthetic = len(plan.synthetic)
        print(
            f"{out}: {plan.counted + synthetic} model observers on all {len(plan.datasets)}"
            f" datasets ({plan.counted} from the base data, {synthetic} synthetic,"
            f" {args.changed:.0%} of responses changed, seed {args.seed})"
        )
    return 0


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="bench/rehearsal_data.py",
        description=(
            "Make a SYNTHETIC data directory with N model observers (for timing and memory"
            " rehearsals only, never results): the base data linked, plus copies of the"
            " published models' decisions with a seeded share of responses changed."
        ),
        epilog=(
            "Example: bench/rehearsal_data.py 32   (the paper's 32 models; writes"
            " bench/results/rehearsal-32, then: ./cakebench build --data"
            " bench/results/rehearsal-32 --no-evaluate --out /tmp/site-32)"
        ),
    )
    parser.add_argument(
        "models",
        type=int,
        metavar="N",
        help="model observers with decisions on every dataset, the base data's included"
        " (3 = the base data as it is; 32 fills the paper's ids first)",
    )
    parser.add_argument(
        "--base",
        type=Path,
        default=PROJECT / "data",
        help="data directory to start from, as `cakebench build` leaves it (default: data/)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        help="directory to write; replaced if it holds an earlier rehearsal"
        " (default: bench/results/rehearsal-N)",
    )
    parser.add_argument(
        "--changed",
        type=float,
        default=0.2,
        help="share of each copied file's responses changed to another category (default 0.2)",
    )
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument(
        "--observers",
        type=Path,
        default=PROJECT / "content" / "observers.yaml",
        help="observer catalog whose `paper: true` models are filled in first"
        " (default: content/observers.yaml)",
    )
    parser.add_argument(
        "--sources",
        default=",".join(DEFAULT_SOURCES),
        help="models whose decisions are copied, in turn (default: %(default)s)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="print nothing on success")
    args = parser.parse_args(argv)
    if args.models < 0:
        parser.error("N must not be negative")
    if not 0.0 <= args.changed <= 1.0:
        parser.error("--changed must lie between 0 and 1")
    return args


class Plan:
    """What to write: the base's files per dataset and the synthetic observers."""

    def __init__(self, datasets, files, counted, synthetic):
        self.datasets: list[str] = datasets
        # dataset -> {observer id -> trial files}
        self.files: dict[str, dict[str, list[Path]]] = files
        self.counted: int = counted
        # (new observer id, source observer id), in order
        self.synthetic: list[tuple[str, str]] = synthetic


def make_plan(args: argparse.Namespace) -> Plan:
    raw = args.base / RAW_DATA
    if not raw.is_dir():
        raise UsageError(
            f"{raw}: no raw-data folder; run `./cakebench build --data-mirror ../shared/data`"
            " first or pass --base"
        )
    if (args.base / MARKER_FILE).exists():
        raise UsageError(f"{args.base} is itself a rehearsal directory; start from real data")
    datasets = sorted(p.name for p in raw.iterdir() if p.is_dir())
    if not datasets:
        raise UsageError(f"{raw}: no dataset folders")
    files = {d: observers_of(raw / d) for d in datasets}
    models = {o for d in datasets for o in files[d] if not is_human(o)}
    complete = sorted(o for o in models if all(o in files[d] for d in datasets))
    sources = [s for s in args.sources.split(",") if s]
    if not sources:
        raise UsageError("--sources names no model")
    for source in sources:
        if source not in complete:
            raise UsageError(
                f"--sources: {source} has no decisions on every dataset of {raw}"
                f" (complete: {', '.join(complete) or 'none'})"
            )
    if args.models < len(complete):
        raise UsageError(
            f"N={args.models} is below the {len(complete)} model observers the base data"
            f" already has on every dataset ({', '.join(complete)})"
        )
    wanted = args.models - len(complete)
    ids = [i for i in paper_models(args.observers) if i not in models]
    ids = ids[:wanted]
    ids += [f"{EXTRA_PREFIX}{k:03d}" for k in range(1, wanted - len(ids) + 1)]
    taken = {o for d in datasets for o in files[d]}
    clash = [i for i in ids if i in taken]
    if clash:
        raise UsageError(f"{raw} already has observers named {', '.join(clash)}")
    synthetic = [(new, sources[k % len(sources)]) for k, new in enumerate(ids)]
    return Plan(datasets, files, len(complete), synthetic)


def observers_of(folder: Path) -> dict[str, list[Path]]:
    """The observer of each trial file in a dataset folder (the first row's subj)."""
    found: dict[str, list[Path]] = {}
    for file in sorted(folder.glob("*.csv")):
        with file.open(newline="", encoding="utf-8") as f:
            rows = csv.reader(f)
            header = [c.strip().lower() for c in next(rows, [])]
            first = next(rows, None)
        if "subj" not in header or first is None:
            raise UsageError(f"{file}: not a trial file (no subj column or no rows)")
        if MARKER_COLUMN in header:
            raise UsageError(f"{file}: synthetic trial file in the base data")
        found.setdefault(first[header.index("subj")].strip(), []).append(file)
    return found


def is_human(observer: str) -> bool:
    return observer.startswith("subject-")


def paper_models(catalog: Path) -> list[str]:
    """Ids of the catalog's `paper: true` models (not the human group), in file order.

    The catalog is YAML, but its observers are one flow mapping each ({id: ..., ...}, possibly
    over several lines), which a few regular expressions read without a YAML library.
    """
    try:
        text = catalog.read_text(encoding="utf-8")
    except OSError as e:
        raise UsageError(f"{catalog}: {e.strerror}") from e
    text = "\n".join(line.split(" #", 1)[0] for line in text.splitlines())
    ids = []
    for entry in re.findall(r"-\s*\{(.*?)\}", text, flags=re.S):
        key = dict(re.findall(r"(\w+):\s*(\"[^\"]*\"|[^,\n]+)", entry))
        if key.get("paper", "").strip() == "true" and key.get("group", "").strip() != "human":
            ids.append(key["id"].strip())
    if not ids:
        raise UsageError(f"{catalog}: no observer entries with `paper: true` found")
    return ids


def write(plan: Plan, args: argparse.Namespace, out: Path) -> None:
    if out.exists() or out.is_symlink():
        if not (out / MARKER_FILE).is_file():
            raise UsageError(f"{out} exists and is no rehearsal directory; not replaced")
    out.parent.mkdir(parents=True, exist_ok=True)
    # Written beside the target and renamed into place, so that a failed run leaves nothing half.
    work = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        work.chmod(0o755)  # mkdtemp's 0700 would hide the folder from other users
        link_base(args.base, work)
        for dataset in plan.datasets:
            folder = work / RAW_DATA / dataset
            folder.mkdir(parents=True)
            for paths in plan.files[dataset].values():
                for path in paths:
                    link_or_copy(path, folder / path.name)
            for new, source in plan.synthetic:
                for path in plan.files[dataset][source]:
                    changed_copy(path, folder, dataset, new, args)
        (work / MARKER_FILE).write_text(marker_text(plan, args), encoding="utf-8")
        if out.exists() or out.is_symlink():
            shutil.rmtree(out)
        work.rename(out)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise


def link_base(base: Path, work: Path) -> None:
    """Symlinks every folder of the base except raw-data; copies its small top-level files."""
    for entry in sorted(base.iterdir()):
        if entry.name == RAW_DATA or entry.name.endswith(".lock"):
            continue
        if entry.is_dir():
            (work / entry.name).symlink_to(entry.resolve(), target_is_directory=True)
        elif entry.is_file():
            shutil.copy2(entry, work / entry.name)


def link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)  # keeps the modification time fetch-data checks


def synthetic_name(dataset: str, observer: str, session: int) -> str:
    return f"{dataset}_{observer.replace('_', '-')}_synthetic_session-{session}.csv"


def changed_copy(
    source: Path, folder: Path, dataset: str, observer: str, args: argparse.Namespace
) -> None:
    """Copies one trial file under a new observer id, changing a seeded share of responses."""
    with source.open(newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header = [c.strip().lower() for c in rows[0]]
    try:
        subj, session, response = (header.index(c) for c in ("subj", "session", "object_response"))
    except ValueError as e:
        raise UsageError(f"{source}: missing column ({e})") from e
    trials = rows[1:]
    # One generator per observer and dataset: an observer's files do not depend on N.
    rng = random.Random(f"{args.seed}/{observer}/{dataset}")
    for i in rng.sample(range(len(trials)), round(args.changed * len(trials))):
        current = trials[i][response].strip()
        trials[i][response] = rng.choice([c for c in CATEGORIES if c != current])
    for row in trials:
        row[subj] = observer
    sessions = {row[session].strip() for row in trials}
    name = synthetic_name(dataset, observer, int(sessions.pop()) if len(sessions) == 1 else 1)
    with (folder / name).open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(rows[0] + [MARKER_COLUMN])
        writer.writerows(row + [MARKER_VALUE] for row in trials)


def marker_text(plan: Plan, args: argparse.Namespace) -> str:
    lines = [
        "SYNTHETIC REHEARSAL DATA - NOT RESULTS",
        "",
        "This directory was made by bench/rehearsal_data.py to measure cakebench at full scale",
        "(time and memory with many model observers). Its model decisions are NOT real: each",
        "synthetic observer's trial files are copies of a published model's decisions with",
        f"{args.changed:.0%} of the responses changed at random to another category. Nothing computed",
        "from this directory may be reported, cited or published as a result.",
        "",
        "Synthetic trial files have 'synthetic' in their names and a last column",
        f"'{MARKER_COLUMN}' holding '{MARKER_VALUE}'. Everything else is the base data, linked.",
        "",
        f"models (N): {plan.counted + len(plan.synthetic)}",
        f"changed share: {args.changed}",
        f"seed: {args.seed}",
        f"datasets: {len(plan.datasets)}",
        f"synthetic observers: {len(plan.synthetic)} (id <- copied from)",
    ]
    lines += [f"  {new} <- {source}" for new, source in plan.synthetic]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
