#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
# SPDX-License-Identifier: MIT
"""Regenerates the secret-redaction test set from real clients.

Starts a loopback stand-in for the Wix Domains API (127.0.0.1, any free port) that answers every request with a
documented error, runs curl, wget, python3 requests and node against it with planted credentials, and keeps what
each prints, as a support agent would paste it. Each case is NAME.txt; NAME.secrets lists, one a line, every string
that must not survive redaction. HAR files, JSON logs and PEM keys are written the way browsers, loggers and
openssl write them. Run from any directory; writes next to this script.
"""
import base64, http.server, json, os, subprocess, sys, threading, urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
BODY = json.dumps({"message": "Permission denied: DOMAINS_NO_THROTTLER_KEY", "details": {"applicationError": {
    "description": "Permission denied: DOMAINS_NO_THROTTLER_KEY", "code": "DOMAINS_NO_THROTTLER_KEY", "data": {}}}})


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def jwt(subject, signature):
    header = b64url(json.dumps({"alg": "RS256", "typ": "JWT"}).encode())
    payload = b64url(json.dumps({"sub": subject, "iat": 1734427301, "scope": "domains.manage"}).encode())
    return f"{header}.{payload}.{signature}"


JWT = jwt("1c5a3f9e-7d21-4b0a-9a55-6c0f2e8d4b17", "S3CR3Tjwt0sig_Qm9vbGVhbi1zaWduYXR1cmUtdmFsdWUtZm9yLXRlc3RpbmctcGFydC0x")
WIX_KEY = "IST." + jwt("app-key", "S3CR3Tistsig_YW5vdGhlci1zaWduYXR1cmUtdmFsdWUtZm9yLXRlc3Rpbmc")


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        body = BODY.encode()
        self.send_response(403)
        self.send_header("Content-Type", "application/json")
        self.send_header("x-wix-request-id", "1734427301.191556792796277844")
        self.send_header("Set-Cookie", "XSRF-TOKEN=S3CR3Tsetcookie77; Path=/; Secure; HttpOnly")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PATCH = answer

    def log_message(self, *args):
        pass


def run(cmd):
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
    return done.stdout + done.stderr


def write(name, text, secrets):
    with open(os.path.join(HERE, name + ".txt"), "w", newline="") as f:
        f.write(text)
    with open(os.path.join(HERE, name + ".secrets"), "w") as f:
        f.write("\n".join(secrets) + "\n")
    print("wrote", name)


def shell(args):
    return "$ " + " ".join(a if a.replace("-", "").replace("/", "").isalnum() else "'" + a + "'" for a in args)


