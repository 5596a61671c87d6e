#!/usr/bin/env python3
"""Prints PIT's mutants per package as a Markdown table: killed, no test reaches them, survived."""
import collections
import sys
import xml.etree.ElementTree as ET


def main(path):
    rows = collections.OrderedDict()
    for m in ET.parse(path).getroot().iter("mutation"):
        cls = m.findtext("mutatedClass")
        package = cls.rsplit(".", 1)[0].replace("org.cakebench.", "")
        counts = rows.setdefault(package, collections.Counter())
        status = m.get("status")
        counts["mutants"] += 1
        if status in ("KILLED", "TIMED_OUT", "MEMORY_ERROR", "RUN_ERROR"):
            counts["killed"] += 1
        elif status == "NO_COVERAGE":
            counts["uncovered"] += 1
        else:
            counts["survived"] += 1
    print("| package | mutants | killed | no test reaches them | survived although covered |")
    print("| --- | --- | --- | --- | --- |")
    total = collections.Counter()
    for package in sorted(rows):
        c = rows[package]
        total.update(c)
        print(f"| `{package}` | {c['mutants']} | {c['killed']} ({100 * c['killed'] / c['mutants']:.0f} %) "
              f"| {c['uncovered']} | {c['survived']} |")
    print(f"| all | {total['mutants']} | {total['killed']} ({100 * total['killed'] / max(1, total['mutants']):.0f} %) "
          f"| {total['uncovered']} | {total['survived']} |")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "target/pit-reports/mutations.xml")
