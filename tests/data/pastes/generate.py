#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
# SPDX-License-Identifier: MIT
"""Regenerates the paste test set: real clients (curl, wget, python3 requests, node axios, ruby, php, java) call a
loopback stand-in that answers documented Wix errors with fresh values, and what they print is kept, one file per
case, with cases.json saying what each must come out as. Run it inside a network namespace that has only loopback,
so that no client can reach anything else:

    unshare -n sh -c 'ip link set lo up && tests/data/pastes/generate.py CERT KEY'

Shapes whose client cannot run here (Insomnia, Postman, DevTools, mitmproxy, e-mail) are written by hand from the
client's documented format, in the files named *.written.txt; generate.py leaves them alone."""
import json
import os
import random
import string
import sys
import uuid

import clients
from standin import Reply, StandIn, wix_body

HERE = os.path.dirname(os.path.abspath(__file__))
CATALOG = os.path.join(HERE, "..", "..", "..", "resources", "catalog")
REASONS = {400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 409: "Conflict",
           428: "Precondition Required", 429: "Too Many Requests", 500: "Internal Server Error",
           503: "Service Unavailable"}


def load_catalog():
    entries = {}
    for name in json.load(open(os.path.join(CATALOG, "index.json")))["files"]:
        for e in json.load(open(os.path.join(CATALOG, name)))["entries"]:
            entries[e["id"]] = e
    return entries


ENTRIES = load_catalog()


def word(n=None):
    return "".join(random.choice(string.ascii_lowercase) for _ in range(n or random.randint(4, 9)))


def fresh(name):
    tld = random.choice(["com", "net", "org", "shop", "store", "co.uk", "io"])
    if name in ("domainName", "domain"):
        return "%s-%s.%s" % (word(), word(3), tld)
    if name in ("siteId", "accountId", "targetAccountId", "productInstanceId", "subscriptionId",
                "registeredDomainId", "connectedDomainId"):
        return str(uuid.uuid4())
    if name == "recordType":
        return random.choice(["MX", "CNAME", "TXT", "A"])
    if name == "hostName":
        return "mail.%s.%s" % (word(), tld)
    if name == "value":
        return "%s.%s.%s" % (word(3), word(), tld)
    if name in ("tlds", "tld", "TLD"):
        return random.choice(["ws", "xyz", "ninja", "berlin"])
    if name == "query":
        return "%s$%s" % (word(), word(3))
    if name == "status":
        return random.choice(["PENDING", "CANCELED", "PENDING_PAYMENT"])
    if name == "connectionType":
        return random.choice(["CNAME", "POINTER", "REDIRECT_ONLY"])
    if name == "assignAs":
        return random.choice(["REDIRECT", "PRIMARY"])
    return word()


def message_of(entry_id, **fixed):
    e = ENTRIES[entry_id]
    text = e.get("template", "")
    values = {}
    while "{" in text:
        start = text.index("{")
        end = text.index("}", start)
        name = text[start + 1:end]
        values[name] = fixed.get(name) or values.get(name) or fresh(name)
        text = text[:start] + values[name] + text[end + 1:]
    return text, values


def code_of(entry_id):
    code = ENTRIES[entry_id]["code"]
    return code if code.upper() == code else code.upper().replace(" ", "_")


class Case:
    def __init__(self, shape, name, expect, level="Likely", **checks):
        self.shape, self.name, self.expect, self.level, self.checks = shape, name, expect, level, checks


CASES = []
SERVER = None


def record(case, text):
    folder = os.path.join(HERE, "shape%02d" % case.shape)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, case.name + ".txt"), "w", newline="") as f:
        f.write(text)
    CASES.append(case)
    SERVER.queue.clear()  # a client that failed to call leaves its reply: never hand it to the next case


