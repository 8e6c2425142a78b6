#!/usr/bin/env python3
"""Randomised message sequences for `planlint lsp` (seeded, bounded, stdio only).

    random_sequence.py PLANLINT [--seeds 1,2,3,4,5] [--steps 2000]

Each seed drives one server through a random mix of valid requests for every advertised
method at random (also out-of-range) positions, incremental edits at random places in
UTF-16 or UTF-8 (emoji, æøå, new lines, headings), malformed and mistyped messages, and
out-of-order ones (requests before `initialize`, changes for unopened documents, versions
going backwards, requests after `shutdown`). It fails when:
  - a request gets no answer, or more than one, or an answer that is neither result nor error;
  - the server crashes, hangs (30 s per wait) or exits with another code than 0 after
    shutdown/exit;
  - incremental sync drifts: at checkpoints each open document's pulled diagnostics must equal
    those of a fresh document opened with the text this client holds (the oracle).
A failure prints the seed and the step, so `--seeds N` replays it.
"""
import argparse
import os
import random
import re
import sys

import lsp_client
from lsp_client import frame, note, request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
WS = "file:///tmp/planlint-random"
LINE_END = re.compile("\r\n|\r|\n")

SNIPPETS = [
    "a", "æ", "Ø", "å", "😀", "\n", "\r\n", " ", "\t", "## Mål 1: Noah cykler selv\n", "### Delmål 1.1: x\n",
    "Start: 01-09-2026\n", "Evaluering: hver 3. måned\n", "Handleplan: H1\n", "Slut: 31-02-2026\n", "Status: fortsæt",
    "<!-- planlint: ignore PL101 -- fordi -->\n", "- punkt\n", "# Individuel plan\n", "Maal", "undgå", "ikke", ":", ",",
    "\u0301", "\x00", "H9", "§ 140", "0501001234",
]


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


class Doc:
    """The client's copy of a document, with positions in the negotiated encoding."""

    def __init__(self, uri, text, encoding):
        self.uri, self.text, self.version, self.encoding = uri, text, 1, encoding

    def unit_len(self, s):
        return len(s.encode("utf-8")) if self.encoding == "utf-8" else utf16_len(s)

    def position(self, offset):
        """The LSP position of a code-point offset. Lines end at \r\n, \n or \r (LSP 3.17)."""
        line, start = 0, 0
        for m in LINE_END.finditer(self.text, 0, offset):
            if m.end() > offset:
                break
            line, start = line + 1, m.end()
        return {"line": line, "character": self.unit_len(self.text[start:offset])}

    def random_offset(self, rng):
        """Anywhere but between the \r and \n of one line end (no position names that)."""
        offset = rng.randint(0, len(self.text))
        if 0 < offset < len(self.text) and self.text[offset - 1] == "\r" and self.text[offset] == "\n":
            offset -= 1
        return offset


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("planlint")
    ap.add_argument("--seeds", default="1,2,3,4,5")
    ap.add_argument("--steps", type=int, default=2000)
    args = ap.parse_args()
    failures = 0
    for seed in [int(s) for s in args.seeds.split(",")]:
        try:
            run(os.path.abspath(args.planlint), seed, args.steps)
            print("seed %d: %d steps, every request answered once, sync exact, clean exit" % (seed, args.steps), flush=True)
        except Failure as e:
            failures += 1
            print("FAIL seed %d: %s" % (seed, e), flush=True)
    sys.exit(1 if failures else 0)


class Failure(Exception):
    pass


