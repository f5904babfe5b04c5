#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
# SPDX-License-Identifier: MIT
"""Walks each documented Domains flow against a loopback stand-in of the Wix API and writes what happened as a
Chrome HAR, a Firefox HAR and a client log, once as documented and once for each injected fault (a documented error
at a step, a skipped step, steps out of order, endless polling, a call the flow does not allow).

The client is Python's urllib over real HTTP on 127.0.0.1; the stand-in answers with the bodies of Wix's reference
pages (example responses and error tables). The request and response of every exchange are recorded as they went
over the wire. Times: the walk's clock is scripted (a poll every 3 seconds, as a client that sleeps between polls
would send them) so that two minutes of polling do not take two minutes to generate.

Run from this folder: python3 generate.py
"""
import datetime
import http.server
import json
import threading
import urllib.error
import urllib.request

TOKEN = "IST.eyJraWQiOiJQb3pIX2FDMiIsImFsZyI6IlJTMjU2In0.eyJkYXRhIjoie1wiaWRcIjpcImFiY1wifSJ9.c2lnbmF0dXJlLXNlY3JldA"
ACCOUNT = "7ea4a4a9-1f0b-4b8a-8e2f-0f3c2a1d9b11"
SITE = "57d71937-e772-44ab-a89a-e4d0a7d9d814"
DOMAIN = "mybusiness.com"
START = datetime.datetime(2026, 11, 20, 9, 30, 0, tzinfo=datetime.timezone.utc)


def error(message, code):
    return {"message": message, "details": {"applicationError": {"code": code, "description": message}}}


# Success bodies: the example responses of domain-connection.md (wix/skills) and the service files (wix-rest-docs).
def connected(ctype, prop):
    return {"connectedDomain": {"id": DOMAIN, "domain": DOMAIN, "connectionType": ctype,
                                "siteInfo": {"id": SITE, "assignmentType": "PRIMARY"}, "dnsPropagationStatus": prop,
                                "createdDate": "2026-04-20T12:00:00.000Z", "updatedDate": "2026-04-20T12:00:00.000Z"}}


SETUP_NS = {"connectedDomainSetupInfo": {"connectedDomainId": DOMAIN, "nameserverRecord": {"nsRecord": {
    "hostName": DOMAIN, "ttl": 3600, "values": ["ns1.wixdns.net", "ns2.wixdns.net"]}},
    "registrar": {"name": "GoDaddy", "nameServers": ["ns01.domaincontrol.com", "ns02.domaincontrol.com"]}}}
SETUP_POINTING = {"connectedDomainSetupInfo": {"connectedDomainId": DOMAIN, "pointingRecords": {
    "aRecord": {"hostName": DOMAIN, "ttl": 3600, "values": ["185.230.63.107"]},
    "cnameRecord": {"hostName": "www." + DOMAIN, "ttl": 3600, "value": "pointing.wixdns.net"}},
    "registrar": {"name": "GoDaddy", "nameServers": ["ns01.domaincontrol.com", "ns02.domaincontrol.com"]}}}
DNS_ZONE = {"dnsZone": {"domainName": DOMAIN, "records": [
    {"type": "MX", "hostName": DOMAIN, "ttl": 3600, "values": ["10 aspmx.l.google.com"]}]}}
SUGGEST = {"suggestions": [{"domain": DOMAIN, "available": True}]}


def registered(status):
    return {"registeredDomain": {"id": DOMAIN, "domain": DOMAIN, "productInstanceId":
                                 "fa24f9bf-6206-4400-8185-772d70f70cbb", "status": status}}


CREATE_CD = ("POST", "/domains/v1/connected-domains")
SETUP = ("GET", "/domains/v1/connected-domain-setup-info/" + DOMAIN)
PATCH_DNS = ("PATCH", "/domains/v1/dns-zones/" + DOMAIN)
GET_CD = ("GET", "/domains/v1/connected-domains/" + DOMAIN)
SUGGEST_DOMAINS = ("GET", "/domain-search/v2/suggest-domains?query=mybusiness&tlds=com")
CREATE_RD = ("POST", "/domains/v1/registered-domains")
GET_RD = ("GET", "/domains/v1/registered-domains/" + DOMAIN)


def create_body(ctype):
    return {"connectedDomain": {"domain": DOMAIN, "connectionType": ctype, "siteInfo": {"assignmentType": "PRIMARY"}}}


DNS_PATCH_BODY = {"domainName": DOMAIN, "additions": [
    {"type": "MX", "hostName": DOMAIN, "ttl": 3600, "values": ["10 aspmx.l.google.com"]}]}
RD_BODY = {"registeredDomain": {"domain": DOMAIN, "productInstanceId": "fa24f9bf-6206-4400-8185-772d70f70cbb"}}


def call(endpoint, status, answer, body=None):
    return {"method": endpoint[0], "path": endpoint[1], "status": status, "answer": answer, "body": body}


def polls(endpoint, statuses, make):
    return [call(endpoint, 200, make(s)) for s in statuses]


