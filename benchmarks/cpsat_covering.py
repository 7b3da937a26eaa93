#!/usr/bin/env python3
"""Golden value for Headset's shift-count optimiser: the covering week solved by OR-Tools CP-SAT.

Builds, independently of Headset's code, the instance that `SyntheticShiftProblem.coveringWeek()`
documents (Sources/Scheduling/SyntheticShiftProblem.swift) and prints its optimal cost, which
Tests/SchedulingTests/CPSATAgreementTests.swift hard-codes. Run it once when the instance changes:

    python3 -m venv /tmp/ortools && /tmp/ortools/bin/pip install ortools
    /tmp/ortools/bin/python benchmarks/cpsat_covering.py

The instance: Monday 23 - Sunday 29 November 2026, 30-minute intervals, open 07:00-21:00
(28 intervals a day). With j the interval index from 07:00, x = j + 0.5, d the day (Monday 0) and
w = [1.00, 0.95, 0.90, 0.92, 1.05, 0.60, 0.45]:

    required(d, j) = floor(w[d] * (22 + 25 sin(pi x / 28) + 6 sin(2 pi x / 7 + d)) + 0.5)

Shift types, each allowed every day, starting every 30 minutes and covering every interval from
their start to their end (no breaks): 6 h starting 07:00-15:00 (cost 66), 8 h 07:00-13:00 (80),
10 h 07:00-11:00 (100) and 4 h 13:00-17:00 (46): 48 types. Minimise the total cost of the shifts
with every interval covered: sum of the shifts working in it >= required.
"""
import math
import sys
import time

import ortools
from ortools.sat.python import cp_model

DAY_WEIGHTS = [1.00, 0.95, 0.90, 0.92, 1.05, 0.60, 0.45]
INTERVALS = 28  # 07:00-21:00 in 30-minute intervals
SHIFT_KINDS = [  # (hours, first start, last start, cost); starts as "HH:MM"
    (6, "07:00", "15:00", 66),
    (8, "07:00", "13:00", 80),
    (10, "07:00", "11:00", 100),
    (4, "13:00", "17:00", 46),
]


def minutes(text):
    hours, mins = text.split(":")
    return int(hours) * 60 + int(mins)


def required(day, index):
    x = index + 0.5
    raw = DAY_WEIGHTS[day] * (22 + 25 * math.sin(math.pi * x / INTERVALS) + 6 * math.sin(2 * math.pi * x / 7 + day))
    # Round half up, as written; the instance keeps clear of halves (checked below).
    assert abs(raw - math.floor(raw) - 0.5) > 1e-6, (day, index, raw)
    return math.floor(raw + 0.5)


def shift_types():
    types = []
    for hours, first, last, cost in SHIFT_KINDS:
        for start in range(minutes(first), minutes(last) + 1, 30):
            first_index = (start - 7 * 60) // 30
            types.append((f"{hours}h {start // 60:02d}:{start % 60:02d}", first_index, first_index + hours * 2, cost))
    return types


def main():
    types = shift_types()
    demand = [[required(d, j) for j in range(INTERVALS)] for d in range(7)]
    model = cp_model.CpModel()
    counts = {}
    for d in range(7):
        for k, (_, begin, end, _) in enumerate(types):
            counts[d, k] = model.NewIntVar(0, 1000, f"x_{d}_{k}")
        for j in range(INTERVALS):
            working = [counts[d, k] for k, (_, begin, end, _) in enumerate(types) if begin <= j < end]
            model.Add(sum(working) >= demand[d][j])
    model.Minimize(sum(types[k][3] * counts[d, k] for d in range(7) for k in range(len(types))))
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 2
    started = time.perf_counter()
    status = solver.Solve(model)
    seconds = time.perf_counter() - started
    if status != cp_model.OPTIMAL:
        sys.exit(f"CP-SAT did not prove optimality: {solver.StatusName(status)}")
    shifts = sum(solver.Value(v) for v in counts.values())
    print(f"OR-Tools {ortools.__version__} CP-SAT: {len(types)} shift types, {7 * INTERVALS} intervals")
    print(f"total required (sum over intervals): {sum(map(sum, demand))}")
    print(f"optimal cost: {int(solver.ObjectiveValue())} ({shifts} shifts), proven in {seconds:.2f} s")


if __name__ == "__main__":
    main()
