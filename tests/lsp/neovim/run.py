#!/usr/bin/env python3
"""A real editor as client: Neovim headless runs client.lua against `planlint lsp`.

    run.py PLANLINT [--nvim nvim]

Copies tests/lsp/fixtures/editor.plan into a temporary folder, opens it in
`nvim --headless --clean`, and asserts on the result file client.lua writes: every check
passed, and the file Neovim saved is the fixture with the code action's edit and nothing
else. Neovim runs with PLANLINT_TODAY=2026-08-10 and its own XDG folders in the temporary
folder; it is killed after TIMEOUT seconds.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURE = os.path.join(HERE, "..", "fixtures", "editor.plan")
TIMEOUT = 90


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("planlint")
    ap.add_argument("--nvim", default="nvim")
    args = ap.parse_args()
    nvim = shutil.which(args.nvim)
    if nvim is None:
        print(f"FAIL: {args.nvim} not found (scripts/install-deps.sh installs Debian's neovim)")
        return 1

    with tempfile.TemporaryDirectory(prefix="planlint-nvim-") as tmp:
        ws = os.path.join(tmp, "ws")
        os.makedirs(ws)
        plan = os.path.join(ws, "editor.plan")
        shutil.copyfile(FIXTURE, plan)
        result_file = os.path.join(tmp, "result.json")
        env = dict(os.environ, PLANLINT=os.path.abspath(args.planlint), RESULT=result_file, PLANLINT_TODAY="2026-08-10")
        for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            env[var] = os.path.join(tmp, var.lower())
        cmd = [nvim, "--headless", "--clean", "-n", "-c", "luafile " + os.path.join(HERE, "client.lua"), plan]
        try:
            proc = subprocess.run(cmd, cwd=ws, env=env, stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT)
        except subprocess.TimeoutExpired as e:
            print(f"FAIL: Neovim did not finish within {TIMEOUT} s")
            print((e.stderr or b"").decode("utf-8", "replace")[-4000:])
            return 1
        output = (proc.stdout + proc.stderr).decode("utf-8", "replace")
        if not os.path.exists(result_file):
            print(f"FAIL: Neovim exited with {proc.returncode} without writing its result")
            print(output[-4000:])
            return 1
        with open(result_file, encoding="utf-8") as f:
            result = json.load(f)
        with open(FIXTURE, encoding="utf-8") as f:
            expected = f.read().replace("Lovgrundlag: SEL § 140\n", "Lovgrundlag: Barnets lov § 91\n")
        with open(plan, encoding="utf-8") as f:
            saved = f.read()

    failures = list(result["failures"])
    if saved != expected:
        failures.append("the saved file is the fixture with exactly the code action's edit")
    for name in result["checks"]:
        print(("FAIL " if any(x.startswith(name) for x in failures) else "ok   ") + name)
    if failures:
        print("\nFAILED:\n  " + "\n  ".join(failures))
        print("\nresult: " + json.dumps({k: v for k, v in result.items() if k not in ("checks", "failures")}, ensure_ascii=False, indent=1))
        if output.strip():
            print("\nNeovim's output:\n" + output[-4000:])
        return 1
    print(f"{len(result['checks'])} checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
