#!/usr/bin/env python3
"""Golden JSON-RPC session for `planlint lsp`.

    run_session.py PLANLINT SESSION.in.json [--root SOURCE_DIR]
    UPDATE_GOLDEN=1 run_session.py ...      # rewrite SESSION.out.json

SESSION.in.json is a JSON array of steps, sent in order to a fresh `planlint lsp`:

  a JSON-RPC message          sent as is; when it is a request, the step waits for its response
  {"$wait": PATTERN}          waits for a message that contains PATTERN (a subset match), e.g.
                              {"method": "textDocument/publishDiagnostics", "params": {"version": 2}};
                              with "count": N, for N such messages
  {"$send_together": [...]}   several messages in one write (to test cancellation); then waits
                              for the responses to every request among them
  {"$write_file": PATH, "text": TEXT}   writes a file in the workspace (PATH relative to it)
  {"$symlink": PATH, "to": TARGET}       makes a symbolic link in the workspace (PATH relative to
                                         it, its folder created; TARGET as written in the link)
  {"$list_files": PATH}                  records every entry below PATH in the workspace, links
                                         as "name -> target", so a session shows what the server
                                         left on disk (no copies, links still links)

Strings are expanded before sending: "${WS}" is the workspace's file URI (a fresh copy of
tests/lsp/fixtures/ in a temporary folder), and a string that is exactly "${TEXT:PATH}" or
"${TEXT:PATH*N}" becomes that fixture file's text (repeated N times).

The server runs with PLANLINT_TODAY=2026-08-10, so every date-dependent answer is stable.
Requests the server sends to the client (client/registerCapability, ...) are answered with
a null result.

The output recorded for each step is every message received while the step ran, sorted
within the step (so a notification and a response that race are still compared exactly),
with the workspace URI written back as ${WS} and the documentation base as ${SRC}. After the
last step the server must exit by itself (the sessions end with shutdown/exit or exit) within
10 seconds; its exit code is recorded too.
"""
import argparse
import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time

TODAY = "2026-08-10"
WAIT_SECONDS = 15


def read_messages(stream, out):
    while True:
        headers = {}
        line = stream.readline()
        if not line:
            out.put(None)
            return
        while line not in (b"\r\n", b"\n", b""):
            name, _, value = line.decode("ascii", "replace").partition(":")
            headers[name.strip().lower()] = value.strip()
            line = stream.readline()
        length = int(headers.get("content-length", "0"))
        body = stream.read(length)
        if len(body) < length:
            out.put(None)
            return
        out.put(json.loads(body.decode("utf-8")))


def contains(message, pattern):
    if isinstance(pattern, dict):
        return isinstance(message, dict) and all(k in message and contains(message[k], v) for k, v in pattern.items())
    return message == pattern