def queue(entry_id=None, status=None, body=None, **options):
    """Queues a documented error (fresh values) and returns (reply, message, values)."""
    message, values = message_of(entry_id) if entry_id else ("", {})
    if body is None:
        body = wix_body(message, code_of(entry_id), description=options.pop("description", False),
                        pretty=options.pop("pretty", False))
    status = status or ENTRIES[entry_id]["httpStatus"]
    reply = Reply(status, REASONS[status], body, chunked=options.pop("chunked", False), extra=options.pop("extra", None))
    SERVER.queue.append(reply)
    return reply, message, values


def dns_body(domain):
    return json.dumps({"dnsZone": {"domainName": domain, "records": [
        {"type": "MX", "hostName": domain, "values": ["aspmx.l.google.com"], "ttl": 3600}]}})


# ------------------------------------------------------------------------------------------------------- shapes

def shape1():
    """Client diagnostics interleaved with the response."""
    r, m, v = queue("connected-domains.available-for-purchase", chunked=True)
    record(Case(1, "curl-v-tls-chunked", "connected-domains.available-for-purchase", requestId=r.request_id),
           clients.curl(SERVER, "POST", "/domains/v1/connected-domains",
                        json.dumps({"connectedDomain": {"domain": v["domainName"]}})))
    r, m, v = queue("domain-dns.update-empty-record-value", pretty=True)
    record(Case(1, "curl-v-tls-pretty", "domain-dns.update-empty-record-value", requestId=r.request_id),
           clients.curl(SERVER, "PATCH", "/domains/v1/dns-zones/%s" % fresh("domain"), dns_body(fresh("domain"))))
    r, m, v = queue("registered-domains.domain-already-taken", chunked=True)
    record(Case(1, "curl-v-proxy-chunked", "registered-domains.domain-already-taken", requestId=r.request_id),
           clients.curl(SERVER, "POST", "/domains/v1/registered-domains", "{}", tls=False))
    r, m, v = queue("connect-domain.site-not-permitted", description=True)
    record(Case(1, "curl-sv-tls", "connect-domain.site-not-permitted", requestId=r.request_id),
           clients.curl(SERVER, "POST", "/domain-connect/v1/connect-domain", "{}", options=("-sv",)))
    r, m, v = queue("domain-search.tld-not-supported")
    record(Case(1, "curl-v-get", "domain-search.tld-not-supported", requestId=r.request_id),
           clients.curl(SERVER, "GET", "/domain-search/v2/suggest-domains?query=shop&tlds=%s" % v["tlds"]))


def shape2():
    """Hex and trace dumps."""
    r, m, v = queue("connected-domains.non-premium-site")
    record(Case(2, "trace-ascii-tls", "connected-domains.non-premium-site", requestId=r.request_id),
           clients.curl(SERVER, "POST", "/domains/v1/connected-domains", "{}", options=("--trace-ascii", "-")))
    r, m, v = queue("domain-dns.create-mx-record-value-invalid", pretty=True)
    record(Case(2, "trace-ascii-proxy-pretty", "domain-dns.create-mx-record-value-invalid", requestId=r.request_id),
           clients.curl(SERVER, "POST", "/domains/v1/dns-zones", "{}", tls=False, options=("--trace-ascii", "-")))
    r, m, v = queue("registered-domains.product-instance-not-found")
    record(Case(2, "trace-hex-proxy", "registered-domains.product-instance-not-found", requestId=r.request_id),
           clients.curl(SERVER, "POST", "/domains/v1/registered-domains", "{}", tls=False, options=("--trace", "-")))
    r, m, v = queue("connect-domain.no-throttler-key", chunked=True)
    record(Case(2, "trace-hex-tls-chunked", "connect-domain.no-throttler-key", requestId=r.request_id),
           clients.curl(SERVER, "POST", "/domain-connect/v1/connect-domain", "{}", options=("--trace", "-")))
    r, m, v = queue("domain-search.invalid-domain", description=True)
    record(Case(2, "trace-ascii-time", "domain-search.invalid-domain", requestId=r.request_id),
           clients.curl(SERVER, "GET", "/domain-search/v2/check-domain-availability?domain=shop", None,
                        options=("--trace-ascii", "-", "--trace-time")))


