#!/usr/bin/env python3
"""The checks of scripts/two-nodes.sh (issue 15, "Two nodes, one database"): run against two started nodes on one
database and HAProxy in front. Prints one line per check (PASS/FAIL and what it saw) and exits 1 if any failed.
Bounded: every request has a timeout, and every wait a fixed number of tries."""
import argparse
import base64
import http.cookiejar
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

PASSWORD = "demo2026"
results = []


def outcome(ok, name, detail):
    results.append(ok)
    print(("PASS " if ok else "FAIL ") + name + ": " + detail, flush=True)


class Answer:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    def json(self):
        return json.loads(self.body.decode("utf-8"))


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def request(url, method="GET", user=None, body=None, content_type=None, opener=None, headers=None, timeout=120):
    extra = dict(headers or {})
    if user:
        extra["Authorization"] = "Basic " + base64.b64encode((user + ":" + PASSWORD).encode()).decode()
    if content_type:
        extra["Content-Type"] = content_type
    req = urllib.request.Request(url, data=body, method=method, headers=extra)
    opener = opener or urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(req, timeout=timeout) as r:
            return Answer(r.status, r.headers, r.read())
    except urllib.error.HTTPError as e:
        return Answer(e.code, e.headers, e.read())


class Browser:
    """A person's browser through HAProxy: one cookie jar (SERVERID and JSESSIONID), no automatic redirects."""

    def __init__(self, proxy):
        self.proxy = proxy
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect)

    def get(self, path):
        return request(self.proxy + path, opener=self.opener, headers={"Accept": "text/html"})

    def login(self, user):
        page = self.get("/login")
        token = re.search(r'_csrf" content="([^"]+)"|"csrfToken":"([^"]+)"', page.body.decode("utf-8", "replace"))
        csrf = (token.group(1) or token.group(2)) if token else ""
        form = urllib.parse.urlencode({"username": user, "password": PASSWORD, "_csrf": csrf}).encode()
        answer = request(self.proxy + "/login", "POST", body=form, content_type="application/x-www-form-urlencoded",
                         opener=self.opener, headers={"Origin": self.proxy})
        return page.headers.get("X-Portal-Node"), answer

    def cookie(self, name):
        return next((c.value for c in self.jar if c.name == name), None)


def sql(args, statement):
    out = subprocess.run([args.mariadb, "--no-defaults", "--socket=" + args.socket, "-uroot", "-N", "-B",
                          "uppfoljning", "-e", statement], capture_output=True, text=True, timeout=60)
    if out.returncode != 0:
        raise RuntimeError(out.stderr)
    return [line.split("\t") for line in out.stdout.strip().splitlines()]


def unit_name(node, user, unit, parent):
    answer = request(node + "/api/v1/followup?unit=%s&period=2026-02" % parent, user=user)
    if answer.status != 200:
        return "HTTP %d" % answer.status
    return next((row["name"] for row in answer.json()["rows"] if row["unit"] == unit), None)


def check_organisation(args):
    """controller renames unit 1190 through node A; node B names it so at its next request."""
    org = open(os.path.join(args.demo, "organisation.csv"), encoding="utf-8").read()
    before_b = unit_name(args.node_b, "controller", "1190", "KLS")
    renamed = org.replace("1190;Näringslivsenheten;", "1190;Näringsliv och turism;")
    added = renamed + "1195;Turistbyrån;KLS;;\n"
    answer = request(args.node_a + "/api/v1/organisation", "POST", user="controller", body=added.encode("utf-8"),
                     content_type="text/csv")
    after_b = unit_name(args.node_b, "controller", "1190", "KLS")
    new_b = unit_name(args.node_b, "controller", "1195", "KLS")
    outcome(answer.status == 200 and after_b == "Näringsliv och turism" and new_b == "Turistbyrån",
            "organisation changed through node A is seen at once through node B",
            "A answered %d; B named 1190 '%s' before, '%s' after; B lists new 1195 as '%s'"
            % (answer.status, before_b, after_b, new_b))


def user_body(account, units):
    return json.dumps({"name": account["name"], "email": account.get("email"), "roles": account["roles"],
                       "units": units, "committees": account.get("committees", []),
                       "enabled": account.get("enabled", True)}).encode("utf-8")


