#!/usr/bin/env python3
"""Pairs ``X_fundingkit`` with ``X_baseline`` in a JMH ``-rf json`` file and prints a
Markdown table of the ratios.

Usage:
  java -jar funding-benchmarks/target/benchmarks.jar -f 2 -wi 3 -i 5 -prof gc \\
      -rf json -rff /tmp/jmh.json
  python3 funding-benchmarks/peers/pairs.py /tmp/jmh.json

Each side's figure is the minimum over forks of the fork's mean score ("min of forks"), so a
fork slowed by a loaded machine does not set the figure. Parameters (``@Param``) are part of
the case name. ``gc.alloc.rate.norm`` (bytes per operation, from ``-prof gc``) is shown
when present.
"""
import json
import sys


def fork_min(result):
    raw = result["primaryMetric"].get("rawData")
    if not raw:
        return result["primaryMetric"]["score"]
    return min(sum(f) / len(f) for f in raw if f)


def alloc(result):
    sec = result.get("secondaryMetrics", {}).get("·gc.alloc.rate.norm")
    if sec is None:
        sec = result.get("secondaryMetrics", {}).get("gc.alloc.rate.norm")
    return None if sec is None else sec["score"]


def main(path):
    with open(path) as f:
        results = json.load(f)
    cases = {}
    for r in results:
        name = r["benchmark"].rsplit(".", 1)[1]
        case, _, side = name.rpartition("_")
        params = r.get("params") or {}
        key = case + "".join(" %s=%s" % kv for kv in sorted(params.items()))
        cases.setdefault(key, {})[side] = (fork_min(r), r["primaryMetric"]["scoreUnit"], alloc(r))
    print("| case | fundingkit | baseline | ratio | fundingkit B/op | baseline B/op |")
    print("|---|---|---|---|---|---|")
    for key in sorted(cases):
        c = cases[key]
        if "fundingkit" not in c or "baseline" not in c:
            continue
        fk, unit, fka = c["fundingkit"]
        bl, bunit, bla = c["baseline"]
        ratio = fk / bl if unit == bunit else float("nan")
        fmt = lambda a: "" if a is None else "%.0f" % a
        print("| %s | %.4g %s | %.4g %s | %.2f× | %s | %s |"
              % (key, fk, unit, bl, bunit, ratio, fmt(fka), fmt(bla)))
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
