# SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
# SPDX-License-Identifier: MIT
"""Counts the objects that report the focus over AT-SPI, with the focus on each of a few widgets (run by atspi-focus)."""
import json
import sys
import time

APP_NAME = "domains-troubleshooter"
# Where the focus is put, by accessible name (the names the window gives these widgets).
TARGETS = ["Results", "Response to diagnose", "Remediation", "Results"]


def write_har(path):
    def entry(method, url, status, code):
        body = json.dumps({"message": "Request failed: " + code,
                           "details": {"applicationError": {"code": code, "description": code}}})
        return {"request": {"method": method, "url": url, "headers": []},
                "response": {"status": status, "headers": [],
                             "content": {"mimeType": "application/json", "text": body}}}
    base = "https://www.wixapis.com/domains/v1/connected-domains"
    har = {"log": {"version": "1.2", "entries": [
        entry("POST", base, 409, "DOMAINS_ALREADY_EXISTS"),
        entry("GET", base + "/0f9e8d7c-6b5a-4938-8271-605f4e3d2c1b", 403, "DOMAINS_GUID_NOT_FOUND")]}}
    with open(path, "w", encoding="utf-8") as out:
        json.dump(har, out)


def walk(acc, depth=0):
    if acc is None or depth > 60:
        return
    yield acc
    for i in range(acc.childCount):
        yield from walk(acc.getChildAtIndex(i), depth + 1)


def find(pyatspi, root, name, roles):
    for acc in walk(root):
        if acc.name == name and acc.getRole() in roles:
            return acc
    return None


def main():
    import pyatspi
    deadline = time.time() + 60
    app = results = None
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        app = next((a for a in desktop if a is not None and a.name == APP_NAME), None)
        if app is not None:
            results = find(pyatspi, app, "Results", (pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TABLE))
            if results is not None and results.childCount > 2:
                break
        time.sleep(0.5)
    if results is None:
        print("FAIL: no window with a diagnosis appeared over AT-SPI")
        return 1
    failures = 0
    for name in TARGETS:
        target = find(pyatspi, app, name, (pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TABLE,
                                           pyatspi.ROLE_TEXT, pyatspi.ROLE_DOCUMENT_FRAME, pyatspi.ROLE_DOCUMENT_TEXT,
                                           pyatspi.ROLE_ENTRY))
        if target is None:
            print(f"FAIL: no object named {name!r}")
            failures += 1
            continue
        target.queryComponent().grabFocus()
        time.sleep(0.7)
        focused = [f"{a.getRoleName()} {a.name!r}" for a in walk(app)
                   if a.getState().contains(pyatspi.STATE_FOCUSED)]
        verdict = "ok" if len(focused) == 1 else "FAIL"
        print(f"{verdict}: focus on {name!r}: {len(focused)} focused: {'; '.join(focused)}")
        failures += verdict != "ok"
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--write-har":
        write_har(sys.argv[2])
        sys.exit(0)
    sys.exit(main())
