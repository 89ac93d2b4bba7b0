"""ADF with lags chosen by AIC: statsmodels' adfuller(x, autolag="AIC", regression="c") on the
value column of each golden CSV, on two lagged series this script writes (numpy RandomState,
bit-identical under any numpy) and, when present, on Binance BTCUSDT 2020-2026; prints
key=value lines for DickeyFullerTest.
Run from this directory: /usr/bin/python3 adf_aic.py > adf_aic.properties
(Debian bookworm python3-statsmodels 0.13.5, numpy 1.24.2; run 2026-12-02)."""
import csv, gzip, os
import numpy as np
from statsmodels.tsa.stattools import adfuller

rs = np.random.RandomState(5)
e = rs.standard_normal(600)
dx = np.zeros(600)
for i in range(1, 600):
    dx[i] = 0.6 * dx[i - 1] + e[i]
walk = np.cumsum(dx) * 1e-5
rs = np.random.RandomState(8)
e = rs.standard_normal(500)
ar3 = np.zeros(500)
for i in range(3, 500):
    ar3[i] = 0.5 * ar3[i - 1] + 0.3 * ar3[i - 2] - 0.2 * ar3[i - 3] + e[i]
ar3 = 1e-4 + 1e-5 * ar3
for name, x in [("adf_walk_ar1_differences_n600_seed5", walk), ("adf_ar3_n500_seed8", ar3)]:
    with open(name + ".csv", "w") as f:
        f.write("t,value\n")
        for i, v in enumerate(x):
            f.write(f"{i},{v!r}\n")

series = ["regular_8h_n1000_seed42", "regular_1h_n300_seed7",
          "irregular_8h_n800_seed11_drop02_jitter01", "gaps_8h_n400_seed3_drop03",
          "adf_walk_ar1_differences_n600_seed5", "adf_ar3_n500_seed8"]
data = {}
for name in series:
    with open(name + ".csv") as f:
        data[name] = np.array([float(r["value"]) for r in csv.DictReader(f)])
btc = "../../../../../../../../../../shared/data/binance_btc_eth_funding_8h_2020_2026_stitched.csv.gz"
if os.path.exists(btc):
    with gzip.open(btc, "rt") as f:
        data["real_binance_btcusdt"] = np.array(
            [float(r["funding_rate"]) for r in csv.DictReader(f) if r["symbol"] == "BTCUSDT"])
for name, x in data.items():
    stat, p, lag, nobs, crit, icbest = adfuller(x, autolag="AIC", regression="c")
    print(f"{name}.lags={lag}")
    print(f"{name}.nobs={nobs}")
    print(f"{name}.tau={stat!r}")
    print(f"{name}.crit5={crit['5%']!r}")
