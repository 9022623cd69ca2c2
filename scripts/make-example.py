#!/usr/bin/env python3
"""Rebuilds examples/riverside: an evaluation of the bundled self-evaluation with twelve
individual responses and one collective response, through `partnereval take --answers`.

Run from the repository root after `cargo build`: python3 scripts/make-example.py
"""
import json
import pathlib
import shutil
import subprocess

BIN = "target/debug/partnereval"
DIR = pathlib.Path("examples/riverside")

# Answers per respondent: sector, then q01..q18 (N = no answer), optional comments.
RESPONDENTS = [
    ("public-health", "AABAA BAAAA BAAAA ABA", {"q04": "We are consulted, then the plan arrives ready-made."}),
    ("public-health", "ABBAA BABAA BAACA AAA", {}),
    ("public-health", "AANBA AAAAB BAACB AAA", {}),
    ("public-health", "BABAA BBAAA AAAAB AAA", {"q16": "Public health chairs every meeting."}),
    ("community", "BCCCB BCBBC CBCCC CBC", {"q14": "Our voice is heard at the end, when little can change."}),
    ("community", "BBCCB BCBBB CBCBC CBC", {}),
    ("community", "ABCCB CCBBB CCCBC BBC", {}),
    ("community", "BCNCA BCBAB CBCCC CAC", {}),
    ("primary-care", "AABBA AAABA BABAB AAA", {}),
    ("primary-care", "ABBBA ABABA BBABB BAA", {}),
    ("primary-care", "AABBA ABAAA ABAAB AAA", {}),
    ("municipality", "BBCBA BBBAB BBBCB BBB", {}),
]
COLLECTIVE = "ABCBA BBBAB BBCBB BAB"


def answers(codes):
    codes = codes.replace(" ", "")
    assert len(codes) == 18, codes
    return {f"q{n:02}": ("no-answer" if c == "N" else c) for n, c in enumerate(codes, 1)}


def take(doc):
    out = subprocess.run([BIN, "take", str(DIR), "--answers", "-"], input=json.dumps(doc),
                         capture_output=True, text=True, check=True)
    return out.stdout.strip()


if DIR.exists():
    shutil.rmtree(DIR)
subprocess.run([BIN, "init", str(DIR), "--questionnaire", "action-in-partnership",
                "--name", "Riverside diabetes prevention partnership"], check=True)
for sector, codes, comments in RESPONDENTS:
    take({"profile": {"sector": sector}, "answers": answers(codes), "comments": comments})
take({"mode": "collective", "answers": answers(COLLECTIVE),
      "closing_comment": "We agreed on most items; influence and power took the longest."})
print(f"{len(RESPONDENTS) + 1} responses in {DIR}/responses")
