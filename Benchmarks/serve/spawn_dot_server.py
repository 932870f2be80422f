#!/usr/bin/env python3
"""The peer of the explorer benchmark: a minimal HTTP server that answers every GET by running
`dot -Tsvg` on one DOT file (the seed network, as `supplynet render --format dot -o -` writes
it) in a new process and sending the SVG. No cache, no page around it: the cost of drawing the
figure on demand the simple way. Threaded, HTTP/1.1 with keep-alive, like the explorer.

Prints its address (http://127.0.0.1:PORT/) as the first line of standard output.

Usage: spawn_dot_server.py NETWORK.dot [PORT]   (PORT 0, the default, picks a free one)
"""
import subprocess
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class SpawnDot(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    dot_file = None

    def do_GET(self):
        drawn = subprocess.run(["dot", "-Tsvg", self.dot_file], capture_output=True)
        status, body, kind = (200, drawn.stdout, "image/svg+xml") if drawn.returncode == 0 else (500, drawn.stderr, "text/plain")
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *arguments):
        pass


def main():
    SpawnDot.dot_file = sys.argv[1]
    server = ThreadingHTTPServer(("127.0.0.1", int(sys.argv[2]) if len(sys.argv) > 2 else 0), SpawnDot)
    server.daemon_threads = True
    print(f"http://127.0.0.1:{server.server_address[1]}/", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
