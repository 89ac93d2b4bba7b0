#!/usr/bin/env python3
"""Times the tools a FundingKit user would otherwise pick (numpy, statsmodels) on the same data
the JMH benchmarks use, and prints one JSON object.

Usage:
  java -cp funding-benchmarks/target/benchmarks.jar dev.fundingkit.benchmarks.BenchData \
      /tmp/fk-funding.csv /tmp/fk-premiums.csv
  python3 funding-benchmarks/peers/peers.py /tmp/fk-funding.csv /tmp/fk-premiums.csv

Each case is named like its JMH pair (``perHour``, ``gaps``, ``averagingLinear``,
``regularFit``) and reports the minimum and median of repeated timings in milliseconds.
A package that is missing is reported as skipped with the reason, never faked.
"""
import json
import sys
import time


def timed(fn, repeat=20):
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - t0) * 1e3)
    runs.sort()
    return {"minMs": runs[0], "medianMs": runs[len(runs) // 2], "runs": repeat}


def main(funding_csv, premiums_csv):
    out = {"tool": "peers.py", "cases": {}}
    try:
        import numpy as np
    except ImportError as e:
        out["skipped"] = "numpy not installed: %s" % e
        print(json.dumps(out))
        return 0
    out["numpy"] = np.__version__
    data = np.loadtxt(funding_csv, delimiter=",", skiprows=1)
    t = data[:, 0].astype(np.int64)
    v = data[:, 1]
    p = np.loadtxt(premiums_csv, skiprows=1)
    w = np.arange(1, p.size + 1, dtype=float)
    eight = 8 * 3_600_000

    cases = out["cases"]
    cases["perHour"] = timed(lambda: v / 8.0)
    cases["gaps"] = timed(lambda: int(((np.diff(t) + 60_000) // eight - 1).sum()))
    cases["averagingLinear"] = timed(lambda: float(np.dot(w, p) / w.sum()), repeat=200)

    def closed_form_ar1():
        # Least-squares AR(1) on the regular path: the closed form a numpy user writes.
        x, y = v[:-1], v[1:]
        mx, my = x.mean(), y.mean()
        phi = ((x - mx) * (y - my)).sum() / ((x - mx) ** 2).sum()
        c = my - phi * mx
        resid = y - c - phi * x
        return phi, c, resid.std()

    cases["regularFit"] = timed(closed_form_ar1)
    try:
        from statsmodels.tsa.ar_model import AutoReg
        import statsmodels
        out["statsmodels"] = statsmodels.__version__
        cases["regularFitStatsmodels"] = timed(lambda: AutoReg(v, lags=1).fit(), repeat=5)
    except ImportError as e:
        cases["regularFitStatsmodels"] = {"skipped": "statsmodels not installed: %s" % e}
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
