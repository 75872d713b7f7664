#!/usr/bin/env python3
"""The benchmark peer: the aging report a user would script in pandas instead of using Dunning Desk.

    python3 pandas_aging.py IN.xlsx AS_OF OUT.xlsx

Reads the first sheet with pandas.read_excel(engine="openpyxl"), computes open = Amount - Paid
(Status "Paid" -> 0), days overdue = AS_OF - Due Date (a missing due date -> Invoice Date + 30),
buckets by the edges 0/30/60/90/120, sums the open amounts by Currency x bucket and writes that
summary with to_excel. Prints {"seconds": ..., "rows": ...} on stdout (read to write, imports
excluded). Exit 3 with "peer unavailable" on stderr when pandas or openpyxl cannot be imported;
exit 2 on a usage error.
"""
import json
import sys
import time

BUCKETS = ["current", "1-30", "31-60", "61-90", "91-120", "over-120"]


def main(argv):
    if len(argv) != 4:
        sys.stderr.write("usage: pandas_aging.py IN.xlsx AS_OF OUT.xlsx\n")
        return 2
    try:
        import openpyxl  # noqa: F401  (read_excel and to_excel need it)
        import pandas as pd
    except Exception as error:  # ImportError, or a broken binary install
        sys.stderr.write("peer unavailable: %s\n" % error)
        return 3

    source, as_of_text, out = argv[1], argv[2], argv[3]
    as_of = pd.Timestamp(as_of_text)

    started = time.perf_counter()
    df = pd.read_excel(source, engine="openpyxl")

    amount = pd.to_numeric(df["Amount"], errors="coerce").fillna(0)
    paid = pd.to_numeric(df["Paid"], errors="coerce").fillna(0)
    open_amount = amount - paid
    status = df["Status"].fillna("").astype(str).str.strip().str.lower()
    open_amount[status == "paid"] = 0

    invoice_date = pd.to_datetime(df["Invoice Date"], errors="coerce")
    due = pd.to_datetime(df["Due Date"], errors="coerce")
    due = due.fillna(invoice_date + pd.Timedelta(days=30))
    days = (as_of - due).dt.days

    df["Open"] = open_amount
    df["Bucket"] = pd.cut(
        days,
        bins=[-float("inf"), 0, 30, 60, 90, 120, float("inf")],
        labels=BUCKETS,
        right=True,
    )
    receivable = df[(df["Open"] > 0) & (invoice_date <= as_of)]
    summary = receivable.pivot_table(
        index="Currency", columns="Bucket", values="Open", aggfunc="sum", fill_value=0, observed=False
    ).reindex(columns=BUCKETS, fill_value=0)
    summary["Total"] = summary.sum(axis=1)
    summary["Invoices"] = receivable.groupby("Currency").size()
    summary.round(2).to_excel(out, sheet_name="Aging summary")
    elapsed = time.perf_counter() - started

    print(json.dumps({"seconds": round(elapsed, 3), "rows": int(len(df))}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
