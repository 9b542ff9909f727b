"""High-precision reference values of the spectral filters of METHOD §4 and of
their divided differences, for test/fixtures/filter-divided-differences.json.

Run: python3 scripts/filter_reference.py > test/fixtures/filter-divided-differences.json
(needs mpmath). Inputs are doubles, converted exactly; values are computed with 120
significant digits and rounded to double.
"""
import json
import mpmath as mp

mp.mp.dps = 120


def g(rule, lam, s):
    u = mp.mpf(s) + lam
    if rule["kind"] == "ridge":
        return 1 / u
    if rule["kind"] == "flow":
        t = mp.mpf(rule["time"])
        return t if u == 0 else -mp.expm1(-t * u) / u
    eta, T = mp.mpf(rule["stepSize"]), rule["steps"]
    return eta * T if u == 0 else (1 - (1 - eta * u) ** T) / u


def divided(rule, lam, s1, s2):
    if s1 == s2:  # g'(s) to 40 digits: a divided difference over a step of 1e-40
        return (g(rule, lam, mp.mpf(s1) + mp.mpf('1e-40')) - g(rule, lam, s1)) / mp.mpf('1e-40')
    return (g(rule, lam, s1) - g(rule, lam, s2)) / (mp.mpf(s1) - mp.mpf(s2))


def residual_factor(rule, lam, s):
    return 1 - mp.mpf(s) * g(rule, lam, s)


rules = [
    ({"kind": "ridge"}, 0.01),
    ({"kind": "flow", "time": 0.3}, 0.0),
    ({"kind": "flow", "time": 2.0}, 0.0),
    ({"kind": "flow", "time": 50.0}, 0.001),
    ({"kind": "flow", "time": 1e4}, 0.0),
    ({"kind": "gd", "steps": 1, "stepSize": 0.5}, 0.0),
    ({"kind": "gd", "steps": 7, "stepSize": 0.3}, 0.0),
    ({"kind": "gd", "steps": 200, "stepSize": 0.25}, 0.001),
    ({"kind": "gd", "steps": 5000, "stepSize": 0.9}, 0.0),
]
base = [0.0, 1e-9, 1e-4, 0.013, 0.37, 1.0, 1.7, 2.1]
pairs = []
for a in base:
    for rel in [0.0, 1e-14, 1e-10, 1e-6, 1e-3, 0.3, 1.0]:
        b = a * (1 + rel) if a > 0 else rel * 1e-3
        pairs.append((a, b))
pairs += [(0.0, 2.1), (1e-4, 1.7), (0.5, 0.5000000001), (1.5, 1.49), (2.0, 0.05)]

cases = []
for rule, lam in rules:
    if rule["kind"] == "gd":
        top = 2 / rule["stepSize"] - lam  # keep eta*(s+lam) < 2
        ok = lambda s: s < top * 0.999
    else:
        ok = lambda s: True
    for s1, s2 in pairs:
        if not (ok(s1) and ok(s2)):
            continue
        if rule["kind"] == "ridge" and lam == 0 and (s1 == 0 or s2 == 0):
            continue
        cases.append({
            "rule": rule, "lambda": lam, "s1": s1, "s2": s2,
            "value1": float(g(rule, lam, s1)),
            "residualFactor1": float(residual_factor(rule, lam, s1)),
            "divided": float(divided(rule, lam, s1, s2)),
        })
print(json.dumps({"description": "spectral filters g, 1 - s g(s) and divided differences (METHOD §4), mpmath 120 digits", "cases": cases}))