GUZZLE = r"""
$summary = strlen($body) > 120 ? substr($body, 0, 120) . ' (truncated...)' : $body;
$kind = $status >= 500 ? 'Server error' : 'Client error';
echo "PHP Fatal error:  Uncaught GuzzleHttp\\Exception\\" . ($status >= 500 ? 'ServerException' : 'ClientException')
   . ": $kind: `POST $url` resulted in a `$status $reason` response:\n$summary\n in /var/www/vendor/guzzlehttp/guzzle/src/Exception/RequestException.php:113\n";
echo "Stack trace:\n#0 /var/www/vendor/guzzlehttp/guzzle/src/Middleware.php(72): GuzzleHttp\\Exception\\RequestException::create()\n#1 {main}\n  thrown in /var/www/vendor/guzzlehttp/guzzle/src/Exception/RequestException.php on line 113\n";
"""


def shape3():
    """Truncating clients: the message is only the beginning of the documented one."""
    r, m, v = queue("registered-domains.product-instance-not-active")
    record(Case(3, "guzzle-400", "registered-domains.product-instance-not-active"),
           clients.php(SERVER, GUZZLE, "POST", "/domains/v1/registered-domains", "{}"))
    r, m, v = queue("domain-dns.create-cname-hostname-invalid")
    record(Case(3, "guzzle-428", "domain-dns.create-cname-hostname-invalid"),
           clients.php(SERVER, GUZZLE, "POST", "/domains/v1/dns-zones", "{}"))
    r, m, v = queue("connected-domains.invalid-preview-records")
    record(Case(3, "python-log-cut-403", "connected-domains.invalid-preview-records"),
           clients.python(SERVER, "r = call()\nlogging.basicConfig(format='%(asctime)s %(levelname)s %(name)s: %(message).140s')\n"
                          "logging.getLogger('wix').error('POST /domains/v1/connected-domains -> %d %s', r.status_code, r.text)\n",
                          "POST", "/domains/v1/connected-domains", "{}"))
    r, m, v = queue("registered-domains.invalid-billing-cycle")
    record(Case(3, "python-status-equals-cut", "registered-domains.invalid-billing-cycle"),
           clients.python(SERVER, "r = call()\nprint(('level=error msg=\"create registered domain failed\" status=%d body=' % r.status_code + r.text)[:200])\n",
                          "POST", "/domains/v1/registered-domains", "{}"))
    r, m, v = queue("connected-domains.already-exists-different-connection-type")
    record(Case(3, "node-status-code-cut", "connected-domains.already-exists-different-connection-type"),
           clients.node(SERVER, "call().catch(e => { const s = JSON.stringify(e.response.data); console.log(`Status Code: ${e.response.status}\\nResponse: ${s.slice(0, 90)}...`); });",
                        "POST", "/domains/v1/connected-domains", "{}"))


def shape4():
    """Bodies printed as a language's own data."""
    r, m, v = queue("domain-dns.create-domain-already-exists")
    record(Case(4, "python-dict-repr", "domain-dns.create-domain-already-exists"),
           clients.python(SERVER, "r = call()\nprint(r.status_code, r.json())\n", "POST", "/domains/v1/dns-zones", "{}"))
    r, m, v = queue("registered-domains.awaiting-product-activation", description=True)
    record(Case(4, "python-pprint", "registered-domains.awaiting-product-activation"),
           clients.python(SERVER, "r = call()\nprint(r.status_code, r.reason)\npprint.pprint(r.json(), width=60)\n",
                          "POST", "/domains/v1/registered-domains", "{}"))
    r, m, v = queue("connected-domains.get-not-found")
    record(Case(4, "ruby-pp-hash", "connected-domains.get-not-found"),
           clients.ruby(SERVER, "p res\npp JSON.parse(res.body)\n", "GET", "/domains/v1/connected-domains/%s" % fresh("domain")))
    r, m, v = queue("registered-domains.invalid-product-instance", description=True)
    record(Case(4, "node-inspect-depth", "registered-domains.invalid-product-instance"),
           clients.node(SERVER, "call().catch(e => { console.log('status', e.response.status); console.log(util.inspect({error: {response: {data: e.response.data}}}, {depth: 3})); });",
                        "POST", "/domains/v1/registered-domains", "{}"))
    r, m, v = queue("registered-domains.subdomain-not-supported")
    record(Case(4, "java-record", "registered-domains.subdomain-not-supported"),
           clients.java(SERVER, "record", "POST", "/domains/v1/registered-domains", "{}"))
    r, m, v = queue("domain-dns.update-target-account-not-found")
    record(Case(4, "kotlin-data-class", "domain-dns.update-target-account-not-found"),
           clients.java(SERVER, "kotlin", "PATCH", "/domains/v1/dns-zones/%s" % fresh("domain"), "{}"))
    r, m, v = queue("connect-domain.missing-site-id-for-assign-as")
    record(Case(4, "escaped-json-string", "connect-domain.missing-site-id-for-assign-as"),
           clients.python(SERVER, "r = call()\nprint(json.dumps({'level': 'error', 'status': r.status_code, 'body': r.text}))\n",
                          "POST", "/domain-connect/v1/connect-domain", "{}"))


