"""Checks planlint's JUnit XML the way CI consumers read it: well-formed XML with
testsuites/testsuite/testcase/failure and consistent counts."""
import sys
import xml.etree.ElementTree as ET

root = ET.parse(sys.argv[1]).getroot()
assert root.tag == "testsuites", root.tag
total = failures = 0
for suite in root.findall("testsuite"):
    cases = suite.findall("testcase")
    failed = [c for c in cases if c.find("failure") is not None]
    assert int(suite.get("tests")) == len(cases), suite.get("name")
    assert int(suite.get("failures")) == len(failed), suite.get("name")
    for c in failed:
        f = c.find("failure")
        assert f.get("type", "").startswith("PL") and f.get("message"), ET.tostring(c)
    total += len(cases)
    failures += len(failed)
assert int(root.get("tests")) == total and int(root.get("failures")) == failures
assert failures > 0
print(f"JUnit valid: {total} testcases, {failures} failures")
