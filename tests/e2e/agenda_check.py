"""Checks of `planlint agenda` output as its consumers read it (tests/e2e/agenda.sh).

    agenda_check.py formats WORK EXAMPLES_DIR      JSON, CSV and iCalendar of the same run agree
    agenda_check.py moved BEFORE.ics AFTER.ics     a re-import updates: same UID, new date
    agenda_check.py html WORK EXAMPLES_DIR         the page as headless Chromium loaded it

Prints one line per failed check and exits 1 when any failed.
"""
import csv
import datetime
import glob
import html.parser
import io
import json
import os
import struct
import sys

failures = []


def check(ok, message):
    if not ok:
        failures.append(message)
        print("FAIL:", message)


def finish(what):
    if failures:
        sys.exit(1)
    print(f"agenda {what}: ok")


WEEKDAYS_DA = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def load_json(work):
    with open(os.path.join(work, "agenda.json"), encoding="utf-8") as f:
        return json.load(f)


def ics_lines(raw):
    check(raw.endswith(b"\r\n"), "ics: the last line ends in CRLF")
    lines = raw.split(b"\r\n")[:-1]
    for n, line in enumerate(lines, 1):
        check(b"\n" not in line and b"\r" not in line, f"ics line {n}: a bare CR or LF")
        check(len(line) <= 75, f"ics line {n}: {len(line)} octets (more than 75)")
        if line.startswith(b" "):
            check(len(line) > 1 and (line[1] & 0xC0) != 0x80, f"ics line {n}: folded inside a UTF-8 character")
    return lines


def events(path):
    import icalendar  # Debian python3-icalendar

    with open(path, "rb") as f:
        raw = f.read()
    ics_lines(raw)
    cal = icalendar.Calendar.from_ical(raw)
    check(str(cal.get("VERSION")) == "2.0", "ics: VERSION:2.0")
    check(bool(cal.get("PRODID")), "ics: PRODID")
    return [c for c in cal.walk() if c.name == "VEVENT"]


