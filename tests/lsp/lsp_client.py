"""A minimal LSP client over a `planlint lsp` child's stdio, for the robustness tests.

Messages are read on a thread into a queue, so a test can wait with a time limit and a hung
server fails the test instead of hanging it.
"""
import json
import os
import queue
import subprocess
import threading


def frame(message):
    body = json.dumps(message, ensure_ascii=False).encode("utf-8") if not isinstance(message, bytes) else message
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def request(i, method, params=None):
    m = {"jsonrpc": "2.0", "id": i, "method": method}
    if params is not None:
        m["params"] = params
    return m


def note(method, params):
    return {"jsonrpc": "2.0", "method": method, "params": params}


class Server:
    def __init__(self, planlint, today="2026-08-10"):
        self.proc = subprocess.Popen([planlint, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                     env=dict(os.environ, PLANLINT_TODAY=today))
        self.messages = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        out = self.proc.stdout
        while True:
            headers = {}
            line = out.readline()
            if not line:
                self.messages.put(None)
                return
            while line not in (b"\r\n", b"\n", b""):
                k, _, v = line.decode("ascii", "replace").partition(":")
                headers[k.strip().lower()] = v.strip()
                line = out.readline()
            n = int(headers["content-length"])
            self.messages.put(json.loads(out.read(n)))

    def write(self, data):
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def send(self, message):
        self.write(frame(message))

    def next(self, timeout=30):
        m = self.messages.get(timeout=timeout)
        if m is None:
            raise EOFError("the server closed its output (exit code %s)" % self.proc.poll())
        return m

    def answer(self, id_, timeout=30):
        """The response to request `id_` (notifications before it are skipped)."""
        while True:
            m = self.next(timeout)
            if m.get("id") == id_ and "method" not in m:
                return m

    def error_code(self, timeout=30):
        m = self.next(timeout)
        return m.get("error", {}).get("code"), m.get("id", "missing")

    def cpu_ticks(self):
        with open("/proc/%d/stat" % self.proc.pid) as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])

    def wait(self, timeout=20):
        """The exit code, or None if the server did not exit in time (it is then killed)."""
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return None
