#!/usr/bin/env python3
"""Accuracy ratchet: run the shared scorers on the dev sets and fail when a
figure drops below the value recorded in .ci/figures.json.

Usage: check_figures.py [--shared ../shared] [--bin target/release/whosaid] [--update]

--update rewrites .ci/figures.json with the current figures (only raises them).
Without ../shared (a clone without the evaluation material) it says so and exits 0.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RECORD = os.path.join(ROOT, ".ci", "figures.json")


def run_json(cmd):
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def current(shared, binary):
    figs = {}
    with tempfile.TemporaryDirectory() as tmp:
        seeds_out = os.path.join(tmp, "seeds")
        subprocess.run([binary, "extract", os.path.join(shared, "corpus", "seeds"), "--out", seeds_out, "--quiet"], check=True)
        s = run_json([sys.executable, os.path.join(shared, "eval", "score.py"), "--gold", os.path.join(shared, "gold", "seeds"),
                      "--texts", os.path.join(shared, "corpus", "seeds"), "--out", seeds_out, "--json"])
        figs["seeds.entities_f1"] = s["entities"]["f1"]
        figs["seeds.mentions_f1"] = s["mentions"]["f1"]
        figs["seeds.quotes@0.3_f1"] = s["quotes@0.3"]["f1"]
        figs["seeds.quotes@0.8_f1"] = s["quotes@0.8"]["f1"]
        figs["seeds.speaker_accuracy"] = s["speaker_accuracy"]
        figs["seeds.attributed_f1"] = s["attributed"]["f1"]
        figs["seeds.offset_errors"] = -s["offset_errors"]
        winer = os.path.join(shared, "corpus", "winer-2016")
        if os.path.isdir(winer):
            w_out = os.path.join(tmp, "winer")
            subprocess.run([binary, "extract", winer, "--out", w_out, "--quiet"], check=True)
            w = run_json([sys.executable, os.path.join(shared, "eval", "score_ner.py"), "--gold", winer, "--out", w_out, "--json"])
            for t in ("ALL", "PER", "LOC", "ORG"):
                figs[f"winer.strict_{t}_f1"] = w["strict"][t]["f1"]
            figs["winer.offset_errors"] = -w["offset_errors"]
        # Invented articles written blind for this project (tests/fixtures/invented).
        inv = os.path.join(ROOT, "tests", "fixtures", "invented")
        if os.path.isdir(inv):
            i_out = os.path.join(tmp, "invented")
            subprocess.run([binary, "extract", os.path.join(inv, "texts"), "--out", i_out, "--quiet"], check=True)
            i = run_json([sys.executable, os.path.join(shared, "eval", "score.py"), "--gold", os.path.join(inv, "gold"),
                          "--texts", os.path.join(inv, "texts"), "--out", i_out, "--json"])
            figs["invented.entities_f1"] = i["entities"]["f1"]
            figs["invented.quotes@0.3_f1"] = i["quotes@0.3"]["f1"]
            figs["invented.speaker_accuracy"] = i["speaker_accuracy"]
            figs["invented.attributed_f1"] = i["attributed"]["f1"]
            figs["invented.offset_errors"] = -i["offset_errors"]
    return figs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "whosaid"))
    ap.add_argument("--update", action="store_true")
    a = ap.parse_args()
    if not os.path.isdir(os.path.join(a.shared, "eval")):
        print(f"check_figures: no evaluation material at {a.shared}; accuracy ratchet skipped")
        return 0
    figs = current(a.shared, a.bin)
    record = json.load(open(RECORD)) if os.path.exists(RECORD) else {}
    failed = []
    for k in sorted(figs):
        rec = record.get(k)
        mark = ""
        if rec is not None and figs[k] < rec - 1e-9:
            failed.append(k)
            mark = "  <-- below the record"
        print(f"{k:<28} {figs[k]:>8.4f}   record {rec if rec is not None else '-':>8}{mark}")
    if a.update:
        new = {k: max(figs[k], record.get(k, figs[k])) for k in figs}
        with open(RECORD, "w") as fh:
            json.dump(new, fh, indent=1, sort_keys=True)
            fh.write("\n")
        print(f"check_figures: record written to {RECORD}")
    if failed:
        print(f"check_figures: {len(failed)} figure(s) dropped below the record: {', '.join(failed)}")
        return 1
    print(f"check_figures: {len(figs)} figures at or above the record")
    return 0


if __name__ == "__main__":
    sys.exit(main())
