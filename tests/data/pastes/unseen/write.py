#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
# SPDX-License-Identifier: MIT
"""Writes the unseen-paste test set: each case is a documented Wix error (message, code, status from the catalog,
with fresh values) wrapped the way a source the support desk receives pastes from prints it: e-mail clients,
ticket systems, log aggregators, error trackers, API tools and site code consoles. cases.json says, from the
catalog alone, what each paste must come out as.

Sources that cannot run here are written from their documented output formats. The clients that can (wget, curl,
python3, node) are run against the loopback stand-in of ../standin.py, inside a network namespace with only
loopback:

    unshare -n sh -c 'ip link set lo up && tests/data/pastes/unseen/write.py'
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import generate  # noqa: E402  (the catalog and fresh values)
import clients  # noqa: E402
from standin import Reply, StandIn  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
NBSP = "\u00a0"
REASONS = generate.REASONS
CASES = []


def rid():
    return "%d.%d" % (random.randint(1764000000, 1799999999), random.randrange(10**17, 10**18))


def error(entry_id, **fixed):
    """A documented error with fresh values: its message, code, status, body and the path it was sent to."""
    e = generate.ENTRIES[entry_id]
    message = generate.message_of(entry_id, **fixed)[0]
    body = {"message": message, "details": {"applicationError": {"code": e["code"], "description": message,
                                                                  "data": {}}}}
    path = e["endpoint"].get("path", "/domains/v1/registered-domains")
    while "{" in path:  # a path parameter gets a fresh value too
        start, end = path.index("{"), path.index("}")
        path = path[:start] + generate.fresh(path[start + 1:end]) + path[end + 1:]
    return {"id": entry_id, "message": message, "code": e["code"], "status": e["httpStatus"], "reason":
            REASONS.get(e["httpStatus"], ""), "body": json.dumps(body), "pretty": json.dumps(body, indent=2),
            "obj": body, "method": e["endpoint"].get("method", "POST"), "path": path,
            "url": "https://www.wixapis.com" + path, "requestId": rid()}


def case(family, name, text, err, level="Likely", request_id=True, expect=None, known_open=None):
    path = os.path.join(family, name)
    os.makedirs(os.path.join(HERE, family), exist_ok=True)
    with open(os.path.join(HERE, path), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    c = {"file": path, "family": family, "expect": expect or err["id"], "level": level}
    if request_id:
        c["requestId"] = err["requestId"]
    if known_open:  # a fact the code does not read yet, and why: the test expects that check to fail
        c["open"], c["openReason"] = known_open
    CASES.append(c)


def quoted(text, mark="> "):
    return "\n".join(mark + line if line else mark.rstrip() for line in text.split("\n"))


def wrap(text, width):
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            cut = cut if cut > 0 else width
            out.append(line[:cut])
            line = line[cut:].lstrip()
        out.append(line)
    return "\n".join(out)


# ------------------------------------------------------------------------------------------------------ e-mail
def email():
    e = error("connected-domains.already-exists-different-settings")
    case("email", "outlook-forward-nbsp.txt", (
        "From: Lena Brandt <lena.brandt@example.org>\nSent: Monday, December 7, 2026 9:14 AM\n"
        "To: Support <support@example.com>\nSubject: FW: connecting the domain fails\n\n"
        "Hi team,\n\nour integration gets HTTP %d when it connects the domain again. Response below.\n\n"
        "x-wix-request-id:%s%s\n\n%s\n\nBest regards,\nLena\n") % (e["status"], NBSP, e["requestId"], e["pretty"]), e)

    e = error("registered-domains.domain-too-short")
    body = wrap(e["body"], 76)
    case("email", "gmail-quoted-wrapped.txt", (
        "Thanks, forwarding what the developer sent.\n\n"
        "On Mon, Dec 7, 2026 at 10:02 AM Jonas Weber <jonas@example.net> wrote:\n\n"
        "> The register call returns %d %s.\n>\n> x-wix-request-id: %s\n>\n%s\n>\n> Any idea?\n") % (
        e["status"], e["reason"], e["requestId"], quoted(body)), e)

    e = error("registered-domains.invalid-product-instance")
    case("email", "apple-mail-de-statuscode.txt", (
        "Hallo zusammen,\n\nbeim Registrieren der Domain kommt ein Fehler zurück (Statuscode %d).\n"
        "Die Antwort der API:\n\n%s\n\nRequest-ID: %s\n\nViele Grüße\nMarkus\n\nVon meinem iPhone gesendet\n") % (
        e["status"], quoted(e["pretty"]), e["requestId"]), e)

    e = error("connected-domains.restricted")
    parts = e["body"].split('"')  # a word processor's quotes: opening and closing in turn
    smart = parts[0] + "".join(("\u201c" if i % 2 else "\u201d") + p for i, p in enumerate(parts[1:], 1))
    case("email", "thunderbird-es-smart-quotes.txt", (
        "Hola,\n\nal conectar el dominio la API devuelve el código de estado %d con este mensaje:\n"
        "«%s»\n\nCuerpo de la respuesta (copiado de Word):\n%s\n\nID de solicitud: %s\n\nSaludos,\nCarmen\n") % (
        e["status"], e["message"], smart, e["requestId"]), e)

    e = error("connect-domain.site-not-permitted")
    case("email", "outlook-html-to-text-table.txt", (
        "From: Ops <ops@example.com>\nSent: Tuesday, December 8, 2026 3:40 PM\nSubject: RE: site not permitted\n\n"
        "Status:%s%d%sForbidden\nRequest%sID:%s%s\nMessage:%s%s\n\nFull body:\n%s\n") % (
        NBSP, e["status"], NBSP, NBSP, NBSP, e["requestId"], NBSP, e["message"], e["body"]), e)

    e = error("domain-search.tld-not-supported")
    case("email", "gmail-es-prose-status.txt", (
        "Buenas tardes:\n\nLa búsqueda falla con el error HTTP %d (%s).\n"
        "Respuesta:\n\n%s\n\nrequest ID = %s\n\nGracias.\n") % (e["status"], e["reason"], e["pretty"], e["requestId"]), e)

    e = error("registered-domains.invalid-domain")
    case("email", "outlook-reply-above-quote.txt", (
        "Thanks, I will check with the registry team.\n\n________________________________\n"
        "From: Dev Team <dev@example.com>\nSent: Wednesday, December 9, 2026 8:05 AM\nSubject: register fails\n\n"
        "Hi, we got a %d back when we tried to register:\n\n%s\n\nx-wix-request-id: %s\n") % (
        e["status"], e["body"], e["requestId"]), e)


# ----------------------------------------------------------------------------------------------------- tickets
def tickets():
    e = error("connected-domains.non-premium-site")
    case("tickets", "jira-wiki-table.txt", (
        "h3. Steps\n# Call Connect Domain for the customer site\n# The call fails\n\n"
        "|| Status || Request id || Endpoint ||\n| %d | %s | %s %s |\n\n{code:json}\n%s\n{code}\n") % (
        e["status"], e["requestId"], e["method"], e["path"], e["pretty"]), e)

    e = error("registered-domains.product-instance-not-active", status="PENDING")
    case("tickets", "github-issue-markdown.txt", (
        "### Describe the bug\n\nCreating a registered domain fails with **%d %s**.\n\n"
        "### Response\n\n```json\n%s\n```\n\n**Request ID:** `%s`\n\n### Environment\n- SDK: 1.4.2\n- Node 20\n") % (
        e["status"], e["reason"], e["pretty"], e["requestId"]), e)

    e = error("domain-dns.create-cname-hostname-invalid")
    case("tickets", "gitlab-issue.txt", (
        "## Summary\n\nDNS zone create returns `HTTP %d` since yesterday.\n\n"
        "## What is the current bug behavior?\n\n```\n%s %s -> %d\n%s\n```\n\nrequestId: %s\n\n/label ~bug\n") % (
        e["status"], e["method"], e["path"], e["status"], e["body"], e["requestId"]), e)

    e = error("connected-domains.get-not-found")
    case("tickets", "zendesk-agent-view.txt", (
        "Ticket #48213  Domain lookup fails\n\nRequester: anna@example.com\nStatus code: %d\n"
        "Request Id: %s\n\nAnna Kowalska  Dec 7, 2026, 11:02\nWe keep getting this when we read the domain:\n\n"
        "%s\n\nInternal note\n") % (e["status"], e["requestId"], e["body"]), e)

    e = error("domain-search.invalid-query")
    case("tickets", "intercom-conversation.txt", (
        "Conversation with Pedro Alves\n\nPedro Alves 2m ago\nHey! The availability check keeps failing\n"
        "Pedro Alves 2m ago\nstatus %d, request id %s\nPedro Alves 1m ago\n%s\n\nSeen\n") % (
        e["status"], e["requestId"], e["body"]), e)

    e = error("connected-domains.permission-denied")
    case("tickets", "slack-thread.txt", (
        "Mira Patel  10:41 AM\n@support connecting fails for one customer :thinking_face:\n"
        "```%s %s -> %d\nx-wix-request-id: %s\n%s```\n3 replies\n") % (
        e["method"], e["url"], e["status"], e["requestId"], e["body"]), e)


# --------------------------------------------------------------------------------------------------------- logs
def logs():
    e = error("registered-domains.domain-already-taken")
    line = {"ts": "2026-12-07T10:12:44.120Z", "level": "error", "msg": "wix call failed", "status": e["status"],
            "requestId": e["requestId"], "body": e["body"]}
    case("logs", "json-lines-escaped-body.txt", "\n".join([
        json.dumps({"ts": "2026-12-07T10:12:43.901Z", "level": "info", "msg": "registering domain", "port": 8443}),
        json.dumps(line),
        json.dumps({"ts": "2026-12-07T10:12:44.130Z", "level": "info", "msg": "retry scheduled", "attempt": 2}),
    ]) + "\n", e)

    e = error("domain-dns.create-domain-already-exists")
    case("logs", "logfmt.txt", (
        'time=2026-12-07T09:01:12Z level=info msg="starting" port=8080 workers=4\n'
        'time=2026-12-07T09:01:13Z level=error msg="dns zone create failed" method=%s path=%s status=%d '
        'request_id=%s body=%s\n') % (e["method"], e["path"], e["status"], e["requestId"], json.dumps(e["body"])), e)

    e = error("connect-domain.invalid-preview-records")
    case("logs", "syslog.txt", (
        "Dec  7 11:20:01 web-3 domsync[2291]: connecting domain, 3 records\n"
        "Dec  7 11:20:02 web-3 domsync[2291]: Wix API error: HTTP %d %s x-wix-request-id=%s\n"
        "Dec  7 11:20:02 web-3 domsync[2291]: response body: %s\n") % (
        e["status"], e["reason"], e["requestId"], e["body"]), e)

    e = error("connected-domains.get-guid-not-valid")
    case("logs", "kubectl-logs.txt", (
        "$ kubectl logs deploy/domain-worker -n prod --since=10m\n"
        "I1207 10:44:02.118812       1 worker.go:88] listening on :9090\n"
        "E1207 10:44:05.600120       1 worker.go:141] request failed: %s %s status=%d requestId=%s\n"
        "E1207 10:44:05.600311       1 worker.go:142] body: %s\n") % (e["method"], e["path"], e["status"], e["requestId"], e["body"]), e)

    e = error("registered-domains.sku-not-found")
    case("logs", "journalctl.txt", (
        "-- Journal begins at Mon 2026-11-30 08:00:01 UTC. --\n"
        "Dec 07 12:00:11 host01 register[4410]: POST %s\n"
        "Dec 07 12:00:12 host01 register[4410]: <- %d %s (412 ms) x-wix-request-id: %s\n"
        "Dec 07 12:00:12 host01 register[4410]: %s\n") % (e["url"], e["status"], e["reason"], e["requestId"],
                                                           e["body"]), e)

    e = error("domain-search.invalid-domain")
    case("logs", "json-lines-nested-response.txt", json.dumps({
        "@timestamp": "2026-12-07T13:00:00.000Z", "log.level": "ERROR", "message": "Request failed",
        "http": {"request": {"method": "GET"}, "response": {"status_code": e["status"], "body": {"content": e["body"]}}},
        "url": {"full": e["url"]}, "labels": {"x-wix-request-id": e["requestId"]}}) + "\n", e)


# ----------------------------------------------------------------------------------------------- error trackers
def trackers():
    e = error("connected-domains.already-exists-different-connection-type")
    event = {"event_id": "9f2c4b1e0d6a4f38b7e1c2d3a4b5c6d7", "level": "error", "platform": "node",
             "exception": {"values": [{"type": "AxiosError", "value": "Request failed with status code %d" % e["status"],
                                       "stacktrace": {"frames": [{"filename": "lib/connect.js", "lineno": 212,
                                                                  "function": "connectDomain"}]}}]},
             "extra": {"response": {"status": e["status"], "headers": {"x-wix-request-id": e["requestId"]},
                                    "data": e["obj"]}},
             "request": {"method": e["method"], "url": e["url"]}}
    case("trackers", "sentry-event.json", json.dumps(event, indent=2) + "\n", e)

    e = error("domain-dns.update-domain-not-permitted")
    case("trackers", "sentry-issue-page.txt", (
        "AxiosError\nRequest failed with status code %d\n\nUnhandled\nmechanism: onunhandledrejection\n\n"
        "lib/dns.js in updateZone at line 77:14\n\nBreadcrumbs\nhttp  %s %s [%d]\n\nAdditional Data\n"
        "response.data\n%s\nresponse.headers\n{\n  \"x-wix-request-id\": \"%s\"\n}\n") % (
        e["status"], e["method"], e["url"], e["status"], e["pretty"], e["requestId"]), e)

    e = error("domain-dns.create-dns-zone-not-found")
    case("trackers", "python-aiohttp-traceback.txt", (
        "Traceback (most recent call last):\n  File \"/srv/app/dns.py\", line 48, in create_zone\n"
        "    resp.raise_for_status()\n  File \"/usr/lib/python3/dist-packages/aiohttp/client_reqrep.py\", line 1005,"
        " in raise_for_status\n    raise ClientResponseError(\n"
        "aiohttp.client_exceptions.ClientResponseError: %d, message='%s', url=URL('%s')\n"
        "response text: %s\nrequest id: %s\n") % (e["status"], e["reason"], e["url"], e["body"], e["requestId"]), e)

    e = error("registered-domains.registered-domain-not-found")
    case("trackers", "java-webclient.txt", (
        "2026-12-07 10:15:22.481 ERROR 1 --- [ctor-http-nio-3] c.e.domains.RegistrationService : lookup failed\n"
        "org.springframework.web.reactive.function.client.WebClientResponseException$BadRequest: %d Bad Request from "
        "GET %s\n\tat org.springframework.web.reactive.function.client.WebClientResponseException.create"
        "(WebClientResponseException.java:217)\n\tat com.example.domains.RegistrationService.get"
        "(RegistrationService.java:64)\nResponse body: %s\nx-wix-request-id: %s\n") % (
        e["status"], e["url"],
        e["body"], e["requestId"]), e)

    e = error("connect-domain.permission-denied")
    case("trackers", "dotnet-exception.txt", (
        "System.Net.Http.HttpRequestException: Response status code does not indicate success: %d (%s).\n"
        "   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()\n"
        "   at Shop.Domains.Connector.ConnectAsync(String domain) in C:\\src\\Connector.cs:line 91\n"
        "Response content:\n%s\nHeaders: x-wix-request-id=%s\n") % (
        e["status"], e["reason"], e["pretty"], e["requestId"]), e)

    e = error("domain-dns.create-mx-record-value-invalid")
    case("trackers", "go-error.txt", (
        "2026/12/07 10:20:31 dnszone: create: POST %s: %d %s: %s\n"
        "2026/12/07 10:20:31 x-wix-request-id: %s\nexit status 1\n") % (
        e["url"], e["status"], e["reason"], e["body"], e["requestId"]), e)


# ---------------------------------------------------------------------------------------------------- API tools
def har(e, creator, browser=None):
    entry = {"startedDateTime": "2026-12-07T10:00:00.000Z", "time": 182,
             "request": {"method": e["method"], "url": e["url"], "httpVersion": "HTTP/2",
                         "headers": [{"name": "content-type", "value": "application/json"}], "queryString": [],
                         "cookies": [], "headersSize": -1, "bodySize": 80},
             "response": {"status": e["status"], "statusText": e["reason"], "httpVersion": "HTTP/2",
                          "headers": [{"name": "content-type", "value": "application/json;charset=UTF-8"},
                                      {"name": "x-wix-request-id", "value": e["requestId"]}],
                          "cookies": [], "content": {"size": len(e["body"]), "mimeType": "application/json",
                                                     "text": e["body"]},
                          "redirectURL": "", "headersSize": -1, "bodySize": len(e["body"])},
             "cache": {}, "timings": {"send": 0, "wait": 180, "receive": 2}}
    log = {"version": "1.2", "creator": creator, "pages": [], "entries": [entry]}
    if browser:
        log["browser"] = browser
    return json.dumps({"log": log}, indent=2) + "\n"


def api_tools():
    e = error("registered-domains.invalid-billing-cycle")
    collection = {"info": {"name": "Domains", "schema":
                           "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                  "item": [{"name": "Create Registered Domain", "request": {
                      "method": e["method"], "header": [{"key": "Content-Type", "value": "application/json"}],
                      "url": {"raw": e["url"], "protocol": "https", "host": ["www", "wixapis", "com"],
                              "path": e["path"].strip("/").split("/")}},
                      "response": [{"name": "billing cycle", "status": e["reason"], "code": e["status"],
                                    "_postman_previewlanguage": "json",
                                    "header": [{"key": "content-type", "value": "application/json"},
                                               {"key": "x-wix-request-id", "value": e["requestId"]}],
                                    "body": e["pretty"]}]}]}
    case("tools", "postman-collection-example.json", json.dumps(collection, indent="\t") + "\n", e)

    e = error("connected-domains.invalid-preview-records")
    case("tools", "postman-console.txt", (
        "%s %s\n%d\n418 ms\nNetwork\nRequest Headers\nContent-Type: application/json\nResponse Headers\n"
        "content-type: application/json;charset=UTF-8\nx-wix-request-id: %s\nResponse Body\n%s\n") % (
        e["method"], e["url"], e["status"], e["requestId"], e["body"]), e)

    e = error("domain-dns.update-multiple-records-same-host")
    case("tools", "bruno-timeline.txt", (
        "%s %s\n\nResponse\n%d %s  301ms  164B\n\nHeaders\ncontent-type  application/json;charset=UTF-8\n"
        "x-wix-request-id  %s\n\nBody\n%s\n") % (e["method"], e["url"], e["status"], e["reason"], e["requestId"],
                                                   e["pretty"]), e)

    e = error("connect-domain.domain-not-permitted")
    case("tools", "fiddler-raw.txt", (
        "HTTP/1.1 %d %s\r\nContent-Type: application/json;charset=UTF-8\r\nx-wix-request-id: %s\r\n"
        "Content-Length: %d\r\n\r\n%s") % (e["status"], e["reason"], e["requestId"], len(e["body"]), e["body"]), e)

    e = error("registered-domains.cannot-assign-to-free-site")
    case("tools", "charles-summary.txt", (
        "URL\t%s\nStatus\tComplete\nResponse Code\t%d %s\nProtocol\tHTTP/2.0\nMethod\t%s\n"
        "Request Id\t%s\n\n%s\n") % (e["url"], e["status"], e["reason"], e["method"], e["requestId"], e["body"]), e)

    e = error("connected-domains.get-domain-not-permitted")
    case("tools", "firefox.har", har(e, {"name": "Firefox", "version": "133.0"},
                                     {"name": "Firefox", "version": "133.0"}), e)

    e = error("domain-search.invalid-tld-format")
    case("tools", "safari.har", har(e, {"name": "WebKit Web Inspector", "version": "1.0"}), e)

    e = error("domain-dns.create-target-account-not-found")
    case("tools", "mitmproxy-flow.txt", (
        "%s %s\n    content-type: application/json\n\n << %d %s %dB\n    content-type: application/json\n"
        "    x-wix-request-id: %s\n\n%s\n") % (e["method"], e["url"], e["status"], e["reason"], len(e["body"]),
                                              e["requestId"], e["pretty"]), e)


# ---------------------------------------------------------------------------------------------- site consoles
def consoles():
    e = error("registered-domains.permission-denied")
    case("consoles", "velo-argument-list.txt", (
        "Wix Domains API error\n[\"Wix Domains API error\",%d,%s]\n") % (e["status"], json.dumps(e["body"])),
        e, request_id=False)

    e = error("connected-domains.domain-not-permitted")
    case("consoles", "chrome-console-fetch.txt", (
        "%s %s %d (%s)\n(anonymous) @ connect.js:42\nconnect.js:47 {message: '%s', details: {…}}\n"
        "connect.js:48 x-wix-request-id: %s\n") % (e["method"], e["url"], e["status"], e["reason"],
                                                   e["message"].replace("'", "\\'"), e["requestId"]), e)

    e = error("connect-domain.restricted")
    case("consoles", "velo-site-log.txt", (
        "Info\tbackend/dns.jsw\tcreateZone called\nError\tbackend/dns.jsw\tError: Request failed with status "
        "code %d\nError\tbackend/dns.jsw\tresponse: %s\n") % (e["status"], e["body"]), e, request_id=False)

    e = error("registered-domains.awaiting-product-activation")
    case("consoles", "node-console-error-args.txt", (
        "console.error\n  Wix Domains API error %d %s\n\n      at register (src/register.ts:31:13)\n") % (
        e["status"], json.dumps(e["obj"])), e, request_id=False)


# -------------------------------------------------------------------------------- clients run against the stand-in
def run_clients(server):
    def reply(e, status=None, body=None):
        server.queue.append(Reply(status or e["status"], REASONS.get(status or e["status"], ""),
                                  e["body"] if body is None else body, request_id=e["requestId"]))

    e = error("registered-domains.domain-too-long")
    reply(e)
    out = clients.run(["wget", "--content-on-error", "-O", "-", "--method=" + e["method"],
                       "--header=Content-Type: application/json", "--body-data={}", "-e", "use_proxy=yes",
                       "-e", "http_proxy=127.0.0.1:%d" % server.port, "http://www.wixapis.com" + e["path"]])
    case("scripts", "wget-content-on-error.txt", "$ wget --content-on-error -O - ...\n" + out, e, request_id=False)

    e = error("connected-domains.guid-not-valid")
    reply(e)
    out = clients.run(["python3", "-c", (
        "import json, urllib.request, urllib.error\n"
        "req = urllib.request.Request('http://www.wixapis.com%s', method=%r, data=b'{}',"
        " headers={'Content-Type': 'application/json'})\n"
        "opener = urllib.request.build_opener(urllib.request.ProxyHandler({'http': 'http://127.0.0.1:%d'}))\n"
        "try:\n    opener.open(req)\nexcept urllib.error.HTTPError as err:\n"
        "    data = json.loads(err.read())\n    print('failed:', err.code, err.reason)\n    print(data)\n"
        "    print(json.dumps(data))\n    print('request id', err.headers['x-wix-request-id'])\n") % (
        e["path"], e["method"], server.port)])
    case("scripts", "python-repr-then-json.txt", out, e)

    e = error("domain-dns.update-user-id-not-found")
    empty = json.dumps({"message": "", "details": {}}, separators=(",", ":"))
    reply(e, status=500, body=empty)
    out = clients.run(["node", "-e", (
        "const http = require('http');\n"
        "const req = http.request({host: '127.0.0.1', port: %d, method: %r, path: 'http://www.wixapis.com%s',"
        " headers: {'content-type': 'application/json'}}, res => {\n"
        "  let body = '';\n  res.on('data', c => body += c);\n"
        "  res.on('end', () => {\n    console.log(`%s %s -> ${res.statusCode}`);\n    console.log(body);\n"
        "    console.log(`request id: ${res.headers['x-wix-request-id']}`);\n  });\n});\nreq.end('{}');\n") % (
        server.port, e["method"], e["path"], e["method"], e["path"])])
    case("scripts", "node-arrow-then-empty-body.txt", out, e, level="Generic", expect="wix-api.internal-error")

    e = error("connect-domain.missing-site-id-for-assign-as", assignAs="PRIMARY")
    reply(e)
    out = clients.run(["curl", "-s", "-x", "http://127.0.0.1:%d" % server.port, "-X", e["method"],
                       "-w", "\\nHTTP %{http_code}\\n", "-H", "Content-Type: application/json", "--data", "{}",
                       "http://www.wixapis.com" + e["path"]])
    case("scripts", "curl-write-out.txt", "$ curl -s -w '\\nHTTP %{http_code}\\n' ...\n" + out, e,
         request_id=False)

    e = error("registered-domains.tld-not-supported")
    reply(e)
    out = clients.run(["python3", "-c", (
        "import json, urllib.request, urllib.error, pprint\n"
        "req = urllib.request.Request('http://www.wixapis.com%s', method=%r, data=b'{}',"
        " headers={'Content-Type': 'application/json'})\n"
        "opener = urllib.request.build_opener(urllib.request.ProxyHandler({'http': 'http://127.0.0.1:%d'}))\n"
        "try:\n    opener.open(req)\nexcept urllib.error.HTTPError as err:\n    body = err.read().decode()\n"
        "    print('Wix call failed (status %%d)' %% err.code)\n    pprint.pprint(json.loads(body), width=60)\n"
        "    print('raw:', body)\n    print('x-wix-request-id:', err.headers['x-wix-request-id'])\n") % (
        e["path"], e["method"], server.port)])
    case("scripts", "python-pprint-then-raw.txt", out, e)


def main():
    random.seed(20261207)
    email()
    tickets()
    logs()
    trackers()
    api_tools()
    consoles()
    server = StandIn()
    run_clients(server)
    with open(os.path.join(HERE, "cases.json"), "w") as f:
        json.dump(CASES, f, indent=1)
        f.write("\n")
    print("%d cases" % len(CASES))


if __name__ == "__main__":
    main()