def main():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}/domains/v1/connected-domains"

    # curl -v with a bearer JWT and tokens in the query string.
    args = ["curl", "-v", "-H", "Authorization: Bearer " + JWT,
            base + "?access_token=S3CR3Tquery01&api_key=S3CR3Tquery02&siteId=5e6f7a8b&signature=S3CR3Tquery03"]
    write("curl-bearer-query", shell(args) + "\n" + run(args), [JWT, "S3CR3T"])

    # curl -u user:pass (sent as Basic), X-Api-Key, X-Wix-Api-Key, a cookie, and a fragment token.
    args = ["curl", "-v", "-u", "agent@example.com:S3CR3Tpassword4", "-H", "X-Api-Key: S3CR3Tapikey05",
            "-H", "X-Wix-Api-Key: " + WIX_KEY, "-b", "session=S3CR3Tcookie06; theme=dark",
            base + "#access_token=S3CR3Tfragment07&token_type=bearer"]
    basic = base64.b64encode(b"agent@example.com:S3CR3Tpassword4").decode()
    write("curl-user-apikey", shell(args) + "\n" + run(args), ["S3CR3T", basic, WIX_KEY])

    # curl -v POST of a refresh-token grant (form-encoded) with credentials in the URL's userinfo.
    userinfo = base.replace("http://", "http://svc-user:S3CR3Tuserinfo08@")
    args = ["curl", "-v", "-X", "POST", "-H", "X-Auth-Token: S3CR3Tauthtoken09", "-H",
            "Proxy-Authorization: Basic " + base64.b64encode(b"proxy:S3CR3Tproxy10").decode(),
            "--data", "grant_type=refresh_token&client_id=my-app&client_secret=S3CR3Tclient11&refresh_token=S3CR3Trefresh12",
            userinfo + "?code=S3CR3Tcode13"]
    basic = base64.b64encode(b"svc-user:S3CR3Tuserinfo08").decode()
    proxy = base64.b64encode(b"proxy:S3CR3Tproxy10").decode()
    write("curl-post-userinfo", shell(args) + "\n" + run(args), ["S3CR3T", basic, proxy])

    # wget -d prints the request it sends.
    args = ["wget", "-d", "-O", "-", "--header=X-Auth-Token: S3CR3Twget14", "--user=agent", "--password=S3CR3Twget15",
            "--auth-no-challenge", base + "?token=S3CR3Twget16&key=S3CR3Twget17"]
    basic = base64.b64encode(b"agent:S3CR3Twget15").decode()
    write("wget-debug", shell(args) + "\n" + run(args), ["S3CR3T", basic])

    # python3 requests: the prepared request's headers and the raise_for_status() message.
    script = f"""
import requests
r = requests.post({base!r} + '?apiKey=S3CR3Tpy18&sig=S3CR3Tpy19', auth=('agent', 'S3CR3Tpy20'),
                  headers={{'X-Wix-Api-Key': {WIX_KEY!r}, 'X-Session-Token': 'S3CR3Tpy21'}},
                  json={{'domain': 'example.com', 'password': 'S3CR3Tpy22', 'clientSecret': 'S3CR3Tpy23'}})
print(r.request.method, r.request.url)
print(r.request.headers)
print(r.request.body.decode())
print(r.status_code, r.headers)
print(r.text)
try:
    r.raise_for_status()
except requests.HTTPError as e:
    print('requests.exceptions.HTTPError:', e)
"""
    basic = base64.b64encode(b"agent:S3CR3Tpy20").decode()
    write("python-requests", "$ python3 call.py\n" + run([sys.executable, "-c", script]), ["S3CR3T", basic, WIX_KEY])

    # node fetch: the request and response dumped with console.log, as Node prints objects.
    script = f"""
const url = {json.dumps(base)} + '?refresh_token=S3CR3Tnode24&client_secret=S3CR3Tnode25';
const headers = {{ authorization: 'Bearer {JWT}', 'x-api-key': 'S3CR3Tnode26', cookie: 'wixSession2=S3CR3Tnode27' }};
fetch(url, {{ method: 'GET', headers }}).then(async (res) => {{
  console.log('request', {{ url, headers }});
  console.log('response', res.status, Object.fromEntries(res.headers));
  console.log(await res.text());
  console.error(new Error(`Request failed with status code ${{res.status}}: GET ${{url}}`).message);
}});
"""
    write("node-fetch", "$ node call.js\n" + run(["node", "-e", script]), ["S3CR3T", JWT])

    server.shutdown()
    write_documents()


def har_entry(url, request_headers, post_data, cookies, status, response_text, encoding=None):
    query = [{"name": k, "value": v} for k, v in urllib.parse.parse_qsl(urllib.parse.urlsplit(url).query)]
    content = {"size": len(response_text), "mimeType": "application/json", "text": response_text}
    if encoding:
        content["encoding"] = encoding
    request = {"method": "POST" if post_data else "GET", "url": url, "httpVersion": "http/2.0",
               # Chrome writes name first; Firefox adds members between; some tools write value first.
               "headers": request_headers, "queryString": query, "cookies": cookies, "headersSize": -1,
               "bodySize": 0}
    if post_data:
        request["postData"] = post_data
    return {"startedDateTime": "2026-01-12T10:15:00.000Z", "time": 120.5, "request": request,
            "response": {"status": status, "statusText": "", "httpVersion": "http/2.0",
                         "headers": [{"name": "content-type", "value": "application/json"},
                                     {"name": "x-wix-request-id", "value": "1734427301.191556792796277844"}],
                         "cookies": [{"name": "XSRF-TOKEN", "value": "S3CR3Thar30", "path": "/", "httpOnly": False,
                                      "secure": True}],
                         "content": content, "redirectURL": "", "headersSize": -1, "bodySize": -1},
            "cache": {}, "timings": {"send": 0.1, "wait": 110.2, "receive": 1.2}}