def run(planlint, seed, steps):
    rng = random.Random(seed)
    texts = []
    for folder in (os.path.join(ROOT, "examples"), os.path.join(HERE, "fixtures")):
        for name in sorted(os.listdir(folder)):  # examples and fixtures, æøå and all
            if name.endswith(".plan"):
                with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
                    texts.append(f.read())
    s = lsp_client.Server(planlint)
    pending = set()  # request ids sent and not yet answered
    answered = set()
    next_id = [1]
    step = [0]

    def fail(what):
        raise Failure("step %d: %s" % (step[0], what))

    def take(m):
        """Books one message from the server; answers the server's own requests."""
        if "method" in m:
            if "id" in m:  # a request to the client (registration, refresh): accept it
                s.send({"jsonrpc": "2.0", "id": m["id"], "result": None})
            return
        i = m.get("id")
        if i is None:
            if m.get("error", {}).get("code") not in (-32700, -32600):  # unreadable or not a request
                fail("an answer without an id that is not a parse or invalid-request error: %s" % m)
            return
        key = repr(i)
        if key in answered:
            fail("request %s answered twice" % key)
        if key not in pending:
            fail("an answer to a request never sent: %s" % key)
        if ("result" in m) == ("error" in m):
            fail("answer to %s has neither or both of result and error" % key)
        pending.discard(key)
        answered.add(key)

    def send_request(method, params, string_id=False):
        i = next_id[0]
        next_id[0] += 1
        rid = "r%d" % i if string_id else i
        pending.add(repr(rid))
        s.send(request(rid, method, params) if params is not None else request(rid, method))
        return rid

    def wait_for(rid):
        while repr(rid) in pending:
            try:
                m = s.next(timeout=30)
            except EOFError as e:
                fail(str(e))
            except Exception:
                fail("no answer to request %s within 30 s" % rid)
            take(m)
            if repr(rid) in answered and m.get("id") == rid:
                return m
        fail("request %s was answered before it was awaited" % rid)

    def drain():
        while True:
            try:
                m = s.messages.get_nowait()
            except Exception:
                return
            if m is None:
                fail("the server closed its output (exit code %s)" % s.proc.poll())
            take(m)

    # Out of order: requests before initialize get -32002, notifications are dropped.
    for _ in range(rng.randint(1, 5)):
        rid = send_request(rng.choice(["textDocument/hover", "shutdown", "textDocument/completion"]), {})
        m = wait_for(rid)
        if m.get("error", {}).get("code") != -32002:
            fail("request before initialize: %s" % m)
        s.send(note("textDocument/didOpen", {"textDocument": {"uri": WS + "/early.plan", "text": "x", "version": 1}}))

    encoding = rng.choice(["utf-16", "utf-8"])
    offered = ["utf-8", "utf-16"] if encoding == "utf-8" else ["utf-16"]
    rid = send_request("initialize", {"processId": None, "rootUri": WS, "capabilities": {
        "general": {"positionEncodings": offered},
        "textDocument": {"documentSymbol": {"hierarchicalDocumentSymbolSupport": rng.random() < 0.5}}}})
    m = wait_for(rid)
    got = m.get("result", {}).get("capabilities", {}).get("positionEncoding", "utf-16")
    if got != encoding:
        fail("negotiated %s, expected %s" % (got, encoding))
    s.send(note("initialized", {}))

    docs = {}
    closed = []
    oracle_n = [0]

    def diagnostics_of(uri):
        m = wait_for(send_request("textDocument/diagnostic", {"textDocument": {"uri": uri}}))
        if "error" in m:
            fail("pull diagnostics for %s: %s" % (uri, m["error"]))
        items = m["result"].get("items", [])
        for d in items:  # related places name the document; the oracle has another name
            for r in d.get("relatedInformation", []):
                r["location"]["uri"] = "DOC"
        return items

    def symbols_of(uri):
        m = wait_for(send_request("textDocument/documentSymbol", {"textDocument": {"uri": uri}}))
        if "error" in m:
            fail("document symbols for %s: %s" % (uri, m["error"]))
        for sym in m["result"] or []:  # flat symbols name the document
            if "location" in sym:
                sym["location"]["uri"] = "DOC"
        return m["result"]

    def checkpoint():
        for doc in list(docs.values()):
            oracle_n[0] += 1
            uri = WS + "/oracle-%d.plan" % oracle_n[0]
            s.send(note("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "plan", "version": 1, "text": doc.text}}))
            want = (diagnostics_of(uri), symbols_of(uri))
            have = (diagnostics_of(doc.uri), symbols_of(doc.uri))
            s.send(note("textDocument/didClose", {"textDocument": {"uri": uri}}))
            if have != want:
                fail("incremental sync drifted in %s (version %d): its diagnostics or symbols differ from a fresh copy's"
                     % (doc.uri, doc.version))

    def open_doc():
        n = len(docs) + len(closed) + 1
        uri = WS + "/doc-%d.plan" % n
        doc = Doc(uri, rng.choice(texts), encoding)
        docs[uri] = doc
        s.send(note("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "plan", "version": 1, "text": doc.text}}))

    def random_position(doc):
        if rng.random() < 0.1:  # out of range or negative
            return {"line": rng.choice([-1, 10**6, doc.text.count("\n") + 1]), "character": rng.choice([-5, 0, 10**6])}
        return doc.position(doc.random_offset(rng))

    def edit(doc):
        a = doc.random_offset(rng)
        b = min(len(doc.text), a + rng.choice([0, 0, 1, 2, 5, 40]))
        if 0 < b < len(doc.text) and doc.text[b - 1] == "\r" and doc.text[b] == "\n":
            b += 1  # not between the \r and \n of one line end
        new = "".join(rng.choice(SNIPPETS) for _ in range(rng.choice([0, 1, 1, 2, 3])))
        change = {"range": {"start": doc.position(a), "end": doc.position(b)}, "text": new}
        doc.text = doc.text[:a] + new + doc.text[b:]
        doc.version += 1
        changes = [change]
        if rng.random() < 0.1:  # a whole-document change in the same notification
            doc.text = doc.text[: len(doc.text) // 2]
            changes.append({"text": doc.text})
        s.send(note("textDocument/didChange", {"textDocument": {"uri": doc.uri, "version": doc.version}, "contentChanges": changes}))

    def position_request(doc, method, extra=None):
        params = {"textDocument": {"uri": doc.uri}, "position": random_position(doc)}
        params.update(extra or {})
        send_request(method, params, string_id=rng.random() < 0.2)

    def document_request(doc, method, extra=None):
        params = {"textDocument": {"uri": doc.uri}}
        params.update(extra or {})
        send_request(method, params)

    actions = [
        (20, lambda d: edit(d)),
        (4, lambda d: position_request(d, "textDocument/hover")),
        (4, lambda d: position_request(d, "textDocument/completion")),
        (2, lambda d: position_request(d, "textDocument/definition")),
        (2, lambda d: position_request(d, "textDocument/references", {"context": {"includeDeclaration": rng.random() < 0.5}})),
        (2, lambda d: position_request(d, "textDocument/prepareRename")),
        (2, lambda d: position_request(d, "textDocument/rename", {"newName": rng.choice(["H7", "H 1", "", "Å1", "x"])})),
        (3, lambda d: document_request(d, "textDocument/codeAction", {
            "range": {"start": random_position(d), "end": random_position(d)},
            "context": {"diagnostics": [], "only": rng.choice([["quickfix"], ["source.fixAll.planlint"], ["refactor"]])}})),
        (2, lambda d: document_request(d, "textDocument/documentSymbol")),
        (2, lambda d: document_request(d, "textDocument/foldingRange")),
        (2, lambda d: document_request(d, "textDocument/codeLens")),
        (2, lambda d: document_request(d, "textDocument/formatting", {"options": {"tabSize": 2, "insertSpaces": True}})),
        (2, lambda d: document_request(d, "textDocument/diagnostic")),
        (1, lambda d: send_request("textDocument/hover", {"textDocument": {"uri": WS + "/never-opened.plan"},
                                                          "position": {"line": 0, "character": 0}})),
        (1, lambda d: send_request("textDocument/hover", {"textDocument": 5, "position": "x"})),  # mistyped
        (1, lambda d: send_request("textDocument/hover", None)),  # no params
        (1, lambda d: send_request("nonexistent/method", {})),
        (1, lambda d: s.send(note("nonexistent/notification", {}))),
        (1, lambda d: s.send(note("textDocument/didChange", {"textDocument": {"uri": WS + "/never-opened.plan", "version": 3},
                                                             "contentChanges": [{"text": "x"}]}))),
        (1, lambda d: s.send(note("$/cancelRequest", {"id": rng.randint(1, next_id[0])}))),
        (1, lambda d: s.write(frame(rng.choice([b"{nope", b"[]", b"42", b'{"jsonrpc":"2.0","id":null}', b"\xff\xfe"])))),
        (1, lambda d: s.send(note("textDocument/didChange", {  # a stale version: ignored or applied, then resynced
            "textDocument": {"uri": d.uri, "version": max(0, d.version - 3)}, "contentChanges": []}))),
        (1, lambda d: s.send(note("workspace/didChangeConfiguration", {"settings": {"planlint": {
            "lang": rng.choice(["da", "en"]), "debounceMs": rng.choice([0, 50, 200])}}}))),
    ]
    weights = [w for w, _ in actions]

    for _ in range(rng.randint(1, 3)):
        open_doc()
    for step[0] in range(1, steps + 1):
        roll = rng.random()
        if roll < 0.01 and len(docs) > 1:
            uri = rng.choice(sorted(docs))
            del docs[uri]
            closed.append(uri)
            s.send(note("textDocument/didClose", {"textDocument": {"uri": uri}}))
        elif roll < 0.02 and len(docs) < 4:
            open_doc()
        elif roll < 0.025 and closed:  # requests for a closed document
            send_request("textDocument/documentSymbol", {"textDocument": {"uri": rng.choice(closed)}})
        else:
            doc = docs[rng.choice(sorted(docs))]
            rng.choices(actions, weights)[0][1](doc)
        if step[0] % 250 == 0:
            checkpoint()
        drain()
    checkpoint()

    # shutdown: later requests are refused with InvalidRequest, then exit ends with 0.
    wait_for(send_request("shutdown", None))
    m = wait_for(send_request("textDocument/hover", {"textDocument": {"uri": WS + "/doc-1.plan"}, "position": {"line": 0, "character": 0}}))
    if m.get("error", {}).get("code") != -32600:
        fail("a request after shutdown: %s" % m)
    s.send(note("exit", None))
    try:
        while True:
            m = s.next(timeout=30)
            take(m)
    except EOFError:
        pass
    except Exception:
        fail("the server did not close its output after exit")
    if pending:
        fail("%d request(s) never answered: %s" % (len(pending), sorted(pending)[:10]))
    code = s.wait(20)
    if code != 0:
        fail("exit code %s after shutdown and exit" % code)


if __name__ == "__main__":
    main()