def check_scope(args):
    """admin gives overformyndare unit 1120 through node A; node B lets them read it at once, and stops at once
    when it is taken away again (HTTP Basic with the credential cache warm on B)."""
    first = request(args.node_b + "/api/v1/followup?unit=1120&period=2026-02", user="overformyndare").status
    account = request(args.node_a + "/api/v1/users/overformyndare", user="admin").json()
    put = request(args.node_a + "/api/v1/users/overformyndare", "PUT", user="admin",
                  body=user_body(account, ["1150", "1120"]), content_type="application/json").status
    granted = request(args.node_b + "/api/v1/followup?unit=1120&period=2026-02", user="overformyndare").status
    back = request(args.node_a + "/api/v1/users/overformyndare", "PUT", user="admin",
                   body=user_body(account, ["1150"]), content_type="application/json").status
    taken = request(args.node_b + "/api/v1/followup?unit=1120&period=2026-02", user="overformyndare").status
    outcome(first == 403 and put == 200 and granted == 200 and back == 200 and taken == 403,
            "a user's scope changed through node A applies at once on node B",
            "B before: %d; A grants 1120: %d; B then: %d; A takes it back: %d; B then: %d"
            % (first, put, granted, back, taken))


def actuals_csv(rows):
    """rows lines of March 2026 actuals for the ten KLS units on two accounts (repeated lines add up)."""
    units = ["1100", "1110", "1120", "1130", "1140", "1150", "1160", "1170", "1180", "1190"]
    lines = ["ansvar;konto;period;belopp"]
    for i in range(rows):
        lines.append("%s;%s;2026-03;%d,%02d" % (units[i % 10], "5011" if i % 3 else "3510", 100 + i % 900, i % 100))
    return ("\n".join(lines) + "\n").encode("utf-8")


def check_report(args):
    """An import of March's actuals saved through node A is in node B's follow-up table at once."""
    body = actuals_csv(30)
    answer = request(args.node_a + "/api/v1/import/actuals", "POST", user="ekonomichef", body=body,
                     content_type="text/csv")
    table = request(args.node_b + "/api/v1/followup?unit=KLS&period=2026-03", user="ekonomichef")
    actual = table.json()["total"]["kronor"]["monthActual"] if table.status == 200 else None
    # "Totalt KLS" leaves out 1130 TIA-avdelningen (it reports to TN)
    expected = sum(100 + i % 900 + (i % 100) / 100 for i in range(30) if i % 10 != 3)
    outcome(answer.status == 200 and actual is not None and abs(float(actual) - expected) < 0.005,
            "March's actuals imported through node A are in node B's follow-up table",
            "A answered %d; B's KLS total for March %s kr (the file: %.2f kr)" % (answer.status, actual, expected))


def check_reminders(args):
    """Both nodes run the reminder job every 5 s (lock at least 2 s): after several runs each reminder went out
    once. The deadline 2026-03-19 of February makes the demo day a reminder day."""
    tries = 0
    while tries < 30:
        count = sql(args, "SELECT COUNT(*) FROM reminder_sent")[0][0]
        if int(count) > 0:
            break
        tries += 1
        time.sleep(1)
    time.sleep(16)  # three more runs of the job on each node, which must send nothing more
    mails = sorted(os.listdir(args.mail))
    recipients = [open(os.path.join(args.mail, m), encoding="utf-8", errors="replace").readline().strip()
                  for m in mails]
    claimed = sql(args, "SELECT username, email FROM reminder_sent ORDER BY username")
    logs = {}
    for node in ("a", "b"):
        text = open(os.path.join(args.logs, "node-%s.log" % node), encoding="utf-8", errors="replace").read()
        logs[node] = (len(re.findall(r"Reminders of [0-9-]+: [1-9][0-9]* sent", text)),
                      len(re.findall(r"Reminders of [0-9-]+: [0-9]+ sent", text)))
    duplicates = sorted({r for r in recipients if recipients.count(r) > 1})
    outcome(len(mails) > 0 and not duplicates and len(mails) == len(claimed),
            "the reminder job sends each reminder once across both nodes",
            "%d mails to %d addresses (%s), %d claims in reminder_sent, duplicates: %s; runs that sent / runs of"
            " the job: node A %d/%d, node B %d/%d" % (len(mails), len(set(recipients)),
                                                      ", ".join(sorted(set(recipients))), len(claimed),
                                                      duplicates or "none", *logs["a"], *logs["b"]))