def formats(work, examples):
    data = load_json(work)
    items = data["deadlines"]
    n = len(items)
    check(n > 0, "json: deadlines")
    check(data["summary"]["deadlines"] == n, "json: summary.deadlines matches the rows")
    check(data["summary"]["overdue"] == sum(1 for i in items if i["overdue"]), "json: summary.overdue matches the rows")
    plan_files = sorted(glob.glob(os.path.join(examples, "*.plan")))
    check(data["summary"]["plans"] == len(plan_files), "json: one plan per example")
    today = datetime.date.fromisoformat(data["today"])
    keys = []
    for i in items:
        date = datetime.date.fromisoformat(i["date"])
        check(i["days"] == (date - today).days, f"json: days of {i['uid']}")
        check(i["overdue"] == (date < today), f"json: overdue of {i['uid']}")
        check(i["weekday"] == WEEKDAYS_DA[date.weekday()], f"json: weekday of {i['uid']}")
        check(os.path.isfile(i["file"]), f"json: file {i['file']} exists")
        with open(i["file"], encoding="utf-8") as f:
            check(1 <= i["line"] <= len(f.read().split("\n")), f"json: line {i['line']} of {i['file']}")
        keys.append((not i["overdue"], i["date"]))
    check(keys == sorted(keys), "json: overdue first, then by date")
    check(len({i["uid"] for i in items}) == n, "json: UIDs are unique")

    # CSV: BOM, CRLF, ';' and the same rows in the same order; æ, ø and å intact.
    with open(os.path.join(work, "agenda.csv"), "rb") as f:
        raw = f.read()
    check(raw.startswith(b"\xef\xbb\xbf"), "csv: starts with a UTF-8 BOM")
    check(raw.count(b"\r\n") == n + 1 and raw.count(b"\n") == n + 1, "csv: one CRLF line per row plus the header")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    check(rows[0] == ["Dato", "Ugedag", "Dage", "Status", "Type", "Borger", "Kontaktteam", "Frist", "Detaljer", "Fil", "Linje"],
          f"csv: header {rows[0]}")
    check(len(rows) == n + 1, f"csv: {len(rows) - 1} rows, json has {n}")
    for row, i in zip(rows[1:], items):
        check(len(row) == 11, f"csv: 11 fields in {row}")
        check([row[0], int(row[2]), row[5], row[6], row[7], row[8], row[9], int(row[10])] ==
              [i["date"], i["days"], i["citizen"], i["team"], i["what"], i["detail"], i["file"], i["line"]],
              f"csv row {row} matches json {i['uid']}")
    text = raw.decode("utf-8-sig")
    check("Mål" in text and "møde" in text and "Næste" in text, "csv: æ, ø and å intact")

    # iCalendar: one all-day event per row, the same UIDs, dates and texts; stable across runs.
    evs = events(os.path.join(work, "agenda.ics"))
    check(len(evs) == n, f"ics: {len(evs)} events, json has {n}")
    by_uid = {str(e["UID"]): e for e in evs}
    check(set(by_uid) == {i["uid"] for i in items}, "ics: the UIDs of the json rows")
    for i in items:
        e = by_uid.get(i["uid"])
        if e is None:
            continue
        start = e.decoded("DTSTART")
        end = e.decoded("DTEND")
        check(type(start) is datetime.date, f"ics: {i['uid']} is an all-day event (DTSTART;VALUE=DATE)")
        check(start == datetime.date.fromisoformat(i["date"]), f"ics: DTSTART of {i['uid']}")
        check(end == start + datetime.timedelta(days=1), f"ics: DTEND of {i['uid']} is the next day")
        check(str(e["SUMMARY"]).startswith(i["what"]) and i["citizen"] in str(e["SUMMARY"]), f"ics: SUMMARY of {i['uid']}")
        check(str(e["DESCRIPTION"]).startswith(i["detail"]), f"ics: DESCRIPTION of {i['uid']} (escaping undone)")
        check(e.decoded("DTSTAMP") == datetime.datetime(2027, 3, 1, tzinfo=datetime.timezone.utc), "ics: DTSTAMP is --today")
    second = events(os.path.join(work, "agenda2.ics"))
    check([str(e["UID"]) for e in second] == [str(e["UID"]) for e in evs], "ics: UIDs stable across two runs")
    later = events(os.path.join(work, "agenda-later.ics"))
    check({str(e["UID"]) for e in later} == set(by_uid), "ics: the same UIDs a day later")
    check(all(int(a["SEQUENCE"]) > int(b["SEQUENCE"]) for a, b in zip(later, evs)), "ics: a later run has a higher SEQUENCE")
    finish("json, csv and ics")


def moved(before_path, after_path):
    before = {str(e["UID"]): e for e in events(before_path)}
    after = {str(e["UID"]): e for e in events(after_path)}
    check(set(before) == set(after), "re-import: the same events after a new evaluation")
    changed = [u for u in before if before[u].decoded("DTSTART") != after[u].decoded("DTSTART")]
    check(len(changed) == 1, f"re-import: exactly one event moved ({len(changed)})")
    for u in changed:
        check(str(before[u]["SUMMARY"]).startswith("Evaluering af Mål 1"), f"re-import: the evaluation of Mål 1 moved, not {before[u]['SUMMARY']}")
        check(after[u].decoded("DTSTART") == datetime.date(2026, 11, 25), "re-import: 25-08-2026 + 3 months")
    finish("re-import")


