"""Writes a large interval-history CSV for measuring `headset history import` as a whole process.

    python3 benchmarks/history_csv.py 5000000 /tmp/history.csv          # ~204 MB, 3 channels
    /usr/bin/time -v .build/release/headset history import /tmp/history.csv \
        --time-zone Europe/Vilnius --database /tmp/h.sqlite --dry-run    # "Maximum resident set size"
    python3 benchmarks/history_csv.py 5000000 /tmp/bad.csv --bad-line-2  # fails on line 2: must stop at once

Local Vilnius clock times in 15-minute intervals from 1975, three channels (phone, email, chat);
the spring-forward hour is skipped and the fall-back hour is listed twice, as telephony exports do.
Deterministic: the same arguments give the same file.
"""
import datetime
import sys
from zoneinfo import ZoneInfo


def main() -> None:
    rows_wanted = int(sys.argv[1])
    path = sys.argv[2]
    bad_line_2 = "--bad-line-2" in sys.argv[3:]
    zone = ZoneInfo("Europe/Vilnius")
    instant = datetime.datetime(1975, 1, 1, tzinfo=datetime.timezone.utc) - datetime.timedelta(hours=2)
    step = datetime.timedelta(minutes=15)
    channels = ["phone", "email", "chat"]
    rows = 0
    interval = 0
    with open(path, "w", encoding="utf-8") as out:
        out.write("interval_start,channel,offered,handled,abandoned,aht\n")
        while rows < rows_wanted:
            local = instant.astimezone(zone).strftime("%Y-%m-%dT%H:%M:%S")
            for channel in channels:
                offered = 20 + (interval * 7 + len(channel)) % 180
                handled = max(offered - interval % 5, 0)
                text = "many" if bad_line_2 and rows == 0 else str(offered)
                out.write(f"{local},{channel},{text},{handled},{offered - handled},{180 + interval % 97}.5\n")
                rows += 1
                if rows >= rows_wanted:
                    break
            instant += step
            interval += 1


if __name__ == "__main__":
    main()
