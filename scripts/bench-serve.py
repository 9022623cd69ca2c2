#!/usr/bin/env python3
"""Load test of `partnereval serve` on loopback: N members answer at once.

Each member is a thread with its own connection and cookie that fetches every page of the
bundled self-evaluation (start, prerequisites, profile, 18 items, closing comment, review)
and posts each form as a browser would, then submits. At the end the script checks that
exactly N valid responses were written (`partnereval report --format json` reads them all,
skipping none) and that no draft is left, and prints the wall time, the requests per
second and the server's peak resident memory (VmHWM).

    python3 scripts/bench-serve.py                 # 300 members, release build
    python3 scripts/bench-serve.py --members 50
    python3 scripts/bench-serve.py --kill 40       # SIGKILL the server once 40 responses
                                                   # are in: every file left is whole

Only 127.0.0.1 is ever contacted. Bounded: every request times out after 60 s and the
run after --timeout seconds (default 600).
"""

import argparse
import glob
import http.client
import json
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

RADIO = re.compile(r'<input type="radio" name="([^"]+)" id="[^"]*" value="([^"]*)"')
CHECKBOX = re.compile(r'<input type="checkbox" name="([^"]+)" id="[^"]*" value="([^"]*)"')
HIDDEN = re.compile(r'<input type="hidden" name="([^"]+)" value="([^"]*)"')


class Member(threading.Thread):
    """One member answering the whole survey."""

    def __init__(self, host, port, base, seed, start, deadline):
        super().__init__(daemon=True)
        self.host, self.port, self.base = host, port, base
        self.random = random.Random(seed)
        self.start_gate = start
        self.deadline = deadline
        self.cookie = None
        self.requests = 0
        self.error = None
        self.done = False
        self.conn = None

    def request(self, method, path, fields=None):
        if time.time() > self.deadline:
            raise RuntimeError("run timed out")
        if self.conn is None:
            self.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
        headers = {"Origin": f"http://{self.host}:{self.port}"}
        body = None
        if self.cookie:
            headers["Cookie"] = self.cookie
        if fields is not None:
            body = urllib.parse.urlencode(fields)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            self.conn.request(method, path, body=body, headers=headers)
            r = self.conn.getresponse()
        except (http.client.HTTPException, OSError):
            # A kept-alive connection the server closed: once more on a new one.
            self.conn.close()
            self.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
            self.conn.request(method, path, body=body, headers=headers)
            r = self.conn.getresponse()
        text = r.read().decode("utf-8")
        self.requests += 1
        cookie = r.getheader("Set-Cookie")
        if cookie:
            pair = cookie.split(";")[0]
            self.cookie = None if "Max-Age=0" in cookie else pair
        return r.status, r.getheader("Location"), text

    def get(self, path):
        status, location, text = self.request("GET", path)
        if status == 303:
            return self.get(location)
        if status != 200:
            raise RuntimeError(f"GET {path}: {status}")
        return text

    def answer(self, page):
        """The fields of the question on `page`, answered at random."""
        hidden = dict(HIDDEN.findall(page))
        fields = [("csrf", hidden["csrf"]), ("step", hidden["step"])]
        radios = {}
        for name, value in RADIO.findall(page):
            radios.setdefault(name, []).append(value)
        for name, values in radios.items():
            if "yes" in values:
                fields.append((name, "yes"))  # prerequisites
            else:
                fields.append((name, self.random.choice(values)))
        boxes = CHECKBOX.findall(page)
        if boxes:
            fields.append(self.random.choice(boxes))
        if 'name="answer"' in page and not radios and not boxes:
            fields.append(("answer", "A comment typed on a phone."))
        fields.append(("action", "next"))
        return fields

    def run(self):
        try:
            self.start_gate.wait()
            page = self.get(self.base)
            csrf = dict(HIDDEN.findall(page))["csrf"]
            status, location, _ = self.request(
                "POST", self.base + "start", [("csrf", csrf), ("lang", "en")]
            )
            if status != 303:
                raise RuntimeError(f"start: {status}")
            page = self.get(location)
            for _ in range(100):
                if 'action="submit"' in page:
                    hidden = dict(HIDDEN.findall(page))
                    status, _, text = self.request(
                        "POST",
                        self.base + "submit",
                        [("csrf", hidden["csrf"]), ("step", hidden["step"])],
                    )
                    if status != 200 or "Your response is saved" not in text:
                        raise RuntimeError(f"submit: {status}")
                    self.done = True
                    return
                status, location, text = self.request(
                    "POST", self.base + "q", self.answer(page)
                )
                if status != 303:
                    raise RuntimeError(f"answer: {status}: {text[:300]}")
                page = self.get(location)
            raise RuntimeError("the survey never ended")
        except Exception as e:  # noqa: BLE001 -- reported at the end
            self.error = f"{type(e).__name__}: {e}"
        finally:
            if self.conn is not None:
                self.conn.close()