def connect_walk(ctype, setup, with_dns):
    walk = [call(CREATE_CD, 200, connected(ctype, "IN_PROGRESS"), create_body(ctype)), call(SETUP, 200, setup)]
    if with_dns:
        walk.append(call(PATCH_DNS, 200, DNS_ZONE, DNS_PATCH_BODY))
    walk += polls(GET_CD, ["IN_PROGRESS", "IN_PROGRESS", "COMPLETED"], lambda s: connected(ctype, s))
    return walk


def fail_at(walk, index, status, body):
    """The walk up to the call at index, which fails with a documented error: a client stops there."""
    return walk[:index] + [dict(walk[index], status=status, answer=body)]


def scenarios():
    ns = connect_walk("NAMESERVERS", SETUP_NS, True)
    pt = connect_walk("POINTING", SETUP_POINTING, False)
    rg = [call(SUGGEST_DOMAINS, 200, SUGGEST), call(CREATE_RD, 200, registered("PENDING_REGISTRATION"), RD_BODY)] + \
        polls(GET_RD, ["PENDING_REGISTRATION", "PENDING_REGISTRATION", "ACTIVE"], registered)
    dn = [call(CREATE_RD, 200, registered("PENDING_REGISTRATION"), RD_BODY),
          call(GET_RD, 200, registered("PENDING_REGISTRATION")), call(PATCH_DNS, 200, DNS_ZONE, DNS_PATCH_BODY)]
    # Errors: connected-domains_Errors.md, domaindns_Errors.md, registered-domains_Errors.md,
    # domain-search_ErrorMessages.md (wix-rest-docs).
    non_premium = error(f"Domain {DOMAIN} can't be assigned to free Wix site {SITE}.", "NON_PREMIUM_SITE")
    return {
        "ns-ok": ns,
        "ns-error-create": fail_at(ns, 0, 403, non_premium),
        "ns-error-setup": fail_at(ns, 1, 403, error(f"Permission denied for account ID {ACCOUNT}.",
                                                    "DOMAINS_PERMISSION_DENIED")),
        "ns-error-dns": fail_at(ns, 2, 428, error(f"Domain {DOMAIN} is not permitted to target account.",
                                                  "DOMAIN_NOT_PERMITTED")),
        "ns-error-get": fail_at(ns, 3, 404, error(f"Domain name {DOMAIN} wasn't found.", "NOT_FOUND")),
        "ns-skip-setup": ns[:1] + ns[2:],
        "ns-skip-dns": ns[:2] + ns[3:],
        "ns-out-of-order": [ns[1], ns[0]] + ns[2:],
        "ns-endless-polling": ns[:3] + polls(GET_CD, ["IN_PROGRESS"] * 40,
                                             lambda s: connected("NAMESERVERS", s)),
        "pointing-ok": pt,
        "pointing-error-create": fail_at(pt, 0, 403, non_premium),
        "pointing-skip-setup": pt[:1] + pt[2:],
        "pointing-dns-zone": pt[:2] + [call(PATCH_DNS, 200, DNS_ZONE, DNS_PATCH_BODY)] + pt[2:],
        "pointing-endless-polling": pt[:2] + polls(GET_CD, ["IN_PROGRESS"] * 40,
                                                   lambda s: connected("POINTING", s)),
        "register-ok": rg,
        "register-error-suggest": fail_at(rg, 0, 400, error(
            "Query mybusiness! has invalid characters. Only alphanumeric values, hyphens, dots, and spaces are "
            "supported.", "INVALID_QUERY")),
        "register-error-create": fail_at(rg, 1, 400, error(
            "Subscription for product instance fa24f9bf-6206-4400-8185-772d70f70cbb doesn't exist.",
            "PRODUCT_INSTANCE_NOT_FOUND")),
        "register-error-get": fail_at(rg, 2, 400, error(f"Registered domain {DOMAIN} doesn't exist.",
                                                        "REGISTERED_DOMAIN_NOT_FOUND")),
        "register-endless-polling": rg[:2] + polls(GET_RD, ["PENDING_REGISTRATION"] * 40, registered),
        "dns-ok": dn,
        "dns-error-dns": fail_at(dn, 2, 428, error("Value of record MX is empty.", "DOMAIN_DNS_EMPTY_RECORD_VALUE")),
        "dns-out-of-order": [dn[0], dn[2], dn[1]],
    }


class StandIn(http.server.BaseHTTPRequestHandler):
    """Answers each request with the next scripted answer and records the exchange as it went over the wire."""
    script = []
    exchanges = []

    def answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode() if length else ""
        step = StandIn.script.pop(0)
        payload = json.dumps(step["answer"]).encode()
        request_id = "1763631000.%018d" % (len(StandIn.exchanges) + 1)
        # Recorded before the answer goes out: the client moves on as soon as it has read it.
        StandIn.exchanges.append({"method": self.command, "path": self.path, "requestHeaders": dict(self.headers),
                                  "requestBody": body, "status": step["status"],
                                  "reason": self.responses[step["status"]][0],
                                  "responseHeaders": {"Content-Type": "application/json",
                                                      "x-wix-request-id": request_id},
                                  "responseBody": payload.decode()})
        self.send_response(step["status"])
        self.send_header("Content-Type", "application/json")
        self.send_header("x-wix-request-id", request_id)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PATCH = answer

    def log_message(self, *args):
        pass


