#!/usr/bin/env python3
"""Hostile input for `planlint lsp`: the server answers errors, never crashes or hangs.

    robustness.py PLANLINT

Every case has a time limit; a crash (exit by a signal), a hang or a wrong answer fails the
test. Covered: requests before `initialize`, bad and missing Content-Length, headers without
a colon, a header line far too long, a Content-Length far too large, invalid JSON, invalid
UTF-8, JSON nested 200,000 deep, JSON that is not a request, 10,000 malformed messages in a row, 1 MB of random bytes,
out-of-range and negative positions, a change for a document that is not open, NUL bytes in
a document, a 50 MB document (linted, hovered, edited), a client that closes the connection
mid-message or stops reading, and no CPU use while idle.
"""
import os
import random
import subprocess
import sys
import time

import lsp_client
from lsp_client import frame, note, request

PLANLINT = os.path.abspath(sys.argv[1])
FAILURES = []


def check(condition, what):
    if not condition:
        FAILURES.append(what)
        print("FAIL:", what, flush=True)


class Server(lsp_client.Server):
    def __init__(self):
        super().__init__(PLANLINT)

    def finish(self, expect_code=0, timeout=20):
        code = self.wait(timeout)
        check(code is not None, "the server did not exit within %d s" % timeout)
        if code is not None:
            check(code == expect_code, "exit code %s, expected %s" % (code, expect_code))


def alive(s, i):
    """The server still answers a well-formed request."""
    s.send(request(i, "textDocument/hover", {"textDocument": {"uri": "file:///tmp/none.plan"}, "position": {"line": 0, "character": 0}}))
    m = s.answer(i)
    check("error" in m or "result" in m, "no answer to request %d after hostile input" % i)


