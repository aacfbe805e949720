"""Tuned NumPy reference of the Monte Carlo benchmark workload (issue 12): the same model and outputs as
bench/mc_numpy.py, written the way a NumPy expert would: float64 throughout, a (3, N) layout so that each
sector is one contiguous row, every array preallocated and updated in place (no temporaries in the year
loop), shocks drawn straight into a preallocated buffer, and per-year quantiles with np.quantile.

Reads the workload as JSON on stdin and prints one JSON line like mc_numpy.py (seconds of simulation,
interpreter start and imports excluded; peak resident memory; results for the cross-check).
"""
import json
import sys
import time

import numpy as np

from mc_numpy import record_year, report


def main() -> None:
    w = json.load(sys.stdin)
    n, years = w["paths"], w["years"]
    growth = np.array(w["growth"], dtype=np.float64).reshape(years, 3)
    price = np.array(w["price"], dtype=np.float64).reshape(years, 3)
    sigma = np.array(w["sigma"], dtype=np.float64)
    factor = np.array(w["factor"], dtype=np.float64).reshape(3, 3)
    rho = float(w["persistence"])
    scale = float(np.sqrt(1 - rho * rho))
    levels = np.array(w["quantiles"], dtype=np.float64)
    rng = np.random.default_rng(w["seed"])

    start = time.perf_counter()
    real = np.empty((3, n))
    real[:] = np.array(w["baseValueAdded"], dtype=np.float64)[:, None]
    z = np.empty((3, n))
    e = np.zeros((3, n))
    shock = np.empty((3, n))
    gdp = np.empty(n)
    share = np.empty(n)
    tmp = np.empty(n)
    joint = np.full(n, bool(w["jointFixed"]))
    gdp_q = np.empty((years, len(levels)))
    share_q = np.empty((years, len(levels)))
    # factor scaled by sigma once: shock_s = sigma_s * sum_k factor[s, k] z_k
    for t in range(years):
        rng.standard_normal(out=z)
        np.matmul(factor, z, out=shock)
        if t == 0:
            e[:] = shock
        else:
            e *= rho
            shock *= scale
            e += shock
        np.multiply(e, sigma[:, None], out=shock)
        np.exp(shock, out=shock)
        shock *= growth[t][:, None]
        real *= shock
        # nominal GDP and the services share without a (3, N) temporary
        np.multiply(real[0], price[t, 0], out=gdp)
        np.multiply(real[1], price[t, 1], out=tmp)
        gdp += tmp
        np.multiply(real[2], price[t, 2], out=share)
        gdp += share
        share /= gdp
        record_year(w, t, gdp, share, levels, gdp_q, share_q, joint)
    report(start, gdp_q, share_q, joint)

if __name__ == "__main__":
    main()
