#!/usr/bin/env python3
"""Times the tools a FundingKit user would otherwise pick (numpy, scipy, statsmodels) on the same data
the JMH benchmarks use, and prints one JSON object.

Usage:
  java -cp funding-benchmarks/target/benchmarks.jar dev.fundingkit.benchmarks.BenchData \
      /tmp/fk-funding.csv /tmp/fk-premiums.csv
  python3 funding-benchmarks/peers/peers.py /tmp/fk-funding.csv /tmp/fk-premiums.csv

Each case is named like its JMH pair (``perHour``, ``gaps``, ``averagingLinear``,
``regularFit``, ``formulaBulk``, ``ledger``, ``rollingFit90``/``rollingFit540``,
``irregularFit``, ``irregularFitJittered``; ``irregularFitReference`` and
``irregularFitReferenceJittered`` time the spec's ``ou_reference.fit_numerical`` from
``../shared/reference``, or ``$FUNDINGKIT_SHARED_REFERENCE``) and reports the minimum and
median of repeated timings in milliseconds.
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

    # formulaBulk: the Binance formula with np.clip over the same 10^6 premiums that
    # FormulaBenchmark derives from the funding path (20 × (rate − 1 bp)).
    prem = 20 * (v - 1e-4)

    def formula_clip():
        raw = np.maximum(prem - 0.0005, np.minimum(prem + 0.0005, 0.0001))
        return np.clip(raw, -0.0075, 0.0075)

    cases["formulaBulk"] = timed(formula_clip)

    # ledger: the at-settlement rule with searchsorted. Settlement times and rates are the
    # file's; prices and sizes are drawn by numpy in the same shape as LedgerBenchmark (a
    # size change one hour after every tenth settlement); the timing does not depend on them.
    rng = np.random.default_rng(20261202)
    prices = 30_000 * np.cumprod(1 + 0.01 * (rng.random(t.size) - 0.5))
    change_ms = t[::10][: t.size // 10] + 3_600_000
    sizes = np.round((rng.random(change_ms.size) - 0.5) * 20) / 10

    def ledger_searchsorted():
        idx = np.searchsorted(change_ms, t, side="left") - 1
        size = np.where(idx >= 0, sizes[np.maximum(idx, 0)], 0.0)
        flows = -size * prices * v
        return flows.sum()

    cases["ledger"] = timed(ledger_searchsorted)

    # rollingFit: sliding AR(1) sums by cumulative sums, φ per window (90 and 540).
    def rolling(window):
        x, y = v[:-1], v[1:]
        m = window - 1

        def slide(a):
            c = np.concatenate(([0.0], np.cumsum(a)))
            return c[m:] - c[:-m]

        sx, sy, sxx, sxy = slide(x), slide(y), slide(x * x), slide(x * y)
        return (sxy - sx * sy / m) / (sxx - sx * sx / m)

    cases["rollingFit90"] = timed(lambda: rolling(90), repeat=10)
    cases["rollingFit540"] = timed(lambda: rolling(540), repeat=10)

    # irregularFit: the exact-discretisation profile likelihood in ln θ at the real times
    # (hours), minimised by scipy's bounded Brent, at 10^5 points like IrregularFitBenchmark.
    try:
        import scipy
        from scipy.optimize import minimize_scalar
        out["scipy"] = scipy.__version__
        n5 = 100_000
        hours = (t[:n5] - t[0]) / 3_600_000.0
        dt = np.diff(hours)
        x, y = v[: n5 - 1], v[1:n5]
        m = dt.size

        def neg_profile(log_theta, dt=dt):
            theta = np.exp(log_theta)
            phi = np.exp(-theta * dt)
            var = -np.expm1(-2 * theta * dt) / (2 * theta)
            a = 1 / (1 + phi)
            mu = (a * (y - phi * x)).sum() / (a * (1 - phi)).sum()
            e = y - mu - phi * (x - mu)
            s2 = (e * e / var).sum() / m
            return 0.5 * (m * np.log(s2) + np.log(var).sum() + m)

        def fit_irregular(dt=dt):
            return minimize_scalar(neg_profile, args=(dt,),
                                   bounds=(np.log(1e-5), np.log(10.0)), method="bounded")

        cases["irregularFit"] = timed(fit_irregular, repeat=5)
        cases["irregularFit"]["n"] = n5
        cases["irregularFitOneEvaluation"] = timed(lambda: neg_profile(np.log(0.028)))
        cases["irregularFitOneEvaluation"]["n"] = n5

        # The same at jittered times (IrregularFitBenchmark's times=jittered: each time moved
        # by up to ±1 minute; numpy's own seeded draws, so not the same jitter as Java's).
        jittered = hours.copy()
        jittered[1:] += (np.random.default_rng(16).random(n5 - 1) - 0.5) / 30
        jittered_dt = np.diff(jittered)
        cases["irregularFitJittered"] = timed(lambda: fit_irregular(jittered_dt), repeat=5)
        cases["irregularFitJittered"]["n"] = n5

        # The spec's own reference fit (../shared/reference/ou_reference.py, fit_numerical:
        # Nelder-Mead on the full likelihood, the profile, a numerical Hessian), when present.
        import os
        ref_dir = os.environ.get("FUNDINGKIT_SHARED_REFERENCE", os.path.join(
            os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "reference"))
        if os.path.exists(os.path.join(ref_dir, "ou_reference.py")):
            sys.path.insert(0, ref_dir)
            import ou_reference
            vx = v[:n5]
            cases["irregularFitReference"] = timed(
                lambda: ou_reference.fit_numerical(hours, vx), repeat=3)
            cases["irregularFitReference"]["n"] = n5
            cases["irregularFitReferenceJittered"] = timed(
                lambda: ou_reference.fit_numerical(jittered, vx), repeat=3)
            cases["irregularFitReferenceJittered"]["n"] = n5
        else:
            cases["irregularFitReference"] = {"skipped": "no ou_reference.py in " + ref_dir}
    except ImportError as e:
        cases["irregularFit"] = {"skipped": "scipy not installed: %s" % e}
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