def main_sequence():
    s = Server()
    started = time.monotonic()

    s.send(request(1, "textDocument/hover", {}))
    check(s.error_code() == (-32002, 1), "request before initialize -> -32002")

    # Framing errors: -32700 with id null, and the next well-formed message is read (after a
    # framing error the reader skips to the next "Content-Length:", even one glued to garbage).
    cases = [
        (b"Content-Length: abc\r\n\r\n{}", "non-numeric Content-Length"),
        (b"Content-Length: -5\r\n\r\n", "negative Content-Length"),
        (b"Content-Type: application/json\r\n\r\n{}\r\n", "missing Content-Length"),
        (b"hello\r\n\r\n", "header without a colon"),
        (b"X" * 100_000 + b"\r\n", "100 KB header line"),
        (b"Content-Length: 999999999999999\r\n\r\n", "Content-Length of 1 PB"),
        (b"Content-Length: 18446744073709551617\r\n\r\n", "Content-Length beyond 64 bits"),
    ]
    for n, (data, what) in enumerate(cases):
        s.write(data)
        check(s.error_code() == (-32700, None), what + " -> -32700")
        alive(s, 100 + n)

    # Bodies that are not JSON-RPC requests.
    s.write(frame(b"{nope"))
    check(s.error_code() == (-32700, None), "invalid JSON -> -32700")
    s.write(frame(b'{"jsonrpc":"2.0","id":3,"method":"x","params":{"t":"\xff\xfe"}}'))
    check(s.error_code() == (-32700, None), "invalid UTF-8 -> -32700")
    s.write(frame(b'{"jsonrpc":"2.0","id":4,"method":"x","params":{"t":"\\ud800"}}'))
    check(s.error_code() == (-32700, None), "lone surrogate -> -32700")
    s.write(frame(b"[" * 200_000 + b"]" * 200_000))
    check(s.error_code() == (-32600, None), "200,000 nested arrays -> -32600")
    s.write(frame(b'{"jsonrpc":"2.0","id":77,"method":"initialize","params":' + b"[" * 200_000 + b"]" * 200_000 + b"}"))
    check(s.error_code() == (-32602, 77), "initialize with deeply nested array params -> -32602")
    for body, what in ((b"[1,2]", "a batch"), (b"42", "a number"), (b'"x"', "a string"), (b"null", "null")):
        s.write(frame(body))
        check(s.error_code() == (-32600, None), "%s -> -32600" % what)
    s.send({"jsonrpc": "2.0", "id": 5})
    check(s.error_code() == (-32600, 5), "no method -> -32600 with the id")
    s.send({"jsonrpc": "2.0", "id": {"a": 1}, "method": "initialize"})
    check(s.error_code() == (-32600, None), "object id -> -32600")
    s.send({"jsonrpc": "2.0", "id": 6, "method": 7})
    check(s.error_code() == (-32600, 6), "numeric method -> -32600")

    # 10,000 malformed messages in a row: 10,000 answers, then business as usual.
    s.write(frame(b"{]") * 10_000)
    codes = [s.error_code()[0] for _ in range(10_000)]
    check(codes.count(-32700) == 10_000, "10,000 malformed messages -> 10,000 parse errors")
    alive(s, 7)

    # 1 MB of random bytes (seeded), then a resynchronising header.
    rng = random.Random(7)
    noise = bytes(rng.getrandbits(8) for _ in range(1 << 20)).replace(b"Content-Length", b"Content-Lengtx")
    s.write(noise + b"\r\n")
    s.send(request(8, "textDocument/hover", {"textDocument": {"uri": "file:///tmp/none.plan"}, "position": {"line": 0, "character": 0}}))
    while True:
        m = s.next()
        if m.get("id") == 8:
            break
        check(m.get("error", {}).get("code") == -32700 and m.get("id") is None, "random bytes -> only parse errors")

    # A working session with hostile parameters.
    s.send(request(9, "initialize", {"capabilities": {}}))
    check("result" in s.answer(9), "initialize after the noise")
    s.send(note("initialized", {}))
    uri = "file:///tmp/robust.plan"
    text = "# Individuel plan\nBorger: Åse 😀\n\x00\x01\x02 NUL-bytes\n## Mål 1: \x00\n"
    s.send(note("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "plan", "version": 1, "text": text}}))
    m = s.next()
    check(m.get("method") == "textDocument/publishDiagnostics", "diagnostics for a document with NUL bytes")
    s.send(note("textDocument/didChange", {"textDocument": {"uri": "file:///tmp/not-open.plan", "version": 2},
                                          "contentChanges": [{"text": "x"}]}))
    s.send(note("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [
        {"range": {"start": {"line": 4000000000, "character": 9}, "end": {"line": 1, "character": 4000000000}}, "text": "X"}]}))
    m = s.next()
    check(m.get("method") == "textDocument/publishDiagnostics" and m["params"]["version"] == 2, "out-of-range change is applied (clamped)")
    s.send(note("textDocument/didChange", {"textDocument": {"uri": uri, "version": 3}, "contentChanges": [
        {"range": {"start": {"line": -1, "character": 0}, "end": {"line": 0, "character": 0}}, "text": "X"}]}))
    for i, method in enumerate(["textDocument/hover", "textDocument/completion", "textDocument/definition", "textDocument/references",
                                "textDocument/prepareRename"], start=10):
        s.send(request(i, method, {"textDocument": {"uri": uri}, "position": {"line": 999999, "character": 999999}}))
        m = s.answer(i)
        check("result" in m, "%s at an out-of-range position -> a result" % method)
    s.send(request(20, "textDocument/codeAction", {"textDocument": {"uri": uri},
                                                   "range": {"start": {"line": 5, "character": 99}, "end": {"line": 0, "character": 0}},
                                                   "context": {"diagnostics": [{"code": 5, "range": "x"}]}}))
    check("result" in s.answer(20), "codeAction with a reversed range and junk diagnostics -> a result")
    s.send(request(21, "textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 0, "character": -3}}))
    check(s.answer(21).get("error", {}).get("code") == -32602, "negative character -> -32602")

    # Idle: no CPU time while nothing happens.
    time.sleep(0.5)
    before = s.cpu_ticks()
    time.sleep(2.0)
    idle = s.cpu_ticks() - before
    check(idle <= 2, "CPU use while idle: %d ticks in 2 s" % idle)

    # A 50 MB document: linted, hovered, edited, never a hang.
    head = "# Individuel plan\nBorger: Bo\nOmråde: voksne\nSkabelon: VUM\nTilbud: Birken\nIndskrevet: 01-02-2026\n\n## Bemærkninger\n"
    line = "Bo går en tur i skoven med sin kontaktperson og ser på fuglene ved søen.\n"
    big = head + line * (50_000_000 // len(line.encode()))
    big_uri = "file:///tmp/big.plan"
    t0 = time.monotonic()
    s.send(note("textDocument/didOpen", {"textDocument": {"uri": big_uri, "languageId": "plan", "version": 1, "text": big}}))
    while True:
        m = s.next(timeout=120)
        if m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == big_uri:
            break
    print("50 MB document: diagnostics after %.1f s" % (time.monotonic() - t0), flush=True)
    last = big.count("\n")
    s.send(note("textDocument/didChange", {"textDocument": {"uri": big_uri, "version": 2}, "contentChanges": [
        {"range": {"start": {"line": last - 1, "character": 0}, "end": {"line": last - 1, "character": 2}}, "text": "Åse"}]}))
    while True:
        m = s.next(timeout=120)
        if m.get("method") == "textDocument/publishDiagnostics" and m["params"].get("version") == 2:
            break
    s.send(request(30, "textDocument/hover", {"textDocument": {"uri": big_uri}, "position": {"line": last - 1, "character": 1}}))
    check("result" in s.answer(30, timeout=120), "hover in a 50 MB document")
    s.send(request(31, "textDocument/foldingRange", {"textDocument": {"uri": big_uri}}))
    check("result" in s.answer(31, timeout=120), "folding ranges of a 50 MB document")
    s.send(note("textDocument/didClose", {"textDocument": {"uri": big_uri}}))
    print("50 MB document: all done after %.1f s" % (time.monotonic() - t0), flush=True)

    s.send(request(40, "shutdown"))
    check(s.answer(40).get("result", "x") is None, "shutdown -> null")
    s.send(note("exit", {}))
    s.finish(0)
    print("main sequence: %.1f s" % (time.monotonic() - started), flush=True)


def end_of_input_cases():
    print("end-of-input cases", flush=True)
    # The client goes away in the middle of a message.
    s = Server()
    s.write(b"Content-Length: 100\r\n\r\n{\"jsonrpc\"")
    s.proc.stdin.close()
    s.finish(1)
    # ... or in the middle of a 10 MB header line.
    s = Server()
    s.write(b"Y" * 10_000_000)
    s.proc.stdin.close()
    s.finish(1)
    # ... or right away.
    s = Server()
    s.proc.stdin.close()
    s.finish(1)
    # exit before initialize: code 1.
    s = Server()
    s.send(note("exit", {}))
    s.finish(1)
    # A client that stops reading: writes fail, the server does not die of SIGPIPE.
    read_end, write_end = os.pipe()
    proc = subprocess.Popen([PLANLINT, "lsp"], stdin=subprocess.PIPE, stdout=write_end, stderr=subprocess.DEVNULL)
    os.close(write_end)
    os.close(read_end)
    data = b"".join(frame(request(i, "initialize" if i == 0 else "textDocument/hover", {"capabilities": {}})) for i in range(200))
    try:
        proc.stdin.write(data + frame(request(1000, "shutdown")) + frame(note("exit", {})))
        proc.stdin.close()
    except BrokenPipeError:
        pass
    try:
        code = proc.wait(timeout=20)
        check(code == 0, "a client that stopped reading: exit code %s" % code)
    except subprocess.TimeoutExpired:
        proc.kill()
        check(False, "a client that stopped reading: the server hangs")


main_sequence()
end_of_input_cases()
if FAILURES:
    print("%d failure(s)" % len(FAILURES))
    sys.exit(1)
print("robustness: all cases passed")
