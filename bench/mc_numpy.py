"""NumPy reference of the Monte Carlo benchmark workload (bench/run.ts runs it in the same session).

Reads the workload as JSON on stdin (written by bench/run.ts from the compiled engine model) and
simulates it vectorised over all paths: per year, correlated AR(1) sector shocks, real value added,
nominal GDP and the services share, their quantiles, and the joint 2025 targets. Prints one JSON line:
the wall time of the simulation (interpreter start and imports excluded), peak resident memory, and
the results for a cross-check against the TypeScript engine.
"""
import json
import resource
import sys
import time

import numpy as np


def main() -> None:
    w = json.load(sys.stdin)
    n, years = w["paths"], w["years"]
    growth = np.array(w["growth"]).reshape(years, 3)
    price = np.array(w["price"]).reshape(years, 3)
    sigma = np.array(w["sigma"])
    factor = np.array(w["factor"]).reshape(3, 3)
    rho = w["persistence"]
    scale = np.sqrt(1 - rho * rho)
    levels = np.array(w["quantiles"])
    rng = np.random.default_rng(w["seed"])

    start = time.perf_counter()
    real = np.tile(np.array(w["baseValueAdded"]), (n, 1))
    e = np.zeros((n, 3))
    gdp_q = np.empty((years, len(levels)))
    share_q = np.empty((years, len(levels)))
    joint = np.full(n, bool(w["jointFixed"]))
    for t in range(years):
        z = rng.standard_normal((n, 3))
        w_t = z @ factor.T
        e = w_t if t == 0 else rho * e + scale * w_t
        real *= growth[t] * np.exp(sigma * e)
        nominal = real * price[t]
        gdp = nominal.sum(axis=1)
        share = nominal[:, 2] / gdp
        record_year(w, t, gdp, share, levels, gdp_q, share_q, joint)
    report(start, gdp_q, share_q, joint)


def record_year(w, t, gdp, share, levels, gdp_q, share_q, joint) -> None:
    """Year t's quantiles of GDP and the services share, and the joint 2025 targets judged in place."""
    gdp_q[t] = np.quantile(gdp, levels)
    share_q[t] = np.quantile(share, levels)
    for check in w["joint"]:
        if check["t"] == t:
            value = gdp if check["series"] == "gdpNominal" else share
            joint &= value >= check["threshold"]


def report(start, gdp_q, share_q, joint) -> None:
    """Prints the JSON line bench/numpy-reference.ts reads (time since `start`, peak memory, results)."""
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({
        "seconds": seconds,
        "peakMB": peak_mb,
        "gdpQuantiles": gdp_q.tolist(),
        "shareQuantiles": share_q.tolist(),
        "joint": float(joint.mean()),
        "numpy": np.__version__,
    }))


if __name__ == "__main__":
    main()
