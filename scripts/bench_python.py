#!/usr/bin/env python3
"""The baseline a facilitator's analyst would write: per-item counts and means per sector,
with the json module, from an NDJSON bundle or a folder of response files."""
import json
import os
import sys
from collections import defaultdict

SCORES = {"A": 3, "B": 2, "C": 1}


def responses(path):
    if os.path.isdir(path):
        for name in os.listdir(path):
            if name.endswith(".json"):
                with open(os.path.join(path, name), encoding="utf-8") as f:
                    yield json.load(f)
    else:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    yield json.loads(line)


counts = defaultdict(lambda: defaultdict(int))
sums = defaultdict(float)
ns = defaultdict(int)
total = 0
for r in responses(sys.argv[1]):
    total += 1
    sector = r.get("profile", {}).get("sector", "")
    for item, code in r["answers"].items():
        counts[(sector, item)][code] += 1
        if code in SCORES:
            sums[(sector, item)] += SCORES[code]
            ns[(sector, item)] += 1
means = {k: sums[k] / ns[k] for k in ns}
print(json.dumps({"responses": total, "cells": len(counts), "means": len(means)}))