def shape5():
    """One response, one result."""
    r, m, v = queue("connected-domains.guid-not-valid")
    record(Case(5, "python-repl-httperror-json", "connected-domains.guid-not-valid"),
           clients.python_repl(SERVER, [
               "r = requests.post('http://www.wixapis.com/domains/v1/connected-domains', json={}, proxies=PROXIES)",
               "r.raise_for_status()", "r.json()"], "POST", "/domains/v1/connected-domains"))
    r, m, v = queue("domain-dns.create-user-id-not-found")
    record(Case(5, "python-repl-text", "domain-dns.create-user-id-not-found"),
           clients.python_repl(SERVER, [
               "r = requests.post('http://www.wixapis.com/domains/v1/dns-zones', json={}, proxies=PROXIES)",
               "r", "r.text"], "POST", "/domains/v1/dns-zones"))
    r, m, v = queue("registered-domains.sku-not-found")
    record(Case(5, "axios-error-then-data", "registered-domains.sku-not-found"),
           clients.node(SERVER, "call().catch(e => { console.error(`Error: ${e.message}`); console.error(e.response.data); });",
                        "POST", "/domains/v1/registered-domains", "{}"))
    r, m, v = queue("domain-search.invalid-query")
    record(Case(5, "ruby-faraday-style", "domain-search.invalid-query"),
           clients.ruby(SERVER, "puts \"Faraday::BadRequestError: the server responded with status #{res.code}\"\nputs \"  response body: #{res.body}\"\n",
                        "GET", "/domain-search/v2/suggest-domains?query=shop"))
    r, m, v = queue("connect-domain.permission-denied")
    record(Case(5, "python-traceback-then-body", "connect-domain.permission-denied"),
           clients.python(SERVER, "r = call()\ntry:\n    r.raise_for_status()\nexcept requests.HTTPError as e:\n    print(e)\n    print(r.text)\n",
                          "POST", "/domain-connect/v1/connect-domain", "{}"))