class Dom(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.plans = []
        self.items = 0
        self.overdue = 0
        self.title = ""
        self.in_title = False
        self.csp = ""
        self.external = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag == "article" and "plan" in classes:
            self.plans.append(a.get("data-file"))
        if tag == "li" and "item" in classes:
            self.items += 1
            self.overdue += "overdue" in classes
        if tag == "title":
            self.in_title = True
        if tag == "meta" and (a.get("http-equiv") or "").lower() == "content-security-policy":
            self.csp = a.get("content") or ""
        for k in ("src", "href", "srcset", "poster", "data", "action"):
            v = a.get(k)
            if v is not None and not v.startswith("#"):
                self.external.append(f"<{tag} {k}={v}>")
        if tag in ("script", "link", "img", "iframe", "object", "embed", "video", "audio", "source"):
            self.external.append(f"<{tag}>")

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False

    def handle_data(self, data):
        if self.in_title:
            self.title += data


def netlog_requests(path):
    """Requests the page made (not the browser's own background requests), from a net log."""
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    try:
        log = json.loads(text)
    except ValueError:  # not closed (browser killed): close the events array
        log = json.loads(text.rstrip().rstrip(",") + "]}")
    names = {v: k for k, v in log["constants"]["logEventTypes"].items()}
    page_sources = set()
    urls = {}
    for e in log.get("events", []):
        p = e.get("params") or {}
        name = names.get(e["type"], "")
        sid = e.get("source", {}).get("id")
        if name == "REQUEST_ALIVE" and p.get("traffic_annotation") == 101845102:  # blink_resource_loader
            page_sources.add(sid)
        if name == "URL_REQUEST_START_JOB" and "url" in p:
            urls[sid] = p["url"]
            if "file://" in p.get("network_isolation_key", "") or p.get("initiator") == "null":
                page_sources.add(sid)
    return sorted(urls[s] for s in page_sources if s in urls and not urls[s].startswith(("file:", "data:", "about:", "chrome:")))


def html_page(work, examples):
    data = load_json(work)
    # The screenshot: a PNG of the window size with real content (an empty page is a few KB).
    shot = os.path.join(work, "agenda.png")
    check(os.path.isfile(shot), "html: the screenshot exists")
    if os.path.isfile(shot):
        with open(shot, "rb") as f:
            head = f.read(24)
        check(head[:8] == b"\x89PNG\r\n\x1a\n", "html: the screenshot is a PNG")
        width, height = struct.unpack(">II", head[16:24])
        check((width, height) == (1280, 2000), f"html: screenshot {width}x{height}")
        check(os.path.getsize(shot) > 50_000, f"html: the screenshot has content ({os.path.getsize(shot)} bytes)")

    # The DOM Chromium built: every plan, every deadline, the overdue ones marked.
    with open(os.path.join(work, "dom.html"), encoding="utf-8") as f:
        dom = Dom()
        dom.feed(f.read())
    expected = sorted(os.path.relpath(p) for p in glob.glob(os.path.join(examples, "*.plan")))
    check(sorted(dom.plans) == expected, f"html: the page shows every plan: {sorted(dom.plans)} != {expected}")
    check(dom.items == len(data["deadlines"]), f"html: {dom.items} deadlines on the page, json has {len(data['deadlines'])}")
    check(dom.overdue == data["summary"]["overdue"], f"html: {dom.overdue} marked overdue, json has {data['summary']['overdue']}")
    check(dom.title.startswith("Frister og fund"), f"html: title {dom.title!r}")
    check("default-src 'none'" in dom.csp, f"html: a Content-Security-Policy that forbids loading: {dom.csp!r}")
    check(dom.external == [], f"html: references outside the page: {dom.external}")
    with open(os.path.join(work, "agenda.html"), encoding="utf-8") as f:
        page = f.read()
    for needle in ("http://", "https://", "url(", "@import", "<script", "<link", "<img"):
        check(needle not in page, f"html: the page contains {needle!r}")

    # No request left the page (net log of both Chromium runs); the detector itself is checked
    # on a page that does make requests.
    for log in ("screenshot.netlog.json", "dom.netlog.json"):
        left = netlog_requests(os.path.join(work, log))
        check(left == [], f"html: requests from the page in {log}: {left}")
    leak = netlog_requests(os.path.join(work, "leak.netlog.json"))
    check(any("127.0.0.1:9/pixel.png" in u for u in leak) and any("example.invalid" in u for u in leak),
          f"html: the net-log check sees a page's requests (control page: {leak})")
    with open(os.path.join(work, "chromium.err"), encoding="utf-8", errors="replace") as f:
        console = f.read()
    check("Refused to" not in console and "Content Security Policy" not in console, "html: no blocked load on the console")
    finish("html in chromium")


if __name__ == "__main__":
    what = sys.argv[1]
    if what == "formats":
        formats(sys.argv[2], sys.argv[3])
    elif what == "moved":
        moved(sys.argv[2], sys.argv[3])
    elif what == "html":
        html_page(sys.argv[2], sys.argv[3])
    else:
        sys.exit(f"unknown check {what}")
