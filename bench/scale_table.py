#!/usr/bin/env python3
"""Prints the Markdown table of a bench/scale.sh run from its measurements file.

Each line of RUNS.tsv: round, model observers, command (analyse|figures|build), status (ok,
OutOfMemoryError, timeout or exit-N), wall seconds, peak RSS in KiB and, optionally, CPU seconds
(user + system; less sensitive than wall time to other work on the machine). Cells give the median wall
time (min-max over rounds) and the largest peak RSS; ratios compare each run with the same round's
run with the fewest models (median, min-max over rounds), so that rounds on a loaded machine and
on a quiet one are compared within themselves.
"""

import argparse
import statistics
from collections import defaultdict

COMMANDS = ("analyse", "figures", "build")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("runs", help="measurements written by bench/scale.sh")
    parser.add_argument("--timeout", default="?", help="the run's time limit, for failed cells")
    args = parser.parse_args()
    cells = defaultdict(list)  # (models, command) -> [(round, status, wall, rss_kib, cpu)]
    with open(args.runs, encoding="utf-8") as f:
        for line in f:
            rnd, n, cmd, status, wall, rss, *cpu = line.split()
            run = (int(rnd), status, float(wall), int(rss), float(cpu[0]) if cpu else None)
            cells[int(n), cmd].append(run)
    with_cpu = all(r[4] is not None for runs in cells.values() for r in runs)
    sizes = sorted({n for n, _ in cells})
    base = sizes[0]

    def cell(n, cmd):
        runs = cells.get((n, cmd), [])
        if not runs:
            return "–"
        bad = [r for r in runs if r[1] != "ok"]
        if bad:
            r = bad[0]
            if r[1] == "timeout":
                return f"**failed**: timeout (> {args.timeout} s)"
            return f"**failed**: {r[1]} after {r[2]:.0f} s, {r[3] / 1024:,.0f} MiB"
        walls = [r[2] for r in runs]
        rss = max(r[3] for r in runs) / 1024
        spread = f" ({min(walls):.1f}–{max(walls):.1f})" if len(walls) > 1 else ""
        return f"{statistics.median(walls):.1f} s{spread}, {rss:,.0f} MiB"

    def ratio(n, cmd, spread=False, measure=2):
        mine = {r[0]: r for r in cells.get((n, cmd), []) if r[1] == "ok"}
        ref = {r[0]: r for r in cells.get((base, cmd), []) if r[1] == "ok"}
        pairs = [mine[k][measure] / ref[k][measure] for k in sorted(mine) if k in ref]
        if n == base or not pairs:
            return "1" if pairs else "–"
        extent = f" ({min(pairs):.1f}–{max(pairs):.1f})" if spread and len(pairs) > 1 else ""
        return f"{statistics.median(pairs):.1f}x{extent}"

    def label(n):
        if n == 3:
            return "3 (the published decisions)"
        if n == 33:
            return "33 (the paper's 32 + BagNet-33)"
        return str(n)

    cpu_head = f" build CPU vs {base} |" if with_cpu else ""
    print(
        f"| model observers on all 17 datasets | `analyse` | `figures` | `build --no-evaluate`"
        f" | build vs {base} |{cpu_head} analyse, figures vs {base} |"
    )
    print("| --- | --- | --- | --- | --- |" + (" --- |" if with_cpu else "") + " --- |")
    for n in sizes:
        cpu = f" {ratio(n, 'build', spread=True, measure=4)} |" if with_cpu else ""
        print(
            f"| {label(n)} | {cell(n, 'analyse')} | {cell(n, 'figures')} | {cell(n, 'build')}"
            f" | {ratio(n, 'build', spread=True)} |{cpu} {ratio(n, 'analyse')}, {ratio(n, 'figures')} |"
        )


if __name__ == "__main__":
    main()