def shape6():
    """The endpoint decides near-twins."""
    domain = fresh("domain")
    r, m, v = queue("domain-dns.update-domain-not-permitted")
    record(Case(6, "wget-S-update-dns", "domain-dns.update-domain-not-permitted", url="http://www.wixapis.com/domains/v1/dns-zones/%s" % domain),
           clients.wget(SERVER, "PATCH", "/domains/v1/dns-zones/%s" % domain, dns_body(domain)))
    r, m, v = queue("domain-dns.create-multiple-records-same-host")
    record(Case(6, "wget-S-create-dns", "domain-dns.create-multiple-records-same-host"),
           clients.wget(SERVER, "POST", "/domains/v1/dns-zones", dns_body(domain)))
    domain = fresh("domain")
    r, m, v = queue("connected-domains.get-domain-not-permitted")
    record(Case(6, "wget-S-get-connected", "connected-domains.get-domain-not-permitted"),
           clients.wget(SERVER, "GET", "/domains/v1/connected-domains/%s" % domain))
    r, m, v = queue("domain-dns.update-mx-record-value-invalid")
    record(Case(6, "log-method-path-update", "domain-dns.update-mx-record-value-invalid"),
           clients.python(SERVER, "r = call()\nprint('2026-11-29T11:02:13Z WARN  dns-sync: PATCH /domains/v1/dns-zones/%s -> %%d %%s' %% (r.status_code, r.text))\n" % domain,
                          "PATCH", "/domains/v1/dns-zones/%s" % domain, "{}"))
    r, m, v = queue("connected-domains.setup-info-permission-denied")
    record(Case(6, "curl-v-setup-info", "connected-domains.setup-info-permission-denied"),
           clients.curl(SERVER, "GET", "/domains/v1/connected-domain-setup-info/%s" % domain))


def shape7():
    """Only real error codes count as codes."""
    r, m, v = queue("connected-domains.restricted")
    record(Case(7, "axios-error-inspect", "connected-domains.restricted"),
           clients.node(SERVER, "call().catch(e => { console.log(util.inspect(e, {depth: 1})); console.log(e.response.data); });",
                        "POST", "/domains/v1/connected-domains", "{}"))
    r, m, v = queue("registered-domains.product-instance-not-active", body=None)
    record(Case(7, "upper-words-in-message", "registered-domains.product-instance-not-active"),
           clients.python(SERVER, "r = call()\nprint('create failed: %d %s' % (r.status_code, r.json()['message']))\n",
                          "POST", "/domains/v1/registered-domains", "{}"))
    message, values = message_of("connect-domain.additional-records-not-supported", connectionType="NAMESERVERS")
    SERVER.queue.append(Reply(200, "OK", json.dumps({"operation": {"id": str(uuid.uuid4()), "status": "IN_PROGRESS"}})))
    r, m, v = queue("connected-domains.already-exists-different-settings")
    record(Case(7, "success-enum-then-failure", "connected-domains.already-exists-different-settings"),
           clients.python(SERVER, "r = call()\nprint('INFO  previous step ok:', r.text)\nr = call()\nprint('ERROR create connected domain failed with status %d: %s' % (r.status_code, r.text))\n",
                          "POST", "/domains/v1/connected-domains", "{}"))
    r, m, v = queue("domain-dns.create-empty-record-value", body=None)
    record(Case(7, "axios-err-bad-request-log", "domain-dns.create-empty-record-value"),
           clients.node(SERVER, "call().catch(e => { console.log(`[dns] ${e.config.method.toUpperCase()} ${e.config.url} ${e.code} ${e.message}: ${e.response.data.message}`); });",
                        "POST", "/domains/v1/dns-zones", "{}"))
    r, m, v = queue("connect-domain.restricted", body=None)
    record(Case(7, "econnreset-retry-then-error", "connect-domain.restricted"),
           "2026-11-29T10:58:01.120Z WARN  request to https://www.wixapis.com/domain-connect/v1/connect-domain failed, reason: socket hang up (code ECONNRESET); retrying\n" +
           clients.node(SERVER, "call().catch(e => { console.log(new Date().toISOString() + ' ERROR ' + e.message + ' ' + JSON.stringify(e.response.data)); });",
                        "POST", "/domain-connect/v1/connect-domain", "{}"))