def walk(base, calls):
    StandIn.script = [dict(c) for c in calls]
    StandIn.exchanges = []
    timings = []
    for c in calls:
        data = json.dumps(c["body"]).encode() if c["body"] is not None else None
        request = urllib.request.Request(base + c["path"], data=data, method=c["method"], headers={
            "Authorization": TOKEN, "wix-account-id": ACCOUNT, "wix-site-id": SITE,
            "Content-Type": "application/json"})
        begin = datetime.datetime.now()
        try:
            with urllib.request.urlopen(request) as response:
                response.read()
        except urllib.error.HTTPError as e:
            e.read()
        timings.append((datetime.datetime.now() - begin).total_seconds() * 1000)
    return StandIn.exchanges, timings


def iso(t):
    return t.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def headers_list(h):
    return [{"name": k, "value": v} for k, v in h.items()]


def har_entry(base, x, when, took, browser):
    url = base + x["path"]
    request = {"method": x["method"], "url": url, "httpVersion": "HTTP/1.1",
               "headers": headers_list(x["requestHeaders"]), "queryString": [], "cookies": [], "headersSize": -1,
               "bodySize": len(x["requestBody"])}
    if x["requestBody"]:
        request["postData"] = {"mimeType": "application/json", "text": x["requestBody"]}
    content = {"size": len(x["responseBody"]), "mimeType": "application/json", "text": x["responseBody"]}
    response = {"status": x["status"], "statusText": x["reason"], "httpVersion": "HTTP/1.1",
                "headers": headers_list(x["responseHeaders"]), "cookies": [], "content": content,
                "redirectURL": "", "headersSize": -1, "bodySize": len(x["responseBody"])}
    timings = {"blocked": 0.5, "dns": -1, "connect": -1, "send": 0.1, "wait": round(took - 0.7, 3), "receive": 0.1,
               "ssl": -1}
    if browser == "chrome":
        response.update({"_transferSize": len(x["responseBody"]) + 120, "_error": None})
        return {"_initiator": {"type": "script"}, "_priority": "High", "_resourceType": "fetch", "cache": {},
                "connection": "3412", "pageref": "page_1", "request": request, "response": response,
                "serverIPAddress": "127.0.0.1", "startedDateTime": iso(when), "time": round(took, 3),
                "timings": timings}
    # Firefox: bodySize first in the request, startedDateTime before it, time after the response.
    request = {"bodySize": request.pop("bodySize"), **request}
    return {"pageref": "page_1", "startedDateTime": iso(when), "request": request, "response": response,
            "cache": {}, "timings": timings, "time": round(took, 3), "_securityState": "insecure",
            "serverIPAddress": "127.0.0.1", "connection": "8080"}


def har(base, exchanges, timings, times, browser):
    creator = {"name": "WebInspector", "version": "537.36"} if browser == "chrome" else \
        {"name": "Firefox", "version": "128.0"}
    entries = [har_entry(base, x, t, took, browser) for x, took, t in zip(exchanges, timings, times)]
    pages = [{"startedDateTime": iso(START), "id": "page_1", "title": "Domains integration", "pageTimings": {}}]
    return {"log": {"version": "1.2", "creator": creator, "pages": pages, "entries": entries}}


def log(base, exchanges, timings, times):
    lines = []
    for x, took, t in zip(exchanges, timings, times):
        request = " request=" + x["requestBody"] if x["requestBody"] else ""
        sent = {k: v for k, v in x["requestHeaders"].items() if k in ("Authorization", "Wix-account-id")}
        lines.append(f"{iso(t)} INFO wix-client {x['method']} {base}{x['path']} -> {x['status']} ({took:.0f} ms) "
                     f"x-wix-request-id={x['responseHeaders']['x-wix-request-id']} headers={json.dumps(sent)}"
                     f"{request} response={x['responseBody']}")
    return "\n".join(lines) + "\n"


def main():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), StandIn)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = "http://127.0.0.1:%d" % server.server_address[1]
    for name, calls in scenarios().items():
        exchanges, timings = walk(base, calls)
        # The scripted clock: 2 s between the steps, 3 s between the polls of one endpoint.
        times, t = [], START
        for i, c in enumerate(calls):
            if i:
                same = (c["method"], c["path"]) == (calls[i - 1]["method"], calls[i - 1]["path"])
                t += datetime.timedelta(seconds=3 if same else 2)
            times.append(t)
        for browser in ("chrome", "firefox"):
            with open(f"{name}.{browser}.har", "w") as f:
                json.dump(har(base, exchanges, timings, times, browser), f, indent=1)
        with open(f"{name}.log", "w") as f:
            f.write(log(base, exchanges, timings, times))
    server.shutdown()


if __name__ == "__main__":
    main()