def write_documents():
    api = "https://www.wixapis.com/domains/v1/connected-domains"
    body = BODY
    secret_body = json.dumps({"message": "invalid token", "details": {"applicationError": {
        "description": "token S3CR3Thar31 rejected", "code": "DOMAINS_NO_THROTTLER_KEY",
        "data": {"apiKey": "S3CR3Thar32"}}}})
    entries = [
        har_entry(api + "?access_token=S3CR3Thar33&siteId=5e6f7a8b&key=S3CR3Thar34",
                  [{"name": ":authority", "value": "www.wixapis.com"},
                   {"name": "Authorization", "value": WIX_KEY},
                   {"name": "x-wix-api-key", "comment": "", "value": "S3CR3Thar35"},
                   {"value": "S3CR3Thar36", "name": "X-Auth-Token"},
                   {"name": "cookie", "value": "svSession=S3CR3Thar37; _ga=GA1.2.3"}],
                  None, [{"name": "svSession", "value": "S3CR3Thar38", "expires": None, "httpOnly": True,
                          "secure": True}], 403, body),
        har_entry(api, [{"name": "content-type", "value": "application/json"},
                        {"name": "Proxy-Authorization", "value": "Basic cHJveHk6UzNDUjNUaGFyMzk="}],
                  {"mimeType": "application/json",
                   "text": json.dumps({"domain": "example.com", "client_secret": "S3CR3Thar40",
                                       "nested": json.dumps({"refresh_token": "S3CR3Thar41"})})},
                  [], 400, secret_body),
        har_entry(api + "/token", [{"name": "Content-Type", "value": "application/x-www-form-urlencoded"}],
                  {"mimeType": "application/x-www-form-urlencoded",
                   "text": "grant_type=password&username=agent&password=S3CR3Thar42&client_secret=S3CR3Thar43",
                   "params": [{"name": "password", "value": "S3CR3Thar44"},
                              {"name": "client_secret", "value": "S3CR3Thar45"}]},
                  [], 401, base64.b64encode(secret_body.encode()).decode(), encoding="base64"),
    ]
    har = {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"},
                   "pages": [], "entries": entries}}
    write("har-chrome", json.dumps(har, indent=2),
          ["S3CR3T", WIX_KEY, "cHJveHk6UzNDUjNUaGFyMzk=", base64.b64encode(secret_body.encode()).decode()])
    # The same HAR compact, with every secret spelled with \\u escapes as some exporters write non-ASCII.
    compact = json.dumps(har, separators=(",", ":")).replace("S3CR3T", "\\u0053\\u0033CR3T")
    write("har-escaped", compact, ["S3CR3T", "\\u0053\\u0033CR3T", WIX_KEY, "cHJveHk6UzNDUjNUaGFyMzk="])

    # JSON Lines, as structured loggers write them; one record quotes an Authorization header in its message.
    lines = [
        {"level": "error", "msg": "Wix call failed", "status": 403, "url": api + "?api_key=S3CR3Tlog50",
         "headers": {"Authorization": "Bearer " + JWT, "X-Api-Key": "S3CR3Tlog51"}, "body": body},
        {"level": "error", "msg": "retrying with header \"Authorization: Bearer S3CR3Tlog52\" after \"401\"",
         "status": 401, "body": body},
        {"level": "debug", "msg": "oauth", "refresh_token": "S3CR3Tlog53", "client_secret": "S3CR3Tlog54",
         "password": "S3CR3Tlog55", "apiKey": "S3CR3Tlog56", "secret": "S3CR3Tlog57"},
        {"level": "error", "msg": "\u0041uthorization: Bearer S3CR3Tlog58", "note": "escaped \u00e9"},
    ]
    text = "\n".join(json.dumps(l) for l in lines).replace("Authorization: Bearer S3CR3Tlog58",
                                                          "\\u0041uthorization: Bearer S3CR3Tlog58") + "\n"
    write("log-jsonlines", text, ["S3CR3T", JWT])

    # Plain log lines: nginx access log, an app log, gRPC trailers with percent-encoding, a JWT wrapped in a ticket.
    wrapped = "\n".join(JWT[i:i + 64] for i in range(0, len(JWT), 64))
    text = (
        '127.0.0.1 - - [12/Jan/2026:10:15:00 +0000] "GET /domains/v1/connected-domains?token=S3CR3Tlog60&x=1 '
        'HTTP/1.1" 403 187 "-" "curl/7.88.1"\n'
        "2026-01-12T10:15:00Z ERROR wix call failed status=403 password=S3CR3Tlog61 apikey=S3CR3Tlog62 "
        "code=DOMAINS_NO_THROTTLER_KEY\n"
        "grpc-status: 7\n"
        "grpc-message: invalid%20credentials%3A%20Authorization%3A%20Bearer%20S3CR3Tlog63\n"
        "GET /v1/domains?access%5Ftoken=S3CR3Tlog64 HTTP/1.1\n"
        "The customer sent this key, wrapped by the mail client:\n" + wrapped + "\n"
        "POST https://api.example.com/login?redirect=%2Fhome#id_token=S3CR3Tlog65\n"
        "python: requests.get(url, auth=('agent', 'S3CR3Tlog66'))\n"
    )
    write("log-lines", text, ["S3CR3T", JWT] + JWT.split("."))

    key = subprocess.run(["openssl", "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256"],
                         capture_output=True, text=True, check=True).stdout
    body_lines = [l for l in key.splitlines() if l and not l.startswith("-----")]
    text = ("service account key pasted by the customer:\n" + key +
            json.dumps({"type": "service_account", "private_key": key, "private_key_id": "S3CR3Tpem70"}) + "\n")
    write("pem-key", text, body_lines + ["S3CR3T"])


if __name__ == "__main__":
    main()