def shape8():
    """The request id from any header block."""
    r, m, v = queue("registered-domains.invalid-tld")
    record(Case(8, "ruby-headers-hash", "registered-domains.invalid-tld", requestId=r.request_id),
           clients.ruby(SERVER, "puts \"#{res.code} #{res.message}\"\npp res.to_hash\nputs res.body\n",
                        "POST", "/domains/v1/registered-domains", "{}"))
    r, m, v = queue("domain-dns.create-target-account-not-found")
    record(Case(8, "python-headers-dict", "domain-dns.create-target-account-not-found", requestId=r.request_id),
           clients.python(SERVER, "r = call()\nprint(r.request.method, r.url, r.status_code)\nprint(r.headers)\nprint(r.text)\n",
                          "POST", "/domains/v1/dns-zones", "{}"))
    r, m, v = queue("connected-domains.get-guid-not-valid")
    record(Case(8, "log-kv-request-id", "connected-domains.get-guid-not-valid", requestId=r.request_id),
           clients.python(SERVER, "r = call()\nprint('ts=2026-11-29T11:05:00Z level=error method=GET path=%s status=%d x-wix-request-id=%s msg=%s' % (r.request.path_url, r.status_code, r.headers['x-wix-request-id'], json.dumps(r.json()['message'])))\n",
                          "GET", "/domains/v1/connected-domains/%s" % fresh("domain")))
    r, m, v = queue("domain-search.invalid-tld-format")
    record(Case(8, "node-headers-inspect", "domain-search.invalid-tld-format", requestId=r.request_id),
           clients.node(SERVER, "call().catch(e => { console.log(e.response.status, e.response.statusText); console.log(util.inspect(e.response.headers.toJSON())); console.log(JSON.stringify(e.response.data, null, 2)); });",
                        "GET", "/domain-search/v2/suggest-domains?query=a&tlds=.x"))
    r, m, v = queue("connect-domain.guid-not-valid")
    record(Case(8, "php-header-lines", "connect-domain.guid-not-valid", requestId=r.request_id),
           clients.php(SERVER, "echo implode(\"\\n\", $headers), \"\\n\\n\", $body, \"\\n\";", "POST", "/domain-connect/v1/connect-domain", "{}"))


FOREIGN = [("stores", "/stores/v1/products/%s" % uuid.uuid4(), 404, "PRODUCT_NOT_FOUND", "Product not found"),
           ("bookings", "/bookings/v2/bookings", 400, "SLOT_NOT_AVAILABLE", "Domain is not permitted to target account."),
           ("ecom", "/ecom/v1/checkouts", 428, "DOMAIN_NOT_PERMITTED", "Domain shop.com is not permitted to target account."),
           ("contacts", "/contacts/v4/contacts", 409, "DUPLICATE_CONTACT_EXISTS", "Contact already exists."),
           ("members", "/members/v1/members/%s" % uuid.uuid4(), 403, "PERMISSION_DENIED", "Permission denied for account ID %s." % uuid.uuid4())]


def shape9():
    """Not a Domains error."""
    api, path, status, code, message = FOREIGN[0]
    SERVER.queue.append(Reply(status, REASONS[status], wix_body(message, code)))
    record(Case(9, "curl-v-stores", "wix-api.not-found", level="Generic", notDomains=True), clients.curl(SERVER, "GET", path))
    api, path, status, code, message = FOREIGN[1]
    SERVER.queue.append(Reply(status, REASONS[status], wix_body(message, code)))
    record(Case(9, "python-bookings", "wix-api.bad-request", level="Generic", notDomains=True),
           clients.python(SERVER, "r = call()\ntry:\n    r.raise_for_status()\nexcept requests.HTTPError as e:\n    print(e)\n    print(r.text)\n", "POST", path, "{}"))
    api, path, status, code, message = FOREIGN[2]
    SERVER.queue.append(Reply(status, REASONS[status], wix_body(message, code)))
    record(Case(9, "log-path-ecom", "wix-api.precondition-required", level="Generic", notDomains=True),
           clients.python(SERVER, "r = call()\nprint('POST %s -> %%d %%s' %% (r.status_code, r.text))\n" % path, "POST", path, "{}"))
    api, path, status, code, message = FOREIGN[3]
    SERVER.queue.append(Reply(status, REASONS[status], wix_body(message, code)))
    record(Case(9, "code-only-contacts", "wix-api.conflict", level="Generic", notDomains=True),
           clients.python(SERVER, "r = call()\nprint(r.status_code, r.text)\n", "POST", path, "{}"))
    api, path, status, code, message = FOREIGN[4]
    SERVER.queue.append(Reply(status, REASONS[status], wix_body(message, code)))
    record(Case(9, "wget-members", "wix-api.permission-denied", level="Generic", notDomains=True),
           clients.wget(SERVER, "GET", path))


