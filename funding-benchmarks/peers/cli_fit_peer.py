#!/usr/bin/env python3
"""The peer of issue 16's end-to-end row: `fundingkit fit` on a 10^6-row CSV against numpy.

  python3 cli_fit_peer.py generate FILE   # seeded AR(1), 8 h apart, epoch seconds: time,rate
  python3 cli_fit_peer.py fit FILE        # np.loadtxt + the two-pass AR(1) least squares

Time both whole processes side by side, e.g.
  farm-bench --vs 'python3 cli_fit_peer.py fit FILE' -- \
      java -jar funding-examples/target/fundingkit.jar fit FILE --time-column time --value-column rate
"""
import sys

import numpy as np


def generate(path, n=10**6, seed=16):
    from scipy.signal import lfilter

    rng = np.random.default_rng(seed)
    phi = np.exp(-np.log(2) / 24 * 8)  # half-life 24 h at 8 h steps
    values = lfilter([1], [1, -phi], rng.standard_normal(n) * 3e-5) + 1e-4
    t0 = 1577836800  # 2020-01-01T00:00:00Z
    with open(path, "w") as f:
        f.write("time,rate\n")
        for i in range(n):
            f.write("%d,%.10g\n" % (t0 + 8 * 3600 * i, values[i]))


def fit(path):
    d = np.loadtxt(path, delimiter=",", skiprows=1)
    x = d[:, 1]
    a, b = x[:-1], x[1:]
    am, bm = a.mean(), b.mean()
    phi = ((a - am) * (b - bm)).sum() / ((a - am) ** 2).sum()
    c = bm - phi * am
    step_hours = (d[1, 0] - d[0, 0]) / 3600
    print("phi", phi, "mu", c / (1 - phi), "half-life h", np.log(2) / (-np.log(phi) / step_hours))


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("generate", "fit"):
        sys.exit(__doc__)
    generate(sys.argv[2]) if sys.argv[1] == "generate" else fit(sys.argv[2])