def check_concurrent_imports(args):
    """The same actuals file (March 2026, KLS units) sent at once through node A and node B."""
    rows = args.import_rows
    body = actuals_csv(rows)
    imports_before = int(sql(args, "SELECT COUNT(*) FROM import_log")[0][0])
    answers = {}
    barrier = threading.Barrier(2)

    def send(name, node):
        barrier.wait()
        started = time.monotonic()
        answers[name] = (request(node + "/api/v1/import/actuals", "POST", user="ekonomichef", body=body,
                                 content_type="text/csv", timeout=300), time.monotonic() - started)

    threads = [threading.Thread(target=send, args=(n, u)) for n, u in (("A", args.node_a), ("B", args.node_b))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(320)
    expected = {}
    for i in range(rows):
        unit = ["1100", "1110", "1120", "1130", "1140", "1150", "1160", "1170", "1180", "1190"][i % 10]
        key = (unit, "5011" if i % 3 else "3510")
        expected[key] = expected.get(key, 0) + (100 + i % 900) * 100 + i % 100
    held = {(u, a): round(float(v) * 100) for u, a, v in sql(
        args, "SELECT unit_code, account_code, m03 FROM actual_year WHERE period_year = 2026 AND m03 <> 0 "
              "AND unit_code IN ('1100','1110','1120','1130','1140','1150','1160','1170','1180','1190')")}
    imports = int(sql(args, "SELECT COUNT(*) FROM import_log")[0][0]) - imports_before
    described = "; ".join("%s: HTTP %d in %.1f s %s" % (n, a.status, s, a.body[:160].decode("utf-8", "replace")
                                                        if a.status != 200 else "")
                          for n, (a, s) in sorted(answers.items()))
    statuses = sorted(a.status for a, _ in answers.values())
    clear = statuses == [200, 200] or (statuses[0] == 200 and statuses[1] in (409, 423, 429, 503))
    same = held == expected
    outcome(clear and same and imports == statuses.count(200),
            "two imports of the same units at once through A and B: one import and a wait or a clear refusal, "
            "nothing half-saved",
            "%s; %d new entries in import_log; March in actual_year: %d (unit, account) sums, %s the file's %d "
            "lines (%d sums)" % (described, imports, len(held), "equal to" if same else "NOT equal to", rows,
                                 len(expected)))


def check_failover(args):
    """chief logs in through HAProxy (sticky to node A), A is killed with -9, the next request reaches B, which
    asks for a new login; after it the import saved through A before the kill is there."""
    browser = Browser(args.proxy)
    # stick to node A: log in until the proxy's cookie names A (round robin, so at most a few tries)
    node = None
    for _ in range(4):
        browser = Browser(args.proxy)
        node, answer = browser.login("ekonomichef")
        if browser.cookie("SERVERID") == "a":
            break
    logged_in = browser.get("/")
    on_a = browser.cookie("SERVERID") == "a" and logged_in.status == 200
    before = sql(args, "SELECT COUNT(*), COALESCE(SUM(m03), 0) FROM actual_year WHERE period_year = 2026")[0]
    os.kill(args.pid_a, signal.SIGKILL)
    killed = time.monotonic()
    # the user's next request comes after the process is gone: wait (at most 5 s) until A's port refuses connections
    port_a = int(urllib.parse.urlparse(args.node_a).port)
    for _ in range(50):
        try:
            socket.create_connection(("127.0.0.1", port_a), timeout=0.5).close()
            time.sleep(0.1)
        except OSError:
            break
    # the user's next request: A refuses the connection, HAProxy redispatches to B (option redispatch)
    after_kill = browser.get("/")
    served_by = after_kill.headers.get("X-Portal-Node")
    needs_login = after_kill.status == 302 and after_kill.headers.get("Location", "").endswith("/login")
    node2, relogin = browser.login("ekonomichef")
    again = browser.get("/")
    took = time.monotonic() - killed
    after = sql(args, "SELECT COUNT(*), COALESCE(SUM(m03), 0) FROM actual_year WHERE period_year = 2026")[0]
    table = request(args.proxy + "/api/v1/followup?unit=KLS&period=2026-03", user="ekonomichef")
    outcome(on_a and served_by == "b" and needs_login and relogin.status == 302 and again.status == 200
            and browser.cookie("SERVERID") == "b" and before == after and table.status == 200,
            "node A killed: the next request reaches node B, a new login there, nothing saved lost",
            "logged in on %s (GET / %d); after kill -9 of A the next request was served by %s: %d to %s; new login "
            "%d, then GET / %d on %s, %.1f s after the kill; actual_year rows/March sum before %s, after %s; "
            "follow-up through the proxy %d" % ("a" if on_a else "not a", logged_in.status,
                                               served_by, after_kill.status, after_kill.headers.get("Location"),
                                               relogin.status, again.status, browser.cookie("SERVERID"), took,
                                               "/".join(before), "/".join(after), table.status))


def main():
    parser = argparse.ArgumentParser()
    for name in ("--proxy", "--node-a", "--node-b", "--mariadb", "--socket", "--mail", "--logs"):
        parser.add_argument(name, required=True)
    parser.add_argument("--pid-a", type=int, required=True)
    parser.add_argument("--import-rows", type=int, default=200_000)
    parser.add_argument("--demo", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "app",
                                                       "src", "main", "resources", "demo"))
    args = parser.parse_args()
    for check in (check_organisation, check_scope, check_report, check_reminders, check_concurrent_imports,
                  check_failover):
        started = time.monotonic()
        try:
            check(args)
        except Exception as e:  # a check that breaks is a failed check, and the others still run
            outcome(False, check.__name__, "%s: %s" % (type(e).__name__, e))
        print("     (%.1f s)" % (time.monotonic() - started), flush=True)
    failed = results.count(False)
    print("%d of %d checks passed" % (len(results) - failed, len(results)), flush=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