class Session:
    def __init__(self, planlint, workspace):
        env = dict(os.environ, PLANLINT_TODAY=TODAY)
        self.proc = subprocess.Popen([planlint, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, cwd=workspace, env=env)
        self.incoming = queue.Queue()
        self.stderr = []
        threading.Thread(target=read_messages, args=(self.proc.stdout, self.incoming), daemon=True).start()
        threading.Thread(target=lambda: self.stderr.extend(self.proc.stderr), daemon=True).start()
        self.closed = False

    def send(self, messages):
        data = b""
        for m in messages:
            body = json.dumps(m, ensure_ascii=False).encode("utf-8")
            data += b"Content-Length: %d\r\n\r\n" % len(body) + body
        try:
            self.proc.stdin.write(data)
            self.proc.stdin.flush()
        except BrokenPipeError:
            pass

    def receive_until(self, done, received):
        """Collects messages into `received` until done(received) or the time is up."""
        deadline = time.monotonic() + WAIT_SECONDS
        while not done(received):
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no answer in %d s; received so far: %s" % (WAIT_SECONDS, json.dumps(received)[:2000]))
            try:
                m = self.incoming.get(timeout=left)
            except queue.Empty:
                continue
            if m is None:
                self.closed = True
                return
            received.append(m)
            if "method" in m and "id" in m:  # a request from the server: answer it
                self.send([{"jsonrpc": "2.0", "id": m["id"], "result": None}])


def expand(value, ws_uri, fixtures):
    if isinstance(value, str):
        if value.startswith("${TEXT:") and value.endswith("}"):
            spec = value[len("${TEXT:"):-1]
            name, _, times = spec.partition("*")
            with open(os.path.join(fixtures, name), encoding="utf-8", newline="") as f:
                return f.read() * (int(times) if times else 1)
        return value.replace("${WS}", ws_uri)
    if isinstance(value, list):
        return [expand(v, ws_uri, fixtures) for v in value]
    if isinstance(value, dict):
        return {k: expand(v, ws_uri, fixtures) for k, v in value.items()}
    return value


def normalise(value, replacements):
    if isinstance(value, str):
        for old, new in replacements:
            value = value.replace(old, new)
        return value
    if isinstance(value, list):
        return [normalise(v, replacements) for v in value]
    if isinstance(value, dict):
        return {k: normalise(v, replacements) for k, v in value.items()}
    return value


def describe(step):
    if "$wait" in step:
        return "wait " + json.dumps(step["$wait"], ensure_ascii=False, sort_keys=True)
    if "$send_together" in step:
        return "together: " + ", ".join(describe(m) for m in step["$send_together"])
    if "$write_file" in step:
        return "write " + step["$write_file"]
    if "$symlink" in step:
        return "symlink %s -> %s" % (step["$symlink"], step["to"])
    if "$list_files" in step:
        return "list " + step["$list_files"]
    text = step.get("method", "response")
    if "id" in step:
        text += " #" + json.dumps(step["id"])
    return text


def list_files(top):
    """Every entry below `top`, relative to it, sorted; links as "name -> target"."""
    out = []
    for folder, dirs, files in os.walk(top):
        for name in dirs + files:
            path = os.path.join(folder, name)
            entry = os.path.relpath(path, top)
            out.append(entry + " -> " + os.readlink(path) if os.path.islink(path) else entry)
    return sorted(out)


def file_uri(path):
    from urllib.parse import quote
    return "file://" + quote(os.path.abspath(path))


def run(planlint, session_path, source_root):
    here = os.path.dirname(os.path.abspath(__file__))
    fixtures = os.path.join(here, "fixtures")
    with open(session_path, encoding="utf-8") as f:
        steps = json.load(f)
    tmp = tempfile.mkdtemp(prefix="planlint-lsp-")
    try:
        workspace = os.path.join(tmp, "ws")
        shutil.copytree(fixtures, workspace)
        ws_uri = file_uri(workspace)
        s = Session(planlint, workspace)
        record = []
        for index, raw in enumerate(steps):
            step = expand(raw, ws_uri, fixtures)
            received = []
            if "$wait" in step:
                pattern = step["$wait"]
                count = step.get("count", 1)
                s.receive_until(lambda r: sum(1 for m in r if contains(m, pattern)) >= count, received)
            elif "$write_file" in step:
                with open(os.path.join(workspace, step["$write_file"]), "w", encoding="utf-8") as f:
                    f.write(step["text"])
            elif "$symlink" in step:
                link = os.path.join(workspace, step["$symlink"])
                os.makedirs(os.path.dirname(link), exist_ok=True)
                os.symlink(step["to"], link)
            elif "$list_files" in step:
                received.append({"files": list_files(os.path.join(workspace, step["$list_files"]))})
            else:
                batch = step["$send_together"] if "$send_together" in step else [step]
                s.send(batch)
                ids = [m["id"] for m in batch if "id" in m and "method" in m]
                s.receive_until(lambda r: all(any(m.get("id") == i and "method" not in m for m in r) for i in ids), received)
            received.sort(key=lambda m: json.dumps(m, sort_keys=True, ensure_ascii=False))
            record.append({"step": index, "sent": describe(raw), "received": received})
        try:
            code = s.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            s.proc.kill()
            raise TimeoutError("the server did not exit within 10 s after the last step")
        rest = []
        while True:
            try:
                m = s.incoming.get(timeout=2)
            except queue.Empty:
                break
            if m is None:
                break
            rest.append(m)
        rest.sort(key=lambda m: json.dumps(m, sort_keys=True, ensure_ascii=False))
        record.append({"step": "end", "received": rest, "exit_code": code})
        replacements = [(ws_uri, "${WS}"), (workspace, "${WS}")]
        if source_root:
            replacements.append((file_uri(source_root), "${SRC}"))
        return normalise(record, replacements), b"".join(s.stderr).decode("utf-8", "replace")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("planlint")
    ap.add_argument("session")
    ap.add_argument("--root", default="")
    args = ap.parse_args()
    golden = args.session[: -len(".in.json")] + ".out.json"
    try:
        record, stderr = run(os.path.abspath(args.planlint), args.session, args.root)
    except TimeoutError as e:
        print("FAIL:", e)
        return 1
    text = json.dumps(record, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        with open(golden, "w", encoding="utf-8") as f:
            f.write(text)
        print("updated", golden)
        return 0
    try:
        with open(golden, encoding="utf-8") as f:
            expected = f.read()
    except FileNotFoundError:
        print("FAIL: no golden file %s (run with UPDATE_GOLDEN=1)" % golden)
        return 1
    if json.loads(expected) == record:
        return 0
    import difflib
    sys.stdout.writelines(difflib.unified_diff(expected.splitlines(True), text.splitlines(True), golden, "actual"))
    if stderr:
        print("--- server stderr ---\n" + stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
