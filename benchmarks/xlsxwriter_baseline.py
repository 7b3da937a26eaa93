#!/usr/bin/env python3
"""Baseline for `headset-bench workbook`: the same rows written by Python XlsxWriter.

Usage: python3 benchmarks/xlsxwriter_baseline.py [--rows N] [--columns N]
Needs `pip install XlsxWriter` (only for this comparison; Headset never needs Python).
"""
import argparse
import datetime
import os
import resource
import tempfile
import time

import xlsxwriter

NAMES = ["Žemaitė", "Ķemeri", "Ćorić", "Bærum", "Ålesund", "Jonaitis", "Bērziņa", "Horvat"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--columns", type=int, default=10)
    args = parser.parse_args()
    path = os.path.join(tempfile.gettempdir(), "xlsxwriter-baseline.xlsx")
    start = time.perf_counter()
    workbook = xlsxwriter.Workbook(path, {"constant_memory": True})
    sheet = workbook.add_worksheet("Rows")
    header = workbook.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": "#1F4E78", "text_wrap": True})
    date_format = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    sheet.write_row(0, 0, [f"Column {c + 1}" for c in range(args.columns)], header)
    base = datetime.datetime(2026, 1, 1)
    for row in range(1, args.rows + 1):
        sheet.write_string(row, 0, f"{NAMES[row % len(NAMES)]} {row}")
        if args.columns > 1:
            sheet.write_datetime(row, 1, base + datetime.timedelta(seconds=row * 300), date_format)
        for column in range(2, args.columns):
            sheet.write_number(row, column, row * column / 7)
    workbook.close()
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"python xlsxwriter {xlsxwriter.__version__}: {args.rows} rows x {args.columns} columns, constant memory")
    print(f"  time          {seconds:.2f} s")
    print(f"  rows/second   {args.rows / seconds:.0f}")
    print(f"  peak memory   {peak:.1f} MB")
    os.remove(path)


if __name__ == "__main__":
    main()