def peak_rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def files(folder):
    return sorted(glob.glob(os.path.join(folder, "*.json")))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--members", type=int, default=300)
    ap.add_argument("--kill", type=int, metavar="N", help="SIGKILL the server after N responses")
    ap.add_argument("--timeout", type=int, default=600)
    ap.add_argument("--binary", help="the partnereval binary (default: a release build)")
    args = ap.parse_args()

    binary = args.binary
    if not binary:
        target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
        binary = os.path.join(target, "release", "partnereval")
    work = tempfile.mkdtemp(prefix="partnereval-bench-serve-")
    evaluation = os.path.join(work, "meeting")
    subprocess.run(
        [binary, "init", evaluation, "-q", "action-in-partnership", "--name", "Load test"],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and k != "LANG"}
    server = subprocess.Popen(
        [binary, "serve", evaluation, "--bind", "127.0.0.1:0", "--lang", "en"],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    member_url = None
    for line in server.stdout:
        if line.startswith("Members: "):
            member_url = line.split(" ", 1)[1].strip()
        if line.startswith("Ctrl-C"):
            break
    url = urllib.parse.urlparse(member_url)
    deadline = time.time() + args.timeout
    gate = threading.Barrier(args.members + 1)
    members = [
        Member(url.hostname, url.port, url.path, seed, gate, deadline)
        for seed in range(args.members)
    ]
    for m in members:
        m.start()
    responses = os.path.join(evaluation, "responses")
    gate.wait()
    started = time.time()
    killed = False
    while any(m.is_alive() for m in members) and time.time() < deadline:
        if args.kill and not killed and len(files(responses)) >= args.kill:
            server.send_signal(signal.SIGKILL)
            killed = True
        time.sleep(0.05)
    elapsed = time.time() - started
    peak = peak_rss_kib(server.pid) if not killed else 0
    requests = sum(m.requests for m in members)
    done = sum(m.done for m in members)
    errors = [m.error for m in members if m.error]
    if not killed:
        server.send_signal(signal.SIGINT)
        summary = server.stdout.read()
        server.wait(timeout=60)
    else:
        server.wait(timeout=60)
        summary = ""

    written = files(responses)
    drafts = glob.glob(os.path.join(responses, ".drafts", "*"))
    temporaries = [
        p
        for p in glob.glob(os.path.join(responses, ".*")) + drafts
        if os.path.basename(p).startswith(".tmp-")
    ]
    report = subprocess.run(
        [binary, "report", evaluation, "--format", "json", "--skip-invalid"],
        capture_output=True,
        text=True,
        check=True,
    )
    compiled = json.loads(report.stdout)
    print(f"members          {args.members}")
    print(f"submitted        {done}")
    print(f"response files   {len(written)}")
    print(f"compiled         {compiled['respondents']} (skipped: {len(compiled['skipped'])})")
    print(f"drafts left      {len([d for d in drafts if d.endswith('.json')])}")
    print(f"temporary files  {len(temporaries)}")
    print(f"requests         {requests}")
    print(f"wall time        {elapsed:.2f} s")
    print(f"requests/s       {requests / elapsed:.0f}")
    if not killed:
        print(f"server peak RSS  {peak / 1024:.1f} MiB")
        print(f"server said      {summary.strip()}")
    ok = compiled["skipped"] == [] and compiled["respondents"] == len(written)
    if killed:
        # Every response and draft file left is whole: report reads every response, and
        # every draft parses; an interrupted write can only leave a `.tmp-*.partial`.
        for d in drafts:
            if d.endswith(".json"):
                with open(d) as f:
                    json.load(f)
        print(f"killed after     {args.kill} responses: every file left is whole")
    else:
        ok = ok and done == args.members == len(written) and not errors
        ok = ok and not [d for d in drafts if d.endswith(".json")] and not temporaries
        for e in errors[:5]:
            print("error:", e, file=sys.stderr)
    print("result           " + ("ok" if ok else "FAILED"))
    subprocess.run(["rm", "-rf", work], check=False)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
