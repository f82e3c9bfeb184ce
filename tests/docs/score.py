#!/usr/bin/env python3
"""Scores `mtrack extract` on the held-out whole documents of this folder.

Each document NAME.txt has its expected facts in NAME.jsonl and its report
date in dates.tsv. The binary is run once per document as
`BIN extract --date D --format jsonl NAME.txt`, its facts are matched against
the expected ones, and per-document and total precision, recall and wrong
values are printed; -v lists the misses and the extras. With --floors FILE
the run fails (exit 1) when a precision or recall falls below the floor the
file gives for a document or the total, or when wrong values outnumber the
ceiling it gives (0 when the column is left out: a wrong number in a chart is
the worst error, and any ceiling above 0 is a known fault to be removed).

Matching follows the gold-set rules: entity, metric, kind, unit and
period_type equal, period_end within 10 days, value within 0.5% (low and
high each for a range). A prediction agreeing with an already matched fact
is a repeat and is not counted; one matching an optional fact is left out;
one whose key (entity, metric, kind, period) belongs only to optional facts
is not counted either. An unmatched prediction sharing its key with a
required fact is a wrong value. Ids outside the gold lexicon are unscored.
"""
import argparse
import datetime
import json
import os
import subprocess
import sys

# The canonical ids the expected facts use; predictions naming anything else
# are not scored (the project's lexicon may know more).
ENTITIES = frozenset("""
microsoft azure alphabet google-cloud amazon aws nvidia meta apple oracle
broadcom amd tsmc coreweave nebius openai anthropic claude-code openrouter
cursor alibaba alibaba-cloud tencent baidu salesforce enterprise-genai
vertical-ai""".split())
METRICS = frozenset("""
revenue data_center_revenue net_income operating_income operating_margin
gross_margin net_margin rpo backlog capex free_cash_flow arr eps
token_consumption mau spending market_share""".split())
# What an extractor may call an estimate.
ESTIMATE_BASES = frozenset(("estimate", "guidance", "consensus"))
PERIOD_SLACK_DAYS = 10
VALUE_TOLERANCE = 0.005


class ScoreError(Exception):
    pass


def day(text):
    return datetime.date.fromisoformat(text)


def same_key(pred, gold):
    """Entity, metric, kind and period agree (the value may not)."""
    for field in ("entity", "metric", "kind", "period_type"):
        if pred.get(field) != gold[field]:
            return False
    try:
        gap = abs((day(pred["period_end"]) - day(gold["period_end"])).days)
    except (KeyError, TypeError, ValueError):
        return False
    return gap <= PERIOD_SLACK_DAYS


def close(got, want):
    if not isinstance(got, (int, float)) or isinstance(got, bool):
        return False
    if want == 0:
        return got == 0
    return abs(got - want) <= VALUE_TOLERANCE * abs(want)


def agrees(pred, gold):
    if not same_key(pred, gold) or pred.get("unit") != gold["unit"]:
        return False
    if gold.get("qualifier") == "range":
        return close(pred.get("low"), gold["low"]) and close(pred.get("high"), gold["high"])
    return close(pred.get("value"), gold["value"])


def basis_of(fact):
    return "estimate" if fact.get("basis", "actual") in ESTIMATE_BASES else "actual"


def read_jsonl(path):
    facts = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                facts.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise ScoreError(f"'{path}' line {lineno}: {e}") from None
    return facts


def read_dates(path):
    dates = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 2:
                raise ScoreError(f"'{path}' line {lineno}: want NAME<TAB>DATE")
            dates.append((parts[0], parts[1]))
    return dates


def read_floors(path):
    floors = {}
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            try:
                wrong = int(parts[3]) if len(parts) > 3 else 0
                floors[parts[0]] = (float(parts[1]), float(parts[2]), wrong)
            except (IndexError, ValueError):
                raise ScoreError(f"'{path}' line {lineno}: want NAME<TAB>PRECISION<TAB>RECALL[<TAB>MAX_WRONG]") from None
    return floors


def extract(binary, date, path):
    try:
        run = subprocess.run([binary, "extract", "--date", date, "--format", "jsonl", path],
                             capture_output=True, text=True, check=False)
    except OSError as e:
        raise ScoreError(f"cannot run '{binary}': {e.strerror}") from None
    if run.returncode != 0:
        raise ScoreError(f"'{binary} extract' failed on '{path}' ({run.returncode}): {run.stderr.strip()[:300]}")
    preds = []
    for lineno, line in enumerate(run.stdout.splitlines(), 1):
        if line.strip():
            try:
                preds.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise ScoreError(f"output for '{path}' line {lineno} is not JSON: {e}") from None
    return preds


