# Golden values for FirstPassageTest: theta*E[T(a->b)] = int_a^b Phi(u)/phi(u) du (ou.md §9),
# downward passages by symmetry. 40-digit mpmath quadrature, split at breakpoints so that
# every piece is short (linear pieces of width <= 1 near the mean, log-spaced in the tail).
# Run: python3 first_passage_mpmath.py > first_passage_mpmath.csv   (mpmath 1.3.0)
import mpmath as mp
mp.mp.dps = 40
def g(u): return mp.ncdf(u) / mp.npdf(u)
def breaks(a, b):
    pts = {mp.mpf(a), mp.mpf(b)}
    for k in range(-40, 41):
        if a < k < b: pts.add(mp.mpf(k))
    x = mp.mpf(40)
    while x < 1e7:
        for s in (-x, x):
            if a < s < b: pts.add(s)
        x *= 2
    return sorted(pts)
def fpt(a, b):
    if a > b: a, b = -a, -b
    return mp.quad(g, breaks(a, b))
zs = [-1e6, -50, -12, -10, -6, -4, -3, -2.5, -2, -1.5, -1, -0.5, 0, 0.5, 1, 2, 3, 6, 10, 20, 37.5]
print("z_from,z_to,theta_times_expected_time")
for a in zs:
    for b in zs:
        if a == b: continue
        hi = b if a < b else -b
        if hi > 37.5: continue
        print("%r,%r,%s" % (a, b, mp.nstr(fpt(a, b), 25)))