def shape10():
    """Generic answers keep the facts."""
    domain = fresh("domain")
    r, m, v = queue(status=500, body=json.dumps({"message": "", "details": {}}))
    record(Case(10, "curl-v-500-empty", "wix-api.internal-error", level="Generic", requestId=r.request_id,
                method="GET", url="https://www.wixapis.com/domains/v1/connected-domains/%s" % domain),
           clients.curl(SERVER, "GET", "/domains/v1/connected-domains/%s" % domain))
    r, m, v = queue(status=503, body=wix_body("upstream connect error or disconnect/reset before headers", "UNAVAILABLE_UPSTREAM"))
    record(Case(10, "python-503-unknown-code", "wix-api.service-unavailable", level="Generic", requestId=r.request_id,
                code="UNAVAILABLE_UPSTREAM", method="POST", url="http://www.wixapis.com/domains/v1/dns-zones"),
           clients.python(SERVER, "r = call()\nprint(r.request.method, r.url, r.status_code, r.reason)\nprint('x-wix-request-id:', r.headers['x-wix-request-id'])\nprint(r.text)\n",
                          "POST", "/domains/v1/dns-zones", "{}"))
    r, m, v = queue(status=429, body=wix_body("Too many requests, slow down", "RATE_LIMITED"))
    record(Case(10, "wget-429", "wix-api.resource-exhausted", level="Generic", requestId=r.request_id, code="RATE_LIMITED",
                url="http://www.wixapis.com/domain-search/v2/check-domain-availability?domain=%s" % domain),
           clients.wget(SERVER, "GET", "/domain-search/v2/check-domain-availability?domain=%s" % domain))
    r, m, v = queue(status=401, body=wix_body("Unauthorized: token expired", "TOKEN_EXPIRED"))
    record(Case(10, "node-401", "wix-api.unauthorized", level="Generic", requestId=r.request_id, code="TOKEN_EXPIRED",
                method="POST", url="http://www.wixapis.com/domains/v1/connected-domains"),
           clients.node(SERVER, "call().catch(e => { console.log(`${e.config.method.toUpperCase()} ${e.config.url} failed: ${e.response.status} ${e.response.statusText}`); console.log('x-wix-request-id: ' + e.response.headers['x-wix-request-id']); console.log(JSON.stringify(e.response.data)); });",
                        "POST", "/domains/v1/connected-domains", "{}"))
    r, m, v = queue(status=404, body=wix_body("Entity not found: %s" % uuid.uuid4(), "ENTITY_NOT_FOUND"))
    record(Case(10, "ruby-404", "wix-api.not-found", level="Generic", requestId=r.request_id, code="ENTITY_NOT_FOUND",
                method="GET", url="http://www.wixapis.com/domains/v1/registered-domains/%s" % domain),
           clients.ruby(SERVER, "puts \"GET #{uri} -> #{res.code} #{res.message} (x-wix-request-id=#{res['x-wix-request-id']})\"\nputs res.body\n",
                        "GET", "/domains/v1/registered-domains/%s" % domain))


def main():
    global SERVER
    random.seed(os.environ.get("SEED"))
    SERVER = StandIn(*sys.argv[1:3])
    for shape in (shape1, shape2, shape3, shape4, shape5, shape6, shape7, shape8, shape9, shape10):
        shape()
    manifest = os.path.join(HERE, "cases.json")
    written = [c for c in json.load(open(manifest)) if c["file"].endswith(".written.txt")] if os.path.exists(manifest) else []
    out = [dict(file="shape%02d/%s.txt" % (c.shape, c.name), shape=c.shape, expect=c.expect, level=c.level, **c.checks)
           for c in CASES]
    json.dump(out + written, open(manifest, "w"), indent=1)
    print("%d cases" % len(out))


if __name__ == "__main__":
    main()