def score(golds, preds):
    """Returns counts and the lists of misses, extras and wrong values."""
    taken = [None] * len(golds)       # the prediction each gold fact matched
    r = {"matched": 0, "extra": [], "wrong": [], "unscored": 0, "repeat": 0,
         "optional": 0, "basis_ok": 0, "qualifier_ok": 0}
    for pred in preds:
        if pred.get("entity") not in ENTITIES or pred.get("metric") not in METRICS:
            r["unscored"] += 1
            continue
        # required facts before optional ones, so a value both share counts
        order = sorted(range(len(golds)), key=lambda i: bool(golds[i].get("optional")))
        hit = next((i for i in order if taken[i] is None and agrees(pred, golds[i])), None)
        if hit is not None:
            taken[hit] = pred
            gold = golds[hit]
            if gold.get("optional"):
                r["optional"] += 1
                continue
            r["matched"] += 1
            r["basis_ok"] += basis_of(pred) == basis_of(gold)
            r["qualifier_ok"] += pred.get("qualifier", "exact") == gold.get("qualifier", "exact")
            continue
        if any(taken[i] is not None and agrees(pred, golds[i]) for i in range(len(golds))):
            r["repeat"] += 1
            continue
        keyed = [g for g in golds if same_key(pred, g)]
        if any(not g.get("optional") for g in keyed):
            r["wrong"].append(pred)
            r["extra"].append(pred)
        elif keyed:
            r["optional"] += 1
        else:
            r["extra"].append(pred)
    r["required"] = sum(1 for g in golds if not g.get("optional"))
    r["missed"] = [g for i, g in enumerate(golds) if taken[i] is None and not g.get("optional")]
    return r


def ratios(matched, extra, required):
    """Precision is None when nothing was predicted: no floor can hold it."""
    predicted = matched + extra
    precision = matched / predicted if predicted else None
    recall = matched / required if required else 1.0
    return precision, recall


def shown(ratio):
    return "  -  " if ratio is None else f"{ratio:.3f}"


def show(fact):
    value = fact.get("value")
    if fact.get("qualifier") == "range":
        value = f"{fact.get('low')}..{fact.get('high')}"
    opt = " (optional)" if fact.get("optional") else ""
    return (f"{fact.get('entity')} {fact.get('metric')} {fact.get('kind')} {value} {fact.get('unit')} "
            f"{fact.get('period_type')} {fact.get('period_end')} {basis_of(fact)}{opt}")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description="score mtrack extract on whole documents")
    ap.add_argument("--bin", default="build/mtrack", help="the mtrack binary (default build/mtrack)")
    ap.add_argument("--docs", default=here, help="the folder of NAME.txt, NAME.jsonl and dates.tsv")
    ap.add_argument("--floors", help="a floors.tsv: fail when a score falls below it or a value is wrong")
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses and extras")
    args = ap.parse_args()

    try:
        dates = read_dates(os.path.join(args.docs, "dates.tsv"))
        floors = read_floors(args.floors) if args.floors else {}
        total = {"matched": 0, "extra": 0, "wrong": 0, "required": 0, "unscored": 0,
                 "basis_ok": 0, "qualifier_ok": 0}
        rows = []
        for name, date in dates:
            golds = read_jsonl(os.path.join(args.docs, name + ".jsonl"))
            preds = extract(args.bin, date, os.path.join(args.docs, name + ".txt"))
            r = score(golds, preds)
            p, rc = ratios(r["matched"], len(r["extra"]), r["required"])
            rows.append((name, p, rc, len(r["wrong"])))
            print(f"{name:28} P={shown(p)} R={rc:.3f}  matched {r['matched']}/{r['required']}"
                  f"  extra {len(r['extra'])}  wrong {len(r['wrong'])}  unscored {r['unscored']}")
            if args.verbose:
                for g in r["missed"]:
                    print(f"    miss   {show(g)}")
                for x in r["extra"]:
                    tag = "WRONG " if x in r["wrong"] else "extra "
                    print(f"    {tag} {show(x)}  | {str(x.get('text', ''))[:80]}")
            for k in ("matched", "required", "unscored", "basis_ok", "qualifier_ok"):
                total[k] += r[k]
            total["extra"] += len(r["extra"])
            total["wrong"] += len(r["wrong"])
    except (OSError, ScoreError) as e:
        print(f"score: {e}", file=sys.stderr)
        return 2

    p, rc = ratios(total["matched"], total["extra"], total["required"])
    rows.append(("total", p, rc, total["wrong"]))
    m = total["matched"] or 1
    print(f"{'total':28} P={shown(p)} R={rc:.3f}  matched {total['matched']}/{total['required']}"
          f"  extra {total['extra']}  wrong {total['wrong']}  unscored {total['unscored']}"
          f"  basis {total['basis_ok'] / m:.3f}  qualifier {total['qualifier_ok'] / m:.3f}")

    failed = []
    for name, p, rc, wrong in rows:
        if args.floors:
            fp, fr, fw = floors.get(name, (0.0, 0.0, 0))
            if wrong > fw:
                failed.append(f"{name}: {wrong} wrong values, ceiling {fw}")
            if p is not None and p + 1e-9 < fp:
                failed.append(f"{name}: precision {p:.3f} below its floor {fp:.3f}")
            if rc + 1e-9 < fr:
                failed.append(f"{name}: recall {rc:.3f} below its floor {fr:.3f}")
    names = {row[0] for row in rows}
    failed += [f"floors name '{n}', which is no document here" for n in floors if n not in names]
    for f in failed:
        print(f"score: {f}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
