# SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
# SPDX-License-Identifier: MIT
"""Runs real clients against the stand-in and returns what they print."""
import os
import subprocess

TOKEN = "IST.eyJraWQiOiJQb3pIX2FDMiIsImFsZyI6IlJTMjU2In0.eyJkYXRhIjoie1wiaWRcIjpcIjEyM1wifSJ9.c2lnbmF0dXJlLXRlc3Q"
HERE = os.path.dirname(os.path.abspath(__file__))
NODE_PATH = os.environ.get("NODE_PATH", "/tmp/gen13/node_modules")


def run(args, stdin=None, env=None):
    full = dict(os.environ, **(env or {}))
    # Both streams into one pipe, as "2>&1" in a terminal: the order they interleave in is the client's own.
    done = subprocess.run(args, input=stdin, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=full, timeout=60)
    return done.stdout.decode("utf-8", "replace")  # bytes as printed: CR and CRLF kept


def curl(server, method, path, data=None, tls=True, options=("-v",), account="1d2e3f4a-1111-2222-3333-444455556666"):
    if tls:
        url = "https://www.wixapis.com" + path
        base = ["curl", "-k", "--connect-to", "www.wixapis.com:443:127.0.0.1:%d" % server.tls_port]
    else:
        url = "http://www.wixapis.com" + path
        base = ["curl", "-x", "http://127.0.0.1:%d" % server.port]
    args = base + list(options) + ["-X", method, url, "-H", "Authorization: " + TOKEN, "-H", "wix-account-id: " + account]
    if data is not None:
        args += ["-H", "Content-Type: application/json", "--data", data]
    out = run(args)
    return "$ curl %s -X %s '%s' -H 'Authorization: %s' ...\n%s" % (" ".join(options), method, url, TOKEN, out)


def wget(server, method, path, data=None):
    url = "http://www.wixapis.com" + path
    args = ["wget", "-S", "--content-on-error", "-O", "-", "--method=" + method,
            "--header=Authorization: " + TOKEN, "-e", "use_proxy=yes", "-e", "http_proxy=127.0.0.1:%d" % server.port]
    if data is not None:
        args += ["--header=Content-Type: application/json", "--body-data=" + data]
    return run(args + [url])


def python(server, code, method, path, data=None):
    prelude = (
        "import json, pprint, requests, logging, sys\n"
        "URL = 'http://www.wixapis.com%s'\n"
        "PROXIES = {'http': 'http://127.0.0.1:%d'}\n"
        "def call():\n"
        "    return requests.request(%r, URL, proxies=PROXIES, headers={'Authorization': %r}, json=%s)\n"
    ) % (path, server.port, method, TOKEN, data if data is not None else "None")
    return run(["python3", "-c", prelude + code])


def python_repl(server, lines, method, path, data=None):
    """An interactive session, as a person pastes it from their terminal (prompts and results interleaved)."""
    setup = (
        "import requests, json, pprint\n"
        "PROXIES = {'http': 'http://127.0.0.1:%d'}\n"
    ) % server.port
    script = ("import code, sys\n"
              "class Echo(code.InteractiveConsole):\n"
              "    def raw_input(self, prompt=''):\n"
              "        line = self.lines.pop(0)\n"
              "        sys.stdout.write(prompt + line + '\\n')\n"
              "        return line\n"
              "c = Echo()\n"
              "c.lines = %r\n"
              "c.runsource(%r, symbol='exec')\n"
              "sys.stderr = sys.stdout\n"
              "try:\n"
              "    c.interact(banner='', exitmsg='')\n"
              "except IndexError:\n"
              "    pass\n") % (lines, setup)
    return run(["python3", "-c", script])


def node(server, code, method, path, data=None):
    prelude = (
        "const axios = require('axios'); const util = require('util');\n"
        "const TARGET = 'http://www.wixapis.com%s';\n"
        "const call = () => axios({method: %r, url: TARGET, data: %s, proxy: {protocol: 'http', host: '127.0.0.1', port: %d},"
        " headers: {Authorization: %r}});\n"
    ) % (path, method.lower(), data if data is not None else "undefined", server.port, TOKEN)
    return run(["node", "-e", prelude + code], env={"NODE_PATH": NODE_PATH})


def ruby(server, code, method, path, data=None):
    prelude = (
        "require 'net/http'; require 'json'; require 'pp'\n"
        "uri = URI('http://www.wixapis.com%s')\n"
        "http = Net::HTTP.new(uri.host, uri.port, '127.0.0.1', %d)\n"
        "req = Net::HTTP::%s.new(uri)\n"
        "req['Authorization'] = %r\n"
        "req['Content-Type'] = 'application/json'\n"
        "req.body = %r\n"
        "res = http.request(req)\n"
    ) % (path, server.port, method.capitalize(), TOKEN, data or "")
    return run(["ruby", "-e", prelude + code])


def php(server, code, method, path, data=None):
    prelude = (
        "<?php\n"
        "$url = 'http://www.wixapis.com%s';\n"
        "$ctx = stream_context_create(['http' => ['method' => '%s', 'proxy' => 'tcp://127.0.0.1:%d',"
        " 'request_fulluri' => true, 'ignore_errors' => true, 'header' => \"Content-Type: application/json\\r\\n\","
        " 'content' => %s]]);\n"
        "$body = file_get_contents($url, false, $ctx);\n"
        "preg_match('{HTTP/\\S+ (\\d+) (.*)}', $http_response_header[0], $m);\n"
        "$status = (int)$m[1]; $reason = trim($m[2]);\n"
        "$headers = $http_response_header;\n"
    ) % (path, method, server.port, repr(data or ""))
    return run(["php", "-r", (prelude + code)[len("<?php\n"):]])


def java(server, main_body, method, path, data=None):
    src = os.path.join(HERE, "clients", "Client.java")
    return run(["java", src, str(server.port), method, "http://www.wixapis.com" + path, data or "", main_body])
