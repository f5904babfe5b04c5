# SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
# SPDX-License-Identifier: MIT
"""A loopback stand-in for www.wixapis.com: answers every request with the response queued for it.

Serves plain HTTP (also as an HTTP proxy: clients configured with it print www.wixapis.com URLs while talking only
to 127.0.0.1) and HTTPS with a self-signed certificate. Listens on port 0 (any free port)."""
import http.server
import json
import random
import ssl
import threading
import time


class Reply:
    def __init__(self, status, reason, body, request_id=None, chunked=False, extra=None):
        self.status, self.reason, self.body = status, reason, body
        self.request_id = request_id or "%d.%d" % (int(time.time()), random.randrange(10**17, 10**18))
        self.chunked, self.extra = chunked, extra or []


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "envoy"
    sys_version = ""

    def log_message(self, *args):
        pass

    def answer(self):
        length = int(self.headers.get("content-length") or 0)
        if length:
            self.rfile.read(length)
        reply = self.server.queue.pop(0)
        body = reply.body.encode()
        self.send_response(reply.status, reply.reason)
        self.send_header("content-type", "application/json;charset=UTF-8")
        self.send_header("x-wix-request-id", reply.request_id)
        for name, value in reply.extra:
            self.send_header(name, value)
        if reply.chunked:
            self.send_header("transfer-encoding", "chunked")
            self.end_headers()
            half = len(body) // 2
            for part in (body[:half], body[half:]):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
                self.wfile.flush()
                time.sleep(0.05)  # two separate reads on the client side
            self.wfile.write(b"0\r\n\r\n")
        else:
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = answer


class StandIn:
    def __init__(self, cert=None, key=None):
        self.queue = []
        self.http = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.http.queue = self.queue
        threading.Thread(target=self.http.serve_forever, daemon=True).start()
        self.https = None
        if cert:
            self.https = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
            self.https.queue = self.queue
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(cert, key)
            self.https.socket = context.wrap_socket(self.https.socket, server_side=True)
            threading.Thread(target=self.https.serve_forever, daemon=True).start()

    @property
    def port(self):
        return self.http.server_address[1]

    @property
    def tls_port(self):
        return self.https.server_address[1]


def wix_body(message, code=None, description=False, pretty=False, data=None):
    body = {"message": message, "details": {}}
    if code:
        error = {"code": code}
        if description:
            error["description"] = message
        if data:
            error["data"] = data
        body["details"]["applicationError"] = error
    return json.dumps(body, indent=2 if pretty else None, separators=None if pretty else (",", ":"))
